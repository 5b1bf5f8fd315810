"""Text from networks and files is data: it is shown as plain text and its links open only if web links."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:  # QUrl and the desktop's opener load with the first link or folder opened
    from PySide6.QtCore import QUrl

SAFE_SCHEMES = ("http", "https")


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders anything that looks like HTML as HTML."""
    return Qt.convertFromPlainText(text) if text else ""


def is_web_link(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in SAFE_SCHEMES and bool(parts.netloc)


def _desktop_opener() -> Callable[[QUrl], bool]:
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl


def open_web_link(url: str, opener: Callable[[QUrl], bool] | None = None) -> bool:
    """Open ``url`` in the browser (``opener``: the desktop's) only when it is an http(s) address;
    ``file:``, ``javascript:`` and the like, which a hostile profile could plant, are refused."""
    if not is_web_link(url):
        return False
    from PySide6.QtCore import QUrl

    return bool((opener or _desktop_opener())(QUrl(url.strip())))


def open_local_folder(folder: Path, opener: Callable[[QUrl], bool] | None = None) -> bool:
    """Open one of the app's own folders in the file manager (``opener``: the desktop's; never a path
    that came from a network)."""
    if not folder.is_dir():
        return False
    from PySide6.QtCore import QUrl

    return bool((opener or _desktop_opener())(QUrl.fromLocalFile(str(folder))))


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as markup: network text is data."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
