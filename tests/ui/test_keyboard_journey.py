"""A whole visit with the keyboard alone: audit, open a finding, copy its fix, find something to
share, copy the draft. No mouse click anywhere; every step is a key a person would press."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_mnemonics import _full_window


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifier)
    qtbot.wait(150)  # a mnemonic "clicks" the button after a short press animation


def test_audit_finding_fix_and_share_by_keyboard_alone(qtbot: QtBot) -> None:
    window = _full_window(qtbot)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    alt = Qt.KeyboardModifier.AltModifier

    with qtbot.waitSignal(window.findings_shown, timeout=30_000):
        _press(qtbot, Qt.Key.Key_F5)  # run the audit
    _press(qtbot, Qt.Key.Key_I, alt)  # F&indings
    assert window.tabs.currentWidget() is window.findings_panel
    finding = window.findings_panel.current_finding()
    assert finding is not None  # opened on the most important finding, no click needed
    window.findings_panel.view.setFocus()
    _press(qtbot, Qt.Key.Key_Down)  # the next finding, by arrow key
    moved = window.findings_panel.current_finding()
    assert moved is not None and moved != finding
    QGuiApplication.clipboard().clear()
    _press(qtbot, Qt.Key.Key_C, alt)  # &Copy the fix
    clipboard = QGuiApplication.clipboard().text()
    assert (clipboard and clipboard in (moved.replacement or "", moved.suggestion)) or moved.evidence

    _press(qtbot, Qt.Key.Key_S, alt)  # &Share
    panel = window.share_panel
    assert window.tabs.currentWidget() is panel
    with qtbot.waitSignal(panel.suggestions_loaded, timeout=20_000):
        _press(qtbot, Qt.Key.Key_N, alt)  # Find something &new to share
    assert panel.items.count() >= 3
    draft = panel.current().text()
    QGuiApplication.clipboard().clear()
    _press(qtbot, Qt.Key.Key_O, alt)  # C&opy the draft
    assert QGuiApplication.clipboard().text() == draft and "I work at Acme" in draft
