"""Ctrl+O on a valid profile file says so and audits it; F5 after editing the profile's own file
audits the edit; an edit that broke the file is said in one sentence and nothing is audited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.profile_file import profile_to_toml
from checks.staleness import check_last_post
from tests import mastodon_server
from tests.ui.windows import app_window, workspace

LAST_POST_ONLY = (check_last_post,)


def _profile(httpserver: HTTPServer, name: str) -> ProfileConfig:
    loopback = mastodon_server.install(httpserver)
    return ProfileConfig(
        me=Me(name=name, accounts=Accounts(mastodon=loopback.handle)), endpoints=Endpoints(mastodon=loopback.base_url)
    )


def test_opening_a_valid_profile_says_so_and_audits_it(qtbot: QtBot, httpserver: HTTPServer, tmp_path: Path) -> None:
    chosen = tmp_path / "ada.toml"
    chosen.write_text(profile_to_toml(_profile(httpserver, "Ada")), encoding="utf-8")
    window = app_window(qtbot, workspace(rules=LAST_POST_ONLY))
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.open_profile_file(str(chosen))
        assert window.statusBar().currentMessage() == "Opened ada.toml: Ada's profile, 1 account. Auditing it now."
    assert window.windowTitle() == "Advocacy — Ada"
    title, text = window.dashboard.card_states()[0]
    assert title.startswith("Mastodon") and "Last original post" in text


def test_f5_audits_the_profile_file_as_edited(qtbot: QtBot, httpserver: HTTPServer, tmp_path: Path) -> None:
    own = tmp_path / "profile.toml"
    config = _profile(httpserver, "Ada")
    own.write_text(profile_to_toml(config), encoding="utf-8")
    window = app_window(qtbot, workspace(config, is_sample=False, path=own, rules=LAST_POST_ONLY))
    edited = profile_to_toml(config).replace('name = "Ada"', 'name = "Ada Lovelace"')
    assert edited != profile_to_toml(config)
    own.write_text(edited, encoding="utf-8")
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.menu_actions.audit.trigger()
    assert window.workspace.config.me.name == "Ada Lovelace" and window.windowTitle() == "Advocacy — Ada Lovelace"


def test_an_edit_that_broke_the_file_is_one_sentence_and_no_audit(
    qtbot: QtBot, httpserver: HTTPServer, tmp_path: Path
) -> None:
    own = tmp_path / "profile.toml"
    config = _profile(httpserver, "Ada")
    own.write_text(profile_to_toml(config) + '\n[me\nname = "oops"\n', encoding="utf-8")
    window = app_window(qtbot, workspace(config, is_sample=False, path=own, rules=LAST_POST_ONLY))
    said: list[str] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, close_the_box)

    QTimer.singleShot(20, close_the_box)
    window.menu_actions.audit.trigger()
    assert len(said) == 1 and "a [section] is given twice" in said[0] and "\n" not in said[0]
    assert window.statusBar().currentMessage().startswith("The audit did not start: ")
    assert window.menu_actions.audit.isEnabled() and not window.menu_actions.cancel.isEnabled()  # nothing runs
    assert window.workspace.config == config  # the last good profile stays in use
