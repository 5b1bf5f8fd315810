"""The Dashboard's charts: the score over audits and original posts per week, readable from the
first audit (each point with its value, a note under the chart in place of an empty trend).

Over time, charts are drawn against the audits' dates; an audit that read only some networks is
drawn as a hollow square and named in the legend. Every chart follows the window's palette (light
or dark) and says its title and latest values to a screen reader.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from advocacy.domain.models import AuditReport, Network
from advocacy.domain.plan import week_start
from advocacy.domain.records import AuditSummary

if TYPE_CHECKING:  # QtCharts loads with the first chart, not at start-up
    from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
    from PySide6.QtCore import Qt

CADENCE_WEEKS = 13  # 90 days
PARTIAL = "Partial audit (not every network read)"
_DAY_MS = 86_400_000


def _new_chart(title: str) -> QChart:
    """A chart in the window's palette: dark text on light, or light on dark, never black on black."""
    from PySide6.QtCharts import QChart
    from PySide6.QtGui import QGuiApplication, QPalette

    chart = QChart()
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    dark = window.lightness() < 128
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setTitle(title)
    return chart


def _view(chart: QChart, height: int, description: str) -> QChartView:
    from PySide6.QtCharts import QChartView

    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    view.setAccessibleName(chart.title())
    view.setAccessibleDescription(description)
    return view


def _when(history: list[AuditSummary], number: int) -> float:
    """Audit ``number`` (1: the oldest) as a chart's x: its time in ms since 1970."""
    return list(reversed(history))[number - 1].audited_at.timestamp() * 1000


def _date_axis(history: list[AuditSummary]) -> QDateTimeAxis:
    """The audits' dates, with half a day of room either side so no point sits on the frame."""
    from PySide6.QtCharts import QDateTimeAxis
    from PySide6.QtCore import QDateTime

    times = [summary.audited_at.timestamp() * 1000 for summary in history] or [0.0]
    first, last = min(times), max(times)
    axis = QDateTimeAxis()
    span_days = (last - first) / _DAY_MS
    axis.setFormat("d MMM HH:mm" if span_days < 2 else "d MMM" if span_days < 300 else "MMM yyyy")
    axis.setTickCount(min(6, max(2, len(times))))
    axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(first - _DAY_MS / 2)), QDateTime.fromMSecsSinceEpoch(int(last + _DAY_MS / 2))
    )
    axis.setTitleText("Date of the audit")
    return axis


def _partial_points(history: list[AuditSummary], values: dict[int, float]) -> QScatterSeries | None:
    """Hollow squares on the audits that read only some networks; None when every audit was full."""
    from PySide6.QtCharts import QScatterSeries
    from PySide6.QtCore import Qt

    numbered = list(enumerate(reversed(history), start=1))
    partial = [(n, values[n]) for n, summary in numbered if summary.partial and n in values]
    if not partial:
        return None
    squares = QScatterSeries()
    squares.setName(PARTIAL)
    squares.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
    squares.setMarkerSize(14)
    squares.setBrush(Qt.BrushStyle.NoBrush)
    for number, value in partial:
        squares.append(_when(history, number), value)
    return squares


def posts_per_week(report: AuditReport, now: datetime, weeks: int = CADENCE_WEEKS) -> dict[Network, list[int]]:
    """Original posts per calendar week, Monday to Sunday as the Plan tab counts them (oldest week
    first), for each network with posts. GitHub activity is not posting."""
    counts: dict[Network, list[int]] = {}
    this_week = week_start(now)
    for post in report.posts:
        if not post.is_original or not post.network.facts.posted_to:
            continue
        age_weeks = (this_week - week_start(post.created_at.astimezone(now.tzinfo))).days // 7
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


