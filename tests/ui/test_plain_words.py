"""Every string the window shows, on every tab and in its dialogs, is checked against the words the
app must not show a person who is not a developer: file formats, web status codes, internal ids.

The window is the sample after a full audit (every rule, every network), with the Share tab's
suggestions loaded, a share recorded and a finding dismissed, so the lists hold real content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Area, Network
from advocacy.domain.records import ShareState
from tests.keyring_memory import MemoryKeyring
from tests.ui.windows import app_window
from ui.dialogs.credentials_dialog import CredentialsDialog
from ui.dialogs.setup_dialog import SetupDialog

FORBIDDEN = [
    re.compile(r"\b(TOML|JSON|HTTP)\b"),  # formats and protocols (a link's https:// is lower case)
    re.compile(r"\b(status|code|error)\s*\d{3}\b", re.IGNORECASE),  # web status codes
    re.compile(r"\btext:[0-9a-f]{6,}"),  # a typed text's internal key
    re.compile(r"\bpost:\S+"),  # a finding's target
    # A check's id: the areas' own names, so a new area is covered without editing this list.
    re.compile(r"\b(" + "|".join(area.value for area in Area) + r")\.[a-z_]+\b"),
    re.compile(r"\b(None|null|Traceback|infos)\b"),
    re.compile(r"keyring unavailable|certificate problem\?|Quiet past your goal|Set token|Grammar server"),
]


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: it has one
        return 1


def _model_strings(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
            if model.rowCount(index) if column == 0 and _columns(model, index) else False:
                yield from _model_strings(model, index)
    for column in range(_columns(model, parent)):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str) and parent == QModelIndex():
            yield header


def shown_strings(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every string a person can see or hear in ``top`` and its children."""
    yield "title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        kind = type(widget).__name__
        yield kind, widget.toolTip()
        yield kind, widget.accessibleName()
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QLineEdit):
            yield kind, widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and widget.isReadOnly():
            yield kind, widget.toPlainText()
        elif isinstance(widget, QComboBox):
            yield from ((kind, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((kind, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from ((kind, text) for text in _model_strings(widget.model()))
        elif isinstance(widget, QChartView):
            chart = widget.chart()
            yield kind, chart.title()
            yield from ((kind, axis.titleText()) for axis in chart.axes())
            yield from ((kind, series.name()) for series in chart.series())
    for action in top.findChildren(QWidget):
        for act in action.actions():
            yield "action", act.text()
            yield "action", act.toolTip()


def _bad(top: QWidget) -> list[tuple[str, str, str]]:
    return [
        (where, pattern.pattern, text)
        for where, text in shown_strings(top)
        if text
        for pattern in FORBIDDEN
        if pattern.search(text)
    ]


def test_no_window_string_is_a_developers_word(qtbot: QtBot) -> None:
    window = app_window(qtbot)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.findings_shown, timeout=60_000):
        window.start_audit()
    workspace = window.workspace
    # Lists with content: a text share recorded (its key is an internal id), a finding dismissed.
    workspace.store.record_share("text:8d0c5e1f2a3b4c5d", Network.MASTODON, "k1", state=ShareState.POSTED)
    finding = next(f for f in window.findings_panel.visible_findings() if f.target.startswith("post:"))
    window.findings_panel.show_finding(finding)
    window.findings_panel.dismiss_button.click()
    window.refresh_shares()
    share = window.share_panel
    window.tabs.setCurrentWidget(share)
    with qtbot.waitSignal(share.suggestions_loaded, timeout=30_000):
        share.refresh_button.click()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    shown = [text for _where, text in shown_strings(window)]
    assert len(shown) > 300  # the walk really reached the content: charts, lists, a text share
    assert "Score over your audits" in shown and "a text you wrote" in shown
    assert _bad(window) == []


def test_no_setup_or_tokens_string_is_a_developers_word(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    window = app_window(qtbot)
    setup = SetupDialog(initial=window.workspace.config, find_accounts=window.workspace.find_linked_accounts)
    qtbot.addWidget(setup)
    tokens = CredentialsDialog(window.workspace.config, CredentialStore())
    qtbot.addWidget(tokens)
    qtbot.waitUntil(tokens.set_button.isEnabled, timeout=10_000)
    for dialog in (setup, tokens):
        assert len(list(shown_strings(dialog))) > 20
        assert _bad(dialog) == []


def test_the_check_catches_what_it_is_for(qtbot: QtBot) -> None:
    """The walk and the patterns find each kind of word when it is there."""
    probe = QWidget()
    qtbot.addWidget(probe)
    for text in ("answered HTTP 503", "is not valid TOML", "text:8d0c5e1f2a", "typo.spelling (Mastodon)", "3 infos"):
        QLabel(text, probe)
    assert len(_bad(probe)) == 5
