"""``advocacy check-text``: the typo check for any text, as text, JSON, or a JSON-lines service.

JSON output is a list of ``{start, end, word, suggestions, check, message}`` with Python string
offsets; ``message`` is a sentence for a person. ``--jsonl`` reads ``{"id", "text"}`` lines and
answers ``{"id", "flags": [[start, end, word, [suggestions...]], ...]}`` per line, flushing each
answer, so a long-running caller (an editor, a scoring harness) pays the dictionary load once. A
line that cannot be checked is answered ``{"id", "error"}`` (the request's id whenever the line
was a JSON object) and the service goes on.

Input must be UTF-8 and at most ``MAX_INPUT_BYTES`` (50 MB; a ``--jsonl`` line at most
``MAX_LINE_BYTES``, 10 MB). A long text is checked in pieces of about ``CHUNK_CHARS`` characters
cut at line or sentence ends, offsets kept for the whole text, and results are printed as each
piece is checked, so memory stays bounded by the input and not by the number of its words.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from advocacy.domain.profile import ProfileConfig
from advocacy.domain.text_check import SPELLING, TextCheckSession, TextIssue
from advocacy.errors import DamagedWordList, InvalidProfileFile, UnknownLanguage
from advocacy.terminal import json_for_terminal
from advocacy.workspace import Workspace, dictionary_languages, load_dictionary, load_profile_file
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cli.common import BadInput, decode_utf8, describe_size, read_text, say, silence_broken_pipe, text_or_bad_input

MAX_INPUT_BYTES = 50_000_000
MAX_LINE_BYTES = 10_000_000
# The text is checked in pieces of about this many characters (cut at a line or sentence end).
CHUNK_CHARS = 50_000
# What ``advocacy check-text --help`` should say about the limit (the parser is in cli/args.py).
SIZE_LIMIT_HELP = "the text file (UTF-8, at most 50 MB), or - for standard input (default)"
_SENTENCE_ENDS = (". ", "! ", "? ", "… ", ".\t", "!\t", "?\t")
_READ_BLOCK = 1 << 20


def _service(args: argparse.Namespace) -> tuple[TextCheckSession, frozenset[str]]:
    config = load_profile_file(args.profile) if args.profile else ProfileConfig()
    options = config.audit
    if args.lang:
        options = dataclasses.replace(options, language=args.lang)
    if args.languagetool:
        options = dataclasses.replace(options, languagetool_url=args.languagetool)
    config = dataclasses.replace(config, audit=options)
    # Through the workspace, as the window and the other commands: one place builds a text checker
    # and knows the words never to flag (the profile's names, the person's own words).
    workspace = Workspace.open(config, is_sample=False)
    return workspace.text_checker(config), workspace.known_words()


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece starting at ``start`` ends: after a line break or a sentence end in its second
    half, else after a space, else at ``size`` characters (one unbroken token that long)."""
    end = start + size
    if end >= len(text):
        return len(text)
    floor = start + size // 2
    line = text.rfind("\n", floor, end)
    if line != -1:
        return line + 1
    sentence = max(text.rfind(mark, floor, end) for mark in _SENTENCE_ENDS)
    if sentence != -1:
        return sentence + 2
    space = max(text.rfind(" ", floor, end), text.rfind("\t", floor, end))
    return space + 1 if space != -1 else end


def check_in_pieces(
    service: TextCheckSession,
    text: str,
    language: str | None,
    known: frozenset[str],
    chunk: int = CHUNK_CHARS,
) -> Iterator[TextIssue]:
    """The issues of ``text`` in order, with offsets into the whole text; checked a piece at a time."""
    start = 0
    while start < len(text):
        end = _cut(text, start, chunk)
        for issue in service(text[start:end], language, known):
            yield dataclasses.replace(issue, start=issue.start + start, end=issue.end + start)
        start = end


def _quoted(words: Sequence[str]) -> str:
    quoted = [f"“{w}”" for w in words]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


def describe(issue: TextIssue) -> str:
    """The issue's message for a person: LanguageTool's own, or one made for a spelling flag."""
    if issue.message:
        return issue.message
    if issue.check == SPELLING or issue.check.endswith("spelling"):
        if issue.suggestions:
            return f"Possible spelling mistake: did you mean {_quoted(issue.suggestions[:3])}?"
        return f"Possible spelling mistake: “{issue.word}” is in no dictionary and has no close match."
    return f"Possible grammar mistake in “{issue.word}”."


