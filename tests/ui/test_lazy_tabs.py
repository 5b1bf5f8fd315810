"""The window paints with the Dashboard alone; every other tab is made the first time it is needed
(ui.lazy_tabs) and then shows what it would have shown had it been made at start."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from advocacy.domain.models import AuditReport, Finding, Network, Severity
from tests.ui.windows import app_window, store_for, workspace
from ui.panels.findings_panel import FindingsPanel
from ui.panels.history_view import HistoryWidget
from ui.panels.plan_panel import PlanPanel
from ui.panels.share_panel import SharePanel
from ui.widgets.audit_status import WORKING
from ui.window_state import WindowState

TITLES = ["&Dashboard", "F&indings", "Histor&y", "&Share", "&Plan"]
NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def _report(findings: int) -> AuditReport:
    found = tuple(
        Finding(f"staleness.test_{n}", Severity.WARNING, Network.MASTODON, "profile", f"Finding {n}")
        for n in range(findings)
    )
    return AuditReport(NOW, 70, (), found)


def test_only_the_dashboard_is_made_at_start_and_each_tab_key_makes_its_page(qtbot: QtBot) -> None:
    window = app_window(qtbot)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pages: tuple[type[QWidget], ...] = (FindingsPanel, HistoryWidget, SharePanel, PlanPanel)
    for made_later in pages:
        assert window.findChildren(made_later) == [], made_later.__name__
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == TITLES

    alt = Qt.KeyboardModifier.AltModifier
    for index, (key, kind) in enumerate(zip((Qt.Key.Key_I, Qt.Key.Key_Y, Qt.Key.Key_S), pages, strict=False), start=1):
        qtbot.keyClick(QApplication.focusWidget() or window, key, alt)
        page = window.tabs.currentWidget()
        assert isinstance(page, kind) and page.isVisible(), kind.__name__
        assert window.tabs.currentIndex() == index
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == TITLES  # same titles, same places
    window.tabs.setCurrentIndex(4)  # by code, as Ctrl+Tab does
    assert isinstance(window.tabs.currentWidget(), PlanPanel) and window.plan_panel.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_D, alt)
    assert window.tabs.currentWidget() is window.dashboard
    assert len(window.findChildren(FindingsPanel)) == 1  # made once, then kept


def test_a_tab_made_later_shows_the_report_and_profile_of_that_moment(qtbot: QtBot) -> None:
    window = app_window(qtbot, workspace(workspace().config, is_sample=False))
    with qtbot.waitSignal(window.findings_shown):
        window.show_report(_report(3))
    assert window.findChildren(FindingsPanel) == []
    assert len(window.findings_panel.visible_findings()) == 3  # made now, with the report on screen

    # Another profile is opened before the Share tab was ever shown: the tab is that profile's.
    config = window.workspace.config
    other = window.workspace.with_profile(replace(config, me=replace(config.me, name="Sam R.")))
    other.save_draft("own-words", Network.BLUESKY, "Words kept with this profile")
    window.open_workspace(other)
    window.cancel_audit()
    editor = window.share_panel.composer_for[Network.BLUESKY].editor
    qtbot.waitUntil(lambda: editor.toPlainText() == "Words kept with this profile")


def test_a_findings_tab_made_while_the_first_audit_runs_says_it_is_on_its_way(qtbot: QtBot) -> None:
    window = app_window(qtbot, workspace(workspace().config, is_sample=False))
    assert not window.has_report
    window.start_audit()
    try:
        assert window.findings_panel.view_or_empty.message.text() == WORKING
    finally:
        window.cancel_audit()


def test_the_history_tab_made_later_lists_the_audits(qtbot: QtBot) -> None:
    store = store_for(False)
    for score in (55, 70):
        store.save_audit(replace(_report(1), score=score))
    window = app_window(qtbot, workspace(workspace().config, is_sample=False))
    assert window.findChildren(HistoryWidget) == []
    assert window.history.table.rowCount() == 2


def test_the_findings_split_is_kept_by_a_run_that_never_showed_findings(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "window.ini"
    first = app_window(qtbot, window_state=WindowState(path))
    first.show()
    first.tabs.setCurrentWidget(first.findings_panel)
    first.findings_panel.splitter.setSizes([200, 600])
    share = first.findings_panel.splitter.sizes()[0] / sum(first.findings_panel.splitter.sizes())
    first.close()

    second = app_window(qtbot, window_state=WindowState(path))
    second.show()
    assert second.tabs.currentWidget() is second.findings_panel  # the tab left open is made at start
    second.tabs.setCurrentWidget(second.dashboard)
    second.close()

    third = app_window(qtbot, window_state=WindowState(path))
    third.show()
    third.tabs.setCurrentWidget(third.dashboard)
    third.close()  # Findings never made in this run: the split is not forgotten

    fourth = app_window(qtbot, window_state=WindowState(path))
    fourth.show()
    sizes = fourth.findings_panel.splitter.sizes()
    assert abs(sizes[0] / sum(sizes) - share) < 0.02
