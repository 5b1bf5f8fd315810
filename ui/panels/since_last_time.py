"""The top of the Dashboard: what changed since the audit before, in a few plain lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from advocacy.wording import since_last_time_lines
from ui.widgets.safe_text import plain_label

if TYPE_CHECKING:
    from advocacy.domain.changes import SinceLastTime

FIRST_AUDIT = "Your first audit: from the next one on, this shows what changed since."


class SinceLastTimeBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = plain_label()
        bold = self.heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.heading.setFont(bold)
        self.body = plain_label()
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        self.setAccessibleName("Since last time")
        self.setVisible(False)

    def show_change(self, change: SinceLastTime | None) -> None:
        """The change since the audit before; None: this is the first audit that read anything."""
        if change is None:
            heading, lines = "Since last time", [FIRST_AUDIT]
        else:
            heading, lines = since_last_time_lines(change)
        self.heading.setText(heading)
        self.body.setText("\n".join(lines))
        self.setAccessibleDescription(f"{heading}. " + " ".join(lines))
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)

    def text(self) -> str:
        return f"{self.heading.text()}\n{self.body.text()}" if not self.isHidden() else ""
