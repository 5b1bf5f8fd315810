"""Composition root: the only place that knows the core, the rules and the window together."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from advocacy.domain.audit_input import Rule


def audit_rules() -> tuple[Rule, ...]:
    """Every rule, with VADER for the tone advice (its lexicon loads on first use, not here). The
    spelling check runs in the audit runner, with the workspace's credentials, before the rules."""
    import checks
    from advocacy.sentiment import vader_compound

    return checks.default_rules(sentiment=vader_compound)


def _command_line(run: Callable[[], int]) -> int:
    """A command's exit code, with what the terminal does to a command said in one line, never a
    traceback: Ctrl-C, a reader that stops early (``| head``), output that cannot be written."""
    import os

    if sys.stdout is None or sys.stderr is None:
        if sys.stderr is not None:
            print("advocacy: standard output is closed; nothing could be printed.", file=sys.stderr)
        return 2
    try:
        return run()
    except KeyboardInterrupt:
        print("\nadvocacy: interrupted; nothing was left half-written.", file=sys.stderr, flush=True)
        # Fetch threads blocked in a socket read cannot be interrupted; waiting for their timeouts
        # would keep the user waiting after Ctrl-C. Nothing is being written at this point.
        os._exit(130)
    except BrokenPipeError:
        # The reader went away (| head): what it did not read does not matter; exit quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"advocacy: the output could not be written ({exc.strerror or exc}).", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)

    from advocacy.cli_args import build_parser

    args = build_parser().parse_args(arguments)
    import checks

    if args.command == "check-text":
        from advocacy.check_text_cli import run_check_text_command

        return _command_line(lambda: run_check_text_command(args))
    from advocacy.cli_args import HEADLESS_COMMANDS

    if args.command in HEADLESS_COMMANDS:
        from advocacy.cli import main_headless

        return _command_line(lambda: main_headless(arguments, rules=audit_rules(), scorer=checks.score_card))

    from ui.app import run_app

    return run_app(args, rules=audit_rules(), scorer=checks.score_card)


if __name__ == "__main__":
    sys.exit(main())
