"""The Dashboard's charts: the score over audits and original posts per week, readable from the
first audit (each point with its value, a note under the chart in place of an empty trend)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from advocacy.domain.models import AuditReport, Network
from advocacy.domain.plan import week_start
from advocacy.domain.records import AuditSummary

if TYPE_CHECKING:  # QtCharts loads with the first chart, not at start-up
    from PySide6.QtCharts import QChart, QLineSeries, QScatterSeries, QValueAxis
    from PySide6.QtCore import Qt

CADENCE_WEEKS = 13  # 90 days


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
    from PySide6.QtCharts import QChart, QChartView, QValueAxis
    from PySide6.QtCore import Qt

    chart = QChart()
    audits = len(history)
    # Readable from the first audit: the point and its value, and a word on when a trend appears.
    scored = sum(1 for audit in history if audit.score is not None)
    if scored == 0:
        note = "No score yet: none of your networks could be read."
    elif scored < 2:
        note = "A trend appears after your next audit."
    else:
        note = ""
    chart.setTitle("Score over your audits")
    all_series: list[QLineSeries | QScatterSeries] = []
    for segment in score_segments(history):
        line, points = _line_with_values([(number, float(score)) for number, score in segment])
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
    return view, note


def cadence_chart(report: AuditReport, now: datetime) -> tuple[QWidget, str]:
    """Original posts per week and network; and a note when no posts could be read."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
    from PySide6.QtCore import Qt

    series = QStackedBarSeries()
    counts = posts_per_week(report, now)
    for network, weekly in counts.items():
        bars = QBarSet(network.label)
        bars.append([float(v) for v in weekly])
        series.append(bars)
    chart = QChart()
    read_posts = any(outcome.was_read for outcome in report.sources)
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
    return view, "" if read_posts else "No posts could be read in this audit."


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
    from PySide6.QtCharts import QChart, QChartView

    points = reach_points(history, followers=followers)
    chart = QChart()
    chart.setTitle("Followers over your audits" if followers else "Median interactions per post")
    chart.legend().setAlignment(_bottom())
    if points and max(len(series) for series in points.values()) >= 2:
        _reach_lines(chart, points, audits=len(history), followers=followers)
        note = ""
    else:
        _reach_bars(chart, {network: series[-1][1] for network, series in points.items()}, followers=followers)
        what = "follower counts" if followers else "interaction figures on your posts"
        note = (
            "Your baseline: a trend appears after your next audit."
            if points
            else f"No {what} yet: the networks read so far do not show them (LinkedIn and X exports give none)."
        )
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view, note


def _bottom() -> Qt.AlignmentFlag:
    from PySide6.QtCore import Qt

    return Qt.AlignmentFlag.AlignBottom


def _value_axis(top: float, followers: bool) -> QValueAxis:
    from PySide6.QtCharts import QValueAxis

    axis = QValueAxis()
    axis.setRange(0, max(1.0, top * 1.15))
    axis.applyNiceNumbers()  # 0, 250, 500… rather than 0, 243, 486…
    axis.setLabelFormat("%d" if followers else "%.1f")
    return axis


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
    chart: QChart, points: dict[Network, list[tuple[int, float]]], *, audits: int, followers: bool
) -> None:
    from PySide6.QtCharts import QValueAxis

    x_axis = QValueAxis()
    x_axis.setRange(0.5, audits + 0.5)
    x_axis.setLabelFormat("%d")
    x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    x_axis.setTickAnchor(1)
    x_axis.setTickInterval(max(1, -(-audits // 8)))
    x_axis.setTitleText("Audit")
    y_axis = _value_axis(max(value for series in points.values() for _n, value in series), followers)
    chart.addAxis(x_axis, _bottom())
    chart.addAxis(y_axis, _left())
    for network, series_points in points.items():
        line, dots = _line_with_values(series_points)
        line.setName(network.label)
        for series in (line, dots):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().markers(dots)[0].setVisible(False)  # one legend entry per network


def _line_with_values(points: list[tuple[int, float]]) -> tuple[QLineSeries, QScatterSeries]:
    """A line through the points, and each point drawn with its value: readable from one point on."""
    from PySide6.QtCharts import QLineSeries, QScatterSeries

    line, dots = QLineSeries(), QScatterSeries()
    dots.setMarkerSize(9)
    dots.setPointLabelsVisible(True)
    dots.setPointLabelsFormat("@yPoint")
    for number, value in points:
        line.append(number, value)
        dots.append(number, value)
    return line, dots


def audience_chart(report: AuditReport) -> tuple[QWidget, str] | None:
    """Connections by month, back to the first, where an export dates each one (LinkedIn's
    Connections.csv); None when no network read gives such a curve."""
    from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries
    from PySide6.QtCore import QDateTime

    curves = [
        (s.network, s.profile.audience_by_month) for s in report.sources if s.profile and s.profile.audience_by_month
    ]
    if not curves:
        return None
    chart = QChart()
    chart.setTitle("Your connections, month by month")
    x_axis = QDateTimeAxis()
    x_axis.setFormat("MMM yyyy")
    top = max(count for _network, curve in curves for _month, count in curve)
    y_axis = _value_axis(float(top), followers=True)
    chart.addAxis(x_axis, _bottom())
    chart.addAxis(y_axis, _left())
    for network, curve in curves:
        line = QLineSeries()
        line.setName(network.label)
        for month, count in curve:
            year, number = (int(part) for part in month.split("-"))
            line.append(QDateTime.fromString(f"{year:04d}-{number:02d}-15", "yyyy-MM-dd").toMSecsSinceEpoch(), count)
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
    chart.legend().setAlignment(_bottom())
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    first, last = curves[0][1][0], curves[0][1][-1]
    return view, f"From {first[1]} in {first[0]} to {last[1]} by {last[0]}, from the dates in your data export."
