"""A small badge per network for its Dashboard card: the network's initial on its colour.

Drawn here rather than shipped as the networks' logos (their marks are theirs); a badge is enough to
find a card at a glance, and the card's title names the network in words.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from advocacy.domain.models import Network

BADGE_SIZE = 28
_STYLE: dict[Network, tuple[str, str]] = {
    Network.MASTODON: ("M", "#6364ff"),
    Network.BLUESKY: ("B", "#1185fe"),
    Network.GITHUB: ("G", "#24292f"),
    Network.WEBSITE: ("W", "#2e7d32"),
    Network.LINKEDIN: ("in", "#0a66c2"),
    Network.X: ("X", "#000000"),
}


def network_badge(network: Network, size: int = BADGE_SIZE, ratio: float = 1.0) -> QPixmap:
    text, colour = _STYLE.get(network, (network.label[:1], "#607d8b"))
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
