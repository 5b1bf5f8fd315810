"""``advocacy report``: a report for a period (a month, a quarter, any dates), against the audit at its
start, as HTML, PDF or JSON, from the audits already kept (nothing is fetched).

Exit codes: 0 written, 1 nothing to report (no audit in the period read anything), the local data
cannot be read or the file cannot be written, 2 bad usage (a date, a format, every section left out,
a PDF for a terminal) or a profile that cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from advocacy.domain.period import Period, PeriodReport, Section
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cli.common import deliver, read_from_workspace, say

_BY_SUFFIX = {".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json"}
_SUFFIX = {"html": ".html", "pdf": ".pdf", "json": ".json"}


@dataclass(frozen=True)
class Refused:
    sentence: str


def report_format(given: str | None, output: Path | None) -> str | Refused:
    """As given, else as the output file's suffix says, else HTML; never a file whose name says
    another format than what is in it."""
    if output is not None and output.is_dir():
        name = f"report{_SUFFIX[given or 'html']}"
        return Refused(f"{output} is a folder: name the file to write in it, e.g. {output / name}.")
    suffix = output.suffix.lower() if output is not None else ""
    implied = _BY_SUFFIX.get(suffix)
    if output is not None and given is not None and implied is not None and given != implied:
        return Refused(f"--format {given} does not match {output}: name it {output.with_suffix(_SUFFIX[given])}.")
    if output is not None and given is None and implied is None:
        return Refused(f"{output} does not say which format to write: name it .html, .pdf or .json, or add --format.")
    return given or implied or "html"


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{option} '{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-10-01.") from None


def period_of(args: argparse.Namespace, today: date) -> Period:
    """The period the options name; ``ValueError`` with one sentence when they do not name one."""
    if args.until is not None and args.since is None:
        raise ValueError("--until goes with --since: give the period's first day too.")
    if args.month is not None:
        return Period.parse_month(args.month)
    if args.quarter is not None:
        return Period.parse_quarter(args.quarter)
    first = _day(args.since, "--since")
    last = _day(args.until, "--until") if args.until is not None else today
    if last < first:
        raise ValueError(f"The period ends ({last}) before it starts ({first}): swap --since and --until.")
    return Period(first, last)


def render(report: PeriodReport, chosen: str) -> str | bytes:
    if chosen == "pdf":
        from advocacy.period_pdf import render_period_pdf

        return render_period_pdf(report)
    from advocacy.period_render import render_period_html, render_period_json

    return render_period_json(report) if chosen == "json" else render_period_html(report)


def run(
    args: argparse.Namespace,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    today: date | None = None,
) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    chosen = report_format(args.format, args.output)
    if isinstance(chosen, Refused):
        say(stderr, f"advocacy: {chosen.sentence}")
        return EXIT_USAGE
    if chosen == "pdf" and args.output is None and stdout.isatty():
        say(stderr, "advocacy: a PDF is not for a terminal: add --output report.pdf (or pipe it to a file).")
        return EXIT_USAGE
    try:
        period = period_of(args, today or date.today())
    except ValueError as exc:
        say(stderr, f"advocacy: {exc}")
        return EXIT_USAGE
    left_out = set(args.without)
    sections = [section for section in Section if section.value not in left_out]
    if not sections:
        say(stderr, "advocacy: every section was left out, so the report would be empty: keep at least one.")
        return EXIT_USAGE

    # Nothing to report, or local data that cannot be read: one sentence and exit 1.
    content = read_from_workspace(args, stderr, lambda ws: render(ws.period_report(period, sections), chosen))
    if isinstance(content, int):
        return content
    return EXIT_OK if deliver(content, args.output, stdout, stderr) else EXIT_FAILED
