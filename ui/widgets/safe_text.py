"""Text from networks and files is data: it is shown as plain text and its links open only if web links."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtWidgets import QLabel

from ui.widgets.properties import set_by_name

if TYPE_CHECKING:  # QUrl and the desktop's opener load with the first link or folder opened
    from PySide6.QtCore import QUrl

SAFE_SCHEMES = ("http", "https")
_NBSP = "\u00a0"
_TAB_STOP = 8
# What Qt's QChar.isSpace() says is a space: the controls \t to \r and U+0085, and Unicode's separators.
_QT_SPACES = frozenset("\t\n\v\f\r\x85 \xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {
    chr(c) for c in range(0x2000, 0x200B)
}
_ESCAPED = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders anything that looks like HTML as HTML."""
    return from_plain_text(text) if text else ""


def from_plain_text(plain: str) -> str:
    """What ``Qt.convertFromPlainText(plain)`` returns (a test compares them on any text), written
    here so that the first window's tooltips do not make PySide build Qt's namespace (see
    ui.widgets.properties): a paragraph ends at a blank line, a single newline is a line break,
    every space is kept (a tab up to its stop), and <, > and & are escaped."""
    out = ["<p>"]
    column = 0  # in UTF-16 code units, as Qt counts them: what a tab's stop is reckoned from
    at = 0
    while at < len(plain):
        char = plain[at]
        if char == "\n":
            run = 1
            while at + 1 < len(plain) and plain[at + 1] == "\n":
                at += 1
                run += 1
            out.append("<br>\n" if run == 1 else "</p>\n" + "<br>\n" * (run - 2) + "<p>")
            column = 0
        elif char == "\t":
            pad = -(column + 1) % _TAB_STOP
            out.append(_NBSP * (1 + pad))
            column += pad + 2  # as Qt counts: the stop, then one more
        elif char in _QT_SPACES:
            out.append(_NBSP)
            column += 1
        else:
            out.append(_ESCAPED.get(char, char))
            column += 2 if ord(char) > 0xFFFF else 1
        at += 1
    if column:
        out.append("</p>")
    return "".join(out)


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
    set_by_name(label, textFormat="PlainText")
    label.setWordWrap(wrap)
    set_by_name(label, textInteractionFlags="TextSelectableByMouse")
    return label
