"""Help → Delete all my data…: one confirmation that lists exactly what goes (the app's folders, what
each holds, and every keyring entry the app wrote, by name), then the deletion, off the GUI thread
like the reading of the keyring before it.

``DataDeletion`` signals:
    confirmed: the person said yes; whatever writes must stop before anything is deleted.
    finished(DeletionOutcome): everything listed was deleted, or is named as not.
    abandoned: nothing was deleted (nothing to delete, Cancel, or a failure already shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocacy.domain.housekeeping import DeletionOutcome, DeletionPlan
from advocacy.errors import AdvocacyError
from advocacy.workspace import Workspace
from ui.widgets.dialog_size import open_at_width
from ui.widgets.error_reporting import show_error
from ui.widgets.safe_text import plain_label
from ui.workers.background import run_in_background

TITLE = "Delete all my data"
HEADLINE = "This deletes everything the app keeps about you on this computer."
WARNING = (
    "It cannot be undone: only a backup made before (Help → Back up or move to another computer…) can bring "
    "it back. Afterwards the app starts as on its first day, with the sample."
)


class DeleteDataDialog(QDialog):
    """The list, and two buttons: Cancel (the default) and Delete everything."""

    def __init__(self, plan: DeletionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        layout = QVBoxLayout(self)
        headline = plain_label(HEADLINE)
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        layout.addWidget(headline)
        layout.addWidget(plain_label(WARNING))
        self.listing = QPlainTextEdit("\n".join(plan.lines()))
        self.listing.setReadOnly(True)
        self.listing.setAccessibleName("What will be deleted")
        self.listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.listing, 1)
        buttons = QDialogButtonBox()
        self.delete_button = QPushButton("Delete &everything")
        self.delete_button.setAutoDefault(False)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Tall enough to read the list whole (a long path wraps once), as far as 20 lines go.
        lines = self.listing.document().blockCount() + sum(1 for line in plan.lines() if len(line) > 90)
        height = self.listing.fontMetrics().lineSpacing() * min(max(lines, 6), 20) + 16
        self.listing.setMinimumHeight(height)
        open_at_width(self, 720)


def ask_to_delete(parent: QWidget, plan: DeletionPlan) -> bool:
    dialog = DeleteDataDialog(plan, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def show_outcome(parent: QWidget, outcome: DeletionOutcome) -> None:
    icon = QMessageBox.Icon.Information if outcome.complete else QMessageBox.Icon.Warning
    box = QMessageBox(icon, TITLE, "\n\n".join(outcome.sentences()), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class DataDeletion(QObject):
    confirmed = Signal()
    finished = Signal(object)
    abandoned = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget,
        *,
        ask: Callable[[QWidget, DeletionPlan], bool] = ask_to_delete,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._window = parent
        self._ask = ask
        self.finished.connect(self.deleteLater)  # one deletion, one object
        self.abandoned.connect(self.deleteLater)

    def start(self) -> None:
        """Read what there is to delete (the keyring may wait on its unlock prompt), then ask."""
        self._window.setCursor(Qt.CursorShape.BusyCursor)
        run_in_background(self, self._workspace.data_to_delete, on_success=self._confirm, on_failure=self._failed)

    def _confirm(self, plan: DeletionPlan) -> None:
        self._window.unsetCursor()
        if plan.empty:
            QMessageBox.information(self._window, TITLE, plan.lines()[0])
            self.abandoned.emit()
            return
        if not self._ask(self._window, plan):
            self.abandoned.emit()
            return
        self.confirmed.emit()
        workspace = self._workspace
        run_in_background(
            self, lambda: workspace.delete_all_data(plan), on_success=self.finished.emit, on_failure=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self._window.unsetCursor()
        self.abandoned.emit()
        if not isinstance(exc, AdvocacyError):
            raise exc  # a bug: the crash dialog
        show_error(self._window, exc, title=TITLE)
