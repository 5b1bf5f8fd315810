"""Every control a screen reader reaches has a name: its own text, or an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from advocacy.sample import load_sample_profile
from tests.ui.test_mnemonics import _full_window
from ui.dialogs.setup_dialog import SetupDialog

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def _unnamed(root: QWidget) -> list[str]:
    """Controls with no name a screen reader can read: no text, no accessible name, no label whose
    buddy they are (a form's row label names its field). Qt's own parts (scroll-area buttons, table
    headers, a combo box's pop-up) are named by Qt."""
    labelled = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget.parentWidget(), QTabBar):
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView) or widget.window() is not root:
            continue
        if widget in labelled:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or combo box: the box itself is named
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_of_the_window_has_a_name(qtbot: QtBot) -> None:
    window = _full_window(qtbot)
    window.show()
    for index in range(window.tabs.count()):  # every page, including those made when first shown
        window.tabs.setCurrentIndex(index)
    assert _unnamed(window) == []


def test_every_control_of_the_setup_form_has_a_name(qtbot: QtBot) -> None:
    for initial in (None, load_sample_profile()):
        dialog = SetupDialog(initial=initial, find_accounts=lambda _config: None)  # type: ignore[arg-type,return-value]
        qtbot.addWidget(dialog)
        assert _unnamed(dialog) == []
