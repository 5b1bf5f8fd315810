"""Keyboard shortcuts that belong to one tab: they act only while the focus is inside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def undo_shortcut(page: QWidget, undo: Callable[[], None]) -> QShortcut:
    """Ctrl+Z (the platform's Undo) for ``page``'s own undo; a draft's editor keeps its own text undo."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(undo)
    return shortcut
