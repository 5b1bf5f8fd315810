"""The audit as a self-contained HTML page: no scripts, no external resources, every value escaped."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

from advocacy.domain.models import AuditReport, Finding
from advocacy.domain.reach import reach_of
from advocacy.terminal import for_terminal
from advocacy.wording import (
    found_account,
    no_findings_sentence,
    not_audited_reason,
    score_headline,
    skipped_lines,
    source_state,
)

_STYLE = """
body { font-family: sans-serif; color: #222; margin: 2em; }
h1 { margin-bottom: 0.2em; } .muted { color: #666; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #ddd; }
.error { color: #a00; font-weight: bold; } .warning { color: #a60; font-weight: bold; } .info { color: #357; }
"""


def _finding_row(finding: Finding) -> str:
    fix = finding.suggestion
    if finding.replacement:
        fix += f" (text: “{finding.replacement}”)"
    return (
        f'<tr><td class="{escape(finding.severity.value)}">{escape(finding.severity.label)}</td>'
        f"<td>{escape(finding.message)}<br><span class='muted'>{escape(finding.evidence)}</span></td>"
        f"<td>{escape(fix)}</td><td class='muted'>{escape(finding.check)}</td></tr>"
    )


def _figure(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def _reach_section(report: AuditReport) -> str:
    """Followers, following and posts per network, and the median interactions of your own posts:
    the baseline to compare the next audits with. A dash where the network does not say."""
    medians = {r.network: r for r in reach_of(report)}
    rows = []
    for source in report.sources:
        profile = source.profile
        if profile is None:
            continue
        reach = medians[source.network]
        median_text = (
            f"{reach.median_engagement:g} ({reach.posts_with_figures} posts)"
            if reach.median_engagement is not None
            else "—"
        )
        rows.append(
            f"<tr><td>{escape(source.network.label)}</td><td>{_figure(profile.followers_count)}</td>"
            f"<td>{_figure(profile.following_count)}</td><td>{_figure(profile.post_count)}</td>"
            f"<td>{escape(median_text)}</td></tr>"
        )
    if not rows:
        return ""
    head = (
        "<tr><th>Network</th><th>Followers</th><th>Following</th><th>Posts</th>"
        "<th>Median interactions per post</th></tr>"
    )
    return "<h2>Reach</h2><table>" + head + "".join(rows) + "</table>"


def render_html(report: AuditReport, *, title: str = "Profile audit", charts: Sequence[tuple[str, bytes]] = ()) -> str:
    """``charts`` are (caption, PNG bytes) pairs, embedded as data URIs so the page stays self-contained."""
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}: {escape(score_headline(report))}</h1>",
        f"<p class='muted'>Audited {report.audited_at:%Y-%m-%d %H:%M} UTC"
        # "0 findings" would read as an all-clear for an audit that looked at nothing.
        + (f" · {len(report.findings)} findings" if report.score is not None else "")
        + "</p>",
    ]
    if report.score is None:
        parts.append(f"<p class='error'>{escape(not_audited_reason(report))}</p>")
    if report.score_card and report.score_card.by_network:
        cells = "".join(
            f"<tr><td>{escape(n.label)}</td><td>{score}/100</td></tr>" for n, score in report.score_card.by_network
        )
        parts.append(f"<h2>Score by network</h2><table>{cells}</table>")
    parts.append(_reach_section(report))
    for caption, png in charts:
        encoded = base64.b64encode(png).decode("ascii")
        parts.append(
            f"<h2>{escape(caption)}</h2><p><img alt='{escape(caption)}' width='480' "
            f"src='data:image/png;base64,{encoded}'></p>"
        )
    rows = []
    for source in report.sources:
        state = " ".join([source_state(source), *skipped_lines(source)])
        rows.append(
            f"<tr><td>{escape(source.network.label)}</td><td>{escape(source.account)}</td><td>{escape(state)}</td></tr>"
        )
    parts.append("<h2>Sources</h2><table>" + "".join(rows) + "</table>")
    networks = sorted({f.network.label if f.network else "General" for f in report.findings})
    for label in networks:
        findings = sorted(
            (f for f in report.findings if (f.network.label if f.network else "General") == label),
            key=lambda f: -f.severity.rank,
        )
        parts.append(
            f"<h2>{escape(label)}</h2><table><tr><th>Severity</th><th>Finding</th><th>What to do</th>"
            "<th>Check</th></tr>" + "".join(_finding_row(f) for f in findings) + "</table>"
        )
    if not report.findings and report.score is not None:
        parts.append(f"<p>{escape(no_findings_sentence(report))}</p>")
    if report.discovered:
        items = "".join(f"<li>{escape(found_account(d))}</li>" for d in report.discovered)
        parts.append(f"<h2>Also found in your links</h2><ul>{items}</ul>")
    parts.append("</body></html>")
    # escape() leaves control characters alone; none belongs in a page, and this one may be printed.
    return for_terminal("\n".join(parts))
