"""Command-line arguments and exit codes. ``main.py`` parses with this before it knows whether the
window or a command runs, so it imports nothing beyond the network table: the window starts light."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Collection, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from advocacy import __version__
from advocacy.domain.networks import API_POSTING, POSTED_TO

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, as promised in the README."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


if TYPE_CHECKING:
    _Commands = argparse._SubParsersAction["_Parser"]


def _tomorrow() -> date:
    """For examples of times to come: an example already past reads as a mistake."""
    return date.today() + timedelta(days=1)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: every command, unless ``argv`` names only some of them (or none, as
    the window's own start does), when only those are built. Each command's parser costs argparse a
    dozen look-ups for translations on disk, and the window starts without any."""
    parser = _Parser(prog="advocacy", description="Audit your public profiles and share your company's news.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--verbose", action="store_true", help="write more detail to the log file")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample profile")
    parser.add_argument("--profile", type=Path, metavar="FILE", help="profile file to open")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    needed = _commands_needed(argv)
    for name, add in _COMMANDS.items():
        if name in needed:
            add(commands)
    return parser


def _commands_needed(argv: Sequence[str] | None) -> Collection[str]:
    """Every command whenever argparse might list them: help asked for (or abbreviated), or a word
    that is not a command (an unknown one, an option's value, a command's own argument). Else only
    the commands named, with which the parse is the same as with all of them."""
    if argv is None or any(_asks_for_help(arg) for arg in argv):
        return _COMMANDS
    words = [arg for arg in argv if not _is_option(arg)]
    return _COMMANDS if any(word not in _COMMANDS for word in words) else words


def _is_option(arg: str) -> bool:
    """An option's name; "-", "--" and "-5" are words to argparse, as any other word."""
    return (arg.startswith("--") and len(arg) > 2) or (arg.startswith("-") and arg[1:2].isalpha())


def _asks_for_help(arg: str) -> bool:
    return (arg.startswith("-h") and not arg.startswith("--")) or (arg.startswith("--h") and "--help".startswith(arg))


def _add_audit(commands: _Commands) -> None:
    audit = commands.add_parser("audit", help="run an audit without the window and print the report")
    audit.add_argument("--profile", type=Path, metavar="FILE", help="profile file (default: the one saved by the app)")
    audit.add_argument("--sample", action="store_true", help="audit the bundled sample, offline")
    audit.add_argument(
        "--format", choices=("text", "json", "html"), help="default: from --output's suffix (.json, .html), else text"
    )
    audit.add_argument("--output", type=Path, metavar="FILE", help="write the report here instead of stdout")
    audit.add_argument("--verbose", action="store_true", help="write more detail to the log file")


def _add_suggest(commands: _Commands) -> None:
    suggest = commands.add_parser("suggest", help="list company content worth sharing, with drafts per network")
    suggest.add_argument(
        "--profile", type=Path, metavar="FILE", help="profile file (default: the one saved by the app)"
    )
    suggest.add_argument("--sample", action="store_true", help="use the bundled sample, offline")
    suggest.add_argument("--library", metavar="FILE_OR_URL", help="a curated content library (TOML or JSON)")
    suggest.add_argument("--format", choices=("text", "json"), default="text")
    suggest.add_argument("--limit", type=int, default=5, help="how many items (default 5)")
    suggest.add_argument("--verbose", action="store_true", help="write more detail to the log file")


def _add_compose(commands: _Commands) -> None:
    compose = commands.add_parser("compose", help="count a draft exactly as a network counts it")
    compose.add_argument("--network", required=True, choices=tuple(n.value for n in POSTED_TO))
    compose.add_argument("--limit", type=int, help="your Mastodon instance's own limit (Mastodon only; default 500)")
    compose.add_argument("--instance", help="your Mastodon instance, for the share link (e.g. mastodon.social)")
    compose.add_argument("text", help="the draft, or - to read it from standard input")
    compose.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)


