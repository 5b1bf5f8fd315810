"""A report for a period, made from what the store keeps: the audits' history, the audits themselves,
the shares and the dismissals. No network is contacted; nothing is written.

The baseline is the last audit at or before the period's start (or, when there is none, the period's
first audit, and the report says so); the end is the period's last audit. Only audits that read at
least one network count: one that read nothing has nothing to compare.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from advocacy.domain.changes import FindingComparison, compare_findings, finding_key, judged
from advocacy.domain.dismissals import Dismissal
from advocacy.domain.models import Area, AuditReport, Finding, Network, Post, SourceOutcome, SourceStatus
from advocacy.domain.period import (
    AuditPoint,
    Chart,
    ChartKind,
    FindingsChange,
    FixedFinding,
    NetworkPosts,
    NetworkReachChange,
    Period,
    PeriodReport,
    Section,
    Series,
    SharedItem,
    day_words,
)
from advocacy.domain.plan import week_start
from advocacy.domain.reach import NetworkReach, reach_of
from advocacy.domain.records import AuditSummary, ShareState
from advocacy.domain.shares import ShareRecord
from advocacy.errors import NothingToReport, StorageError
from advocacy.redaction import redact
from advocacy.wording import coverage_phrase

# A path on this computer (/home/sam/…, ~/Downloads/…, C:\Users\…): never in a report to share.
# A URL's own slashes follow a letter, a colon or a slash, so they are left alone.
_PATH = re.compile(r"(?<![\w/:.~\\-])(?:~|[A-Za-z]:)?[\\/](?:[^\s\\/]+[\\/])+[^\s\\/,;)]*")
A_FILE = "(a file)"

# Risks name what must not be repeated (a customer, a confidential term, a phone number): a fixed
# one is told by its kind only.
_RISK_WORDS = {
    "risk.customer_named": "A post named a customer.",
    "risk.sensitive_term": "A post used a confidential term.",
    "risk.personal_data": "A post showed personal data.",
    "risk.negative_tone": "A post read as strongly negative.",
}


def shareable(text: str) -> str:
    """``text`` without paths on this computer and without anything shaped like a secret."""
    return _PATH.sub(A_FILE, redact(text))


def build_period_report(
    period: Period,
    sections: Iterable[Section],
    *,
    history: Sequence[AuditSummary],
    load: Callable[[int], AuditReport | None],
    shares: Callable[[], Sequence[ShareRecord]],
    dismissals: Callable[[], Sequence[Dismissal]],
    now: datetime,
    tz: tzinfo | None = None,
) -> PeriodReport:
    """The report of ``period`` with the chosen ``sections`` only. ``NothingToReport`` (one sentence)
    when no section is chosen or no audit in the period read anything."""
    wanted = set(sections)
    chosen = tuple(section for section in Section if section in wanted)
    if not chosen:
        raise NothingToReport("Every section was left out, so the report would be empty: choose at least one.")
    start, end = period.start(tz), period.end(tz)
    ordered = sorted(history, key=lambda a: a.audited_at)
    inside_all = [a for a in ordered if start < a.audited_at < end]
    if not inside_all:
        raise NothingToReport(_no_audit_sentence(period, ordered, tz))
    inside = [a for a in inside_all if a.score is not None]
    if not inside:
        count = "The one audit" if len(inside_all) == 1 else f"None of the {len(inside_all)} audits"
        verb = "could not" if len(inside_all) == 1 else "could"
        raise NothingToReport(
            f"{count} in {period.label} {verb} read any of your networks, so there is nothing to report for it."
        )
    before = [a for a in ordered if a.audited_at <= start and a.score is not None]
    first, last = (before[-1] if before else inside[0]), inside[-1]
    first_report, last_report = _load(load, first, tz), _load(load, last, tz)
    context = _Context(period, tz, first, last, first_report, last_report, [first, *inside] if before else inside)
    context.now = now
    return PeriodReport(
        period=period,
        generated_at=now,
        sections=chosen,
        baseline=_point(first, first_report),
        end=_point(last, last_report),
        baseline_in_period=not before,
        audits_in_period=len(inside_all),
        notes=tuple(_notes(context, unscored=len(inside_all) - len(inside))),
        reach=_reach(context) if Section.REACH in chosen else None,
        posts=_posts(context) if Section.POSTS in chosen else None,
        shares=_shares(context, shares()) if Section.COMPANY_SHARES in chosen else None,
        findings=_findings(context, dismissals()) if Section.FINDINGS_FIXED in chosen else None,
        charts=tuple(chart for section in chosen for chart in _charts(context, section)),
    )


class _Context:
    """What every section reads: the period, the two audits compared and the audits drawn."""

    def __init__(
        self,
        period: Period,
        tz: tzinfo | None,
        first: AuditSummary,
        last: AuditSummary,
        first_report: AuditReport,
        last_report: AuditReport,
        drawn: list[AuditSummary],
    ) -> None:
        self.period, self.tz = period, tz
        self.first, self.last = first, last
        self.first_report, self.last_report = first_report, last_report
        self.drawn = drawn  # the baseline and every audit in the period that read something, oldest first
        self.start, self.end = period.start(tz), period.end(tz)
        self.now = self.end  # when the report is made: weeks after it are not drawn

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz) if self.tz is not None else moment.astimezone()

    def day(self, moment: datetime) -> str:
        return day_words(self.local(moment).date())


def _load(load: Callable[[int], AuditReport | None], summary: AuditSummary, tz: tzinfo | None) -> AuditReport:
    report = load(summary.id)
    if report is None:
        when = summary.audited_at.astimezone(tz) if tz is not None else summary.audited_at.astimezone()
        raise StorageError(
            f"The audit of {day_words(when.date())} cannot be read back from the local database, so the report "
            "cannot be made."
        )
    return report


def _no_audit_sentence(period: Period, ordered: list[AuditSummary], tz: tzinfo | None) -> str:
    if not ordered:
        return "There is no audit yet, so there is nothing to report: run an audit first."

    def day(summary: AuditSummary) -> str:
        moment = summary.audited_at.astimezone(tz) if tz is not None else summary.audited_at.astimezone()
        return day_words(moment.date())

    first, last = day(ordered[0]), day(ordered[-1])
    audits = "your audit" if len(ordered) == 1 else "your audits"
    span = f"on {first}" if first == last else f"from {first} to {last}"
    return f"No audit was run in {period.label}, so there is nothing to report for it; {audits} ran {span}."


def _point(summary: AuditSummary, report: AuditReport) -> AuditPoint:
    coverage = report.coverage
    return AuditPoint(summary.audited_at, summary.score, coverage_phrase(coverage), coverage.complete)


def _notes(context: _Context, *, unscored: int) -> list[str]:
    notes = []
    if context.first is context.last:
        notes.append(
            f"There is one audit to go on ({context.day(context.last.audited_at)}) and none before the period: "
            "nothing can be compared yet, so the figures are as that audit read them."
        )
    elif context.first.audited_at > context.start:
        notes.append(
            f"No audit was run before {day_words(context.period.first_day)}: the period's first audit, on "
            f"{context.day(context.first.audited_at)}, is the baseline."
        )
    for label, report, summary in (
        ("at the start", context.first_report, context.first),
        ("at the end", context.last_report, context.last),
    ):
        if not report.coverage.complete and (label == "at the end" or context.first is not context.last):
            notes.append(
                f"The audit {label} ({context.day(summary.audited_at)}) was partial: "
                f"{coverage_phrase(report.coverage)}."
            )
    if unscored:
        audits = "1 audit" if unscored == 1 else f"{unscored} audits"
        notes.append(
            f"{audits} in the period could not read any network and {'is' if unscored == 1 else 'are'} left out."
        )
    return notes


def _state(outcome: SourceOutcome | None) -> str:
    if outcome is None or outcome.status is SourceStatus.SKIPPED:
        return "not read"
    if outcome.status is SourceStatus.OK:
        return "read"
    if outcome.snapshot_taken_at is not None and outcome.profile is not None:
        return f"from saved data of {outcome.snapshot_taken_at:%Y-%m-%d}"
    return "not read"


def _networks(*reports: AuditReport) -> list[Network]:
    present = {source.network for report in reports for source in report.sources}
    return [network for network in Network if network in present]


def _reach(context: _Context) -> tuple[NetworkReachChange, ...]:
    start = {r.network: r for r in reach_of(context.first_report)}
    end = {r.network: r for r in reach_of(context.last_report)}
    sources = {s.network: s for s in context.last_report.sources}
    rows = []
    for network in _networks(context.first_report, context.last_report):
        before, after = start.get(network), end.get(network)
        figures = (
            before.followers if before else None,
            after.followers if after else None,
            before.median_engagement if before else None,
            after.median_engagement if after else None,
        )
        if all(figure is None for figure in figures):
            continue  # a network that gives neither (a website): nothing to say about it
        rows.append(NetworkReachChange(network, *figures, state_end=_state(sources.get(network))))
    return tuple(rows)


def _in_period(context: _Context, post: Post) -> bool:
    return post.is_original and context.start <= post.created_at < context.end


def _posts(context: _Context) -> tuple[NetworkPosts, ...]:
    rows = []
    for source in context.last_report.sources:
        if not source.network.facts.posted_to:
            continue
        if not source.was_read:
            rows.append(NetworkPosts(source.network, None, 0, None, "not read at the end of the period"))
            continue
        posts = [post for post in source.posts if _in_period(context, post)]
        totals = [t for post in posts if post.engagement is not None and (t := post.engagement.total) is not None]
        notes = []
        if source.is_stale and source.snapshot_taken_at is not None:
            notes.append(f"from saved data of {source.snapshot_taken_at:%Y-%m-%d}")
        oldest = min((post.created_at for post in source.posts), default=None)
        stated = source.profile.post_count if source.profile else None
        if oldest is not None and oldest > context.start and stated is not None and stated > len(source.posts):
            notes.append(f"read back to {context.day(oldest)} only")
        rows.append(
            NetworkPosts(source.network, len(posts), len(totals), sum(totals) if totals else None, "; ".join(notes))
        )
    return tuple(rows)


def _shares(context: _Context, records: Sequence[ShareRecord]) -> tuple[SharedItem, ...]:
    medians = {r.network: r.median_engagement for r in reach_of(context.last_report)}
    by_url = {p.url: p.engagement for p in context.last_report.posts if p.url and p.engagement}
    items = []
    for record in records:
        # Only company items: a text of the person's own posted through the app is not "from the company".
        if not record.state.went_out or record.item_key.startswith("text:"):
            continue
        scheduled = record.state is ShareState.SCHEDULED and record.scheduled_at is not None
        when = record.scheduled_at if scheduled and record.scheduled_at is not None else record.created_at
        if not context.start <= when < context.end:
            continue
        engagement = record.engagement or by_url.get(record.post_url or "")
        items.append(
            SharedItem(
                shared_at=when,
                network=record.network,
                state=record.state.value,
                summary=_first_line(shareable(record.text or "") or record.item_key),
                engagement=engagement,
                network_median=medians.get(record.network),
            )
        )
    return tuple(sorted(items, key=lambda item: item.shared_at))


def _first_line(text: str, most: int = 120) -> str:
    """The first line, short: scrubbed whole before it is cut, so no piece of a secret is left."""
    lines = text.strip().splitlines()
    line = lines[0].strip() if lines else ""
    return line if len(line) <= most else line[: most - 1] + "…"


def _message(finding: Finding) -> str:
    if finding.area == Area.RISK.value:
        return _RISK_WORDS.get(finding.check, "A risk in a post.")
    return shareable(finding.message)


def _findings(context: _Context, dismissed: Sequence[Dismissal]) -> FindingsChange:
    at_start, at_end = judged(context.first_report.findings), judged(context.last_report.findings)
    if context.first is context.last:
        compared = FindingComparison((), (), 0, 0, ())
    else:
        keys = {(d.check, d.network, d.target) for d in dismissed}
        compared = compare_findings(context.first_report, context.last_report, keys)
    fixed = [
        FixedFinding(finding.network, Area(finding.area).label, finding.check, _message(finding))
        for finding in compared.fixed
    ]
    return FindingsChange(
        at_start=len(at_start),
        at_end=len(at_end),
        fixed=tuple(fixed),
        new=len({finding_key(f) for f in compared.new}),
        dismissed=compared.dismissed,
        not_read=compared.not_read,
        worse=tuple(_message(f) for f in compared.worse),
        listed_at_start=len(context.first_report.findings),
        listed_at_end=len(context.last_report.findings),
    )


# Charts --------------------------------------------------------------------------------------------


def _short_day(day: date) -> str:
    return f"{day.day} {day:%b}"


def _date_ticks(period: Period) -> tuple[tuple[float, str], ...]:
    """A tick a week apart for a month or less, at each month's first day for longer periods."""
    if period.days <= 45:
        days = [period.first_day + timedelta(days=n) for n in range(0, period.days, 7)]
    else:
        days = [period.first_day]
        cursor = (period.first_day.replace(day=1) + timedelta(days=32)).replace(day=1)
        while cursor <= period.last_day:
            days.append(cursor)
            cursor = (cursor + timedelta(days=32)).replace(day=1)
    return tuple(((day - period.first_day).days, _short_day(day)) for day in days)


