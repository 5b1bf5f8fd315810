"""A small badge per network for its Dashboard card: the network's initial on its colour.

Drawn here rather than shipped as the networks' logos (their marks are theirs); a badge is enough to
find a card at a glance, and the card's title names the network in words.

The badges are drawn before the window's first paint, so with none of Qt's namespace (see
ui.widgets.properties): QPainter.setPen and setBrush, whatever they are given, make PySide build it
to choose among their overloads. The same drawing is done through calls that take no Qt enum: the
transparent fill is QColor(0, 0, 0, 0) (what Qt.GlobalColor.transparent is), the shape is filled
with a palette's brush and no outline (as drawing it with Qt.PenStyle.NoPen does), and the letter is
drawn by QPainter.drawText, centred by the flags' value, with the white pen a widget's painter
starts with (its palette's text colour). A test checks that every badge is the same, pixel for
pixel, as drawn with Qt's enums.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPixmap, QRegion
from PySide6.QtWidgets import QWidget

from advocacy.domain.models import Network

BADGE_SIZE = 28
CENTRED = 0x0084  # Qt.AlignmentFlag.AlignCenter, as the int QPainter.drawText takes for its flags
WHITE = "#ffffff"


class _Letter(QWidget):
    """A badge's letter, drawn into the badge by ``QWidget.render``: the painter it is given starts
    with the widget's font and, as its pen, the palette's text colour."""

    def __init__(self, text: str, font: QFont, size: int) -> None:
        super().__init__()
        self._text = text
        colours = self.palette()
        colours.setColor(QPalette.ColorRole.WindowText, QColor(WHITE))
        self.setPalette(colours)
        self.setFont(font)
        self.resize(size, size)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawText(QRectF(0, 0, self.width(), self.height()), CENTRED, self._text)
        painter.end()


def network_badge(network: Network, size: int = BADGE_SIZE, ratio: float = 1.0) -> QPixmap:
    text, colour = network.facts.badge
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    fill = QPalette()
    fill.setColor(QPalette.ColorRole.Window, QColor(colour))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shape = QPainterPath()
    shape.addRoundedRect(QRectF(0, 0, size, size), size / 5, size / 5)
    painter.fillPath(shape, fill.window())
    font = QFont()
    font.setBold(True)
    font.setPixelSize(round(size * (0.5 if len(text) == 1 else 0.42)))
    # Only the letter: no background of its own, drawn over the shape.
    _Letter(text, font, size).render(painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.end()
    return pixmap