def _add_check_text(commands: _Commands) -> None:
    check = commands.add_parser("check-text", help="spell- and grammar-check any text (a draft, a file, a pipe)")
    check.add_argument("--lang", default=None, metavar="CODE", help="language: en (default), en-US, en-GB")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--jsonl",
        action="store_true",
        help='serve requests: read {"id", "text"} lines, answer {"id", "flags"} lines, until end of input',
    )
    check.add_argument("--profile", type=Path, metavar="FILE", help="use this profile's glossary, names and settings")
    check.add_argument("--languagetool", metavar="URL", help="also check grammar with this LanguageTool server")
    check.add_argument(
        "file", nargs="?", default="-", help="the text file (UTF-8, at most 50 MB), or - for standard input (default)"
    )
    check.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)


# The commands that need no window (and no Qt): main.py hands them to cli.main.
HEADLESS_COMMANDS = (
    "audit", "compose", "suggest", "share", "history", "plan", "check-text", "words", "report", "tokens",
    "backup", "restore", "delete-my-data",
)  # fmt: skip


def _add_share(commands: _Commands) -> None:
    share = commands.add_parser("share", help="post a text or a suggested item as your own account, never twice")
    share.add_argument("--network", required=True, choices=tuple(n.value for n in API_POSTING))
    share.add_argument("--profile", type=Path, metavar="FILE", help="profile file (default: the one saved by the app)")
    share.add_argument("--sample", action="store_true", help=argparse.SUPPRESS)
    share.add_argument("--item", metavar="ID", help="post the draft `advocacy suggest` gives for this item")
    share.add_argument("--library", metavar="FILE_OR_URL", help="the content library the item is in")
    share.add_argument("--yes", action="store_true", help="post without asking (needed when there is no terminal)")
    share.add_argument("--again", action="store_true", help="post it even if the same share already went out")
    share.add_argument(
        "--at",
        metavar="TIME",
        help=f"Mastodon: have the server post it then (ISO 8601, e.g. {_tomorrow():%Y-%m-%d}T09:30+01:00)",
    )
    share.add_argument("--cancel", metavar="ID", help="Mastodon: cancel the scheduled post with this id")
    share.add_argument("text", nargs="?", help="the text to post, or - to read it from standard input")
    share.add_argument("--verbose", action="store_true", help="write more detail to the log file")


def _add_history(commands: _Commands) -> None:
    history = commands.add_parser("history", help="list your audits and shares, as the History tab does")
    history.add_argument(
        "--profile", type=Path, metavar="FILE", help="profile file (default: the one saved by the app)"
    )
    history.add_argument("--sample", action="store_true", help="the bundled sample's history")
    history.add_argument("--format", choices=("text", "json"), default="text")
    history.add_argument("--verbose", action="store_true", help="write more detail to the log file")


def _add_plan(commands: _Commands) -> None:
    plan = commands.add_parser("plan", help="this week against your posting goals, what is scheduled and due")
    plan.add_argument("--profile", type=Path, metavar="FILE", help="profile file (default: the one saved by the app)")
    plan.add_argument("--sample", action="store_true", help="the bundled sample's plan")
    plan.add_argument("--format", choices=("text", "json"), default="text")
    plan.add_argument("--verbose", action="store_true", help="write more detail to the log file")


def _add_words(commands: _Commands) -> None:
    words = commands.add_parser("words", help="list, add or remove your own words, which spelling never flags")
    words.add_argument("action", nargs="?", choices=("list", "add", "remove"), help="default: list")
    words.add_argument("words", nargs="*", metavar="WORD")
    words.add_argument("--verbose", action="store_true", help="write more detail to the log file")


