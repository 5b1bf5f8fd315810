"""``advocacy words``: the person's own words, which the spelling check never flags.

``advocacy words`` (or ``words list``) prints them, one per line; ``words add WORD…`` adds them (as
"Add to my words" does in the Findings tab); ``words remove WORD…`` takes them out. They are kept in
``my-words.txt`` beside the profile the app saves.

Exit codes: 0 done, 1 the words file cannot be read or nothing was removed, 2 not a word.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from advocacy.domain.profile import ProfileConfig
from advocacy.errors import AdvocacyError
from advocacy.workspace import Workspace
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cli.common import say


def _listed(words: tuple[str, ...]) -> str:
    return ", ".join(words)


def run(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    # The words are the person's, whatever profile is open: no profile is needed to manage them.
    workspace = Workspace.open(ProfileConfig(), is_sample=False)
    action = args.action or "list"
    try:
        if action == "list":
            words = workspace.my_words()
            if not words:
                say(stdout, "No words of your own yet; add one with: advocacy words add WORD")
            for word in words:
                say(stdout, word)
            return EXIT_OK
        if not args.words:
            say(stderr, f"advocacy: name at least one word to {action}, e.g. advocacy words {action} rstats")
            return EXIT_USAGE
        if action == "add":
            added = workspace.add_my_words(args.words)
            already = tuple(w for w in args.words if w.lower() not in {a.lower() for a in added})
            if added:
                say(stdout, f"Added to your words: {_listed(added)}.")
            if already:
                say(stdout, f"Already among your words: {_listed(already)}.")
            return EXIT_OK
        removed = workspace.remove_my_words(args.words)
        missing = tuple(w for w in args.words if w.lower() not in {r.lower() for r in removed})
        if removed:
            say(stdout, f"Removed from your words: {_listed(removed)}.")
        if missing:
            say(stdout, f"Not among your words: {_listed(missing)}.")
        return EXIT_OK if removed else EXIT_FAILED
    except ValueError as exc:
        say(stderr, f"advocacy: {exc}")
        return EXIT_USAGE
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED
