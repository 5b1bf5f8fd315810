"""The setup form's "Find my other accounts" rows: read the profiles named so far, offer the
accounts they link to, and put the ticked ones into the form's fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton

from advocacy.domain.models import AccountSuggestion
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.records import LinkedAccounts
from advocacy.errors import AdvocacyError
from advocacy.wording import found_account
from advocacy.workspace import account_entry
from ui.widgets.safe_text import plain_label
from ui.workers.background import run_in_background


class FoundAccountRows(QObject):
    def __init__(
        self,
        form: QFormLayout,
        find: Callable[[ProfileConfig], LinkedAccounts],
        validated: Callable[[], ProfileConfig | None],
        fields: dict[str, QLineEdit],
        parent: QObject | None = None,
    ) -> None:
        """``find`` runs on a worker thread; ``validated`` gives the form's profile, or None after
        the form said what to fix; ``fields`` are the form's account fields by profile field name."""
        super().__init__(parent)
        self._find = find
        self._validated = validated
        self._fields = fields
        self._found: list[AccountSuggestion] = []
        self.find_button = QPushButton("&Find my other accounts in these profiles")
        self.find_button.setToolTip(
            "Reads the profiles above and lists the accounts they link to; nothing is added unless you tick it."
        )
        self.find_button.clicked.connect(self._on_find)
        self.status = plain_label("")
        self.status.setVisible(False)
        self.list = QListWidget()
        self.list.setAccessibleName("Accounts your profiles link to")
        self.list.setMaximumHeight(90)
        self.list.setVisible(False)
        self.add_button = QPushButton("&Add the ticked accounts")
        self.add_button.setVisible(False)
        self.add_button.clicked.connect(self._add_ticked)
        for widget in (self.find_button, self.status, self.list, self.add_button):
            form.addRow(widget)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _on_find(self) -> None:
        find, config = self._find, self._validated()
        if config is None:
            return  # the form's own sentence says what to fill in first
        self.find_button.setEnabled(False)
        self._say("Reading your profiles…")
        run_in_background(self, lambda: find(config), on_success=self._on_found, on_failure=self._on_find_failed)

    def _on_found(self, result: LinkedAccounts) -> None:
        self.find_button.setEnabled(True)
        self._found = list(result.suggestions)
        self.list.clear()
        for suggestion in self._found:
            item = QListWidgetItem(found_account(suggestion))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if suggestion.verified else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        found = bool(self._found)
        self.list.setVisible(found)
        self.add_button.setVisible(found)
        status = (
            "Tick the accounts that are yours, then add them."
            if found
            else "Your profiles link to no other account the app can audit."
        )
        self._say(" ".join((status, *result.problems)))

    def _on_find_failed(self, error: BaseException) -> None:
        self.find_button.setEnabled(True)
        message = error.user_message if isinstance(error, AdvocacyError) else "Your profiles could not be read."
        self._say(message)

    def _add_ticked(self) -> None:
        # The same field and value the window writes when it adds an account (discovery.accept).
        added = 0
        for row in reversed(range(self.list.count())):
            if self.list.item(row).checkState() is not Qt.CheckState.Checked:
                continue
            field_name, value = account_entry(self._found.pop(row))
            self._fields[field_name].setText(value)
            self.list.takeItem(row)
            added += 1
        left = bool(self._found)
        self.list.setVisible(left)
        self.add_button.setVisible(left)
        if added:
            self._say(
                f"Added {added} account{'s' if added != 1 else ''}; {'they are' if added != 1 else 'it is'} "
                "audited when you save."
            )
