"""``advocacy delete-my-data [--yes]``: delete everything the app keeps about the person on this
computer: its folders (the profile, the imported company file, the history with drafts and dismissed
findings, their own words, the cache, the log) and every entry it wrote to the system keyring. It
lists exactly that, as Help → Delete all my data does, and asks once. A keyring that cannot be
reached does not keep the files: the entries left are named.

Exit codes: 0 deleted (or nothing to delete, or not, as answered), 1 something could not be
deleted (it is named), 2 no terminal to ask on and no --yes.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from advocacy.domain.profile import ProfileConfig
from advocacy.workspace import Workspace
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cli.common import BadInput, asked, say


def run(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    # The saved profile's accounts are found by the core itself, even when that profile no longer loads.
    workspace = Workspace.open(ProfileConfig(), is_sample=False)
    plan = workspace.data_to_delete()
    if plan.empty:
        say(stdout, plan.lines()[0])
        return EXIT_OK
    say(stdout, "This deletes, on this computer:")
    for line in plan.lines():
        say(stdout, line)
    say(stdout, "It cannot be undone; a backup made before (advocacy backup --output FILE) is the only way back.")
    try:
        no_terminal = "Nothing was deleted: there is no terminal to confirm on; add --yes to delete without asking."
        if not args.yes and not asked("Delete all of it?", stdin, stdout, no_terminal=no_terminal):
            say(stdout, "Nothing was deleted.")
            return EXIT_OK
    except BadInput as exc:
        say(stderr, f"advocacy: {exc}")
        return EXIT_USAGE
    outcome = workspace.delete_all_data(plan)
    for sentence in outcome.sentences():
        say(stdout if outcome.complete else stderr, sentence)
    return EXIT_OK if outcome.complete else EXIT_FAILED
