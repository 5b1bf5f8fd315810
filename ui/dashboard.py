"""The dashboard: the score and its trend, a card per network, and the posting rhythm.

Charts are built when the dashboard is first shown, so starting the app never waits for them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from advocacy.domain.models import AuditReport, Finding, Network, SourceOutcome, SourceStatus
from advocacy.storage import AuditSummary
from advocacy.wording import not_audited_reason, score_headline, skipped_lines, source_state
from ui.safe_text import plain_label

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


def card_lines(outcome: SourceOutcome, report: AuditReport, now: datetime) -> list[str]:
    lines = []
    scores = dict(report.score_card.by_network) if report.score_card else {}
    if outcome.network in scores:
        lines.append(f"Score {scores[outcome.network]}/100")
    if outcome.status is not SourceStatus.OK:
        lines.append(source_state(outcome))
    lines.extend(skipped_lines(outcome))
    last = outcome.last_original_post_at()
    if outcome.profile is not None:
        if last is None:
            lines.append("No original posts found")
        else:
            days = (now - last).days
            lines.append(f"Last original post: {'1 day' if days == 1 else f'{days} days'} ago")
        facts = outcome.profile.visibility
        hidden = facts.public is False or facts.noindex or facts.discoverable is False
        lines.append("Visibility: limited" if hidden else "Visibility: public")
    mine = [f for f in report.findings if f.network is outcome.network]
    if mine:
        top: Finding = max(mine, key=lambda f: f.severity.rank)
        lines.append(f"Most important: {top.message}")
    return lines


class DashboardWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: AuditReport | None = None
        self._history: list[AuditSummary] = []
        self._dirty = False
        layout = QVBoxLayout(self)
        self.summary_label = plain_label("No audit yet.")
        layout.addWidget(self.summary_label)
        self.cards = QGridLayout()
        layout.addLayout(self.cards)
        self.charts = QHBoxLayout()
        layout.addLayout(self.charts, 1)
        self.chart_views: list[QWidget] = []

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
        self.summary_label.setText(
            f"{score_headline(report)} · audited {report.audited_at.astimezone():%Y-%m-%d %H:%M}"
            f" · {len(report.findings)} findings" + (f"\n{not_audited_reason(report)}" if report.score is None else "")
        )
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, outcome in enumerate(report.sources):
            box = QGroupBox(f"{outcome.network.label} {outcome.account}")
            box_layout = QVBoxLayout(box)
            for line in card_lines(outcome, report, now):
                box_layout.addWidget(plain_label(line))
            self.cards.addWidget(box, index // 3, index % 3)
        for view in self.chart_views:
            self.charts.removeWidget(view)
            view.deleteLater()
        self.chart_views = [self._trend_chart(), self._cadence_chart(report, now)]
        for view in self.chart_views:
            self.charts.addWidget(view)

    def _trend_chart(self) -> QWidget:
        from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
        from PySide6.QtCore import Qt

        chart = QChart()
        chart.setTitle("Score over your audits")
        segments = score_segments(self._history)
        all_series = []
        for segment in segments:
            series = QLineSeries()
            series.setName("Score")
            series.setPointsVisible(True)
            for number, score in segment:
                series.append(number, score)
            chart.addSeries(series)
            all_series.append(series)
        x_axis, y_axis = QValueAxis(), QValueAxis()
        x_axis.setLabelFormat("%d")
        x_axis.setRange(1, max(2, len(self._history)))
        # Whole-number ticks only: "1 1 1 2" from fractional steps reads as a bug.
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(1)
        x_axis.setTickInterval(max(1, -(-len(self._history) // 8)))
        x_axis.setTitleText("Audit")
        y_axis.setRange(0, 100)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in all_series:
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().hide()
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
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
        view.setMinimumHeight(220)
        return view
