"""Past audits: when, the score, how many findings. Choosing one shows it."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from advocacy.domain.records import AuditSummary
from advocacy.domain.shares import ShareRecord
from advocacy.wording import coverage_phrase, engagement_phrase, share_state_words
from ui.widgets.empty_state import EmptyState
from ui.widgets.safe_text import plain_label
from ui.widgets.tables import fit_columns_once

log = logging.getLogger(__name__)


def share_cells(share: ShareRecord) -> tuple[str, str, str, str, str]:
    """When, where (with its state), what, the post's address, how it did."""
    state = share_state_words(share)
    return (
        f"{share.created_at.astimezone():%Y-%m-%d %H:%M}",
        share.network.label + (f" ({state})" if state else ""),
        share.summary,
        share.post_url or "",
        engagement_phrase(share.engagement) if share.engagement else "",
    )


class HistoryWidget(QWidget):
    """Signals:
    audit_chosen(audit_id): the user opened a past audit (double-click or Enter).
    """

    audit_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Past audits (double-click or Enter to open one)"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Audited", "Score", "Findings", "Networks read"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Past audits")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.cellActivated.connect(self._on_activated)
        self.table.cellDoubleClicked.connect(self._on_activated)
        self.table_or_empty = EmptyState(
            self.table,
            "No audits yet: press F5 to run the first one. Each audit is kept here, so you can see your progress.",
        )
        layout.addWidget(self.table_or_empty)
        layout.addWidget(plain_label("Shared from the app"))
        self.shares_table = QTableWidget(0, 5)
        self.shares_table.setHorizontalHeaderLabels(["When", "Where", "What", "Post", "How it did"])
        self.shares_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.shares_table.setAccessibleName("Shared posts")
        self.shares_table.horizontalHeader().setStretchLastSection(True)
        self.shares_table.verticalHeader().setVisible(False)
        self.shares_or_empty = EmptyState(
            self.shares_table, "Nothing shared from the app yet: the Share tab lists company content worth sharing."
        )
        layout.addWidget(self.shares_or_empty)
        self._ids: list[int] = []

    def show_history(self, history: list[AuditSummary]) -> None:
        self._ids = [h.id for h in history]
        if history:
            self.table_or_empty.show_view()
        else:
            self.table_or_empty.show_empty()
        self.table.setRowCount(len(history))
        for row, summary in enumerate(history):
            self.table.setItem(row, 0, QTableWidgetItem(f"{summary.audited_at.astimezone():%Y-%m-%d %H:%M}"))
            score = "not audited" if summary.score is None else f"{summary.score}/100"
            self.table.setItem(row, 1, QTableWidgetItem(score))
            self.table.setItem(row, 2, QTableWidgetItem(str(summary.findings_count)))
            # A partial audit is said so on its own row: its score is not comparable with a full one's.
            coverage = coverage_phrase(summary.coverage) if summary.coverage is not None else "not known"
            self.table.setItem(row, 3, QTableWidgetItem(("Partial: " if summary.partial else "") + coverage))
        fit_columns_once(self.table)

    def show_shares(self, shares: list[ShareRecord]) -> None:
        if shares:
            self.shares_or_empty.show_view()
        else:
            self.shares_or_empty.show_empty()
        self.shares_table.setRowCount(len(shares))
        for row, share in enumerate(shares):
            try:
                cells = share_cells(share)
            except Exception:  # one row that cannot be drawn is that row's problem, said in it
                log.exception("a share could not be shown")
                cells = ("", share.network.label, "This share could not be shown; it is kept as it was.", "", "")
            for column, text in enumerate(cells):
                self.shares_table.setItem(row, column, QTableWidgetItem(text))
        fit_columns_once(self.shares_table)

    def _on_activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._ids):
            self.audit_chosen.emit(self._ids[row])