class _Positions:
    """Line and column of increasing offsets, in one pass over the text (not from the start each time)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.scanned = 0
        self.line = 1
        self.line_start = 0

    def at(self, offset: int) -> tuple[int, int]:
        if offset < self.scanned:  # never for sorted offsets; kept correct anyway
            self.scanned, self.line, self.line_start = 0, 1, 0
        newlines = self.text.count("\n", self.scanned, offset)
        if newlines:
            self.line += newlines
            self.line_start = self.text.rfind("\n", self.scanned, offset) + 1
        self.scanned = offset
        return self.line, offset - self.line_start + 1


def _print_text(text: str, issues: Iterator[TextIssue], stdout: TextIO) -> int:
    positions = _Positions(text)
    found = 0
    for issue in issues:
        found += 1
        line, column = positions.at(issue.start)
        fix = f" → {', '.join(issue.suggestions[:3])}" if issue.suggestions else ""
        what = issue.message or ("misspelled" if issue.check.endswith("spelling") else "grammar")
        # The check's id is in --format json; the text says what is wrong, in words.
        say(stdout, f"{line}:{column}: {issue.word}{fix}  ({what})")
    return found


def _json(value: Any, stream: TextIO, **options: Any) -> str:
    """``json.dumps`` safe for the terminal, and for the stream's encoding (ASCII escapes if need be)."""
    text = json.dumps(value, ensure_ascii=False, **options)
    try:
        text.encode(getattr(stream, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(value, ensure_ascii=True, **options)
    return json_for_terminal(text)


def _print_json(issues: Iterator[TextIssue], stdout: TextIO) -> int:
    """The same document as ``json.dumps([...], indent=2)``, written one issue at a time."""
    found = 0
    for issue in issues:
        item = _json({**issue.as_json(), "message": describe(issue)}, stdout, indent=2)
        stdout.write(("[\n" if not found else ",\n") + "\n".join("  " + line for line in item.splitlines()))
        found += 1
    stdout.write("\n]\n" if found else "[]\n")
    return found


def _ends_line(raw: bytes | str) -> bool:
    return raw.endswith(b"\n") if isinstance(raw, bytes) else raw.endswith("\n")


def _read_line(stream: TextIO) -> tuple[str | None, str]:
    """The next request line (None at the end of input) and, if it cannot be read, why."""
    binary: BinaryIO | None = getattr(stream, "buffer", None)
    reader = binary.readline if binary is not None else stream.readline
    raw: bytes | str = reader(MAX_LINE_BYTES + 1)
    if not raw:
        return None, ""
    if len(raw) > MAX_LINE_BYTES and not _ends_line(raw):
        rest = raw
        while rest and not _ends_line(rest):  # skip the rest of the over-long line, block by block
            rest = reader(_READ_BLOCK)
        return "", f"This line is over the limit of {describe_size(MAX_LINE_BYTES)}."
    try:
        line = decode_utf8(raw, "This line") if isinstance(raw, bytes) else text_or_bad_input(raw, "This line")
    except BadInput as exc:
        return "", str(exc)
    return line, ""


def _finite(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):  # 1e400 overflows to infinity, which no JSON reader takes back
        raise ValueError(literal)
    return value


def _not_json(literal: str) -> Any:
    raise ValueError(literal)  # NaN and Infinity: Python reads them, JSON has no such thing


def _answer(service: TextCheckSession, known: frozenset[str], line: str) -> dict[str, Any]:
    try:
        request = json.loads(line, parse_float=_finite, parse_constant=_not_json)
    except (ValueError, RecursionError):
        return {"id": None, "error": 'This line is not JSON; each line must be a JSON object with a "text" string.'}
    if not isinstance(request, dict):
        return {"id": None, "error": 'Each line must be a JSON object with a "text" string.'}
    request_id = request.get("id")
    text, language = request.get("text"), request.get("lang")
    if not isinstance(text, str):
        what = "is missing" if "text" not in request else f"is {type(text).__name__ if text is not None else 'null'}"
        return {"id": request_id, "error": f'"text" {what}; it must be a string.'}
    if language is not None and not isinstance(language, str):
        return {"id": request_id, "error": '"lang" must be a language code such as "en-GB", or left out.'}
    try:
        issues = list(check_in_pieces(service, text, language, known))
    except Exception as exc:  # one bad request must not stop the service
        return {"id": request_id, "error": f"This text could not be checked ({type(exc).__name__})."}
    return {"id": request_id, "flags": [[i.start, i.end, i.word, list(i.suggestions)] for i in issues]}


def _serve_jsonl(service: TextCheckSession, known: frozenset[str], stdin: TextIO, stdout: TextIO) -> int:
    while True:
        line, problem = _read_line(stdin)
        if line is None:
            return EXIT_OK
        if not problem and not line.strip():
            continue
        answer = {"id": None, "error": problem} if problem else _answer(service, known, line)
        stdout.write(_json(answer, stdout) + "\n")
        stdout.flush()


def _read_input(name: str, stdin: TextIO | None) -> str:
    """The whole text, strictly UTF-8 and at most ``MAX_INPUT_BYTES``; ``BadInput`` otherwise."""
    if name == "-":
        text = read_text(stdin, "Standard input", MAX_INPUT_BYTES)
        if len(text) > MAX_INPUT_BYTES // 4 and len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
            raise BadInput(_too_big("Standard input"))
        return text
    where = repr(name)
    try:
        with Path(name).open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise BadInput(f"cannot read {where}: {exc.strerror or type(exc).__name__}.") from None
    if len(data) > MAX_INPUT_BYTES:
        raise BadInput(_too_big(where))
    return decode_utf8(data, where)


def _too_big(where: str) -> str:
    return f"{where} is over the limit of {describe_size(MAX_INPUT_BYTES)}; check it in parts."


class _Stop(Exception):
    """The command cannot go on: one sentence for the user, and the exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def _prepare(args: argparse.Namespace, stdin: TextIO | None) -> tuple[str, TextCheckSession, frozenset[str]]:
    """The text to check (none for ``--jsonl``) and the checker; ``_Stop`` when the command cannot run."""
    language = args.lang or "en"
    try:
        load_dictionary(language)
    except UnknownLanguage:
        raise _Stop(f"no dictionary for {language!r}; available: {', '.join(dictionary_languages())}.") from None
    except DamagedWordList as exc:
        raise _Stop(str(exc), EXIT_FAILED) from None
    if args.jsonl and args.file != "-":
        raise _Stop("--jsonl reads its requests from standard input; give no FILE with it.")
    if args.jsonl and stdin is None:
        raise _Stop("--jsonl reads its requests from standard input, which is closed.")
    try:
        text = "" if args.jsonl else _read_input(args.file, stdin)
        service, known = _service(args)
    except BadInput as exc:
        raise _Stop(str(exc)) from None
    except InvalidProfileFile as exc:
        raise _Stop(exc.user_message) from None
    return text, service, known


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):  # closed, or not a real file
        return False


def run(
    args: argparse.Namespace, *, stdin: TextIO | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if args.file == "-" and not args.jsonl and _is_terminal(stdin):
        # Otherwise the command just waits, and looks stuck.
        say(stderr, "Type or paste the text to check, then press Ctrl-D (Ctrl-Z and Enter on Windows); or give a FILE.")
    try:
        text, service, known = _prepare(args, stdin)
    except _Stop as stop:
        say(stderr, f"advocacy: {stop}")
        return stop.code
    try:
        if args.jsonl:
            return _serve_jsonl(service, known, stdin, stdout)
        issues = check_in_pieces(service, text, None, known)
        found = _print_json(issues, stdout) if args.format == "json" else _print_text(text, issues, stdout)
        for notice in service.notices:
            say(stderr, f"advocacy: {notice}")
        return EXIT_FAILED if found else EXIT_OK
    except BrokenPipeError:  # the reader stopped reading (| head): not an error of ours
        silence_broken_pipe(stdout)
        return EXIT_FAILED
    except KeyboardInterrupt:
        say(stderr, "advocacy: check-text interrupted.")
        return EXIT_FAILED
    finally:
        service.close()
