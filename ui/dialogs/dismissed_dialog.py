"""The findings you dismissed, to restore one: it shows again from the next audit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QPushButton, QVBoxLayout, QWidget

from advocacy.domain.dismissals import Dismissal
from advocacy.workspace import Workspace
from ui.widgets.empty_state import EmptyState
from ui.widgets.error_reporting import show_error
from ui.widgets.safe_text import plain_label
from ui.workers.background import run_in_background


class DismissedDialog(QDialog):
    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Dismissed findings")
        self._workspace = workspace
        self._dismissals: list[Dismissal] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label("Findings you said are intentional. Restore one to see it again from the next audit.")
        )
        self.list = QListWidget()
        self.list.setAccessibleName("Dismissed findings")
        self.list_or_empty = EmptyState(self.list, "Nothing is dismissed: every finding shows in Findings.")
        layout.addWidget(self.list_or_empty, 1)
        self.restore_button = QPushButton("&Restore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 380)
        self.reload()

    def reload(self) -> None:
        workspace = self._workspace()
        run_in_background(self, workspace.dismissals, on_success=self._show, on_failure=self._failed)

    def _show(self, dismissals: list[Dismissal]) -> None:
        self._dismissals = dismissals
        self.list.clear()
        self.list.addItems([d.summary for d in dismissals])
        if dismissals:
            self.list_or_empty.show_view()
        else:
            self.list_or_empty.show_empty()

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc, title="The dismissed findings could not be read")

    def _on_restore(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._dismissals):
            return
        chosen, workspace = self._dismissals[row], self._workspace()
        run_in_background(
            self,
            lambda: workspace.restore_dismissal(chosen),
            on_success=lambda _none: self.reload(),
            on_failure=self._failed,
        )


def show_dismissed(parent: QWidget, workspace: Callable[[], Workspace]) -> None:
    DismissedDialog(workspace, parent).exec()
