"""A list that says what to do when it is empty, instead of showing a blank box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from ui.widgets.safe_text import plain_label


class EmptyState(QStackedWidget):
    """``view`` when there is something to show, otherwise a sentence with the next action."""

    def __init__(self, view: QWidget, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.message: QLabel = plain_label(message)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setObjectName("empty-state")
        self.message.setStyleSheet("QLabel#empty-state { color: palette(mid); padding: 24px; }")
        self.addWidget(self.message)
        self.addWidget(view)
        self.setCurrentWidget(view)

    def show_empty(self, message: str | None = None) -> None:
        if message is not None:
            self.message.setText(message)
        self.setCurrentWidget(self.message)

    def show_view(self) -> None:
        self.setCurrentWidget(self.view)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.message
