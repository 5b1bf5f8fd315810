"""The window, driven as a user would: real controller, real store, real event loop (offscreen)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot
from werkzeug import Request, Response

from advocacy.domain.models import Area, AuditReport, Finding, Network, Severity
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.sample import load_sample_profile
from advocacy.workspace import Workspace
from checks.staleness import check_last_post
from tests import mastodon_server
from tests.ui.windows import store_for, workspace
from ui.main_window import MainWindow

# These tests are about the pipeline and the window, not the rules: one rule keeps them stable.
LAST_POST_ONLY = (check_last_post,)


@pytest.fixture(autouse=True)
def _no_dangling_workers() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000), "a background job was left running"


def _window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # keyboard shortcuts go to the active window, as on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_runs_the_sample_audit_and_lists_findings(qtbot: QtBot) -> None:
    window = _window(qtbot, workspace(load_sample_profile(), is_sample=True, rules=LAST_POST_ONLY))
    assert window.findings_panel.model.finding_count() == 0
    assert "sample" in window.windowTitle()
    with qtbot.waitSignal(window.findings_shown, timeout=20_000) as shown:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert shown.args[0] >= 1
    assert window.findings_panel.model.finding_count() == shown.args[0]
    # One branch per network with a finding, by name: the sample's quiet networks.
    model = window.findings_panel.model
    assert [model.item(row).text().split(" (")[0] for row in range(model.rowCount())] == [
        "Facebook",
        "Instagram",
        "LinkedIn",
        "Mastodon",
        "Threads",
        "X",
    ]
    assert window.header.score_label.text().startswith("Score ")
    title, text = window.dashboard.card_states()[0]
    assert title == "Mastodon @sam@social.example" and text.startswith("Score ") and "failed" not in text
    assert window.menu_actions.audit.isEnabled() and not window.menu_actions.cancel.isEnabled()


def test_selecting_a_finding_shows_details_and_copies_the_fix(qtbot: QtBot) -> None:
    window = _window(qtbot, workspace(load_sample_profile(), is_sample=True, rules=LAST_POST_ONLY))
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.start_audit()
    model = window.findings_panel.model
    mastodon = next(row for row in range(model.rowCount()) if model.item(row).text().startswith("Mastodon ("))
    first = model.index(0, 0, model.index(mastodon, 0))
    window.findings_panel.view.setCurrentIndex(first)
    assert window.findings_panel.message_label.text().startswith("Your last original Mastodon post was")
    assert window.findings_panel.evidence_label.text().startswith("Last original post:")
    qtbot.mouseClick(window.findings_panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == window.findings_panel.suggestion_label.text()


def test_the_last_audit_shows_at_once_on_start(qtbot: QtBot) -> None:
    finding = Finding(
        check="staleness.last_post",
        severity=Severity.ERROR,
        network=Network.MASTODON,
        target="profile",
        message="<b>quiet</b> for long",
        suggestion="post",
    )
    store_for(False).save_audit(
        AuditReport(audited_at=datetime(2026, 11, 1, tzinfo=UTC), score=85, sources=(), findings=(finding,))
    )
    window = _window(qtbot, workspace(ProfileConfig(), is_sample=False, rules=LAST_POST_ONLY))
    assert window.header.score_label.text() == "Score 85/100"
    assert window.findings_panel.model.finding_count() == 1
    window.findings_panel.view.setCurrentIndex(
        window.findings_panel.model.index(0, 0, window.findings_panel.model.index(0, 0))
    )
    # Network text is shown literally, never as markup.
    assert window.findings_panel.message_label.text() == "<b>quiet</b> for long"
    assert window.findings_panel.message_label.textFormat().name == "PlainText"


def test_audit_of_a_loopback_mastodon_profile(qtbot: QtBot, httpserver: HTTPServer) -> None:
    loopback = mastodon_server.install(httpserver)
    config = ProfileConfig(
        me=Me(name="John", accounts=Accounts(mastodon=loopback.handle)), endpoints=Endpoints(mastodon=loopback.base_url)
    )
    window = _window(qtbot, workspace(config, is_sample=False, path=Path("me.toml"), rules=LAST_POST_ONLY))
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.start_audit()
    ((title, text),) = window.dashboard.card_states()
    assert title.startswith("Mastodon") and "Last original post" in text and "failed" not in text
    assert window.findings_panel.model.finding_count() == 1
    assert window.windowTitle() == "Advocacy — John"


def test_cancel_keeps_the_previous_results(qtbot: QtBot, httpserver: HTTPServer) -> None:
    gate = threading.Event()

    def stalled(_request: Request) -> Response:
        gate.wait(10)
        return Response("{}", content_type="application/json")

    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_handler(stalled)
    config = ProfileConfig(
        me=Me(accounts=Accounts(mastodon="@a@example.social")),
        endpoints=Endpoints(mastodon=httpserver.url_for("").rstrip("/")),
    )
    window = _window(qtbot, workspace(config, is_sample=False, rules=LAST_POST_ONLY))
    controller = window._controller
    with qtbot.waitSignal(controller.started, timeout=5_000):
        window.start_audit()
    assert window.menu_actions.cancel.isEnabled() and not window.menu_actions.audit.isEnabled()
    assert window.audit_status.progress_bar.isVisible()
    with qtbot.waitSignal(controller.cancelled, timeout=15_000):
        window.menu_actions.cancel.trigger()
        gate.set()
    assert window.menu_actions.audit.isEnabled() and not window.audit_status.progress_bar.isVisible()
    assert window.header.score_label.text() == "No audit yet"
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_failing_source_is_shown_with_its_reason(qtbot: QtBot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_json({"error": "Record not found"}, status=404)
    config = ProfileConfig(
        me=Me(accounts=Accounts(mastodon="@ghost@example.social")),
        endpoints=Endpoints(mastodon=httpserver.url_for("").rstrip("/")),
    )
    window = _window(qtbot, workspace(config, is_sample=False, rules=LAST_POST_ONLY))
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.start_audit()
    ((title, text),) = window.dashboard.card_states()
    assert title == "Mastodon @ghost@example.social"
    assert text == (
        f"Failed: No Mastodon account @ghost@example.social was found on "
        f"{httpserver.host}:{httpserver.port}. Nothing was audited for it."
    )
    assert window.header.score_label.text() == "Not audited"
    # Said once: the headline says "Not audited", the line beside it says why.
    assert window.header.subtitle_label.text().startswith("Your one network could not be read.")
    assert "Not audited" not in window.header.subtitle_label.text()
    assert "could not be read" in window.statusBar().currentMessage()


def _github_window(qtbot: QtBot, server: HTTPServer, answer: bool, *, is_sample: bool = False) -> MainWindow:
    from tests import github_server

    github_server.install(server)
    config = ProfileConfig(
        me=Me(name="J", accounts=Accounts(github=github_server.LOGIN)),
        endpoints=Endpoints(github=server.url_for("").rstrip("/")),
    )
    window = MainWindow(
        workspace(config, is_sample=is_sample, rules=LAST_POST_ONLY), confirm=lambda _title, _question: answer
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.start_audit()
    return window


def test_a_confirmed_account_is_added_and_audited(qtbot: QtBot, httpserver: HTTPServer) -> None:
    from advocacy.paths import saved_profile_path
    from advocacy.profile_file import load_profile

    window = _github_window(qtbot, httpserver, answer=True)
    window.tabs.setCurrentWidget(window.dashboard)  # found accounts are offered with the cards
    qtbot.wait(50)  # the cards are laid out as the tab is shown: click where the button ends up
    assert window.discovered.isVisibleTo(window)
    assert (
        window.discovered.list.item(0).text().startswith("Mastodon @jacquev6@fosstodon.org — linked from your GitHub")
    )
    window.discovered.list.setCurrentRow(0)
    with qtbot.waitSignal(window.findings_shown, timeout=30_000):
        qtbot.mouseClick(window.discovered.add_button, Qt.MouseButton.LeftButton)
    saved = load_profile(saved_profile_path())
    assert (
        saved.me.accounts.get(Network.MASTODON) == "@jacquev6@fosstodon.org"
        and saved.me.accounts.get(Network.GITHUB) == "jacquev6"
    )
    networks = [title.split(" ")[0] for title, _text in window.dashboard.card_states()]
    assert networks == ["Mastodon", "GitHub"]  # the new account is now part of the audit


def test_declining_changes_nothing(qtbot: QtBot, httpserver: HTTPServer) -> None:
    from advocacy.paths import saved_profile_path

    window = _github_window(qtbot, httpserver, answer=False)
    window.discovered.list.setCurrentRow(0)
    qtbot.mouseClick(window.discovered.add_button, Qt.MouseButton.LeftButton)
    assert not saved_profile_path().exists()
    assert not window._controller.running


def test_the_sample_is_never_changed(qtbot: QtBot) -> None:
    from advocacy.domain.models import AccountSuggestion
    from advocacy.paths import saved_profile_path

    suggestion = AccountSuggestion(Network.GITHUB, "sam", Network.MASTODON, "https://github.com/sam")
    ws = workspace(load_sample_profile(), is_sample=True, rules=LAST_POST_ONLY)
    ws.store.save_audit(
        AuditReport(
            audited_at=datetime(2026, 11, 1, tzinfo=UTC), score=90, sources=(), findings=(), discovered=(suggestion,)
        )
    )
    window = MainWindow(ws, confirm=lambda _t, _q: True)
    qtbot.addWidget(window)
    window.discovered.list.setCurrentRow(0)
    qtbot.mouseClick(window.discovered.add_button, Qt.MouseButton.LeftButton)
    assert not saved_profile_path().exists()
    assert "sample cannot be changed" in window.statusBar().currentMessage()


def test_dismissing_a_finding_hides_it_now_and_in_the_next_audit(qtbot: QtBot) -> None:
    window = MainWindow(workspace(load_sample_profile(), is_sample=True, rules=LAST_POST_ONLY))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.start_audit()
    before = window.findings_panel.model.finding_count()
    assert before == 6  # the sample's quiet Facebook, Instagram, LinkedIn, Mastodon, Threads and X
    window.findings_panel.view.setCurrentIndex(
        window.findings_panel.model.index(0, 0, window.findings_panel.model.index(0, 0))
    )
    qtbot.mouseClick(window.findings_panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert window.findings_panel.model.finding_count() == before - 1
    with qtbot.waitSignal(window.findings_shown, timeout=20_000) as shown:
        window.start_audit()
    assert shown.args == [before - 1]  # same evidence: still dismissed


def test_the_score_explains_itself(qtbot: QtBot) -> None:
    window = _window(qtbot, workspace(load_sample_profile(), is_sample=True, rules=LAST_POST_ONLY))
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.start_audit()
    text = window.header.explanation()
    assert text.startswith(f"Overall {window.header.score_label.text().split()[1]}")
    assert "Mastodon: " in text and "−" in text and "Your last original Mastodon post was" in text


def test_filters_by_network_severity_and_area(qtbot: QtBot) -> None:
    findings = (
        Finding(
            check="staleness.last_post",
            severity=Severity.ERROR,
            network=Network.MASTODON,
            target="profile",
            message="quiet",
        ),
        Finding(
            check="visibility.noindex",
            severity=Severity.WARNING,
            network=Network.MASTODON,
            target="profile",
            message="noindex",
        ),
        Finding(
            check="visibility.no_blog",
            severity=Severity.INFO,
            network=Network.GITHUB,
            target="profile",
            message="no blog",
        ),
    )
    store_for(False).save_audit(
        AuditReport(audited_at=datetime(2026, 11, 1, tzinfo=UTC), score=70, sources=(), findings=findings)
    )
    window = _window(qtbot, workspace(ProfileConfig(), is_sample=False, rules=LAST_POST_ONLY))
    assert window.findings_panel.model.finding_count() == 3
    window.findings_panel.network_filter.select(Network.MASTODON)
    assert [f.message for f in window.findings_panel.visible_findings()] == ["quiet", "noindex"]
    window.findings_panel.severity_filter.select(Severity.ERROR)
    assert window.findings_panel.model.finding_count() == 1
    window.findings_panel.severity_filter.setCurrentIndex(0)
    window.findings_panel.network_filter.setCurrentIndex(0)
    window.findings_panel.area_filter.select(Area.VISIBILITY)
    assert sorted(f.message for f in window.findings_panel.visible_findings()) == ["no blog", "noindex"]
    assert window.findings_panel.model.finding_count() == 2


def test_findings_open_on_a_selected_finding_and_a_post_link_says_so(qtbot: QtBot) -> None:
    from advocacy.domain.models import AuditReport, Finding, Network, Severity

    window = _window(qtbot, workspace(load_sample_profile(), is_sample=True, rules=LAST_POST_ONLY))
    panel = window.findings_panel
    post = Finding(
        "typo.spelling",
        Severity.INFO,
        Network.MASTODON,
        "post:1",
        "“teh” looks misspelled.",
        help_url="https://social.example/@sam/1",
    )
    bio = Finding(
        "visibility.noindex",
        Severity.WARNING,
        Network.MASTODON,
        "profile",
        "Hidden from search engines.",
        help_url="https://social.example/settings/privacy",
    )
    panel.set_report(AuditReport(datetime.now(UTC), 80, (), (bio, post)))
    assert panel.current_finding() == bio  # the most important one, never an empty detail pane
    assert panel.open_settings_button.text() == "&Open the settings page"
    panel.show_finding(post)
    assert panel.open_settings_button.text() == "Open the &post"
