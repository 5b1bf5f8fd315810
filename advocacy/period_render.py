"""A period report as JSON (documented in the README, with its own ``schema_version``) and as one
self-contained HTML page: no scripts, nothing loaded from elsewhere, charts as inline SVG at the
page's full width, every value escaped."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from advocacy.domain.period import Chart, ChartKind, PeriodReport, Section
from advocacy.period_document import Block, Heading, Paragraph, Table, blocks, title
from advocacy.terminal import for_terminal, json_for_terminal

# 1: the first version.
# 2: findings gain "worse" (still there, more serious now) and "listed_at_start/end" (notices included).
PERIOD_SCHEMA_VERSION = 2


def _section_json(report: PeriodReport, section: Section) -> Any:
    if section is Section.REACH:
        return [
            {
                "network": r.network.value,
                "followers_start": r.followers_start,
                "followers_end": r.followers_end,
                "median_interactions_start": r.median_start,
                "median_interactions_end": r.median_end,
                "state_end": r.state_end,
            }
            for r in report.reach or ()
        ]
    if section is Section.POSTS:
        return [
            {
                "network": p.network.value,
                "posts": p.posts,
                "posts_with_figures": p.with_figures,
                "interactions": p.interactions,
                "note": p.note,
            }
            for p in report.posts or ()
        ]
    if section is Section.COMPANY_SHARES:
        return [
            {
                "shared_at": s.shared_at.isoformat(),
                "network": s.network.value,
                "state": s.state,
                "text": s.summary,
                "engagement": s.engagement.as_dict() if s.engagement else None,
                "network_median_interactions": s.network_median,
            }
            for s in report.shares or ()
        ]
    change = report.findings
    if change is None:
        return None
    return {
        "at_start": change.at_start,
        "at_end": change.at_end,
        "new": change.new,
        "dismissed": change.dismissed,
        "not_read": change.not_read,
        "worse": list(change.worse),
        "listed_at_start": change.listed_at_start,
        "listed_at_end": change.listed_at_end,
        "fixed": [
            {"network": f.network.value if f.network else None, "area": f.area, "check": f.check, "message": f.message}
            for f in change.fixed
        ],
    }


def _chart_json(chart: Chart) -> dict[str, Any]:
    return {
        "section": chart.section.value,
        "title": chart.title,
        "kind": chart.kind.value,
        "y_title": chart.y_title,
        "y_ticks": list(chart.y_ticks),
        "x_range": list(chart.x_range),
        "x_ticks": [[x, label] for x, label in chart.x_ticks],
        "series": [{"name": s.name, "points": [list(p) for p in s.points]} for s in chart.series],
        "note": chart.note,
    }


def period_json(report: PeriodReport) -> dict[str, Any]:
    def audit(point: Any) -> dict[str, Any]:
        return {
            "audited_at": point.audited_at.isoformat(),
            "score": point.score,
            "coverage": point.coverage,
            "complete": point.complete,
        }

    document: dict[str, Any] = {
        "schema_version": PERIOD_SCHEMA_VERSION,
        "title": title(report),
        "period": {
            "first_day": report.period.first_day.isoformat(),
            "last_day": report.period.last_day.isoformat(),
            "kind": report.period.kind.value,
            "label": report.period.label,
        },
        "generated_at": report.generated_at.isoformat(),
        "sections": [section.value for section in report.sections],
        "baseline": {**audit(report.baseline), "in_period": report.baseline_in_period},
        "end": audit(report.end),
        "audits_in_period": report.audits_in_period,
        "notes": list(report.notes),
    }
    for section in report.sections:
        document[section.value.replace("-", "_")] = _section_json(report, section)
    document["charts"] = [_chart_json(chart) for chart in report.charts]
    return document


def render_period_json(report: PeriodReport) -> str:
    return json_for_terminal(json.dumps(period_json(report), indent=2, ensure_ascii=False)) + "\n"


# HTML --------------------------------------------------------------------------------------------

_STYLE = """
body { font-family: system-ui, sans-serif; color: #222; margin: 0; line-height: 1.45; }
main { max-width: 64rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1 { margin: 0 0 0.3em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
h3 { margin: 1.5em 0 0.3em; font-size: 1.05em; }
.muted { color: #666; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #ddd; }
figure { margin: 0 0 1.5em; }
svg.chart { display: block; width: 100%; height: auto; }
.legend { list-style: none; padding: 0; margin: 0.3em 0; display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; }
.legend span { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.35em; vertical-align: -0.1em; }
figcaption { color: #666; font-size: 0.9em; }
h2, h3 { break-after: avoid; page-break-after: avoid; } figure, tr { break-inside: avoid; }
"""

# The drawing area of every chart, in the SVG's own units (scaled to the page's width).
WIDTH, HEIGHT = 800, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 12, 36


def _place(chart: Chart) -> tuple[Any, Any]:
    ticks = chart.y_ticks
    low, high = ticks[0], ticks[-1]
    x0, x1 = chart.x_range

    def x(value: float) -> float:
        return LEFT + (value - x0) / ((x1 - x0) or 1) * (WIDTH - LEFT - RIGHT)

    def y(value: float) -> float:
        return HEIGHT - BOTTOM - (value - low) / ((high - low) or 1) * (HEIGHT - TOP - BOTTOM)

    return x, y


def chart_svg(chart: Chart) -> str:
    """The chart as an inline SVG filling the width it is given. No title inside: the heading above
    it is its one title."""
    x, y = _place(chart)
    parts = [
        f'<svg class="chart" width="100%" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(chart.title)}" xmlns="http://www.w3.org/2000/svg" font-size="13">'
    ]
    for tick in chart.y_ticks:
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#e3e3e3"/>'
            f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" fill="#555">{tick:,}</text>'
        )
    base = HEIGHT - BOTTOM
    parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{base}" y2="{base}" stroke="#888"/>')
    for value, label in chart.x_ticks:
        parts.append(
            f'<line x1="{x(value):.1f}" x2="{x(value):.1f}" y1="{base}" y2="{base + 5}" stroke="#888"/>'
            f'<text x="{x(value):.1f}" y="{base + 20}" text-anchor="middle" fill="#555">{escape(label)}</text>'
        )
    parts.append(
        f'<text x="14" y="{(TOP + base) / 2:.1f}" transform="rotate(-90 14 {(TOP + base) / 2:.1f})" '
        f'text-anchor="middle" fill="#555">{escape(chart.y_title)}</text>'
    )
    if chart.kind is ChartKind.BARS:
        width = (x(1) - x(0)) * 0.6
        stacked: dict[float, float] = {}
        for series in chart.series:
            for px, py in series.points:
                bottom = stacked.get(px, 0.0)
                stacked[px] = bottom + py
                top_y, bottom_y = y(bottom + py), y(bottom)
                parts.append(
                    f'<rect x="{x(px) - width / 2:.1f}" y="{top_y:.1f}" width="{width:.1f}" '
                    f'height="{bottom_y - top_y:.1f}" fill="{escape(series.colour)}">'
                    f"<title>{escape(series.name)}: {py:,.0f}</title></rect>"
                )
    else:
        for series in chart.series:
            colour = escape(series.colour)
            coordinates = " ".join(f"{x(px):.1f},{y(py):.1f}" for px, py in series.points)
            if len(series.points) > 1:
                parts.append(f'<polyline points="{coordinates}" fill="none" stroke="{colour}" stroke-width="2"/>')
            parts += [
                f'<circle cx="{x(px):.1f}" cy="{y(py):.1f}" r="3.5" fill="{colour}">'
                f"<title>{escape(series.name)}: {py:,g}</title></circle>"
                for px, py in series.points
            ]
    parts.append("</svg>")
    return "".join(parts)


def _block_html(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f"<p{' class=muted' if block.muted else ''}>{escape(block.text)}</p>"
    if isinstance(block, Table):
        head = "".join(f"<th>{escape(cell)}</th>" for cell in block.head)
        rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    chart = block.chart
    legend = "".join(
        f'<li><span style="background:{escape(s.colour)}"></span>{escape(s.name)}</li>' for s in chart.series
    )
    note = f"<figcaption>{escape(chart.note)}</figcaption>" if chart.note else ""
    return f'<figure><h3>{escape(chart.title)}</h3>{chart_svg(chart)}<ul class="legend">{legend}</ul>{note}</figure>'


def render_period_html(report: PeriodReport) -> str:
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{escape(title(report))}</title><style>{_STYLE}</style></head><body><main>",
        *(_block_html(block) for block in blocks(report)),
        "</main></body></html>",
    ]
    # escape() leaves control characters alone; none belongs in a page, and this one may be printed.
    return for_terminal("\n".join(parts)) + "\n"