def trend_chart(history: list[AuditSummary]) -> tuple[QWidget, str]:
    """The score of each audit, with its value; and a note when there is no trend yet."""
    from PySide6.QtCharts import QValueAxis
    from PySide6.QtCore import Qt

    chart = _new_chart("Score over your audits")
    # Readable from the first audit: the point and its value, and a word on when a trend appears.
    scored = sum(1 for audit in history if audit.score is not None)
    if not history:
        note = "No audit is in the history yet."  # none run, or none could be kept (the status bar says why)
    elif scored == 0:
        note = "No score yet: none of your networks could be read."
    elif scored < 2:
        note = "A trend appears after your next audit."
    else:
        note = ""
    all_series: list[QLineSeries | QScatterSeries] = []
    scores: dict[int, float] = {}
    for segment in score_segments(history):
        scores.update((number, float(score)) for number, score in segment)
        line, points = _line_with_values([(_when(history, number), float(score)) for number, score in segment])
        for series in (line, points):
            chart.addSeries(series)
            all_series.append(series)
    partial = _partial_points(history, scores)
    if partial is not None:
        chart.addSeries(partial)
        all_series.append(partial)
    x_axis, y_axis = _date_axis(history), QValueAxis()
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
    # The legend names only what needs naming: the partial audits' squares.
    legend = chart.legend()
    legend.setVisible(partial is not None)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    for series in all_series:
        if series is not partial:
            for marker in legend.markers(series):
                marker.setVisible(False)
    latest = next((h for h in history if h.score is not None), None)
    said = f"Latest score {latest.score} on {latest.audited_at.astimezone():%d %B %Y}." if latest else note
    return _view(chart, 230, said), note


