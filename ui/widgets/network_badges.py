"""A small badge per network for its Dashboard card: the network's initial on its colour.

Drawn here rather than shipped as the networks' logos (their marks are theirs); a badge is enough to
find a card at a glance, and the card's title names the network in words.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from advocacy.domain.models import Network

BADGE_SIZE = 28


def network_badge(network: Network, size: int = BADGE_SIZE, ratio: float = 1.0) -> QPixmap:
    text, colour = network.facts.badge
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size / 5, size / 5)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(round(size * (0.5 if len(text) == 1 else 0.42)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap
