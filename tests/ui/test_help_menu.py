"""Help: About says the version, the licence and where the data lives; Open the data folder opens
the folder that holds the database. (Back up and Delete all my data: test_backup_and_delete.py.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from advocacy import __version__
from advocacy.paths import app_folders, data_dir
from tests.ui.windows import app_window


def _help_menu(window: object) -> QMenu:
    menus = [a.menu() for a in window.menuBar().actions()]  # type: ignore[attr-defined]
    (found,) = [m for m in menus if isinstance(m, QMenu) and m.title() == "&Help"]
    return found


def test_about_says_the_version_the_licence_and_the_folders(qtbot: QtBot) -> None:
    window = app_window(qtbot)
    assert [a.text() for a in _help_menu(window).actions() if a.text()] == [
        "Open the &data folder",
        "&Back up or move to another computer…",
        "Delete a&ll my data…",
        "&About Advocacy",
    ]
    said: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    window.menu_actions.about.trigger()
    (text,) = said
    assert f"Advocacy {__version__}" in text and "MIT" in text
    assert str(data_dir()) in text and "password store" in text
    assert all(str(folder) in text for folder in app_folders().values())  # every folder the app writes


def test_open_the_data_folder_opens_the_databases_folder(qtbot: QtBot) -> None:
    opened: list[Path] = []

    def open_folder(folder: Path) -> bool:
        opened.append(folder)
        return True

    window = app_window(qtbot, open_folder=open_folder)
    window.menu_actions.open_data.trigger()
    assert opened == [data_dir()] and window.workspace.store.path.parent == data_dir()


def test_qts_own_settings_are_kept_in_the_apps_folder(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from ui.app import keep_qt_settings_in

    keep_qt_settings_in(tmp_path)
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")  # where Qt's file dialogs keep their folders
    settings.setValue("probe", 1)
    settings.sync()
    assert Path(settings.fileName()).is_relative_to(tmp_path) and Path(settings.fileName()).is_file()
