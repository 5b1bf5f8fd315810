"""Help → Back up or move to another computer, and Help → Delete all my data, in the real window: the
work runs off the GUI thread, a restore opens the restored profile, and after deleting everything
the window is back at its first start (the sample, with Set up my profile) and the app opens again."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import checks
from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Endpoints, ProfileConfig
from advocacy.paths import app_folders, saved_profile_path
from advocacy.workspace import Workspace, load_profile_file
from cli.args import build_parser
from tests.ui.windows import app_window
from ui.app import initial_workspace
from ui.dialogs.backup_dialog import BackupDialog
from ui.dialogs.delete_data_dialog import DeleteDataDialog
from ui.main_window import MainWindow


def _answer(steps: list[tuple[type[QWidget], Callable[[Any], None]]]) -> None:
    """Answer the modal dialogs as they open, in order: each step waits for its kind of dialog."""

    def poll() -> None:
        if not steps:
            return
        modal = QApplication.activeModalWidget()
        kind, act = steps[0]
        if isinstance(modal, kind) and modal.isVisible():
            steps.pop(0)
            act(modal)
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def _saved_profile(
    name: str, credentials: CredentialStore | None = None, handle: str = "@sam@social.example"
) -> Workspace:
    # A server on a closed port: the window's first audit ends at once, saying it could not be read.
    config = ProfileConfig(
        me=replace(ProfileConfig().me, name=name, accounts=Accounts(mastodon=handle)),
        endpoints=Endpoints(mastodon="http://127.0.0.1:9"),
    )
    workspace = Workspace.open(
        ProfileConfig(), is_sample=False, credentials=credentials, rules=checks.DEFAULT_RULES, scorer=checks.score_card
    ).saved_as_own(config)
    workspace.add_my_words(["WidgetOS"])
    workspace.save_draft("item", Network.MASTODON, f"{name}'s draft")
    return workspace


def test_back_up_then_restore_on_another_computer_with_progress(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = _saved_profile("Sam")
    target = tmp_path / "sam.advocacy-backup"
    asked: list[str] = []

    def confirm(_parent: QWidget, _title: str, question: str) -> bool:
        asked.append(question)
        return True

    dialog = BackupDialog(
        lambda: laptop,
        choose_target=lambda _parent: target,
        choose_source=lambda _parent: target,
        confirm=confirm,
    )
    qtbot.addWidget(dialog)
    assert "Your tokens stay in this computer's keyring" in dialog.tokens_label.text()
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.settled, timeout=20_000) as made:
        dialog.backup_button.click()
        assert not dialog.restore_button.isEnabled()  # one piece of work at a time
    assert made.args[0].startswith(f"Saved {target.name} in {tmp_path}. It holds Sam's profile")
    assert target.is_file() and values and dialog.restore_button.isEnabled()

    monkeypatch.setenv("ADVOCACY_HOME", str(tmp_path / "desktop"))
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        dialog.restore_button.click()
    (question,) = asked
    assert "It holds:" in question and "Nothing on this computer is replaced" in question
    assert load_profile_file(saved_profile_path()).me.name == "Sam"
    assert "Restored Sam's profile" in dialog.status.text() and "connect your accounts again" in dialog.status.text()


def test_a_refused_backup_is_said_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    notes = tmp_path / "notes.advocacy-backup"
    notes.write_text("not a backup", encoding="utf-8")
    workspace = Workspace.open(ProfileConfig(), is_sample=False)
    dialog = BackupDialog(lambda: workspace, choose_source=lambda _parent: notes, confirm=lambda *_: pytest.fail())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.settled, timeout=20_000) as said:
        dialog.restore_button.click()
    assert said.args[0].startswith("notes.advocacy-backup is not an Advocacy backup")
    assert not saved_profile_path().exists()


def test_with_nothing_to_back_up_no_file_is_asked_for(qtbot: QtBot) -> None:
    workspace = Workspace.open(ProfileConfig(), is_sample=True)  # a first start: the sample, nothing of yours
    dialog = BackupDialog(lambda: workspace, choose_target=lambda _parent: pytest.fail("a file was asked for"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.settled, timeout=20_000) as said:
        dialog.backup_button.click()
    assert said.args[0].startswith("There is nothing to back up yet")
    assert dialog.backup_button.isEnabled() and dialog.restore_button.isEnabled()


def test_restoring_from_the_help_menu_opens_the_restored_profile(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sam.advocacy-backup"
    _saved_profile("Sam").backup(target)
    monkeypatch.setenv("ADVOCACY_HOME", str(tmp_path / "desktop"))
    window = app_window(qtbot)
    assert window.workspace.is_sample

    def restore(dialog: BackupDialog) -> None:
        dialog.choose_source = lambda _parent: target
        dialog.confirm = lambda *_: True
        with qtbot.waitSignal(dialog.settled, timeout=20_000):
            dialog.restore_button.click()
        dialog.close()

    _answer([(BackupDialog, restore)])
    window.menu_actions.backup.trigger()
    assert not window.workspace.is_sample and window.workspace.config.me.name == "Sam"
    assert window.windowTitle() == "Advocacy — Sam"
    assert window.workspace.drafts() == {("item", Network.MASTODON): "Sam's draft"}


def _delete_from_the_menu(qtbot: QtBot, window: MainWindow) -> tuple[str, QMessageBox.Icon, str]:
    """Help → Delete all my data, confirmed; returns the list shown, and the closing message."""
    listed: list[str] = []
    closing: list[tuple[QMessageBox.Icon, str]] = []

    def confirm(dialog: DeleteDataDialog) -> None:
        listed.append(dialog.listing.toPlainText())
        assert dialog.cancel_button.isDefault()  # an accidental Enter deletes nothing
        dialog.delete_button.click()

    def read(box: QMessageBox) -> None:
        closing.append((box.icon(), box.text()))
        box.close()

    _answer([(DeleteDataDialog, confirm), (QMessageBox, read)])
    with qtbot.waitSignal(window.workspace_changed, timeout=20_000):
        window.menu_actions.delete_data.trigger()
    qtbot.waitUntil(lambda: bool(closing), timeout=20_000)
    (text,), ((icon, said),) = listed, closing
    return text, icon, said


def _first_start_again(qtbot: QtBot, window: MainWindow) -> None:
    """The window is as on a first start, and the app opens again on what is left."""
    assert window.workspace.is_sample and window.notice_box.isVisibleTo(window)
    assert window.setup_button.isEnabled() and window.isEnabled()
    for name in ("profile.toml", "company.toml", "my-words.txt"):
        assert not (app_folders()["config"] / name).exists()
    assert not (app_folders()["data"] / "advocacy.sqlite3").exists()
    qtbot.waitUntil(lambda: window.has_report, timeout=30_000)  # the sample's audit, as on a first start
    args = build_parser().parse_args([])
    again = MainWindow(initial_workspace(args, rules=checks.DEFAULT_RULES, scorer=checks.score_card))
    qtbot.addWidget(again)
    assert again.workspace.is_sample and again.has_report


@pytest.mark.secret_service
def test_deleting_everything_empties_the_keyring_and_the_app_starts_again(qtbot: QtBot) -> None:
    credentials = CredentialStore()
    if "SecretService" not in credentials.backend_name():
        if os.environ.get("REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail(f"a Secret Service was required but the keyring offers: {credentials.backend_name()}")
        pytest.skip("no Secret Service on this machine")
    handle = f"@sam{uuid.uuid4().hex[:6]}@social.example"
    workspace = _saved_profile("Sam", credentials, handle)
    credentials.set(Network.MASTODON, handle, "token-to-delete")
    window = app_window(qtbot, workspace)
    text, icon, said = _delete_from_the_menu(qtbot, window)
    assert f"• {app_folders()['config']}: your profile and your own words" in text
    assert f"• {app_folders()['data']}: your history of audits and shares" in text
    assert f"• Mastodon token for {handle}" in text
    folders, entries = (part.count("• ") for part in text.split("These entries"))
    # Any entry the app wrote is listed, even another test's left in this keyring session.
    said_entries = "1 keyring entry" if entries == 1 else f"{entries} keyring entries"
    assert icon is QMessageBox.Icon.Information and said == f"Deleted {folders} folders and {said_entries}."
    assert CredentialStore().get(Network.MASTODON, handle) is None
    _first_start_again(qtbot, window)


def test_without_a_keyring_the_files_go_and_the_window_names_the_entries_left(qtbot: QtBot) -> None:
    workspace = _saved_profile("Sam", CredentialStore(backend=keyring.backends.fail.Keyring()))
    window = app_window(qtbot, workspace)
    text, icon, said = _delete_from_the_menu(qtbot, window)
    assert "• Mastodon token for @sam@social.example" in text
    assert "The keyring could not be checked: no system keyring is available" in text
    folders = text.split("The keyring could not be checked")[0].count("• ")
    assert icon is QMessageBox.Icon.Warning and said.startswith(f"Deleted {folders} folders.")
    assert "if it holds" in said and "Mastodon token for @sam@social.example" in said
    _first_start_again(qtbot, window)


def test_cancel_deletes_nothing(qtbot: QtBot, memory_keyring: object) -> None:
    window = app_window(qtbot, _saved_profile("Sam"))
    before = sorted(p for p in app_folders()["config"].rglob("*"))
    cancelled: list[bool] = []

    def cancel(dialog: DeleteDataDialog) -> None:
        dialog.cancel_button.click()
        cancelled.append(True)

    _answer([(DeleteDataDialog, cancel)])
    window.menu_actions.delete_data.trigger()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=20_000)
    qtbot.wait(100)
    assert window.isEnabled()
    assert sorted(p for p in app_folders()["config"].rglob("*")) == before
    assert not window.workspace.is_sample


def test_no_backup_or_delete_string_is_a_developers_word(qtbot: QtBot) -> None:
    from tests.ui.test_plain_words import _bad, shown_strings

    workspace = _saved_profile("Sam", CredentialStore(backend=keyring.backends.fail.Keyring()))
    backup = BackupDialog(lambda: workspace)
    confirm = DeleteDataDialog(workspace.data_to_delete())
    for dialog in (backup, confirm):
        qtbot.addWidget(dialog)
        assert len(list(shown_strings(dialog))) > 10
        assert _bad(dialog) == []


def test_the_confirmation_opens_tall_enough_for_its_wrapped_sentences(qtbot: QtBot) -> None:
    from advocacy.domain.housekeeping import DataFolder, DeletionPlan, KeyringEntry

    holds = "your profile, the company file you imported, your own words and the window's layout, " * 2
    plan = DeletionPlan(
        tuple(DataFolder(Path(f"/home/sam/.config/advocacy-{n}"), holds) for n in range(4)),
        tuple(KeyringEntry("mastodon", f"a{n}", f"Mastodon token for @sam{n}@social.example") for n in range(5)),
    )
    dialog = DeleteDataDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box, layout = dialog.delete_button.parentWidget(), dialog.layout()
    assert box is not None and layout is not None
    assert box.geometry().top() > dialog.listing.geometry().bottom()  # nothing drawn over the list
    assert dialog.height() <= layout.totalHeightForWidth(dialog.width()) + 1  # and no empty band
