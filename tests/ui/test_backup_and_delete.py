"""The dialogs of Help → Back up or move to another computer, and Help → Delete all my data: the work
runs off the GUI thread with progress, a refused file is one sentence, and every string is plain."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import checks
from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Endpoints, ProfileConfig
from advocacy.paths import saved_profile_path
from advocacy.workspace import Workspace, load_profile_file
from ui.dialogs.backup_dialog import BackupDialog
from ui.dialogs.delete_data_dialog import DeleteDataDialog


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


def test_no_backup_or_delete_string_is_a_developers_word(qtbot: QtBot) -> None:
    from tests.ui.test_plain_words import _bad, shown_strings

    workspace = _saved_profile("Sam", CredentialStore(backend=keyring.backends.fail.Keyring()))
    backup = BackupDialog(lambda: workspace)
    confirm = DeleteDataDialog(workspace.data_to_delete())
    for dialog in (backup, confirm):
        qtbot.addWidget(dialog)
        assert len(list(shown_strings(dialog))) > 10
        assert _bad(dialog) == []
