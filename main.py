"""Composition root: the only place that knows the core, the rules and the window together."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from advocacy.domain.audit_input import Rule


def audit_rules() -> tuple[Rule, ...]:
    """Every rule, with VADER for the tone advice (its lexicon loads on first use, not here). The
    spelling check runs in the audit runner, with the workspace's credentials, before the rules."""
    import checks
    from advocacy.sentiment import vader_compound

    return checks.default_rules(sentiment=vader_compound)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)

    from advocacy.cli_args import build_parser

    args = build_parser().parse_args(arguments)
    import checks

    if args.command == "check-text":
        from advocacy.check_text_cli import run_check_text_command

        return run_check_text_command(args)
    if args.command in ("audit", "compose", "suggest", "share", "history"):
        from advocacy.cli import main_headless

        return main_headless(arguments, rules=audit_rules(), scorer=checks.score_card)

    from ui.app import run_app

    return run_app(args, rules=audit_rules(), scorer=checks.score_card)


if __name__ == "__main__":
    sys.exit(main())
