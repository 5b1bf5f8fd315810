"""``advocacy suggest``: company content worth sharing, ranked for this person, with a draft per network.

Exit codes: 0 everything could be read, 1 a company source or the content library could not be
read (after printing what the others gave), 2 bad usage or an invalid profile file.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from advocacy.errors import AdvocacyError
from advocacy.workspace import tracking_note
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cli.common import load_workspace, print_json, say


def run(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if args.limit <= 0:
        say(stderr, "advocacy: --limit must be a whole number above 0.")
        return EXIT_USAGE
    workspace = load_workspace(args, stderr)
    if workspace is None:
        return EXIT_USAGE
    try:
        result = workspace.suggestions(library=args.library, limit=args.limit)
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED
    for problem in result.problems:
        say(stderr, f"advocacy: {problem}")
    found = result.items
    # What could be read is still printed; the exit code tells a script that something was missing.
    code = EXIT_FAILED if result.problems else EXIT_OK
    if args.format == "json":
        print_json(stdout, workspace.suggestions_json(found))
        return code
    if not found:
        say(stdout, result.summary())  # never "nothing new" for a source that was not read
    mine = workspace.draft_networks()
    for number, suggestion in enumerate(found, start=1):
        item = suggestion.ranked.item
        say(
            stdout,
            f"{number}. {item.title}\n   {item.url}\n   {suggestion.ranked.reason} · {item.source} · id {item.id}",
        )
        for network, draft in suggestion.drafts.items():
            if network not in mine:
                continue
            state = "fits" if draft.fits else "too long"
            say(stdout, f"   {network.label} ({draft.length}/{draft.limit}, {state}):")
            # The draft as it will be posted, line for line, set in under its network.
            say(stdout, "\n".join(f"      {line}".rstrip() for line in draft.text.splitlines()))
        say(stdout)
    note = next((n for s in found for d in s.drafts.values() if (n := tracking_note(d.text))), None)
    if note:
        say(stdout, note)
    return code