def _add_tokens(commands: _Commands) -> None:
    tokens = commands.add_parser(
        "tokens", help="list, set or delete the tokens your accounts keep in the system keyring (never shown)"
    )
    tokens.add_argument("action", nargs="?", choices=("list", "set", "delete"), help="default: list")
    tokens.add_argument("service", nargs="?", help="mastodon, bluesky, github, misskey or languagetool")
    tokens.add_argument("account", nargs="?", help="which account, when the profile has several for the service")
    tokens.add_argument("--profile", type=Path, metavar="FILE", help="profile file (default: the one saved by the app)")
    tokens.add_argument("--verbose", action="store_true", help="write more detail to the log file")
    tokens.set_defaults(sample=False)  # a token is for a real account, never the sample's


def _add_report(commands: _Commands) -> None:
    from advocacy.domain.report_sections import Section  # with the report command's parser only

    sections = ", ".join(f"{s.value} ({s.description})" for s in Section)
    report = commands.add_parser(
        "report",
        help="a report for a month, a quarter or any dates, as HTML, PDF or JSON, to share",
        description="What changed over a period, against the audit at its start. Sections: " + sections + ".",
    )
    report.add_argument("--profile", type=Path, metavar="FILE", help="profile file (default: the one saved by the app)")
    report.add_argument("--sample", action="store_true", help="the bundled sample's audits")
    when = report.add_mutually_exclusive_group(required=True)
    when.add_argument("--since", metavar="YYYY-MM-DD", help="the period's first day")
    when.add_argument("--month", metavar="YYYY-MM", help="a calendar month, e.g. 2026-10")
    when.add_argument("--quarter", metavar="YYYY-Qn", help="a calendar quarter, e.g. 2026-Q4")
    report.add_argument("--until", metavar="YYYY-MM-DD", help="with --since: the period's last day (default: today)")
    report.add_argument(
        "--format",
        choices=("html", "pdf", "json"),
        help="default: from --output's suffix (.html, .pdf, .json), else html",
    )
    report.add_argument("--output", type=Path, metavar="FILE", help="write the report here instead of stdout")
    report.add_argument(
        "--without",
        action="append",
        default=[],
        choices=tuple(s.value for s in Section),
        metavar="SECTION",
        help="leave a section out (may be repeated): " + ", ".join(s.value for s in Section),
    )
    report.add_argument("--verbose", action="store_true", help="write more detail to the log file")


def _add_backup(commands: _Commands) -> None:
    backup = commands.add_parser(
        "backup",
        help="one file with your profile, history, drafts and words, to keep or to move to another computer",
        description="Tokens are not in it: they stay in this computer's keyring.",
    )
    backup.add_argument(
        "--output", type=Path, metavar="FILE", required=True, help="the file to write, e.g. advocacy.advocacy-backup"
    )
    backup.add_argument("--verbose", action="store_true", help="write more detail to the log file")


def _add_restore(commands: _Commands) -> None:
    restore = commands.add_parser(
        "restore",
        help="restore a backup made here or on another computer (what it replaces is kept aside)",
    )
    restore.add_argument("file", type=Path, help="the backup file (made by 'advocacy backup' or Help → Back up)")
    restore.add_argument("--yes", action="store_true", help="restore without asking (needed when there is no terminal)")
    restore.add_argument("--verbose", action="store_true", help="write more detail to the log file")


def _add_delete_my_data(commands: _Commands) -> None:
    delete = commands.add_parser(
        "delete-my-data",
        help="delete your profile, history, drafts, words, cache and log, and every keyring entry the app wrote",
    )
    delete.add_argument("--yes", action="store_true", help="delete without asking (needed when there is no terminal)")
    delete.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)


# In the order --help lists them.
_COMMANDS: dict[str, Callable[[_Commands], None]] = {
    "audit": _add_audit,
    "suggest": _add_suggest,
    "compose": _add_compose,
    "share": _add_share,
    "history": _add_history,
    "plan": _add_plan,
    "words": _add_words,
    "tokens": _add_tokens,
    "report": _add_report,
    "backup": _add_backup,
    "restore": _add_restore,
    "delete-my-data": _add_delete_my_data,
    "check-text": _add_check_text,
}
