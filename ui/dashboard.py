"""The dashboard: the score and its trend, a card per network, and the posting rhythm.

Charts are built when the dashboard is first shown, so starting the app never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from advocacy.domain.models import AuditReport, Finding, Network, SourceOutcome, SourceStatus
from advocacy.domain.records import AuditSummary
from advocacy.wording import not_audited_reason, skipped_lines, source_state
from ui.safe_text import plain_label, tooltip

CADENCE_WEEKS = 13  # 90 days


def posts_per_week(report: AuditReport, now: datetime, weeks: int = CADENCE_WEEKS) -> dict[Network, list[int]]:
    """Original posts per week (oldest week first) for each network with posts."""
    counts: dict[Network, list[int]] = {}
    for post in report.posts:
        if not post.is_original or post.network in (Network.GITHUB,):
            continue
        age_weeks = int((now - post.created_at) / timedelta(weeks=1))
        if 0 <= age_weeks < weeks:
            counts.setdefault(post.network, [0] * weeks)[weeks - 1 - age_weeks] += 1
    return counts


def score_segments(history: list[AuditSummary]) -> list[list[tuple[int, int]]]:
    """(audit number, score) runs, oldest first, split where an audit read nothing and has no score:
    such an audit is a gap in the line, never a point at 100 or a line drawn across it."""
    segments: list[list[tuple[int, int]]] = [[]]
    for number, summary in enumerate(reversed(history), start=1):
        if summary.score is None:
            segments.append([])
        else:
            segments[-1].append((number, summary.score))
    return [segment for segment in segments if segment]


def short_account(account: str) -> str:
    """A handle as it is; an export's path as its folder or file name (the full path is the tooltip)."""
    if "/" in account or "\\" in account:
        if account.startswith(("http://", "https://")):
            return account
        return Path(account).name or account
    return account


def card_lines(outcome: SourceOutcome, report: AuditReport, now: datetime) -> list[str]:
    lines = []
    scores = dict(report.score_card.by_network) if report.score_card else {}
    head = [f"Score {scores[outcome.network]}/100"] if outcome.network in scores else []
    if outcome.profile is not None:
        facts = outcome.profile.visibility
        hidden = facts.public is False or facts.noindex or facts.discoverable is False
        head.append("visibility limited" if hidden else "visible to all")
    if head:
        lines.append(" · ".join(head))
    if outcome.status is not SourceStatus.OK:
        lines.append(source_state(outcome))
    lines.extend(skipped_lines(outcome))
    last = outcome.last_original_post_at()
    if outcome.profile is not None:
        if last is None:
            unread = bool(outcome.posts_skipped)
            lines.append("Posts could not be read" if unread else "No original posts found")
        else:
            days = (now - last).days
            lines.append(f"Last original post: {'1 day' if days == 1 else f'{days} days'} ago")
    mine = [f for f in report.findings if f.network is outcome.network]
    if mine:
        top: Finding = max(mine, key=lambda f: f.severity.rank)
        lines.append(f"Most important: {top.message}")
    return lines


class _Card(QGroupBox):
    """A network's card; a click (or Enter when focused) opens its findings."""

    def __init__(self, title: str, network: Network, on_open: Callable[[Network], None]) -> None:
        super().__init__(title)
        self._network, self._on_open = network, on_open
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{title}: open its findings")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._on_open(self._network)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._on_open(self._network)
            return
        super().keyPressEvent(event)


