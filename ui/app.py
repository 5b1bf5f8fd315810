"""Start the window: the composition root of the desktop app."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

import resources
from advocacy import APP_NAME, DESKTOP_ID, __version__
from advocacy.errors import AdvocacyError
from advocacy.logging_setup import configure_logging
from advocacy.paths import FolderUnusable, config_dir
from advocacy.workspace import Workspace, load_profile_file, profile_to_open
from ui.main_window import MainWindow
from ui.widgets.error_reporting import install_excepthook, show_error
from ui.window_state import WindowState

if TYPE_CHECKING:  # the rules' types; the rules themselves load with the first audit
    from advocacy.domain.audit_input import Rule, Scorer

log = logging.getLogger(__name__)

SMOKE_QUIT_AFTER_MS = 300
# Audits parse on worker threads; a shorter interpreter switch interval lets the GUI thread take the
# lock back sooner (measured: median longest stall 45 -> 35 ms in benchmarks/responsiveness.py).
GUI_SWITCH_INTERVAL = 0.001


def app_icon() -> QIcon:
    return QIcon(str(resources.folder("icons", "advocacy.svg")))


def bring_to_front(window: QWidget) -> None:
    """What a second start of the app does to the first one's window: shown, raised and focused."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def tune_interpreter_for_gui() -> None:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)


def initial_workspace(args: argparse.Namespace, *, rules: Sequence[Rule], scorer: Scorer) -> Workspace:
    """The named file, else the saved profile, else the sample (so a newcomer sees something).

    One workspace, and so one credential store, per app run: a token kept "for this session only"
    reaches every audit, and every later profile is opened from this one.
    """
    sample = Workspace.sample(rules=rules, scorer=scorer)
    path = profile_to_open(args.profile, sample=getattr(args, "sample", False))
    return sample if path is None else sample.with_profile(load_profile_file(path), path=path)


def keep_qt_settings_in(folder: Path) -> None:
    """Qt's own settings (the file dialogs' last folders, QtProject.conf) go in the app's folder,
    with everything else the app writes: Delete all my data then takes them too, and a test's
    ADVOCACY_HOME keeps them out of the real home folder."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


def _end_politely(window: MainWindow, app: QApplication) -> None:
    """SIGTERM or SIGHUP closes the window as Ctrl+Q does (after the first paint: not at start-up)."""
    from ui.termination import close_on_termination

    def close() -> None:
        window.close_for_shutdown()
        app.quit()

    close_on_termination(close, window)


def settings_folder() -> tuple[Path, str | None]:
    """Where the window keeps its own settings (its layout, Qt's file dialogs): the config folder,
    or, when that cannot be written to, a folder for this run only, with the sentence saying why.
    The app always opens."""
    try:
        return config_dir(), None
    except FolderUnusable as exc:
        import tempfile

        return Path(tempfile.mkdtemp(prefix="advocacy-window-")), exc.user_message


def first_window(
    args: argparse.Namespace,
    *,
    rules: Sequence[Rule],
    scorer: Scorer,
    say_error: Callable[[QWidget | None, BaseException], None] = lambda parent, exc: show_error(
        parent, exc, title="The profile file cannot be used"
    ),
    settings: Path | None = None,
    unwritable: str | None = None,
) -> MainWindow:
    """The window on the profile to open; on the sample, saying why, when that profile cannot be used.
    ``unwritable``: why the config folder cannot be written to (see settings_folder), said too."""
    said: list[str] = []
    try:
        workspace = initial_workspace(args, rules=rules, scorer=scorer)
    except AdvocacyError as exc:
        say_error(None, exc)
        workspace = Workspace.sample(rules=rules, scorer=scorer)
        # Said until dismissed, not only in the dialog: the sample must not pass for the profile.
        said.append(
            f"Your profile file could not be used, so the sample is shown: {exc.user_message} Correct the file "
            "and restart, or use Set up my profile… (a file that cannot be read is kept aside, never written over)."
        )
    if unwritable is not None:
        said.append(
            f"{unwritable} The app opens all the same, but nothing it keeps there (your profile, your words, "
            "the window's layout) can be saved until that folder can be written to."
        )
    window = MainWindow(workspace, window_state=WindowState((settings or config_dir()) / "window.ini"))
    if said:
        window.store_notice.say(" ".join(said))
    return window


def run_app(args: argparse.Namespace, *, rules: Sequence[Rule], scorer: Scorer) -> int:
    configure_logging(verbose=args.verbose)
    tune_interpreter_for_gui()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # Wayland and the task bar match the window to the installed .desktop entry (and its icon) by it.
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    install_excepthook()
    settings, unwritable = settings_folder()
    keep_qt_settings_in(settings)
    from ui.single_instance import SingleInstance, instance_key  # QtNetwork: for the app, not its tests

    instance = SingleInstance(instance_key(settings))
    if not args.smoke and instance.hand_over():
        sys.stderr.write("Advocacy is already open: its window was brought to the front.\n")
        return 0
    if not args.smoke:
        instance.listen()

    window = first_window(args, rules=rules, scorer=scorer, settings=settings, unwritable=unwritable)
    window.show()
    window.after_first_paint(lambda: _end_politely(window, app))
    instance.activated.connect(lambda: bring_to_front(window))
    from ui.workers.reminder_notifier import ReminderNotifier

    notifier = ReminderNotifier(lambda: window.workspace, app_icon(), parent=window)
    notifier.notified.connect(window.say)
    if args.smoke:
        QTimer.singleShot(SMOKE_QUIT_AFTER_MS, app.quit)
    else:
        notifier.start()  # reminders that came due while the app was closed are said at once
        if not window.has_report:
            # First start: show something real at once rather than an empty window.
            QTimer.singleShot(0, window.start_audit)
    code = app.exec()
    instance.close()  # a later start (or a test's next run) is the first again
    window.cancel_audit()
    QThreadPool.globalInstance().waitForDone(5000)
    return code
