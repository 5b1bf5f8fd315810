"""Start the window: the composition root of the desktop app."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from advocacy import APP_NAME, __version__
from advocacy.domain.audit_input import Rule, Scorer
from advocacy.domain.models import AccountSuggestion, AuditReport, Finding, Network
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.text_check import TextCheckSession, TextIssue
from advocacy.errors import AdvocacyError
from advocacy.logging_setup import configure_logging
from advocacy.paths import config_dir, data_dir, database_path, saved_profile_path
from advocacy.profile_file import load_profile, save_profile
from advocacy.storage import AuditSummary, ShareRecord, Store
from ui.audit_controller import AuditController
from ui.error_reporting import install_excepthook, show_error
from ui.main_window import LoadedProfile, MainWindow
from ui.window_state import WindowState

if TYPE_CHECKING:  # imported lazily at run time, see AuditController
    from advocacy.audit_runner import AuditServices, LinkedAccounts
    from advocacy.credentials import CredentialStore
    from advocacy.sharing.suggest import Suggestion
    from advocacy.workspace import Workspace

log = logging.getLogger(__name__)

SMOKE_QUIT_AFTER_MS = 300
# Audits parse on worker threads; a shorter interpreter switch interval lets the GUI thread take the
# lock back sooner (measured: median longest stall 45 -> 35 ms in benchmarks/responsiveness.py).
GUI_SWITCH_INTERVAL = 0.001


def app_icon() -> QIcon:
    return QIcon(str(resources.files("resources") / "icons" / "advocacy.svg"))


def tune_interpreter_for_gui() -> None:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)


def store_for(is_sample: bool) -> Store:
    return Store(data_dir() / "sample.sqlite3" if is_sample else database_path())


def latest_audit(is_sample: bool) -> AuditReport | None:
    try:
        return store_for(is_sample).latest_audit()
    except AdvocacyError as exc:
        log.warning("last audit unavailable: %s", exc.user_message)
        return None


def initial_profile(args: argparse.Namespace) -> LoadedProfile:
    """The named file, else the saved profile, else the sample (so a newcomer sees something)."""
    from advocacy.sample import load_sample_profile

    if getattr(args, "sample", False):
        return LoadedProfile(load_sample_profile(), is_sample=True)
    path: Path = args.profile or saved_profile_path()
    if args.profile is not None or path.exists():
        return LoadedProfile(load_profile(path), is_sample=False, path=path)
    return LoadedProfile(load_sample_profile(), is_sample=True)


def adopt_profile(path: Path) -> LoadedProfile:
    """Validate a profile file and keep a copy as the app's own profile."""
    config = load_profile(path)
    target = saved_profile_path()
    save_profile(config, target)
    return LoadedProfile(config, is_sample=False, path=target)


def add_account(profile: LoadedProfile, suggestion: AccountSuggestion) -> LoadedProfile:
    """Save the user's confirmed account into the app's copy of the profile.

    Never into a file the user passed with --profile: rewriting it would drop their comments.
    """
    from advocacy.discovery import accept

    config = accept(profile.config, suggestion)
    target = saved_profile_path()
    save_profile(config, target)
    return LoadedProfile(config, is_sample=False, path=target)


_credentials: list[CredentialStore] = []


def credentials() -> CredentialStore:
    """One store per app run: tokens kept "for this session only" must reach the audits."""
    if not _credentials:
        from advocacy.credentials import CredentialStore

        _credentials.append(CredentialStore())
    return _credentials[0]


def edit_credentials(parent: QWidget, config: ProfileConfig) -> None:
    from ui.credentials_dialog import CredentialsDialog

    CredentialsDialog(config, credentials(), parent=parent).exec()


def set_up_profile(parent: QWidget, current: LoadedProfile | None = None) -> LoadedProfile | None:
    """The setup form (or, for a real profile, the same form prefilled as Settings); on Save the
    profile is written to the app's own copy, never over a file the user edits by hand."""
    from ui.setup_dialog import SetupDialog

    initial = current.config if current is not None and not current.is_sample else None
    dialog = SetupDialog(initial=initial, find_accounts=find_linked_accounts, parent=parent)
    if not dialog.exec() or dialog.config is None:
        return None
    target = saved_profile_path()
    save_profile(dialog.config, target)
    return LoadedProfile(dialog.config, is_sample=False, path=target)


