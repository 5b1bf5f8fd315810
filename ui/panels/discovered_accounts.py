"""The Dashboard's section of accounts found in your links, to add to your profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QWidget

from advocacy.domain.models import AccountSuggestion, AuditReport
from advocacy.wording import found_account
from ui.widgets.safe_text import plain_label


class DiscoveredAccounts(QWidget):
    """Signals:
    add_requested(suggestion): the user asked to add this account to their profile.
    """

    add_requested = Signal(AccountSuggestion)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggestions: list[AccountSuggestion] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.list.setAccessibleName("Accounts found in your links")
        self.add_button = QPushButton("Add &to my profile…")
        self.add_button.setAccessibleDescription("Add the chosen account to your profile and audit it from now on")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._on_add)
        self.list.currentRowChanged.connect(lambda row: self.add_button.setEnabled(row >= 0))
        layout.addWidget(plain_label("Also found in your links:", wrap=False))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button)
        self.setVisible(False)

    def show_report(self, report: AuditReport | None) -> None:
        self._suggestions = list(report.discovered) if report is not None else []
        self.list.clear()
        for suggestion in self._suggestions:
            self.list.addItem(found_account(suggestion))
        self.setVisible(bool(self._suggestions))

    def _on_add(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._suggestions):
            self.add_requested.emit(self._suggestions[row])
