"""``advocacy check-text``: the typo check for any text, as text, JSON, or a JSON-lines service.

JSON output is a list of ``{start, end, word, suggestions, check, message}`` with Python string
offsets. ``--jsonl`` reads ``{"id", "text"}`` lines and answers ``{"id", "flags": [[start, end,
word, [suggestions...]], ...]}`` per line, flushing each answer, so a long-running caller (an
editor, a scoring harness) pays the dictionary load once.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from advocacy.cli_args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.text_check import TextIssue, never_typos
from advocacy.errors import InvalidProfileFile
from advocacy.profile_file import load_profile
from advocacy.spelling.lexicon import UnknownLanguage, available_languages, load
from advocacy.spelling.service import TextCheckService, session_for


def _service(args: argparse.Namespace) -> tuple[TextCheckService, frozenset[str]]:
    config = load_profile(args.profile) if args.profile else ProfileConfig()
    options = config.audit
    if args.lang:
        options = dataclasses.replace(options, language=args.lang)
    if args.languagetool:
        options = dataclasses.replace(options, languagetool_url=args.languagetool)
    config = dataclasses.replace(config, audit=options)
    known: frozenset[str] = frozenset()
    if args.profile:
        known = never_typos(config)
    return session_for(config), known


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _print_text(text: str, issues: Sequence[TextIssue], stdout: TextIO) -> None:
    for issue in issues:
        line, column = _line_and_column(text, issue.start)
        fix = f" → {', '.join(issue.suggestions[:3])}" if issue.suggestions else ""
        what = issue.message or ("misspelled" if issue.check.endswith("spelling") else "grammar")
        print(f"{line}:{column}: {issue.word}{fix}  ({issue.check}: {what})", file=stdout)


def _serve_jsonl(service: TextCheckService, known: frozenset[str], stdin: TextIO, stdout: TextIO) -> int:
    for raw in stdin:
        if not raw.strip():
            continue
        try:
            request = json.loads(raw)
            text = request["text"]
            if not isinstance(text, str):
                raise TypeError
            issues = service(text, request.get("lang"), known)
            answer = {"id": request.get("id"), "flags": [[i.start, i.end, i.word, list(i.suggestions)] for i in issues]}
        except (ValueError, KeyError, TypeError, AttributeError):
            answer = {"id": None, "error": 'Each line must be a JSON object with a "text" string.'}
        stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        stdout.flush()
    return EXIT_OK


def run_check_text_command(
    args: argparse.Namespace, *, stdin: TextIO | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    language = args.lang or "en"
    try:
        load(language)
    except UnknownLanguage:
        known_languages = ", ".join(available_languages())
        print(f"advocacy: no dictionary for {language!r}; available: {known_languages}.", file=stderr)
        return EXIT_USAGE
    try:
        service, known = _service(args)
    except InvalidProfileFile as exc:
        print(f"advocacy: {exc}", file=stderr)
        return EXIT_USAGE
    try:
        if args.jsonl:
            return _serve_jsonl(service, known, stdin, stdout)
        try:
            text = stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            print(f"advocacy: cannot read {args.file}: {exc.strerror or exc}.", file=stderr)
            return EXIT_USAGE
        except UnicodeDecodeError:
            print(f"advocacy: {args.file} is not UTF-8 text.", file=stderr)
            return EXIT_USAGE
        issues = service(text, None, known)
        if args.format == "json":
            print(json.dumps([i.as_json() for i in issues], ensure_ascii=False, indent=2), file=stdout)
        else:
            _print_text(text, issues, stdout)
        for notice in service.notices:
            print(f"advocacy: {notice}", file=stderr)
        return EXIT_FAILED if issues else EXIT_OK
    finally:
        service.close()
