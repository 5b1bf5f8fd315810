"""The dashboard: the score and its trend, a card per network, and the posting rhythm.

Charts are built when the dashboard is first shown, so starting the app never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from advocacy.domain.durations import span
from advocacy.domain.models import AuditReport, Finding, Network, SourceOutcome, SourceStatus
from advocacy.domain.records import AuditSummary
from advocacy.wording import skipped_lines, source_state
from ui.widgets.network_badges import network_badge
from ui.widgets.properties import set_by_name
from ui.widgets.safe_text import plain_label, tooltip
from ui.widgets.scrolling import vertical_scroll

if TYPE_CHECKING:  # the events' classes: types of the handlers' arguments only
    from PySide6.QtGui import QEnterEvent, QKeyEvent, QMouseEvent, QShowEvent


def card_title(network: Network, account: str) -> str:
    """The network and the handle; an export is named as what it is (its path is the tooltip),
    since the folder's name ("linkedin-export", "Basic_LinkedInDataExport_03-2025") says nothing new."""
    return network.facts.export_title or f"{network.label} {account}"


def card_lines(outcome: SourceOutcome, report: AuditReport, now: datetime) -> list[str]:
    lines = []
    scores = dict(report.score_card.by_network) if report.score_card else {}
    head = [f"Score {scores[outcome.network]}/100"] if outcome.network in scores else []
    if outcome.profile is not None:
        facts = outcome.profile.visibility
        hidden = facts.public is False or facts.noindex or facts.discoverable is False
        if hidden:
            head.append("visibility limited")
        elif facts.public:  # only what the network says: an export that does not tell says nothing
            head.append("visible to all")
    if head:
        lines.append(" · ".join(head))
    if outcome.status is not SourceStatus.OK:
        state = source_state(outcome)
        lines.append(state[:1].upper() + state[1:])
    lines.extend(skipped_lines(outcome))
    last = outcome.last_original_post_at()
    if outcome.profile is not None:
        if last is None:
            unread = bool(outcome.posts_skipped)
            lines.append("Posts could not be read" if unread else "No original posts found")
        else:
            days = (now - last).days
            ago = "today" if days <= 0 else f"{span(days)} ago"
            lines.append(f"Last original post: {ago}")
    mine = [f for f in report.findings if f.network is outcome.network]
    if mine:
        top: Finding = max(mine, key=lambda f: f.severity.rank)
        lines.append(f"Most important: {top.message}")
    return lines


class _Card(QGroupBox):
    """A network's card; a click (or Enter when focused) opens its findings.

    Made before the window's first paint, with none of Qt's namespace (see ui.widgets.properties):
    the pointing hand is set when the pointer first comes over the card, before Qt shows it."""

    def __init__(self, title: str, network: Network, on_open: Callable[[Network], None]) -> None:
        super().__init__(title)
        self._network, self._on_open = network, on_open
        self._pointing = False
        set_by_name(self, focusPolicy="StrongFocus")
        self.setAccessibleName(f"{title}: open its findings")

    def enterEvent(self, event: QEnterEvent) -> None:
        if not self._pointing:
            from PySide6.QtCore import Qt

            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self._pointing = True
        super().enterEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._on_open(self._network)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._on_open(self._network)
            return
        super().keyPressEvent(event)


NO_AUDIT_YET = "No audit yet: run one with F5, or set up your profile first."