def _x(context: _Context, moment: datetime) -> float:
    """Days since the period's start: the baseline taken before it is drawn at its own date, left of
    the start, never moved onto a day when nothing was measured."""
    return (moment - context.start).total_seconds() / 86_400


def _line(
    context: _Context, section: Section, title: str, y_title: str, value: Callable[[NetworkReach], float | None]
) -> Chart | None:
    series = []
    for network in Network:
        points = []
        for summary in context.drawn:
            reach = next((r for r in summary.reach if r.network is network), None)
            figure = value(reach) if reach is not None else None
            if figure is not None:
                points.append((_x(context, summary.audited_at), float(figure)))
        if points:
            series.append(Series(network.label, network.chart_colour, tuple(points)))
    if not series:
        return None
    return _dated_chart(context, section, title, y_title, tuple(series))


def _dated_chart(context: _Context, section: Section, title: str, y_title: str, series: tuple[Series, ...]) -> Chart:
    single = all(len(s.points) == 1 for s in series)
    ticks = _date_ticks(context.period)
    earliest = min((x for s in series for x, _y in s.points), default=0.0)
    if earliest < 0:  # the baseline, before the period: its own tick, with its date
        ticks = ((earliest, _short_day(context.local(context.first.audited_at).date())), *ticks)
    return Chart(
        section=section,
        title=title,
        kind=ChartKind.LINE,
        y_title=y_title,
        x_range=(min(0.0, earliest - 1), float(context.period.days)),
        x_ticks=ticks,
        series=series,
        note="One audit to draw: a line appears with the next one." if single else "",
    )


