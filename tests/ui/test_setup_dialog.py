"""First-run setup: the form is validated exactly like the profile file and written for the user."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from advocacy.domain.models import Network
from advocacy.domain.profile import Endpoints, ProfileConfig
from advocacy.paths import config_dir, saved_profile_path
from advocacy.profile_file import load_profile
from ui.dialogs.setup_dialog import SetupDialog


def test_invalid_entries_get_the_profile_files_own_sentence(qtbot: QtBot) -> None:
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.try_accept()
    assert dialog.error_label.text() == "Name at least one account or export, so there is something to audit."
    height = dialog.error_label.height()
    dialog.account_edits[Network.MASTODON].setText("not-a-handle")
    dialog.try_accept()
    # In plain words, the field named as the form names it, the field marked, the form not moved.
    assert dialog.error_label.text().startswith("Mastodon: 'not-a-handle' is not a Mastodon address")
    assert (
        "#c62828" in dialog.account_edits[Network.MASTODON].styleSheet()
        and dialog.account_edits[Network.MASTODON].accessibleDescription()
    )
    assert dialog.error_label.height() == height
    assert dialog.config is None and not dialog.result()
    dialog.account_edits[Network.MASTODON].setText("@sam@social.example")
    dialog.try_accept()
    assert dialog.account_edits[Network.MASTODON].styleSheet() == "" and dialog.error_label.text() == ""


def test_a_filled_form_becomes_a_valid_profile(qtbot: QtBot, tmp_path: Path) -> None:
    company_file = tmp_path / "acme.toml"
    company_file.write_text('[company]\nname = "Acme"\ndomains = ["acme.example"]\n', encoding="utf-8")
    dialog = SetupDialog(choose_file=lambda _what: str(company_file))
    qtbot.addWidget(dialog)
    dialog.name.setText("Sam Rivera")
    dialog.title.setText("Developer Advocate")
    dialog.former.setText("Globex, Initrode")
    dialog.account_edits[Network.MASTODON].setText("sam@social.example")
    dialog.account_edits[Network.WEBSITE].setText("https://sam.example")
    dialog.import_button.click()
    assert not dialog.company_name.isEnabled()
    dialog.try_accept()
    assert dialog.result() and dialog.config is not None
    config = dialog.config
    assert config.me.accounts.get(Network.MASTODON) == "@sam@social.example"
    assert config.me.former_employers == ("Globex", "Initrode")
    # The profile names the app's own copy: the download can be moved or deleted.
    copy = config_dir() / "company.toml"
    assert config.company.name == "Acme" and config.company_file == str(copy) and copy.is_file()
    company_file.unlink()
    assert load_profile_file_text(config).company.domains == ("acme.example",)


def load_profile_file_text(config: ProfileConfig) -> ProfileConfig:
    """``config`` written as a profile file and read back, as every command reads it."""
    from advocacy.profile_file import load_profile, save_profile

    path = config_dir() / "profile-roundtrip.toml"
    save_profile(config, path)
    return load_profile(path)


def test_the_form_shows_what_the_company_file_holds_and_the_import_can_be_undone(qtbot: QtBot, tmp_path: Path) -> None:
    company_file = tmp_path / "acme.toml"
    company_file.write_text(
        '[company]\nname = "Acme"\ndomains = ["acme.example", "acme.dev"]\n'
        '[company.accounts]\nmastodon = "@acme@social.example"\n',
        encoding="utf-8",
    )
    dialog = SetupDialog(choose_file=lambda _what: str(company_file))
    qtbot.addWidget(dialog)
    dialog.company_name.setText("Acme Widgets (typed)")
    dialog.import_button.click()
    assert dialog.company_name.text() == "Acme" and dialog.company_domains.text() == "acme.example, acme.dev"
    assert dialog.company_edits[Network.MASTODON].text() == "@acme@social.example"
    assert "Acme: 2 web domains, 1 account, 0 feeds" in dialog.company_file_label.text()
    assert dialog.undo_import_button.isVisibleTo(dialog) and not dialog.company_name.isEnabled()
    dialog.undo_import_button.click()
    assert dialog.company_name.isEnabled() and dialog.company_name.text() == "Acme Widgets (typed)"
    assert dialog.build_config().company_file is None


def test_a_broken_company_file_is_named_as_the_company_file(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "from-comms.toml"
    broken.write_text("[company\nname = 'Acme'\n", encoding="utf-8")
    dialog = SetupDialog(choose_file=lambda _what: str(broken))
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    said = dialog.company_file_label.text()
    assert said.startswith("The company file from-comms.toml cannot be used: ") and str(tmp_path) not in said
    assert dialog.company_name.isEnabled() and dialog.build_config().company_file is None


def test_setup_from_the_window_saves_and_audits(qtbot: QtBot, monkeypatch: object, tmp_path: Path) -> None:
    from advocacy.workspace import Workspace
    from tests.ui.windows import app_window

    def fake_setup(_parent: object, current: Workspace) -> Workspace:
        # What the form's Save does, without the modal form: the form itself is tested above.
        from advocacy.domain.profile import Accounts, Me, ProfileConfig

        config = ProfileConfig(me=Me(name="Sam", accounts=Accounts(linkedin_export=str(tmp_path / "none"))))
        return current.saved_as_own(config)

    window = app_window(qtbot, set_up=fake_setup)
    assert window.notice_box.isVisibleTo(window) and window.setup_button.isEnabled()
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.setup_button.click()
    assert not window.notice_box.isVisibleTo(window)
    assert window.windowTitle() == "Advocacy — Sam"
    assert load_profile(saved_profile_path()).me.name == "Sam"
    assert window.dashboard.card_states()[0][0].startswith("LinkedIn")  # the new profile was audited


def test_settings_keep_everything_the_form_does_not_show(qtbot: QtBot, tmp_path: Path) -> None:
    from dataclasses import replace

    from advocacy.profile_file import save_profile
    from advocacy.sample import load_sample_profile

    original = replace(load_sample_profile(), company_file=None)
    dialog = SetupDialog(initial=original)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings" and dialog.name.text() == "Sam Rivera"
    assert dialog.account_edits[Network.MASTODON].text() == "@sam@social.example" and dialog.warning_days.value() == 30
    dialog.title.setText("Staff Developer Advocate")
    dialog.warning_days.setValue(21)
    dialog.check_links.setChecked(True)
    dialog.try_accept()
    assert dialog.config is not None, dialog.error_label.text()
    edited = dialog.config
    assert edited.me.title == "Staff Developer Advocate" and edited.thresholds.last_post_warning_days == 21
    assert edited.audit.check_links
    # Everything the form does not show is exactly as it was.
    assert edited.company.aliases == original.company.aliases and edited.company.customers == original.company.customers
    assert edited.company.disclosures == original.company.disclosures and edited.company.feeds == original.company.feeds
    assert edited.company.glossary == original.company.glossary
    assert edited.thresholds.max_posts == original.thresholds.max_posts
    target = tmp_path / "profile.toml"
    save_profile(edited, target)
    assert load_profile(target) == edited


def test_spelling_language_and_grammar_server_are_settings(qtbot: QtBot, tmp_path: Path) -> None:
    from dataclasses import replace

    from advocacy.profile_file import save_profile
    from advocacy.sample import load_sample_profile

    dialog = SetupDialog(initial=replace(load_sample_profile(), company_file=None))
    qtbot.addWidget(dialog)
    assert dialog.spelling.isChecked() and dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("en-GB"))
    dialog.languagetool.setText("ftp://nope")
    dialog.try_accept()
    assert dialog.config is None and dialog.error_label.text().startswith("LanguageTool server must be")
    assert "#c62828" in dialog.languagetool.styleSheet()  # the field is marked
    dialog.languagetool.setText("http://localhost:8081")
    dialog.spelling.setChecked(False)
    dialog.try_accept()
    assert dialog.config is not None, dialog.error_label.text()
    audit = dialog.config.audit
    assert (audit.language, audit.languagetool_url, audit.spelling) == ("en-GB", "http://localhost:8081", False)
    target = tmp_path / "profile.toml"
    save_profile(dialog.config, target)
    assert load_profile(target).audit == audit


def _github_form(qtbot: QtBot, server: HTTPServer) -> SetupDialog:
    from tests import github_server
    from tests.ui.windows import workspace

    initial = ProfileConfig(endpoints=Endpoints(github=server.url_for("").rstrip("/")))
    dialog = SetupDialog(initial=initial, find_accounts=workspace(initial, False).find_linked_accounts)
    qtbot.addWidget(dialog)
    dialog.account_edits[Network.GITHUB].setText(github_server.LOGIN)
    return dialog


def test_accounts_the_profiles_link_to_are_offered_and_added_only_when_ticked(
    qtbot: QtBot, httpserver: HTTPServer
) -> None:
    from tests import github_server

    github_server.install(httpserver)
    dialog = _github_form(qtbot, httpserver)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.found_status.text() == "Reading your profiles…" and not dialog.find_button.isEnabled()
    qtbot.waitUntil(dialog.find_button.isEnabled, timeout=20_000)
    assert dialog.found_list.count() >= 1 and dialog.found_list.isVisibleTo(dialog)
    item = dialog.found_list.item(0)
    assert item.text().startswith("Mastodon @jacquev6@fosstodon.org — linked from your GitHub profile")
    assert dialog.account_edits[Network.MASTODON].text() == ""  # nothing is added by finding it
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.add_found_button, Qt.MouseButton.LeftButton)
    assert dialog.account_edits[Network.MASTODON].text() == "@jacquev6@fosstodon.org"
    assert dialog.found_status.text() == "Added 1 account; it is audited when you save."
    dialog.try_accept()
    assert dialog.config is not None
    assert dialog.config.me.accounts.get(Network.MASTODON) == "@jacquev6@fosstodon.org"
    assert dialog.config.me.accounts.get(Network.GITHUB) == github_server.LOGIN


def test_an_unticked_account_is_left_out(qtbot: QtBot, httpserver: HTTPServer) -> None:
    from tests import github_server

    github_server.install(httpserver)
    dialog = _github_form(qtbot, httpserver)
    dialog.find_button.click()
    qtbot.waitUntil(dialog.find_button.isEnabled, timeout=20_000)
    for row in range(dialog.found_list.count()):
        dialog.found_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.add_found_button.click()
    assert dialog.account_edits[Network.MASTODON].text() == "" and dialog.account_edits[Network.WEBSITE].text() == ""


def test_a_profile_that_cannot_be_read_is_one_sentence(qtbot: QtBot, httpserver: HTTPServer) -> None:
    httpserver.expect_request(re.compile(".*")).respond_with_data("down", status=503)
    dialog = _github_form(qtbot, httpserver)
    dialog.find_button.click()
    qtbot.waitUntil(dialog.find_button.isEnabled, timeout=30_000)
    status = dialog.found_status.text()
    assert status.startswith("Your profiles link to no other account the app can audit. ")
    assert "GitHub: " in status and "had a problem on its side" in status and not dialog.found_list.isVisibleTo(dialog)


def test_finding_needs_an_account_first(qtbot: QtBot) -> None:
    dialog = SetupDialog(find_accounts=lambda _config: pytest.fail("nothing to read"))
    qtbot.addWidget(dialog)
    dialog.find_button.click()
    assert dialog.error_label.text() == "Name at least one account or export, so there is something to audit."


def test_the_weekly_posting_goal_is_set_in_the_form_and_hand_set_goals_are_kept(qtbot: QtBot) -> None:
    from dataclasses import replace

    from advocacy.domain.profile import Goals
    from advocacy.sample import load_sample_profile

    sample = replace(load_sample_profile(), company_file=None)
    dialog = SetupDialog(initial=sample)
    qtbot.addWidget(dialog)
    assert dialog.posts_per_week.value() == 1 and dialog.posts_per_week.isEnabled()  # from "every 7 days"
    assert dialog.build_config().goals == sample.goals  # untouched: nothing written
    dialog.posts_per_week.setValue(3)
    goals = dialog.build_config().goals
    assert {goals.for_network(n, sample.thresholds) for n in ("mastodon", "bluesky", "linkedin", "x")} == {3}
    by_hand = replace(sample, goals=Goals(posts_per_week=(("mastodon", 2), ("x", 0))))
    kept = SetupDialog(initial=by_hand)
    qtbot.addWidget(kept)
    assert not kept.posts_per_week.isEnabled() and kept.build_config().goals == by_hand.goals


def test_an_export_path_that_is_not_there_is_said_at_once_next_to_its_field(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.account_edits[Network.LINKEDIN].setText(str(tmp_path / "nonexistent.zip"))
    dialog.try_accept()
    assert dialog.config is None and not dialog.result()
    assert dialog.error_label.text().startswith("LinkedIn data export: there is no file or folder at")
    assert (
        dialog.account_edits[Network.LINKEDIN].hasFocus()
        or dialog.account_edits[Network.LINKEDIN].accessibleDescription()
    )
    (tmp_path / "export").mkdir()
    dialog.account_edits[Network.LINKEDIN].setText(str(tmp_path / "export"))
    dialog.try_accept()
    assert dialog.config is not None and dialog.error_label.text() == ""


def test_the_wheel_scrolls_the_form_and_never_changes_a_field_it_passes_over(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.resize(600, 300)  # short enough that the form scrolls
    dialog.show()
    quiet = dialog.checks_box.warning_days
    before = quiet.value()

    def turn(widget: object) -> None:
        assert isinstance(widget, QWidget)
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)

    turn(quiet)
    assert quiet.value() == before  # passed over: unchanged
    quiet.setFocus()
    qtbot.waitUntil(quiet.hasFocus)
    turn(quiet)
    assert quiet.value() != before  # once chosen, the wheel is the field's


def test_an_export_can_be_a_folder_chosen_with_its_own_button(qtbot: QtBot, tmp_path: Path) -> None:
    """An unpacked export, or the folder holding a split download's parts, cannot be picked in a
    file dialog: each export row has a Folder… button."""
    from PySide6.QtWidgets import QPushButton

    dialog = SetupDialog(choose_folder=lambda _what: str(tmp_path))
    qtbot.addWidget(dialog)
    edit = dialog.account_edits[Network.FACEBOOK]
    row = edit.parentWidget()
    assert row is not None
    folder = next(b for b in row.findChildren(QPushButton) if b.text() == "Folder…")
    folder.click()
    assert edit.text() == str(tmp_path)


def test_a_profile_that_cannot_be_saved_is_said_and_the_form_comes_back_with_the_edits(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from advocacy.workspace import Workspace
    from ui.dialogs.profile_dialogs import set_up_profile

    saved_profile_path().mkdir(parents=True)  # a folder where the file goes: the save fails
    seen: list[tuple[str, ...]] = []

    def answer() -> None:
        # The real modal form and message box, answered as a person would.
        modal = QApplication.activeModalWidget()
        if isinstance(modal, SetupDialog) and not seen:
            modal.name.setText("Sam")
            modal.title.setText("Chief Widget Officer")
            modal.account_edits[Network.MASTODON].setText("@sam@social.example")
            seen.append(("form",))
            modal.try_accept()
        elif isinstance(modal, QMessageBox):
            seen.append(("error", modal.windowTitle(), modal.text()))
            modal.accept()
        elif isinstance(modal, SetupDialog):
            seen.append(("again", modal.name.text(), modal.title.text()))
            modal.reject()
        if len(seen) < 3:
            QTimer.singleShot(20, answer)

    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, answer)
    assert set_up_profile(parent, Workspace.sample()) is None  # given up on after the second form
    assert seen[1][:2] == ("error", "Your profile could not be saved") and "the file there is unchanged" in seen[1][2]
    assert seen[2] == ("again", "Sam", "Chief Widget Officer")  # nothing typed was lost
