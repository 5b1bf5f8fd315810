"""Keyboard: no two things reachable at once share an Alt+letter, on any tab or in any menu."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, datetime

from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from advocacy.domain.models import AccountSuggestion, AuditReport, Network
from advocacy.sample import load_sample_profile
from tests.ui.windows import app_window
from ui.dialogs.setup_dialog import SetupDialog
from ui.main_window import MainWindow

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def _clashes(named: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, text in named:
        by_letter[letter].append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def _reachable_in(dialog: QWidget) -> list[tuple[str, str]]:
    return [
        (letter, b.text())
        for b in dialog.findChildren(QAbstractButton)
        if (letter := _letter(b.text())) and b.isVisibleTo(dialog)
    ]


def _reachable(window: QWidget) -> list[tuple[str, str]]:
    """Mnemonics reachable right now: visible buttons, the tab bar, the menu bar's menus."""
    named = []
    for button in window.findChildren(QAbstractButton):
        letter = _letter(button.text())
        if letter and button.isVisibleTo(window):  # a disabled button still holds its letter
            named.append((letter, button.text()))
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            named += [(letter, tabs.tabText(i)) for i in range(tabs.count()) if (letter := _letter(tabs.tabText(i)))]
    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        if letter := _letter(action.text()):
            named.append((letter, action.text()))
    return named


def _full_window(qtbot: QtBot) -> MainWindow:
    """The window with everything the app wires in, so every tab and button is there."""
    return app_window(qtbot)


def test_no_mnemonic_clash_on_any_tab(qtbot: QtBot) -> None:
    window = _full_window(qtbot)
    window.show()
    # With accounts found in the links, so the box that offers to add them is showing too.
    found = AccountSuggestion(Network.GITHUB, "samrivera", Network.MASTODON, "https://github.com/samrivera")
    window.show_report(AuditReport(datetime.now(UTC), 80, (), (), discovered=(found,)))
    window.tabs.setCurrentWidget(window.dashboard)
    assert window.discovered.add_button.isVisibleTo(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert _clashes(_reachable(window)) == {}, window.tabs.tabText(index)


def test_no_mnemonic_clash_in_the_setup_form(qtbot: QtBot) -> None:
    for initial in (None, load_sample_profile()):  # first run, and Settings
        dialog = SetupDialog(initial=initial, find_accounts=lambda _config: None)  # type: ignore[arg-type,return-value]
        qtbot.addWidget(dialog)
        dialog.show()
        assert _clashes(_reachable_in(dialog)) == {}


def test_no_mnemonic_clash_inside_any_menu(qtbot: QtBot) -> None:
    window = _full_window(qtbot)
    for menu in window.findChildren(QMenu):
        named = [(letter, a.text()) for a in menu.actions() if (letter := _letter(a.text()))]
        assert _clashes(named) == {}, menu.title()


def test_tab_keys_switch_tabs_and_never_type_into_a_focused_draft(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    window = _full_window(qtbot)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.share_panel)
    editor = window.share_panel.composer_for[Network.MASTODON].editor
    editor.setPlainText("draft")
    editor.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.dashboard
    assert editor.toPlainText() == "draft"
