"""Views react to what was written, not to hand-wired refreshes: marking a reminder as posted in the
Plan shows the share in History at once, undoing it takes it out again, and a write in one tab never
leaves another showing the old state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Me, ProfileConfig
from advocacy.domain.records import Changed
from tests.ui.windows import app_window, settle_plan, workspace


def _shares_listed(window: object) -> list[str]:
    table = window.history.shares_table  # type: ignore[attr-defined]
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def test_marking_a_reminder_as_posted_shows_in_history_at_once_and_undo_takes_it_back(qtbot: QtBot) -> None:
    config = ProfileConfig(me=Me(name="Sam", accounts=Accounts(bluesky="sam.example")))
    window = app_window(qtbot, workspace(config, False), confirm=lambda _title, _question: True)
    window.show()
    due = datetime.now(UTC) - timedelta(minutes=5)
    window.workspace.store.add_reminder(Network.BLUESKY, "item-1", "Our guide is out", due)
    plan = window.plan_panel
    settle_plan(qtbot, plan, lambda: window.tabs.setCurrentWidget(plan))
    assert _shares_listed(window) == []
    heard: list[Changed] = []
    window.holder.data_changed.connect(heard.append)

    plan.entries.setCurrentRow(0)
    settle_plan(qtbot, plan, plan.done_button.click)
    assert heard and heard[-1] & Changed.SHARES
    assert _shares_listed(window) == ["Bluesky (marked as posted)"]  # History, without switching tabs or re-auditing

    settle_plan(qtbot, plan, plan.undo_close)
    assert _shares_listed(window) == []
    assert plan.entries.count() == 1  # planned again


def test_dropping_a_reminder_changes_the_plan_but_records_no_share(qtbot: QtBot) -> None:
    config = ProfileConfig(me=Me(name="Sam", accounts=Accounts(bluesky="sam.example")))
    window = app_window(qtbot, workspace(config, False), confirm=lambda _title, _question: True)
    window.show()
    window.workspace.store.add_reminder(Network.BLUESKY, "item-2", "Another post", datetime.now(UTC))
    plan = window.plan_panel
    settle_plan(qtbot, plan, lambda: window.tabs.setCurrentWidget(plan))
    heard: list[Changed] = []
    window.holder.data_changed.connect(heard.append)
    plan.entries.setCurrentRow(0)
    settle_plan(qtbot, plan, plan.drop_button.click)
    assert heard == [Changed.REMINDERS]
    assert _shares_listed(window) == [] and plan.entries_or_empty.is_empty
