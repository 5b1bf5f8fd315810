"""Problems said where they happen: a line on the tab that could not be drawn, and the store's notice.

A view that fails to draw one row or one tab must not take the window with it: the failure is shown
on that tab, in words, and the rest of the window works as before.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.widgets.safe_text import plain_label


class TabProblems:
    """One line at the top of each tab page that has a problem to say."""

    def __init__(self) -> None:
        self._lines: dict[int, QLabel] = {}

    def show(self, page: QWidget, sentence: str) -> None:
        line = self._lines.get(id(page))
        if line is None:
            line = plain_label(sentence)
            line.setAccessibleName("Problem on this tab")
            line.setAutoFillBackground(True)
            line.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            layout = page.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(0, line)
            self._lines[id(page)] = line
        line.setText(sentence)
        line.setVisible(True)

    def clear_all(self) -> None:
        for line in self._lines.values():
            line.setVisible(False)

    def sentence(self, page: QWidget) -> str:
        line = self._lines.get(id(page))
        return line.text() if line is not None and not line.isHidden() else ""


class StoreNotice(QWidget):
    """Above the tabs when the store had something to say on opening (a damaged database kept aside,
    what was recovered): it stays until the user has read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = plain_label("")
        self.label.setAccessibleName("Notice about your saved data")
        self.close_button = QPushButton("Got it")
        self.close_button.setAccessibleName("Hide this notice")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.hide()

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.show()
