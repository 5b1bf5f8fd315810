"""``advocacy audit``: run an audit without the window and print (or write) the report.

Exit codes: 0 the audit ran and read at least one network (failures are in the report), 1 it could
not run or finish (storage trouble, interrupted) or read nothing at all, 2 bad usage or an invalid
profile file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from advocacy.cancellation import CancelToken
from advocacy.domain.audit_input import Rule, Scorer
from advocacy.domain.networks import NETWORKS
from advocacy.errors import AdvocacyError, Cancelled, NothingToAudit
from advocacy.report import render_json, render_text
from advocacy.report_html import render_html
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cli.common import deliver, load_workspace, say

_EXAMPLES = [f'{f.account_field} = "{f.handle_example.split(" ", 1)[0]}"' for f in NETWORKS]
_WHAT_TO_ADD = f"Add at least one under [me.accounts]: {', '.join(_EXAMPLES[:-1])} or {_EXAMPLES[-1]}."
_PROGRESS_WIDTH = 20  # blanks enough to wipe the widest progress line, "Auditing… 100%"


_BY_SUFFIX = {".json": "json", ".html": "html", ".htm": "html", ".txt": "text", ".text": "text"}


@dataclass(frozen=True)
class BadFormat:
    sentence: str


def report_format(given: str | None, output: Path | None) -> str | BadFormat:
    """The report's format: as given, else as the output file's suffix says, else text. A suffix
    that says otherwise, or one the command line cannot write (.pdf), is refused: never a file
    whose name lies about what is in it."""
    suffix = output.suffix.lower() if output is not None else ""
    if suffix == ".pdf":
        return BadFormat(
            "the command line writes text, JSON or HTML, not PDF: write report.html and print it from a browser, "
            "or use File → Export report… in the window."
        )
    implied = _BY_SUFFIX.get(suffix)
    if output is not None and given is not None and implied is not None and given != implied:
        return BadFormat(f"--format {given} does not match {output}: name it {output.with_suffix(_SUFFIX[given])}.")
    return given or implied or "text"


_SUFFIX = {"json": ".json", "html": ".html", "text": ".txt"}


def run(
    args: argparse.Namespace,
    *,
    rules: Sequence[Rule],
    scorer: Scorer | None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    chosen = report_format(args.format, args.output)
    if isinstance(chosen, BadFormat):
        say(stderr, f"advocacy: {chosen.sentence}")
    workspace = None if isinstance(chosen, BadFormat) else load_workspace(args, stderr, rules=rules, scorer=scorer)
    if workspace is None or isinstance(chosen, BadFormat):
        return EXIT_USAGE
    cancel = CancelToken()
    show_progress = stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress:  # each line ends at its start, so the next one overwrites it
            say(stderr, f"Auditing… {100 * done // max(1, total)}%", end="\r", flush=True)

    try:
        report = workspace.run_audit(cancel=cancel, on_progress=progress)
    except Cancelled:
        say(stderr, "\nadvocacy: audit cancelled.")
        return EXIT_FAILED
    except NothingToAudit:
        where = "The sample" if workspace.is_sample else str(workspace.path)
        say(stderr, f"advocacy: {where} names no account to audit. {_WHAT_TO_ADD}")
        return EXIT_USAGE
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED
    if show_progress:
        say(stderr, " " * _PROGRESS_WIDTH, end="\r")
    # The audit goes on without tokens when the keyring fails (public profiles need none), but
    # the user must learn why a token they saved did not count.
    trouble = None if workspace.is_sample else workspace.credentials.trouble
    if trouble:
        say(stderr, f"advocacy: note: the audit went on without tokens. {trouble}")
    renderers = {"json": render_json, "text": render_text, "html": render_html}
    text = renderers[chosen](report)
    if not deliver(text, args.output, stdout, stderr):
        return EXIT_FAILED
    if report.not_kept:
        # Printed, but not in the history: storage trouble, which a script must not take for done.
        say(stderr, f"advocacy: {report.not_kept}")
    # Nothing could be read now: the report says why (and what saved data stood in), and the exit
    # code must not pass for a clean audit in a script.
    return EXIT_OK if report.coverage.read > 0 and not report.not_kept else EXIT_FAILED
