"""What the window draws before its first paint is set without PySide's class of Qt's namespace
(14 ms of Python enums, see ui/widgets/properties.py), and is the same as set with Qt's enums: the
labels' text format and selection, the tooltips, the badges (pixel for pixel), the cards' focus,
cursor and layout, the Dashboard's scroll bar, and the audit's keys."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QEnterEvent, QFont, QKeySequence, QPainter, QPixmap
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from advocacy.domain.models import Network
from tests.ui.windows import app_window, workspace
from ui.panels.dashboard import DashboardWidget
from ui.widgets.network_badges import network_badge
from ui.widgets.properties import set_by_name
from ui.widgets.safe_text import from_plain_text, plain_label, tooltip
from ui.widgets.scrolling import vertical_scroll
from ui.window_actions import WindowActions

# What a tooltip may hold: HTML's marks, every kind of space and newline Qt tells apart, tabs at any
# column, letters outside the BMP (two UTF-16 units, as Qt counts columns), and any other text.
_TRICKY = st.sampled_from(list("ab<>&\t\n\n \r\x0b\x0c\x1c\x85\xa0\u1680\u2003\u2028\u200b\u3000😀é"))
_TEXT = st.text(_TRICKY, max_size=40) | st.text(st.characters(exclude_categories=["Cs"]), max_size=30)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_a_tooltip_is_what_qt_makes_of_the_plain_text(text: str) -> None:
    # A text that starts with a byte order mark reaches Qt without it (PySide reads U+FEFF and U+FFFE
    # there as one); the tooltip keeps the text as it is, which Qt then shows literally.
    expected = QtGuiNamespace.convertFromPlainText(text) if not text.startswith(("\ufeff", "\ufffe")) else None
    if expected is not None:
        assert from_plain_text(text) == expected
    assert tooltip(text) == (from_plain_text(text) if text else "")


def test_every_single_character_is_converted_as_qt_converts_it() -> None:
    differ = [
        hex(code)
        for code in range(0x10000)
        if not 0xD800 <= code <= 0xDFFF
        and chr(code) not in "\ufeff\ufffe"
        and from_plain_text(chr(code)) != QtGuiNamespace.convertFromPlainText(chr(code))
    ]
    assert not differ


def test_a_property_set_by_name_is_what_the_setter_sets(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_by_name(label, textFormat="PlainText", alignment="AlignLeft|AlignTop")
    set_by_name(label, textInteractionFlags="TextSelectableByMouse", focusPolicy="StrongFocus")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.focusPolicy() == Qt.FocusPolicy.StrongFocus
    with pytest.raises(ValueError, match="textFormat"):
        set_by_name(label, textFormat="Plaintext")  # no such key: never ignored
    with pytest.raises(ValueError, match="textFormt"):
        set_by_name(label, textFormt="PlainText")  # no such property: never a dynamic one


def test_a_plain_label_and_the_dashboards_scroll_area_are_set_as_before(qtbot: QtBot) -> None:
    label = plain_label("<b>not bold</b>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.wordWrap()
    scroll = vertical_scroll(QLabel())
    qtbot.addWidget(scroll)
    assert isinstance(scroll, QScrollArea)
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def _badge_with_qts_enums(network: Network, size: int, ratio: float) -> QPixmap:
    """The badge as it was drawn before (Qt.GlobalColor, Qt.PenStyle and Qt.AlignmentFlag)."""
    text, colour = network.facts.badge
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size / 5, size / 5)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(round(size * (0.5 if len(text) == 1 else 0.42)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0, 3.0])
def test_every_badge_is_the_same_pixels_as_drawn_with_qts_enums(ratio: float) -> None:
    for network in Network:
        for size in (16, 28, 64):
            ours = network_badge(network, size, ratio).toImage()
            assert ours == _badge_with_qts_enums(network, size, ratio).toImage(), (network, size)


def test_the_audits_keys_are_f5_and_escape(qtbot: QtBot) -> None:
    window = app_window(qtbot)
    actions: WindowActions = window.menu_actions
    assert QKeySequence(Qt.Key.Key_F5) in actions.audit.shortcuts()
    assert actions.cancel.shortcuts() == [QKeySequence(Qt.Key.Key_Escape)]


def _dashboard_on_the_sample(qtbot: QtBot, *, connect: bool = False) -> DashboardWidget:
    report = workspace().run_audit()  # the sample's, read offline
    if connect:  # every network whose token helps offers Connect…
        sources = tuple(dataclasses.replace(o, connect_helps=True) for o in report.sources)
        report = dataclasses.replace(report, sources=sources)
    dashboard = DashboardWidget()
    qtbot.addWidget(dashboard)
    dashboard.resize(900, 1200)
    dashboard.show(report, [])
    dashboard.setVisible(True)
    QApplication.processEvents()
    return dashboard


def _cards(dashboard: DashboardWidget) -> list[QGroupBox]:
    return [box for box in dashboard.findChildren(QGroupBox) if box.accessibleName().endswith("open its findings")]


def test_a_card_takes_the_focus_and_points_a_hand_once_the_pointer_is_over_it(qtbot: QtBot) -> None:
    card = _cards(_dashboard_on_the_sample(qtbot))[0]
    assert card.focusPolicy() == Qt.FocusPolicy.StrongFocus
    inside = QPointF(card.width() / 2, card.height() / 2)
    QApplication.sendEvent(card, QEnterEvent(inside, inside, card.mapToGlobal(inside)))
    assert card.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert card.testAttribute(Qt.WidgetAttribute.WA_SetCursor)


def test_a_cards_lines_start_level_with_its_badge_and_connect_keeps_its_width_at_the_left(qtbot: QtBot) -> None:
    dashboard = _dashboard_on_the_sample(qtbot, connect=True)
    checked = 0
    for card in _cards(dashboard):
        labels = card.findChildren(QLabel)
        badge = next(label for label in labels if label.pixmap() is not None and not label.pixmap().isNull())
        lines = next(label for label in labels if label is not badge)
        assert badge.alignment() == Qt.AlignmentFlag.AlignTop
        assert badge.textFormat() == Qt.TextFormat.PlainText
        assert lines.geometry().top() == badge.geometry().top()
        assert lines.height() == lines.heightForWidth(lines.width())  # no taller than its lines
        for button in card.findChildren(QPushButton):
            assert button.geometry().left() == lines.geometry().left()
            assert button.width() == button.sizeHint().width()
            checked += 1
    assert checked, "no card offered Connect…"
