"""A period report as a sequence of blocks (headings, sentences, tables, charts) in reading order,
written once for the HTML page and the PDF, so both say the same thing in the same words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from advocacy.domain.period import Chart, PeriodReport, Section, day_words
from advocacy.wording import engagement_phrase


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1: the title, 2: a section


@dataclass(frozen=True)
class Paragraph:
    text: str
    muted: bool = False


@dataclass(frozen=True)
class Table:
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]  # relative column widths, for the PDF


@dataclass(frozen=True)
class ChartBlock:
    chart: Chart


Block = Heading | Paragraph | Table | ChartBlock

DASH = "—"


def title(report: PeriodReport) -> str:
    return f"Report for {report.period.label}"


def _day(moment: datetime) -> str:
    return day_words(moment.astimezone().date())


def _figure(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _change(before: float | None, after: float | None) -> str:
    if before is None or after is None:
        return DASH
    delta = after - before
    if delta == 0:
        return "no change"
    sign = "+" if delta > 0 else "−"
    return f"{sign}{_figure(abs(delta))}"


def _score(score: int | None) -> str:
    return "no score" if score is None else f"score {score}/100"


def overview(report: PeriodReport) -> list[Block]:
    baseline, end = report.baseline, report.end
    audits = "1 audit" if report.audits_in_period == 1 else f"{report.audits_in_period} audits"
    blocks: list[Block] = [
        Heading(title(report), 1),
        Paragraph(f"Made on {_day(report.generated_at)} from {audits} in the period.", muted=True),
        Paragraph(
            f"At the start: the audit of {_day(baseline.audited_at)} ({_score(baseline.score)}; {baseline.coverage}). "
            f"At the end: the audit of {_day(end.audited_at)} ({_score(end.score)}; {end.coverage})."
        ),
    ]
    blocks += [Paragraph(note) for note in report.notes]
    return blocks


def _reach(report: PeriodReport) -> list[Block]:
    rows = report.reach or ()
    if not rows:
        return [Paragraph("No network gave followers or interactions in these audits.")]
    return [
        Paragraph(
            "Followers, and the median interactions (likes, reposts, replies, quotes) of your original posts, "
            "as the audits at the start and at the end read them. A dash: the network does not say."
        ),
        Table(
            (
                "Network",
                "Followers at the start",
                "At the end",
                "Change",
                "Median interactions at the start",
                "At the end",
                "Read at the end",
            ),
            tuple(
                (
                    r.network.label,
                    _figure(r.followers_start),
                    _figure(r.followers_end),
                    _change(r.followers_start, r.followers_end),
                    _figure(r.median_start),
                    _figure(r.median_end),
                    r.state_end,
                )
                for r in rows
            ),
            (3, 3, 2, 2, 3, 2, 3),
        ),
    ]


def _posts(report: PeriodReport) -> list[Block]:
    rows = report.posts or ()
    if not rows:
        return [Paragraph("None of your networks is one you post to.")]
    total = sum(r.posts or 0 for r in rows)
    return [
        Paragraph(
            f"{total} original post{'' if total == 1 else 's'} (not replies or reposts) dated in the period, "
            "as the last audit of the period read them."
        ),
        Table(
            ("Network", "Posts", "With figures", "Interactions", "Note"),
            tuple(
                (
                    r.network.label,
                    DASH if r.posts is None else str(r.posts),
                    str(r.with_figures),
                    _figure(r.interactions),
                    r.note,
                )
                for r in rows
            ),
            (3, 2, 2, 2, 5),
        ),
    ]


def _shares(report: PeriodReport) -> list[Block]:
    items = report.shares or ()
    if not items:
        return [Paragraph("Nothing from the company was shared in the period.")]
    return [
        Paragraph(
            f"{len(items)} company item{'' if len(items) == 1 else 's'} shared in the period; interactions as "
            "your latest audit read them, beside your usual (the median of your posts on that network)."
        ),
        Table(
            ("Date", "Network", "What", "Interactions", "Your usual"),
            tuple(
                (
                    _day(item.shared_at) + ("" if item.state == "posted" else f" ({item.state})"),
                    item.network.label,
                    item.summary,
                    engagement_phrase(item.engagement) if item.engagement else "not read yet",
                    _figure(item.network_median),
                )
                for item in items
            ),
            (3, 2, 6, 3, 2),
        ),
    ]


def _findings(report: PeriodReport) -> list[Block]:
    change = report.findings
    if change is None:
        return []
    listed = ""
    if (change.listed_at_start, change.listed_at_end) != (change.at_start, change.at_end):
        listed = (
            f" (with notices and advice, which are not yours to fix, {change.listed_at_start} and "
            f"{change.listed_at_end}, as the chart counts them)"
        )
    blocks: list[Block] = [
        Paragraph(
            f"{change.at_start} finding{'' if change.at_start == 1 else 's'} to fix at the start, {change.at_end} at "
            f"the end{listed}: {len(change.fixed)} fixed, {change.new} new."
        )
    ]
    if change.worse:
        blocks.append(
            Paragraph(
                f"{len(change.worse)} became more serious over the period: "
                + "; ".join(change.worse[:3])
                + ("; …" if len(change.worse) > 3 else "")
            )
        )
    if change.dismissed:
        blocks.append(Paragraph(f"{change.dismissed} more went because you dismissed them as intentional."))
    if change.not_read:
        blocks.append(
            Paragraph(
                f"{change.not_read} more are about networks the last audit could not read, so they are not counted "
                "as fixed."
            )
        )
    if change.fixed:
        blocks.append(
            Table(
                ("Network", "Area", "Fixed"),
                tuple((f.network.label if f.network else "All", f.area, f.message) for f in change.fixed),
                (2, 2, 8),
            )
        )
    return blocks


_SECTION_BLOCKS = {
    Section.REACH: _reach,
    Section.POSTS: _posts,
    Section.COMPANY_SHARES: _shares,
    Section.FINDINGS_FIXED: _findings,
}


def blocks(report: PeriodReport) -> list[Block]:
    """The whole report in reading order: the overview, then each chosen section with its charts."""
    out = overview(report)
    for section in report.sections:
        out.append(Heading(section.heading, 2))
        out += _SECTION_BLOCKS[section](report)
        out += [ChartBlock(chart) for chart in report.charts_of(section)]
    return out