def _posts_per_week(context: _Context) -> Chart | None:
    weeks: list[datetime] = []
    cursor = week_start(context.start)
    while cursor < min(context.end, context.now):  # weeks still to come are not drawn as empty
        weeks.append(cursor)
        cursor = week_start(cursor + timedelta(days=7, hours=12))  # across a change of the clocks too
    series = []
    for source in context.last_report.sources:
        if not source.network.facts.posted_to or not source.was_read:
            continue
        counts = [0] * len(weeks)
        for post in source.posts:
            if _in_period(context, post):
                local = context.local(post.created_at)
                index = max(i for i, week in enumerate(weeks) if week <= local)
                counts[index] += 1
        points = tuple((i + 0.5, float(n)) for i, n in enumerate(counts) if n)
        if points:
            series.append(Series(source.network.label, source.network.chart_colour, points))
    if not series:
        return None
    step = 1 if len(weeks) <= 6 else 2
    ticks = tuple(
        (i + 0.5, _short_day(max(week.date(), context.period.first_day)))
        for i, week in enumerate(weeks)
        if i % step == 0
    )
    return Chart(
        section=Section.POSTS,
        title="Original posts per week",
        kind=ChartKind.BARS,
        y_title="Posts",
        x_range=(0.0, float(len(weeks))),
        x_ticks=ticks,
        series=tuple(series),
        note="Weeks start on Monday; each bar is labelled with its first day in the period.",
    )


def _charts(context: _Context, section: Section) -> list[Chart]:
    charts: list[Chart | None]
    if section is Section.REACH:
        charts = [
            _line(context, section, "Followers at each audit", "Followers", lambda r: r.followers),
            _line(
                context,
                section,
                "Median interactions per post at each audit",
                "Interactions",
                lambda r: r.median_engagement,
            ),
        ]
    elif section is Section.POSTS:
        charts = [_posts_per_week(context)]
    elif section is Section.FINDINGS_FIXED:
        points = tuple((_x(context, a.audited_at), float(a.findings_count)) for a in context.drawn)
        chart = _dated_chart(
            context, section, "Findings at each audit", "Findings", (Series("Findings", "#607d8b", points),)
        )
        listed = "Every finding each audit listed, notices and advice included."
        charts = [replace(chart, note=f"{chart.note} {listed}".strip())]
    else:
        charts = []
    return [chart for chart in charts if chart is not None]
