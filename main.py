"""Composition root: the only place that knows the core, the rules and the window together."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)

    from advocacy.cli_args import build_parser

    args = build_parser().parse_args(arguments)
    if args.command == "audit":
        import checks
        from advocacy.cli import main_headless

        return main_headless(arguments, rules=checks.DEFAULT_RULES, scorer=checks.score_findings)

    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
