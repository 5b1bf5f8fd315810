"""Composition root: the only place that knows the core, the rules and the window together."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from advocacy.domain.audit_input import Rule
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.text_check import TextCheckSession


def text_checker_for(config: ProfileConfig) -> TextCheckSession:
    """Offline spelling plus the profile's LanguageTool; imported on first audit, not at start-up."""
    from advocacy.spelling.service import session_for

    return session_for(config)


def audit_rules() -> tuple[Rule, ...]:
    """Every rule, with VADER for the tone advice (its lexicon loads on first use, not here)."""
    import checks
    from advocacy.sentiment import vader_compound

    return checks.default_rules(sentiment=vader_compound, text_checker=text_checker_for)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)

    from advocacy.cli_args import build_parser

    args = build_parser().parse_args(arguments)
    import checks

    if args.command == "check-text":
        from advocacy.check_text_cli import run_check_text_command

        return run_check_text_command(args)
    if args.command in ("audit", "compose", "suggest"):
        from advocacy.cli import main_headless

        return main_headless(arguments, rules=audit_rules(), scorer=checks.score_card)

    from ui.app import run_app

    return run_app(args, rules=audit_rules(), scorer=checks.score_card)


if __name__ == "__main__":
    sys.exit(main())
