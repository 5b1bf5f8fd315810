"""Composition root: the only place that knows the core, the rules and both front ends (the window
and the command line) together."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rules' types; the rules themselves load with the first audit
    from advocacy.domain.audit_input import Rule


def audit_rules() -> Sequence[Rule]:
    """Every rule, with VADER for the tone advice (its lexicon loads on first use, not here). The
    spelling check runs in the audit runner, with the workspace's credentials, before the rules."""
    import checks
    from advocacy.sentiment import vader_compound

    return checks.default_rules(sentiment=vader_compound)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)

    from cli.args import HEADLESS_COMMANDS, build_parser

    args = build_parser(arguments).parse_args(arguments)
    import checks

    if args.command in HEADLESS_COMMANDS:
        from cli.main import main as run_command

        return run_command(arguments, rules=audit_rules(), scorer=checks.score_card)

    from ui.display_check import no_display_reason

    if (reason := no_display_reason(os.environ, sys.platform)) is not None:
        sys.stderr.write(f"advocacy: {reason}\n")
        return 2
    from ui.app import run_app

    return run_app(args, rules=audit_rules(), scorer=checks.score_card)


if __name__ == "__main__":
    sys.exit(main())
