"""The command line: ``main(argv)`` runs one command and returns its exit code. ``main.py`` wires in
the rules; this package stays headless (no Qt) and, like the window, goes through the workspace.

Exit codes are the commands' own (each module's docstring says them); in short 0 done, 1 it could
not be done (a network, the local data, a draft that does not fit), 2 bad usage or an unusable
profile file.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from advocacy.domain.audit_input import Rule, Scorer
from advocacy.logging_setup import configure_logging
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE, HEADLESS_COMMANDS, build_parser
from cli.common import say


def main(argv: Sequence[str], *, rules: Sequence[Rule] = (), scorer: Scorer | None = None) -> int:
    """Run the command ``argv`` names, with what the terminal does to a command (Ctrl-C, a reader
    that stops early, output that cannot be written) said in one line, never a traceback."""
    args = build_parser(argv).parse_args(list(argv))
    if args.command not in HEADLESS_COMMANDS:
        say(sys.stderr, "advocacy: this command needs the window; run 'advocacy' or 'advocacy audit'.")
        return EXIT_USAGE
    return _guarded(lambda: _run(args.command, args, rules=rules, scorer=scorer))


def _run(command: str, args: argparse.Namespace, *, rules: Sequence[Rule], scorer: Scorer | None) -> int:
    """One command's module, imported only when it runs: each loads only what it needs."""
    # Counting a draft and checking a text keep no log: they are quick, and check-text is a service.
    if command == "compose":
        from cli import compose

        return compose.run(args)
    if command == "check-text":
        from cli import check_text

        return check_text.run(args)
    if command == "delete-my-data":  # no log: the log is among what it deletes
        from cli import delete_data

        return delete_data.run(args)
    configure_logging(verbose=args.verbose)
    return _run_logged(command, args, rules=rules, scorer=scorer)


def _run_logged(command: str, args: argparse.Namespace, *, rules: Sequence[Rule], scorer: Scorer | None) -> int:
    if command == "audit":
        from cli import audit

        return audit.run(args, rules=rules, scorer=scorer)
    if command == "share":
        from cli import share

        return share.run(args, rules=rules, scorer=scorer)
    if command == "suggest":
        from cli import suggest

        return suggest.run(args)
    if command == "history":
        from cli import history

        return history.run(args)
    return _run_local(command, args)


def _run_local(command: str, args: argparse.Namespace) -> int:
    """The commands that read or change only what is kept on this computer."""
    if command == "words":
        from cli import words

        return words.run(args)
    if command == "report":
        from cli import report

        return report.run(args)
    if command == "tokens":
        from cli import tokens

        return tokens.run(args)
    if command == "backup":
        from cli import backup

        return backup.run(args)
    if command == "restore":
        from cli import restore

        return restore.run(args)
    from cli import plan

    return plan.run(args)


def _guarded(run: Callable[[], int]) -> int:
    """``run``'s exit code; Ctrl-C, a closed reader (``| head``) and output that cannot be written
    each end the command with one line instead of a traceback."""
    if sys.stdout is None or sys.stderr is None:
        if sys.stderr is not None:
            say(sys.stderr, "advocacy: standard output is closed; nothing could be printed.")
        return EXIT_USAGE
    try:
        code = run()
        # Flushed here, not at exit: a reader that stopped early must meet the handler below, not
        # the interpreter's shutdown, which prints "Exception ignored … BrokenPipeError".
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        say(sys.stderr, "\nadvocacy: interrupted; nothing was left half-written.", flush=True)
        # Fetch threads blocked in a socket read cannot be interrupted; waiting for their timeouts
        # would keep the user waiting after Ctrl-C. Nothing is being written at this point.
        os._exit(130)
    except BrokenPipeError:
        # The reader went away (| head): what it did not read does not matter; exit quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        say(sys.stderr, f"advocacy: the output could not be written ({exc.strerror or exc}).")
        return EXIT_FAILED
    except Exception as exc:  # a fault of ours: one sentence here, the traceback in the log only
        logging.getLogger("advocacy.cli").exception("the command stopped on an unexpected error")
        say(sys.stderr, f"advocacy: the command stopped on an unexpected error ({type(exc).__name__}){_log_hint()}.")
        return EXIT_FAILED


def _log_hint() -> str:
    """Where the traceback went: the log file, when this command keeps one (compose and check-text
    keep none, and then no file is named)."""
    from advocacy.logging_setup import log_file_path

    path = log_file_path()
    return f"; the details are in {path}" if path is not None else ""
