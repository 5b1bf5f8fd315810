"""``advocacy restore FILE [--yes]``: restore a backup made by ``advocacy backup`` (or Help → Back up
or move to another computer), here or on another computer. It says what the file holds and what it
replaces, and asks; what it replaces is kept aside (renamed …before-restore-<date>-<time>).

Exit codes: 0 restored (or not, as answered), 1 the file cannot be restored (nothing changed),
2 no terminal to ask on and no --yes.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from advocacy.domain.profile import ProfileConfig
from advocacy.errors import AdvocacyError
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
    workspace = Workspace.open(ProfileConfig(), is_sample=False)
    try:
        contents = workspace.inspect_backup(args.file)
        say(stdout, f"{args.file}:")
        for line in contents.lines():
            say(stdout, line)
        say(stdout, contents.replacing())
        no_terminal = "Not restored: there is no terminal to confirm on; add --yes to restore without asking."
        if not args.yes and not asked("Restore it?", stdin, stdout, no_terminal=no_terminal):
            say(stdout, "Not restored; nothing was changed.")
            return EXIT_OK
        outcome = workspace.restore_backup(args.file)
    except BadInput as exc:
        say(stderr, f"advocacy: {exc}")
        return EXIT_USAGE
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED
    for sentence in outcome.sentences():
        say(stdout, sentence)
    return EXIT_OK
