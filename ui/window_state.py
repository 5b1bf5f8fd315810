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

    def restore(self, window: QMainWindow, tabs: QTabWidget, splitter: QSplitter) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        split = self._settings.value("findings/splitter")
        if isinstance(split, QByteArray):
            splitter.restoreState(split)
        tab = self._settings.value("window/tab")
        if tab is not None and str(tab).isdigit() and int(str(tab)) < tabs.count():
            tabs.setCurrentIndex(int(str(tab)))

    def save(self, window: QMainWindow, tabs: QTabWidget, splitter: QSplitter) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("findings/splitter", splitter.saveState())
        self._settings.setValue("window/tab", tabs.currentIndex())
        self._settings.sync()
