"""The window's size and place, its open tab and the findings split, kept between runs.

Stored as an INI file in the app's config folder (not the platform registry), so it moves with
``ADVOCACY_HOME`` and a damaged file is simply ignored: Qt falls back to the default layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget


class WindowState:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, tabs: QTabWidget) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        tab = self._settings.value("window/tab")
        if tab is not None and str(tab).isdigit() and int(str(tab)) < tabs.count():
            tabs.setCurrentIndex(int(str(tab)))

    def restore_split(self, splitter: QSplitter) -> None:
        """The findings split, when the Findings tab is made (it is made when first shown)."""
        split = self._settings.value("findings/splitter")
        if isinstance(split, QByteArray):
            splitter.restoreState(split)

    def save(self, window: QMainWindow, tabs: QTabWidget, splitter: QSplitter | None) -> None:
        """``splitter``: None when the Findings tab was never made this run; the split saved before stays."""
        self._settings.setValue("window/geometry", window.saveGeometry())
        if splitter is not None:
            self._settings.setValue("findings/splitter", splitter.saveState())
        self._settings.setValue("window/tab", tabs.currentIndex())
        self._settings.sync()
