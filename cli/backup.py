"""``advocacy backup --output FILE``: one file with everything the person keeps in the app (the
profile, the imported company file, the history with its drafts and dismissed findings, their own
words), to keep or to restore on another computer with ``advocacy restore``. Tokens are not in it.

Exit codes: 0 written, 1 it could not be made (nothing to back up, a folder that cannot be written).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from advocacy.domain.housekeeping import TOKENS_STAY
from advocacy.domain.profile import ProfileConfig
from advocacy.errors import AdvocacyError
from advocacy.workspace import Workspace
from cli.args import EXIT_FAILED, EXIT_OK
from cli.common import say


def run(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    # Whatever profile is open, the backup holds what the app keeps: the saved profile and its history.
    workspace = Workspace.open(ProfileConfig(), is_sample=False)
    try:
        contents = workspace.backup(args.output)
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED
    say(stdout, f"Backed up to {args.output}.")
    for line in contents.lines():
        say(stdout, line)
    say(stdout, TOKENS_STAY)
    return EXIT_OK
