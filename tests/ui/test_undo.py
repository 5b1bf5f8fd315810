"""Undo: Dismiss, Mark as posted and Drop it can be taken back (Ctrl+Z, or the Undo button), and every
dismissed finding can be restored from its list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advocacy.domain.models import Network
from advocacy.domain.records import ShareState
from tests.ui.windows import app_window, workspace
from ui.dialogs.dismissed_dialog import DismissedDialog
from ui.main_window import MainWindow


def _window(qtbot: QtBot) -> MainWindow:
    window = app_window(qtbot, workspace(workspace().config, is_sample=False))
    window.show()
    window.activateWindow()  # shortcuts reach the focused tab only in the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_dismissal_is_undone_with_ctrl_z_and_restored_from_the_list(qtbot: QtBot) -> None:
    window = _window(qtbot)
    report = window.workspace.run_audit()
    window.show_report(report)
    panel = window.findings_panel
    window.tabs.setCurrentWidget(panel)
    before = len(panel.visible_findings())
    first = panel.visible_findings()[0]
    panel.show_finding(first)
    panel.dismiss_button.click()
    assert len(panel.visible_findings()) == before - 1 and panel.undo_button.isVisible()
    # The list, its counts and the details pane agree: the next finding is shown, the dismissed one gone.
    assert panel.model.finding_count() == before - 1
    assert panel._current is not None and panel._current != first
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.visible_findings()) == before and first in panel.visible_findings()
    assert not window.workspace.dismissals()  # taken back in the store too

    panel.show_finding(first)
    panel.dismiss_button.click()
    dialog = DismissedDialog(lambda: window.workspace, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    # Said in words, never the check's internal id.
    assert dialog.list.item(0).text().startswith(f"{first.check.split('.')[0].capitalize()}: ")
    assert first.check not in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert dialog.list_or_empty.is_empty
    assert first in window.workspace.run_audit().findings  # shown again by the next audit


def test_mark_as_posted_and_drop_are_undone(qtbot: QtBot) -> None:
    window = _window(qtbot)
    store = window.workspace.store
    store.add_reminder(Network.X, "x-item", "Due text for X", datetime.now(UTC) - timedelta(hours=1))
    plan = window.plan_panel
    window.tabs.setCurrentWidget(plan)
    plan.refresh()
    qtbot.waitUntil(lambda: plan.entries.count() == 1)
    plan.entries.setCurrentRow(0)
    plan.done_button.click()
    assert [s.state for s in window.workspace.shares()] == [ShareState.POSTED]
    assert plan.undo_button.isVisible()
    plan.undo_button.click()
    assert window.workspace.shares() == []  # the share it recorded is withdrawn
    qtbot.waitUntil(lambda: plan.entries.count() == 1)
    plan.entries.setCurrentRow(0)
    plan.drop_button.click()
    assert window.workspace.plan().reminders == ()
    plan.setFocus()
    qtbot.keyClick(plan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert [r.item_key for r in window.workspace.plan().reminders] == ["x-item"]