def cadence_chart(report: AuditReport, now: datetime) -> tuple[QWidget, str]:
    """Original posts per week and network; and a note when no posts could be read."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries, QValueAxis
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    series = QStackedBarSeries()
    counts = posts_per_week(report, now)
    chart = _new_chart("Original posts per week (last 13 weeks)")
    for network, weekly in counts.items():
        bars = QBarSet(network.label)
        bars.append([float(v) for v in weekly])
        bars.setColor(QColor(network.chart_colour))
        series.append(bars)
    read_posts = any(outcome.was_read for outcome in report.sources)
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
    this_week = ", ".join(f"{network.label} {weekly[-1]}" for network, weekly in counts.items())
    said = f"This week: {this_week}." if this_week else "No original posts in the last 13 weeks."
    return _view(chart, 230, said), "" if read_posts else "No posts could be read in this audit."


def reach_points(history: list[AuditSummary], *, followers: bool) -> dict[Network, list[tuple[int, float]]]:
    """(audit number, value) per network, oldest audit first; an audit that did not say is no point."""
    points: dict[Network, list[tuple[int, float]]] = {}
    for number, summary in enumerate(reversed(history), start=1):
        for reach in summary.reach:
            value = reach.followers if followers else reach.median_engagement
            if value is not None:
                points.setdefault(reach.network, []).append((number, float(value)))
    return points


def reach_chart(history: list[AuditSummary], *, followers: bool) -> tuple[QWidget, str]:
    """Followers, or the median interactions of your own posts, per network over your audits. With
    one audit so far, a bar per network with its value: the baseline, readable at once."""
    points = reach_points(history, followers=followers)
    chart = _new_chart("Followers over your audits" if followers else "Median interactions per post")
    chart.legend().setAlignment(_bottom())
    if points and max(len(series) for series in points.values()) >= 2:
        _reach_lines(chart, points, history, followers=followers)
        note = ""
    else:
        _reach_bars(chart, {network: series[-1][1] for network, series in points.items()}, followers=followers)
        what = "follower counts" if followers else "interaction figures on your posts"
        note = (
            "Your baseline: a trend appears after your next audit."
            if points
            else f"No {what} yet: the networks read so far do not show them (LinkedIn and X exports give none)."
        )
    latest = ", ".join(f"{network.label} {series[-1][1]:g}" for network, series in points.items())
    return _view(chart, 260, f"Latest: {latest}." if latest else note), note


def _bottom() -> Qt.AlignmentFlag:
    from PySide6.QtCore import Qt

    return Qt.AlignmentFlag.AlignBottom


def _value_axis(top: float, followers: bool) -> QValueAxis:
    from PySide6.QtCharts import QValueAxis

    axis = QValueAxis()
    if followers:
        # Whole numbers, each label once: a range of 0–1.15 labelled "%d" read "0 0 1 1".
        step = whole_step(top)
        axis.setRange(0, step * max(1, math.ceil(top * 1.15 / step)))
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setLabelFormat("%d")
        return axis
    axis.setRange(0, max(1.0, top * 1.15))
    axis.applyNiceNumbers()  # 0, 250, 500… rather than 0, 243, 486…
    axis.setLabelFormat("%.1f")
    return axis


def whole_step(top: float, ticks: int = 5) -> int:
    """A round whole step (1, 2, 5, 10, 20, 50…) giving at most about ``ticks`` labels up to ``top``."""
    step = 1
    while top / step > ticks:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= ticks:
                break
    return step


def _reach_bars(chart: QChart, values: dict[Network, float], *, followers: bool) -> None:
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet

    series = QBarSeries()
    bars = QBarSet("This audit")
    bars.append(list(values.values()))
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([network.label for network in values] or ["—"])
    values_axis = _value_axis(max(values.values(), default=1.0), followers)
    chart.addAxis(categories, _bottom())
    chart.addAxis(values_axis, _left())
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    chart.legend().hide()


def _left() -> Qt.AlignmentFlag:
    from PySide6.QtCore import Qt

    return Qt.AlignmentFlag.AlignLeft


def _reach_lines(
    chart: QChart, points: dict[Network, list[tuple[int, float]]], history: list[AuditSummary], *, followers: bool
) -> None:
    from PySide6.QtGui import QColor, QPen

    x_axis = _date_axis(history)
    y_axis = _value_axis(max(value for series in points.values() for _n, value in series), followers)
    chart.addAxis(x_axis, _bottom())
    chart.addAxis(y_axis, _left())
    for network, series_points in points.items():
        line, dots = _line_with_values([(_when(history, n), value) for n, value in series_points])
        line.setName(network.label)
        colour = QColor(network.chart_colour)
        line.setPen(QPen(colour, 2))
        dots.setColor(colour)
        dots.setBorderColor(colour)
        for series in (line, dots):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().markers(dots)[0].setVisible(False)  # one legend entry per network
    partial = _partial_points(history, {n: v for series in points.values() for n, v in series})
    if partial is not None:
        chart.addSeries(partial)
        partial.attachAxis(x_axis)
        partial.attachAxis(y_axis)


def _line_with_values(points: list[tuple[float, float]]) -> tuple[QLineSeries, QScatterSeries]:
    """A line through the points, and each point drawn with its value: readable from one point on."""
    from PySide6.QtCharts import QLineSeries, QScatterSeries

    line, dots = QLineSeries(), QScatterSeries()
    dots.setMarkerSize(9)
    dots.setPointLabelsVisible(True)
    dots.setPointLabelsFormat("@yPoint")
    dots.setPointLabelsClipping(False)  # a value near the top (98) is drawn whole, above the plot
    for number, value in points:
        line.append(number, value)
        dots.append(number, value)
    return line, dots


def audience_chart(report: AuditReport) -> tuple[QWidget, str] | None:
    """Connections by month, back to the first, where an export dates each one (LinkedIn's
    Connections.csv); None when no network read gives such a curve."""
    from PySide6.QtCharts import QDateTimeAxis, QLineSeries
    from PySide6.QtCore import QDateTime
    from PySide6.QtGui import QColor

    curves = [
        (s.network, s.profile.audience_by_month) for s in report.sources if s.profile and s.profile.audience_by_month
    ]
    if not curves:
        return None
    chart = _new_chart("Your connections, month by month")
    x_axis = QDateTimeAxis()
    x_axis.setFormat("MMM yyyy")
    top = max(count for _network, curve in curves for _month, count in curve)
    y_axis = _value_axis(float(top), followers=True)
    chart.addAxis(x_axis, _bottom())
    chart.addAxis(y_axis, _left())
    for network, curve in curves:
        line = QLineSeries()
        line.setName(network.label)
        line.setColor(QColor(network.chart_colour))
        for month, count in curve:
            year, number = (int(part) for part in month.split("-"))
            line.append(QDateTime.fromString(f"{year:04d}-{number:02d}-15", "yyyy-MM-dd").toMSecsSinceEpoch(), count)
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
    chart.legend().setAlignment(_bottom())
    first, last = curves[0][1][0], curves[0][1][-1]
    said = f"From {first[1]} in {first[0]} to {last[1]} by {last[0]}."
    return _view(
        chart, 260, said
    ), f"From {first[1]} in {first[0]} to {last[1]} by {last[0]}, from the dates in your data export."
