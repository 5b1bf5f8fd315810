"""A page that scrolls up and down instead of squeezing its contents (or growing past the screen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QWidget

from ui.widgets.properties import set_by_name

if TYPE_CHECKING:  # the fields' classes load with the dialogs that have them, not with the window
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox


def vertical_scroll(content: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    set_by_name(scroll, horizontalScrollBarPolicy="ScrollBarAlwaysOff")  # the Dashboard's, before the first paint
    return scroll


def fit_to_screen(window: QWidget, scroll: QScrollArea, margin: int = 60) -> None:
    """Tall enough to show all of ``scroll``'s content where the screen allows, else as much as fits
    (the rest scrolls), so nothing of ``window`` outside the scroll area ends below the screen."""
    content = scroll.widget()
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().height() - margin if screen is not None else 700
    around = window.sizeHint().height() - scroll.sizeHint().height()
    wanted = (content.sizeHint().height() if content is not None else 0) + around
    window.resize(window.sizeHint().width(), max(window.sizeHint().height(), min(wanted, room)))


class _WheelScrollsThePage(QObject):
    """A spin box or a list box under the pointer takes a wheel turn only once it has the focus;
    before that the turn scrolls the page around it, so scrolling past a field never changes it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


def wheel_only_when_focused(*fields: QAbstractSpinBox | QComboBox) -> None:
    from PySide6.QtCore import Qt

    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel turn alone never focuses it
        field.installEventFilter(_WheelScrollsThePage(field))
