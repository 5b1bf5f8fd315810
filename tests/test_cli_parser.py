"""The parser built for one command line parses it as the whole parser does: only the commands it
names are built (none for the window's start), and every one whenever argparse might list them."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from cli.args import HEADLESS_COMMANDS, build_parser

LINES = [
    [],
    ["--sample"],
    ["--smoke"],
    ["--verbose", "--sample"],
    ["--profile", "me.toml"],
    ["--profile", "audit"],  # an option's value that is also a command's name
    ["audit", "--sample", "--format", "json"],
    ["--verbose", "audit"],
    ["compose", "--network", "mastodon", "hello"],
    ["words", "add", "webhook"],
    ["tokens"],
    ["history", "--sample"],
    ["report", "--sample", "--month", "2026-10", "--without", "charts"],
    ["backup", "--output", "x.advocacy-backup"],
    ["delete-my-data", "--yes"],
    ["check-text", "-"],
    ["--", "audit"],
    ["suggest", "--limit", "-5"],
    ["-5"],
    ["-"],
]


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(subparsers.choices)


def _outcome(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parser.parse_args(argv))
        except SystemExit as exit_:
            result = exit_.code
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv", LINES, ids=" ".join)
def test_the_parser_built_for_a_line_parses_it_as_the_whole_parser(argv: list[str]) -> None:
    assert _outcome(build_parser(argv), argv) == _outcome(build_parser(), argv)


@pytest.mark.parametrize(
    "argv", [["--help"], ["-h"], ["--he"], ["bogus"], ["audit", "bogus"], ["--sample", "audti"]], ids=" ".join
)
def test_every_command_is_there_when_argparse_may_list_them(argv: list[str]) -> None:
    assert _commands(build_parser(argv)) == _commands(build_parser())
    assert _outcome(build_parser(argv), argv) == _outcome(build_parser(), argv)


def test_the_window_start_builds_no_command_and_a_command_only_its_own() -> None:
    assert _commands(build_parser([])) == []
    assert _commands(build_parser(["--sample"])) == []
    assert _commands(build_parser(["audit", "--sample"])) == ["audit"]
    assert set(HEADLESS_COMMANDS) == set(_commands(build_parser()))
