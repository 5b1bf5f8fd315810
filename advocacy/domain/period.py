"""A report for a period (a month, a quarter, any dates): what changed since its start, to share.

Plain values, no I/O. ``Section`` is the closed set of what a report may hold: the user picks which
go in, and every rendering (JSON, HTML, PDF, the dialog's check boxes, the command line's
``--without``) is derived from it. A section left out is never computed, so nothing of it can leak
into a file.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from advocacy.domain.models import Engagement, Network
from advocacy.domain.report_sections import Section

_QUARTER_MONTHS = {1: "January–March", 2: "April–June", 3: "July–September", 4: "October–December"}


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    DATES = "dates"


@dataclass(frozen=True)
class Period:
    """From ``first_day`` to ``last_day``, both included, in the user's local time."""

    first_day: date
    last_day: date
    kind: PeriodKind = PeriodKind.DATES

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError(f"The period ends ({self.last_day}) before it starts ({self.first_day}).")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(f"A year has four quarters, Q1 to Q4, not Q{quarter}.")
        first_month = 3 * (quarter - 1) + 1
        last_month = first_month + 2
        return cls(
            date(year, first_month, 1),
            date(year, last_month, calendar.monthrange(year, last_month)[1]),
            PeriodKind.QUARTER,
        )

    @classmethod
    def parse_month(cls, text: str) -> Period:
        """ "2026-10" → October 2026; ``ValueError`` with one sentence otherwise."""
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
        if not match or not 1 <= int(match[2]) <= 12:
            raise ValueError(f"'{text}' is not a month: write it as YYYY-MM, e.g. 2026-10.")
        return cls.month(int(match[1]), int(match[2]))

    @classmethod
    def parse_quarter(cls, text: str) -> Period:
        """ "2026-Q4" (or "2026Q4", "2026-q4") → October to December 2026."""
        match = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text.strip())
        if not match:
            raise ValueError(f"'{text}' is not a quarter: write it as YYYY-Qn, e.g. 2026-Q4.")
        return cls.quarter(int(match[1]), int(match[2]))

    @classmethod
    def this_month(cls, today: date) -> Period:
        return cls.month(today.year, today.month)

    @classmethod
    def last_month(cls, today: date) -> Period:
        before = today.replace(day=1) - timedelta(days=1)
        return cls.month(before.year, before.month)

    @classmethod
    def this_quarter(cls, today: date) -> Period:
        return cls.quarter(today.year, (today.month - 1) // 3 + 1)

    @classmethod
    def last_quarter(cls, today: date) -> Period:
        before = cls.this_quarter(today).first_day - timedelta(days=1)
        return cls.this_quarter(before)

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def label(self) -> str:
        """ "October 2026", "Q4 2026 (October–December)", "3 October to 2 November 2026"."""
        if self.kind is PeriodKind.MONTH:
            return f"{calendar.month_name[self.first_day.month]} {self.first_day.year}"
        if self.kind is PeriodKind.QUARTER:
            quarter = (self.first_day.month - 1) // 3 + 1
            return f"Q{quarter} {self.first_day.year} ({_QUARTER_MONTHS[quarter]})"
        return f"{day_words(self.first_day)} to {day_words(self.last_day)}"

    @property
    def slug(self) -> str:
        """For a file name: "2026-10", "2026-Q4", "2026-10-03-to-2026-11-02"."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.first_day:%Y-%m}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.first_day.year}-Q{(self.first_day.month - 1) // 3 + 1}"
        return f"{self.first_day.isoformat()}-to-{self.last_day.isoformat()}"

    def start(self, tz: tzinfo | None = None) -> datetime:
        """Midnight at the start of the first day (local time when ``tz`` is None)."""
        return _midnight(self.first_day, tz)

    def end(self, tz: tzinfo | None = None) -> datetime:
        """Midnight after the last day: the first moment not in the period."""
        return _midnight(self.last_day + timedelta(days=1), tz)

    def contains(self, moment: datetime, tz: tzinfo | None = None) -> bool:
        return self.start(tz) <= moment < self.end(tz)


def _midnight(day: date, tz: tzinfo | None) -> datetime:
    naive = datetime.combine(day, time())
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


def day_words(day: date) -> str:
    """ "3 October 2026": a date nobody reads the wrong way round."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


# Charts ------------------------------------------------------------------------------------------


class ChartKind(StrEnum):
    LINE = "line"  # points at their dates, joined per series
    BARS = "bars"  # one stacked bar per category (x = its index + 0.5)


@dataclass(frozen=True)
class Series:
    name: str
    colour: str  # "#rrggbb"
    points: tuple[tuple[float, float], ...]  # (x, y); x within the chart's x_range


@dataclass(frozen=True)
class Chart:
    """One chart, drawn the same way by every rendering: one title, integer ticks on the y axis,
    dates (or weeks) on the x axis."""

    section: Section
    title: str
    kind: ChartKind
    y_title: str
    x_range: tuple[float, float]
    x_ticks: tuple[tuple[float, str], ...]
    series: tuple[Series, ...]
    note: str = ""  # said under the chart: why a line is short, what a bar counts

    @property
    def y_ticks(self) -> tuple[int, ...]:
        if self.kind is ChartKind.BARS:
            totals: dict[float, float] = {}
            for series in self.series:
                for x, y in series.points:
                    totals[x] = totals.get(x, 0.0) + y
            values = list(totals.values())
            return integer_ticks(0, max(values, default=0))
        values = [y for series in self.series for _, y in series.points]
        return integer_ticks(min(values, default=0), max(values, default=0))


def integer_ticks(low: float, high: float, most: int = 6) -> tuple[int, ...]:
    """Whole-number ticks, at most ``most`` of them, a round step apart, from at or below ``low`` to at
    or above ``high``. They start at 0 unless ``low`` is over half of ``high``: a change of a few
    followers among hundreds is then still seen, and a small figure is never blown up."""
    if low <= 0 or low < high / 2 or low >= high:
        low = 0
    high = max(high, low + 1)
    for magnitude in range(16):
        for unit in (1, 2, 5):
            step = unit * 10**magnitude
            first = int(math.floor(low / step) * step)
            last = int(math.ceil(high / step) * step)
            if (last - first) // step + 1 <= most:
                return tuple(range(first, last + step, step))
    return (0, math.ceil(high))


# What a period report holds ------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditPoint:
    """One audit the report compares: when, its score, and how much of the person it read."""

    audited_at: datetime
    score: int | None
    coverage: str  # "3 of 5 networks read (2 failed)"
    complete: bool  # every network named was read then


@dataclass(frozen=True)
class NetworkReachChange:
    network: Network
    followers_start: int | None
    followers_end: int | None
    median_start: float | None  # median interactions per original post
    median_end: float | None
    state_end: str  # "read", "from saved data of 2026-10-28", "not read"


@dataclass(frozen=True)
class NetworkPosts:
    network: Network
    posts: int | None  # None: the network was not read at the end of the period
    with_figures: int  # posts whose interactions the network gives
    interactions: int | None  # their sum; None when none has figures
    note: str = ""  # "read back to 12 October only", "from saved data of …"


@dataclass(frozen=True)
class SharedItem:
    shared_at: datetime
    network: Network
    state: str  # "posted", "scheduled"
    summary: str  # the first line of what was posted
    engagement: Engagement | None
    network_median: float | None  # the network's median interactions per post at the end, to compare


@dataclass(frozen=True)
class FixedFinding:
    network: Network | None
    area: str  # the area's label: "Visibility"
    check: str
    message: str


@dataclass(frozen=True)
class FindingsChange:
    at_start: int
    at_end: int
    fixed: tuple[FixedFinding, ...]
    new: int  # found at the end, not at the start
    dismissed: int  # gone because the person dismissed them, not fixed
    not_read: int  # about a network the last audit could not read: not counted as fixed
    worse: tuple[str, ...] = ()  # findings still there but more serious now (the quiet got longer)
    listed_at_start: int = 0  # every finding the audits listed, notices and advice included (the chart)
    listed_at_end: int = 0


@dataclass(frozen=True)
class PeriodReport:
    """Only the chosen sections are filled; the others are ``None`` (never computed)."""

    period: Period
    generated_at: datetime
    sections: tuple[Section, ...]
    baseline: AuditPoint
    end: AuditPoint
    baseline_in_period: bool  # no audit before the period: its first audit stands in
    audits_in_period: int
    notes: tuple[str, ...]  # partial audits, a baseline from inside the period, posts read back only so far
    reach: tuple[NetworkReachChange, ...] | None = None
    posts: tuple[NetworkPosts, ...] | None = None
    shares: tuple[SharedItem, ...] | None = None
    findings: FindingsChange | None = None
    charts: tuple[Chart, ...] = ()

    def charts_of(self, section: Section) -> tuple[Chart, ...]:
        return tuple(chart for chart in self.charts if chart.section is section)