class DashboardWidget(QWidget):
    """Signals:
    network_chosen(network): the user opened a network's card, to see its findings.
    connect_requested(network): a network could not be read for want of a token; the user chose Connect….
    """

    network_chosen = Signal(Network)
    connect_requested = Signal(Network)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: AuditReport | None = None
        self._history: list[AuditSummary] = []
        self._dirty = False
        self._charts_for: AuditReport | None = None  # charts still to draw for this report
        self._charts_now = datetime.now().astimezone()
        # Scrolls rather than squeezes: at the window's minimum size the charts keep their height.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        content.installEventFilter(self)
        outer.addWidget(vertical_scroll(content))
        layout = QVBoxLayout(content)
        self.summary_label = plain_label(NO_AUDIT_YET)
        layout.addWidget(self.summary_label)
        self._top = QVBoxLayout()
        layout.addLayout(self._top)
        self.cards = QGridLayout()
        layout.addLayout(self.cards)
        self.charts = QGridLayout()  # two charts a row, of equal width: score and cadence, then reach
        self.charts.setColumnStretch(0, 1)
        self.charts.setColumnStretch(1, 1)
        layout.addLayout(self.charts, 1)
        self._bottom = QVBoxLayout()
        layout.addLayout(self._bottom)
        self.chart_views: list[QWidget] = []

    def add_section(self, widget: QWidget, *, title: str | None = None, top: bool = False) -> QWidget:
        """A part of the window shown with the cards: above them (what to act on) or below. Returns
        the section, title included, to show or hide as a whole."""
        section = QWidget()
        section_layout = QVBoxLayout(section)
        section_layout.setContentsMargins(0, 0, 0, 0)
        if title:
            section_layout.addWidget(plain_label(title))
        section_layout.addWidget(widget)
        (self._top if top else self._bottom).addWidget(section)
        return section

    def show(self, report: AuditReport, history: list[AuditSummary]) -> None:  # type: ignore[override]
        self._report, self._history, self._dirty = report, history, True
        if self.isVisible():
            self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._render()

    def chart_images(self) -> list[tuple[str, bytes]]:
        """The charts as PNG, for the exported report; built now if the dashboard was never shown."""
        if self._report is None:
            return []
        if self._dirty or not self.chart_views or self._charts_for is not None:
            self._render()
            self._render_charts(self._report, datetime.now().astimezone())
        from PySide6.QtCharts import QChartView
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        images = []
        for view in self.chart_views:
            if not isinstance(view, QChartView):
                continue
            view.resize(640, 320)
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            view.grab().save(buffer, "PNG")
            images.append((view.chart().title(), bytes(data.data())))
        return images

    def clear(self) -> None:
        """Back to the empty state: another profile is open and has no audit yet."""
        self._report, self._history, self._dirty, self._charts_for = None, [], False, None
        self._remove_cards_and_charts()
        self.summary_label.setText(NO_AUDIT_YET)
        self.summary_label.setVisible(True)

    def _remove_cards_and_charts(self) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        while self.charts.count():
            item = self.charts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.chart_views = []

    def card_states(self) -> list[tuple[str, str]]:
        """Each network's card as (title, text): the one place that says how each network was read."""
        if self._dirty:
            self._render()
        items = [self.cards.itemAt(i) for i in range(self.cards.count())]
        boxes = [item.widget() for item in items if item is not None]
        return [(box.title(), box.accessibleDescription()) for box in boxes if isinstance(box, QGroupBox)]

    def _render(self) -> None:
        report = self._report
        if report is None:
            return
        self._dirty = False
        now = datetime.now().astimezone()  # weeks as the person lives them, like the Plan tab
        # The score, the audit's time and why nothing was scored are in the window's header, once.
        self.summary_label.setVisible(False)
        self._remove_cards_and_charts()
        for index, outcome in enumerate(report.sources):
            box = _Card(
                card_title(outcome.network, outcome.account),
                outcome.network,
                self.network_chosen.emit,
            )
            box.setToolTip(tooltip(outcome.account))
            box_layout = QHBoxLayout(box)
            badge = QLabel()
            set_by_name(badge, textFormat="PlainText", alignment="AlignTop")  # a picture; never rich text
            badge.setPixmap(network_badge(outcome.network, ratio=self.devicePixelRatioF()))
            badge.setAccessibleName(outcome.network.label)
            box_layout.addWidget(badge)
            text = "\n".join(card_lines(outcome, report, now))
            box.setAccessibleDescription(text)  # what a screen reader says on reaching the card
            # Wrapped, never cut mid-word: the Dashboard scrolls, so a card may take the lines it needs.
            label = plain_label(text)
            label.setToolTip(tooltip(text))  # the whole "most important" line, when cut
            label.setMinimumWidth(1)  # let the card be narrower than its longest line; the tooltip has it
            # The lines start level with the badge (the stretch under them takes the height to spare),
            # the Connect button keeps its own width at the left (the stretch beside it takes the rest).
            column = QVBoxLayout()
            column.addWidget(label)
            if outcome.connect_helps and outcome.network.facts.connect is not None:
                row = QHBoxLayout()
                row.addWidget(self._connect_button(outcome.network))
                row.addStretch(1)
                column.addLayout(row)
            column.addStretch(1)
            box_layout.addLayout(column, 1)
            # As tall as its lines at the width it gets, no taller: the page scrolls if it must.
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self.cards.addWidget(box, index // 3, index % 3)
        # The charts come a moment later: the cards paint first, and QtCharts loads after the window shows.
        self._charts_for = report
        self._charts_now = now
        self.update()

    def _connect_button(self, network: Network) -> QPushButton:
        """The remedy beside the sentence that says a token is missing or refused."""
        button = QPushButton("Connect…")
        button.setAccessibleName(f"Connect your {network.label} account")
        button.setToolTip(f"Connect your {network.label} account, then audit again")
        button.clicked.connect(lambda: self.connect_requested.emit(network))
        return button

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        """Once the page with the cards has painted, draw the charts (on the next turn of the loop)."""
        if event.type() == QEvent.Type.Paint and self._charts_for is not None:
            report, now = self._charts_for, self._charts_now
            QTimer.singleShot(0, lambda: self._render_charts(report, now))
        return False

    def _render_charts(self, report: AuditReport, now: datetime) -> None:
        if report is not self._report or self._charts_for is not report:
            return  # another report (or none) is shown by now
        self._charts_for = None
        from ui.panels.dashboard_charts import audience_chart, cadence_chart, reach_chart, trend_chart

        built = [
            trend_chart(self._history),
            cadence_chart(report, now),
            reach_chart(self._history, followers=True),
            reach_chart(self._history, followers=False),
        ]
        audience = audience_chart(report)
        if audience is not None:
            built.append(audience)
        self.chart_views = [view for view, _note in built]
        for index, (view, note) in enumerate(built):
            # Each chart half the width, its note under it in words that wrap rather than a cut title.
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(view, 1)
            if note:
                holder_layout.addWidget(plain_label(note))
            self.charts.addWidget(holder, index // 2, index % 2)
