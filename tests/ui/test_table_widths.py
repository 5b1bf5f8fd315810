"""Tables keep their widths: sized to their contents once, then a refresh never moves a column the
person dragged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from advocacy.domain.records import AuditSummary
from ui.panels.history_view import HistoryWidget

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _audits(count: int, findings: int) -> list[AuditSummary]:
    return [AuditSummary(n, NOW - timedelta(days=n), 70 + n, findings) for n in range(1, count + 1)]


def test_a_refresh_keeps_the_widths_the_person_chose(qtbot: QtBot) -> None:
    history = HistoryWidget()
    qtbot.addWidget(history)
    history.show()
    history.show_history([])
    history.show_history(_audits(2, 3))
    fitted = history.table.columnWidth(0)
    assert fitted > 40  # sized to "2026-11-30 00:00" on the first fill
    history.table.setColumnWidth(0, fitted + 120)  # the person drags it wider
    history.table.setColumnWidth(2, 33)
    history.show_history(_audits(5, 123_456_789))  # a re-audit refreshes the list
    assert history.table.rowCount() == 5
    assert history.table.columnWidth(0) == fitted + 120 and history.table.columnWidth(2) == 33
