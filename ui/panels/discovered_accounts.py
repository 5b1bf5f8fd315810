"""The Dashboard's section of accounts found in your links, to add to your profile.

Hidden while there is nothing to list (most audits): its list and button are made the first time
there is, so the window's first paint makes none of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from advocacy.domain.models import AccountSuggestion, AuditReport
from advocacy.wording import found_account
from ui.widgets.safe_text import plain_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QPushButton


class DiscoveredAccounts(QWidget):
    """Signals:
    add_requested(suggestion): the user asked to add this account to their profile.
    """

    add_requested = Signal(AccountSuggestion)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggestions: list[AccountSuggestion] = []
        self._parts: tuple[QListWidget, QPushButton] | None = None
        self.setVisible(False)

    @property
    def list(self) -> QListWidget:
        return self._made()[0]

    @property
    def add_button(self) -> QPushButton:
        return self._made()[1]

    def _made(self) -> tuple[QListWidget, QPushButton]:
        if self._parts is not None:
            return self._parts
        from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        found = QListWidget()
        found.setMaximumHeight(70)
        found.setAccessibleName("Accounts found in your links")
        add = QPushButton("Add &to my profile…")
        add.setAccessibleDescription("Add the chosen account to your profile and audit it from now on")
        add.setEnabled(False)
        add.clicked.connect(self._on_add)
        found.currentRowChanged.connect(lambda row: add.setEnabled(row >= 0))
        layout.addWidget(plain_label("Also found in your links:", wrap=False))
        layout.addWidget(found, 1)
        layout.addWidget(add)
        self._parts = (found, add)
        return self._parts

    def show_report(self, report: AuditReport | None) -> None:
        self._suggestions = list(report.discovered) if report is not None else []
        if self._suggestions or self._parts is not None:  # else there is nothing to list, nor to empty
            self.list.clear()
            for suggestion in self._suggestions:
                self.list.addItem(found_account(suggestion))
        self.setVisible(bool(self._suggestions))

    def _on_add(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._suggestions):
            self.add_requested.emit(self._suggestions[row])
