"""The tokens dialog: secrets go to the keyring and are never shown; no keyring means an explicit choice."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import keyring.backends.fail
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from tests import github_server
from tests.keyring_memory import MemoryKeyring
from ui.dialogs.credentials_dialog import CredentialsDialog

CONFIG = ProfileConfig(
    me=Me(accounts=Accounts(github="samrivera", website="https://sam.example/", mastodon="@sam@social.example"))
)


def _opened(qtbot: QtBot, dialog: CredentialsDialog) -> CredentialsDialog:
    """The dialog once its first keyring read has come back (it reads off the GUI thread)."""
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.set_button.isEnabled, timeout=10_000)
    return dialog


def _settled(qtbot: QtBot, dialog: CredentialsDialog, action: Callable[[], None]) -> None:
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        action()


def _cells(dialog: CredentialsDialog) -> list[list[str]]:
    table = dialog.table
    rows = []
    for r in range(table.rowCount()):
        items = [table.item(r, c) for c in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows


def test_set_and_delete_without_ever_showing_the_secret(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    dialog = _opened(qtbot, CredentialsDialog(CONFIG, store, ask_secret=lambda _label: "ghp_visible_nowhere"))
    assert [row[0] for row in _cells(dialog)] == ["Mastodon @sam@social.example", "GitHub samrivera"]
    assert "MemoryKeyring" in dialog.backend_label.text()
    dialog.table.selectRow(1)
    _settled(qtbot, dialog, dialog.set_selected)
    assert store.get(Network.GITHUB, "samrivera") == "ghp_visible_nowhere"
    assert _cells(dialog)[1][1] == "saved"
    assert all("ghp_visible_nowhere" not in cell for row in _cells(dialog) for cell in row)
    _settled(qtbot, dialog, dialog.delete_selected)
    assert store.get(Network.GITHUB, "samrivera") is None and _cells(dialog)[1][1] == "none"


def test_languagetool_username_and_key_go_to_the_keyring(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    from dataclasses import replace

    from advocacy.credentials import LANGUAGETOOL
    from advocacy.domain.profile import AuditOptions

    config = replace(CONFIG, audit=AuditOptions(languagetool_url="https://api.languagetoolplus.com/"))
    answers = ["sam@example.com", "lt-key-secret"]
    store = CredentialStore()
    dialog = _opened(qtbot, CredentialsDialog(config, store, ask_secret=lambda _label: answers.pop(0)))
    labels = [row[0] for row in _cells(dialog)]
    assert labels[-2:] == ["LanguageTool username", "LanguageTool API key"]
    for row in (len(labels) - 2, len(labels) - 1):
        dialog.table.selectRow(row)
        _settled(qtbot, dialog, dialog.set_selected)
    assert store.get(LANGUAGETOOL, "username") == "sam@example.com"
    assert store.get(LANGUAGETOOL, "api_key") == "lt-key-secret"
    assert all("lt-key-secret" not in cell for row in _cells(dialog) for cell in row)
    local = _opened(qtbot, CredentialsDialog(replace(config, audit=AuditOptions(languagetool_url="local")), store))
    assert "LanguageTool API key" not in [row[0] for row in _cells(local)]


def test_no_keyring_offers_session_only_or_nothing(qtbot: QtBot) -> None:
    store = CredentialStore(backend=keyring.backends.fail.Keyring())
    declined = _opened(
        qtbot, CredentialsDialog(CONFIG, store, ask_secret=lambda _l: "tok-1", ask_fallback=lambda _m: False)
    )
    declined.table.selectRow(1)
    _settled(qtbot, declined, declined.set_selected)
    assert not store.is_session_only(Network.GITHUB, "samrivera")
    assert "only be kept for this session" in declined.backend_label.text()

    asked: list[str] = []

    def keep_for_session(message: str) -> bool:
        asked.append(message)
        return True

    accepted = _opened(
        qtbot, CredentialsDialog(CONFIG, store, ask_secret=lambda _l: "tok-2", ask_fallback=keep_for_session)
    )
    accepted.table.selectRow(1)
    _settled(qtbot, accepted, accepted.set_selected)
    assert asked and "session" in asked[0]
    assert store.get(Network.GITHUB, "samrivera") == "tok-2"
    assert _cells(accepted)[1][1] == "kept for this session"


def test_a_session_token_reaches_the_audit(qtbot: QtBot, httpserver: HTTPServer) -> None:
    """The workspace's one credential store serves the dialog and every audit of the run, and a
    profile opened later from it (Settings, Open) keeps it."""
    from advocacy.workspace import Workspace
    from checks.scoring import score_card
    from checks.staleness import check_last_post

    loopback = github_server.install(httpserver)
    config = ProfileConfig(
        me=Me(accounts=Accounts(github=github_server.LOGIN)),
        endpoints=Endpoints(github=httpserver.url_for("").rstrip("/")),
    )
    first = Workspace.sample(rules=(check_last_post,), scorer=score_card)
    first.credentials.remember_for_session(Network.GITHUB, github_server.LOGIN, "session-only-token")
    first.with_profile(config).run_audit()
    assert loopback.authorizations == ["Bearer session-only-token"]


def test_a_languagetool_key_kept_for_this_session_reaches_the_audit(tmp_path: Path) -> None:
    """The window's audits check text with the app's one credential store (a fresh store, as before,
    never had a key the user kept "for this session only")."""
    from dataclasses import replace

    from advocacy.credentials import LANGUAGETOOL
    from advocacy.domain.audit_input import AuditInput
    from advocacy.domain.models import Network, Profile, SourceOutcome, SourceStatus
    from advocacy.domain.profile import AuditOptions, ProfileConfig
    from advocacy.text_checks import with_text_checks
    from advocacy.workspace import Workspace
    from tests.languagetool_server import languagetool_server

    workspace = Workspace.open(ProfileConfig(), is_sample=False)
    credentials = workspace.credentials
    credentials.remember_for_session(LANGUAGETOOL, "username", "ada@example.com")
    credentials.remember_for_session(LANGUAGETOOL, "api_key", "SESSION-ONLY-KEY")
    try:
        with languagetool_server() as server:
            config = ProfileConfig(audit=AuditOptions(languagetool_url=server.url))
            profile = Profile(Network.MASTODON, "@ada@example.social", bio="I have many dog.")
            outcome = SourceOutcome(Network.MASTODON, "@ada@example.social", SourceStatus.OK, profile=profile)
            audit = AuditInput(config=config, outcomes=(outcome,), now=datetime.now(UTC))
            checked = with_text_checks(replace(audit), workspace.text_checker)
            keys = [entry.get("apiKey") for entry in server.log if "text" in entry]
        assert keys and set(keys) == {"SESSION-ONLY-KEY"}
        assert checked.text_issues  # the grammar answer came back and was kept for the rules
    finally:
        credentials.delete(LANGUAGETOOL, "username")
        credentials.delete(LANGUAGETOOL, "api_key")


class _LockedKeyring(MemoryKeyring):
    """A keyring whose reads wait, as a locked one does while its unlock prompt is open."""

    # Priority 0 keeps it out of keyring's chain of discovered backends: only this test uses it.
    priority = 0

    def __init__(self) -> None:
        super().__init__()
        self.unlocked = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.unlocked.wait(20)
        return super().get_password(service, username)


def test_a_keyring_waiting_for_its_unlock_prompt_never_freezes_the_window(qtbot: QtBot) -> None:
    locked = _LockedKeyring()
    started = time.monotonic()
    dialog = CredentialsDialog(CONFIG, CredentialStore(backend=locked))
    qtbot.addWidget(dialog)
    assert time.monotonic() - started < 2  # opened at once, not after the prompt
    assert _cells(dialog)[1][1] == "checking…" and not dialog.set_button.isEnabled()
    qtbot.wait(100)  # the event loop runs meanwhile
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        locked.unlocked.set()
    assert _cells(dialog)[1][1] == "none" and dialog.set_button.isEnabled()


def test_the_dialog_opens_wide_enough_to_read_its_columns_without_row_numbers(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = CredentialsDialog(CONFIG, CredentialStore())
    qtbot.addWidget(dialog)
    dialog.show()

    def answered() -> bool:
        cell = dialog.table.item(0, 1)
        return cell is not None and cell.text() != "checking…"

    qtbot.waitUntil(answered)
    qtbot.wait(50)  # the resize after the keyring answered reaches the layout
    table = dialog.table
    assert not table.verticalHeader().isVisible()
    header = table.horizontalHeader()
    needed = sum(table.sizeHintForColumn(c) for c in range(table.columnCount() - 1))
    shown = sum(header.sectionSize(c) for c in range(table.columnCount() - 1))
    assert shown >= needed  # the account and token columns are never cut
    assert table.viewport().width() >= sum(header.sectionSize(c) for c in range(table.columnCount())) - 2


def test_connect_is_offered_for_networks_that_declare_how(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    """The rows of networks whose table row says how to connect get Connect…; a token saved by it
    shows at once; the others (and LanguageTool) keep pasting a token."""
    from dataclasses import replace

    from advocacy.domain.profile import AuditOptions

    store = CredentialStore()
    asked: list[Network] = []

    def connect(_owner: object, network: Network) -> None:
        asked.append(network)
        store.set(network, "@sam@social.example", "signed-in-token")

    config = replace(CONFIG, audit=AuditOptions(languagetool_url="https://api.languagetoolplus.com/"))
    dialog = _opened(qtbot, CredentialsDialog(config, store, connect=connect))
    assert dialog.connect_button.isEnabled()  # Mastodon, the first row
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.connect_button.click()
    assert asked == [Network.MASTODON] and _cells(dialog)[0][1] == "saved"
    dialog.table.selectRow(len(_cells(dialog)) - 1)  # the LanguageTool key
    assert not dialog.connect_button.isEnabled()
    plain = _opened(qtbot, CredentialsDialog(CONFIG, store))
    assert plain.connect_button.isHidden()  # nothing to connect with: pasting only


def test_the_samples_made_up_accounts_are_listed_but_never_connected(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = CredentialsDialog(CONFIG, CredentialStore(), connect=lambda *_: None, sample=True)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        pass
    assert [row[0] for row in _cells(dialog)] == ["Mastodon @sam@social.example", "GitHub samrivera"]
    assert "sample's made-up accounts" in dialog.backend_label.text()
    for button in (dialog.connect_button, dialog.set_button, dialog.delete_button):
        assert not button.isEnabled() and "set up your own profile" in button.toolTip()


def test_grown_to_fit_its_columns_the_dialog_stays_on_the_screen(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = CredentialsDialog(CONFIG, CredentialStore())
    qtbot.addWidget(dialog)
    screen = dialog.screen()
    assert screen is not None
    room = screen.availableGeometry()
    dialog.move(room.right() - 200, room.top())  # opened near the right edge, as a window manager may place it
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.show()
    assert dialog.frameGeometry().right() <= room.right()
