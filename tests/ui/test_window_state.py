"""The window comes back as the user left it: size, open tab and the findings split; and has an icon."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.windows import app_window
from ui.app import app_icon
from ui.main_window import MainWindow
from ui.window_state import WindowState


def _window(qtbot: QtBot, state: WindowState) -> MainWindow:
    return app_window(qtbot, window_state=state)


def test_size_tab_and_split_are_restored(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "window.ini"
    first = _window(qtbot, WindowState(path))
    first.show()
    first.resize(780, 560)  # within the offscreen screen (800×600): Qt keeps a window on screen
    first.tabs.setCurrentWidget(first.history)
    first.findings_panel.splitter.setSizes([300, 500])
    sizes = first.findings_panel.splitter.sizes()
    size = (first.width(), first.height())  # as the window manager granted it
    assert abs(size[0] - 780) <= 10 and abs(size[1] - 560) <= 10
    first.close()
    assert path.is_file()

    second = _window(qtbot, WindowState(path))
    second.show()
    assert (second.width(), second.height()) == size
    assert second.tabs.currentWidget() is second.history
    restored = second.findings_panel.splitter.sizes()
    # The split is kept as a share of the width (the panel may be laid out a few pixels narrower).
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02
    assert abs(sizes[0] / sum(sizes) - 0.5) > 0.1  # and it really is not the default half-and-half


def test_a_damaged_state_file_gives_the_default_layout(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "window.ini"
    path.write_bytes(b"\x00\xff[window]\ngeometry=not bytes\ntab=99\n")
    window = _window(qtbot, WindowState(path))
    window.show()
    assert window.tabs.currentWidget() is window.dashboard  # the default tab: the overview
    assert (window.width(), window.height()) == (1100, 720)


def test_the_app_has_an_icon() -> None:
    icon = app_icon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()


def test_the_window_keeps_its_minimum_size(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.main_window import MINIMUM_SIZE

    window = _window(qtbot, WindowState(tmp_path / "window.ini"))
    window.show()
    window.resize(300, 200)  # the cards and charts would be unreadable: Qt keeps the minimum
    qtbot.waitUntil(lambda: window.width() >= MINIMUM_SIZE[0] and window.height() >= MINIMUM_SIZE[1])