class DashboardWidget(QWidget):
    """Signals:
    network_chosen(network value): the user opened a network's card, to see its findings.
    """

    network_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: AuditReport | None = None
        self._history: list[AuditSummary] = []
        self._dirty = False
        layout = QVBoxLayout(self)
        self.summary_label = plain_label("No audit yet: run one with F5, or set up your profile first.")
        layout.addWidget(self.summary_label)
        self._top = QVBoxLayout()
        layout.addLayout(self._top)
        self.cards = QGridLayout()
        layout.addLayout(self.cards)
        self.charts = QHBoxLayout()
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
        if self._dirty or not self.chart_views:
            self._render()
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

    def _render(self) -> None:
        report = self._report
        if report is None:
            return
        self._dirty = False
        now = datetime.now(UTC)
        # The score is in the window's header, once; here, what the cards below are about.
        self.summary_label.setText(
            f"Audited {report.audited_at.astimezone():%Y-%m-%d %H:%M} · {len(report.findings)} findings"
            if report.score is not None
            else not_audited_reason(report)
        )
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, outcome in enumerate(report.sources):
            box = _Card(
                f"{outcome.network.label} {short_account(outcome.account)}",
                outcome.network,
                lambda network: self.network_chosen.emit(network.value),
            )
            box.setToolTip(tooltip(outcome.account))
            box_layout = QVBoxLayout(box)
            lines = card_lines(outcome, report, now)
            label = plain_label("\n".join(lines), wrap=False)
            label.setToolTip(tooltip("\n".join(lines)))  # the whole "most important" line, when cut
            label.setMinimumWidth(1)  # let the card be narrower than its longest line; the tooltip has it
            box_layout.addWidget(label)
            # Never squeezed below its lines: the charts give way first.
            box.setMinimumHeight(box.sizeHint().height())
            self.cards.addWidget(box, index // 3, index % 3)
        for view in self.chart_views:
            self.charts.removeWidget(view)
            view.deleteLater()
        self.chart_views = [self._trend_chart(), self._cadence_chart(report, now)]
        for view in self.chart_views:
            self.charts.addWidget(view, 1)  # each chart half the width: neither is squeezed to "Origi…"

    def _trend_chart(self) -> QWidget:
        from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
        from PySide6.QtCore import Qt

        chart = QChart()
        audits = len(self._history)
        # Readable from the first audit: the point and its value, and a word on when a trend appears.
        chart.setTitle("Score over your audits" + (" (a trend appears after your next audit)" if audits < 2 else ""))
        all_series: list[QLineSeries | QScatterSeries] = []
        for segment in score_segments(self._history):
            line = QLineSeries()
            points = QScatterSeries()
            points.setMarkerSize(9)
            points.setPointLabelsVisible(True)
            points.setPointLabelsFormat("@yPoint")
            for number, score in segment:
                line.append(number, score)
                points.append(number, score)
            for series in (line, points):
                chart.addSeries(series)
                all_series.append(series)
        x_axis, y_axis = QValueAxis(), QValueAxis()
        x_axis.setLabelFormat("%d")
        # Half an audit of room on each side, so the first and last points are not cut by the frame.
        x_axis.setRange(0.5, max(1, audits) + 0.5)
        # Whole-number ticks only: "1 1 1 2" from fractional steps reads as a bug.
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(1)
        x_axis.setTickInterval(max(1, -(-audits // 8)))
        x_axis.setTitleText("Audit")
        y_axis.setRange(0, 105)
        y_axis.setLabelFormat("%d")
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(25)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in all_series:
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().hide()
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(230)
        return view

    def _cadence_chart(self, report: AuditReport, now: datetime) -> QWidget:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
        from PySide6.QtCore import Qt

        series = QStackedBarSeries()
        counts = posts_per_week(report, now)
        for network, weekly in counts.items():
            bars = QBarSet(network.label)
            bars.append([float(v) for v in weekly])
            series.append(bars)
        chart = QChart()
        chart.setTitle("Original posts per week (last 13 weeks)")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        # Two characters at most, so thirteen weeks fit in half a window without being cut to "…".
        categories.append([str(CADENCE_WEEKS - i - 1) for i in range(CADENCE_WEEKS)])
        categories.setTitleText("weeks ago (0 = this week)")
        values = QValueAxis()
        values.setLabelFormat("%d")
        top = max([sum(week) for week in zip(*counts.values(), strict=True)] or [1]) + 1
        values.setRange(0, top)
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(max(1, -(-top // 6)))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(230)
        return view