def workspace_for(profile: LoadedProfile) -> Workspace:
    """The core's workspace for this profile, with the app's one credential store."""
    from advocacy.workspace import Workspace

    return Workspace.open(profile.config, is_sample=profile.is_sample, path=profile.path, credentials=credentials())


def shares_for(is_sample: bool) -> list[ShareRecord]:
    """Every share, with how each post did as the latest audit read it (the profile does not matter)."""
    return workspace_for(LoadedProfile(ProfileConfig(), is_sample)).shares()


def find_linked_accounts(config: ProfileConfig) -> LinkedAccounts:
    """Runs on a worker thread: the accounts the profiles named in the setup form link to."""
    return workspace_for(LoadedProfile(config, is_sample=False)).find_linked_accounts()


def load_suggestions(profile: LoadedProfile) -> list[Suggestion]:
    """Runs on a worker thread: reads the company's content and ranks it for this person."""
    from advocacy.sharing.suggest import Suggestion

    result = workspace_for(profile).suggestions()
    for problem in result.problems:
        log.info("company content: %s", problem)
    return [s for s in result.items if isinstance(s, Suggestion)]


def publish(profile: LoadedProfile, network: Network, text: str, item_key: str) -> str:
    """Runs on a worker thread, after the user confirmed the final text."""
    return workspace_for(profile).publish(network, text, item_key).url


def history_for(is_sample: bool) -> list[AuditSummary]:
    try:
        return store_for(is_sample).history()
    except AdvocacyError as exc:
        log.warning("history unavailable: %s", exc.user_message)
        return []


def dismiss(finding: Finding, is_sample: bool) -> None:
    store_for(is_sample).dismiss(finding)


def check_draft(config: ProfileConfig, text: str) -> Sequence[TextIssue]:
    """Offline spelling for a draft, with the profile's language and company words (worker thread)."""
    return workspace_for(LoadedProfile(config, is_sample=False)).check_draft(text)


def text_checker(config: ProfileConfig) -> TextCheckSession:
    """Spelling, and LanguageTool with the app's one credential store: a key kept "for this session
    only" must reach the audit (a fresh store would not have it)."""
    from advocacy.spelling.service import session_for

    return session_for(config, store=credentials())


def build_services(is_sample: bool) -> AuditServices:
    from advocacy.workspace import services_for

    return services_for(is_sample, credentials=credentials())


def run_app(args: argparse.Namespace, *, rules: Sequence[Rule], scorer: Scorer) -> int:
    configure_logging(verbose=args.verbose)
    tune_interpreter_for_gui()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    install_excepthook()

    try:
        profile = initial_profile(args)
    except AdvocacyError as exc:
        show_error(None, exc, title="The profile file cannot be used")
        from advocacy.sample import load_sample_profile

        profile = LoadedProfile(load_sample_profile(), is_sample=True)

    controller = AuditController(rules=rules, scorer=scorer, services_factory=build_services, text_checker=text_checker)
    window = MainWindow(
        controller=controller,
        profile=profile,
        latest_audit=latest_audit,
        open_profile=adopt_profile,
        add_account=add_account,
        dismiss=dismiss,
        edit_credentials=edit_credentials,
        set_up_profile=set_up_profile,
        load_suggestions=load_suggestions,
        publish=publish,
        history=history_for,
        share_history=shares_for,
        load_audit=lambda audit_id, is_sample: store_for(is_sample).audit(audit_id),
        check_draft=check_draft,
        window_state=WindowState(config_dir() / "window.ini"),
    )
    window.show()
    if args.smoke:
        QTimer.singleShot(SMOKE_QUIT_AFTER_MS, app.quit)
    elif not window.has_report:
        # First start: show something real at once rather than an empty window.
        QTimer.singleShot(0, window.start_audit)
    code = app.exec()
    controller.cancel()
    QThreadPool.globalInstance().waitForDone(5000)
    return code
