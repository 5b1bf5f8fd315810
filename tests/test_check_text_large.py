"""``advocacy check-text`` with hostile and big input: one sentence for bad input, a JSON-lines
service that survives any line, human messages, and line/column and memory that stay linear."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from advocacy.domain.text_check import GRAMMAR, TextIssue
from advocacy.spelling.service import TextCheckService
from cli import check_text as check_text_command
from cli.args import build_parser
from cli.check_text import _Positions, check_in_pieces, describe

ROOT = Path(__file__).resolve().parents[1]


def advocacy(*args: str, home: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "ADVOCACY_HOME": str(home)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        cwd=ROOT,
        check=False,
    )


class _Stdin(io.TextIOWrapper):
    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")


def check_text(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    args: argparse.Namespace = build_parser().parse_args(["check-text", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = check_text_command.run(args, stdin=_Stdin(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def jsonl(*lines: str | bytes) -> list[dict[str, object]]:
    data = b"".join((line.encode() if isinstance(line, str) else line) + b"\n" for line in lines)
    code, out, err = check_text("--jsonl", stdin=data)
    assert code == 0 and err == ""
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_keeps_the_id_of_any_json_object_line() -> None:
    answers = jsonl(
        json.dumps({"id": 3, "text": 5}),
        json.dumps({"id": "b", "text": None}),
        json.dumps({"id": [1, "x"]}),
        json.dumps({"id": 7, "text": "fine", "lang": 12}),
        json.dumps({"id": 8, "text": "Thsi works"}),
    )
    assert [a["id"] for a in answers] == [3, "b", [1, "x"], 7, 8]
    assert all("error" in a for a in answers[:4])
    assert '"text"' in str(answers[0]["error"]) and "int" in str(answers[0]["error"])
    assert answers[4]["flags"][0][:3] == [0, 4, "Thsi"]  # type: ignore[index]


def test_jsonl_lines_that_are_not_objects_answer_with_a_null_id_and_the_service_goes_on() -> None:
    answers = jsonl(
        "not json at all",
        "[1, 2, 3]",
        '"just a string"',
        "null",
        "[" * 200_000,  # deeper than any JSON parser recurses
        b'{"id": 1, "text": "caf\xe9"}',  # not UTF-8
        json.dumps({"id": "last", "text": "nothing wrong"}),
    )
    assert [a["id"] for a in answers] == [None, None, None, None, None, None, "last"]
    assert all(isinstance(a["error"], str) and a["error"] for a in answers[:6])
    assert "UTF-8" in str(answers[5]["error"])
    assert answers[6] == {"id": "last", "flags": []}


@pytest.mark.parametrize(
    "line", ['{"id": NaN, "text": "a"}', '{"id": -Infinity, "text": "a"}', '{"id": 1e400, "text": "a"}']
)
def test_jsonl_never_answers_with_numbers_json_does_not_have(line: str) -> None:
    code, out, _ = check_text("--jsonl", stdin=(line + "\n" + json.dumps({"id": 2, "text": "ok"}) + "\n").encode())

    def refuse(literal: str) -> object:
        raise AssertionError(f"{literal} is not JSON")

    answers = [json.loads(answer, parse_constant=refuse) for answer in out.splitlines()]
    assert code == 0 and answers[0]["id"] is None and "not JSON" in answers[0]["error"]
    assert answers[1] == {"id": 2, "flags": []}


def test_jsonl_an_over_long_line_is_skipped_and_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_text_command, "MAX_LINE_BYTES", 100)
    answers = jsonl(json.dumps({"id": 1, "text": "x" * 500}), json.dumps({"id": 2, "text": "ok"}))
    assert answers[0]["id"] is None and "over the limit" in str(answers[0]["error"])
    assert answers[1] == {"id": 2, "flags": []}


def test_jsonl_control_characters_are_escaped_in_answers() -> None:
    (answer,) = jsonl(json.dumps({"id": "\x1b]0;x\x07\x9b", "text": "ok"}))
    _, out, _ = check_text("--jsonl", stdin=json.dumps({"id": "\x9b", "text": "ok"}).encode() + b"\n")
    assert answer["id"] == "\x1b]0;x\x07\x9b"
    assert "\x9b" not in out and "\x1b" not in out


def test_json_message_is_a_sentence_for_a_person() -> None:
    code, out, _ = check_text("--format", "json", "-", stdin=b"We recieve feedback.")
    assert code == 1
    (flag,) = json.loads(out)
    assert flag["word"] == "recieve"
    assert flag["message"].startswith("Possible spelling mistake: did you mean “receive”")


def test_describe_every_kind_of_issue() -> None:
    assert describe(TextIssue(0, 3, "abc", ("a", "b", "c", "d"))) == (
        "Possible spelling mistake: did you mean “a”, “b” or “c”?"
    )
    assert "no close match" in describe(TextIssue(0, 3, "qzx", ()))
    assert describe(TextIssue(0, 3, "a", (), GRAMMAR, "Use “an” here.")) == "Use “an” here."
    assert describe(TextIssue(0, 3, "a", (), GRAMMAR)) == "Possible grammar mistake in “a”."


def test_json_output_is_still_the_indented_list() -> None:
    text = "Thanks for teh warm welcome and recieve this"
    _, out, _ = check_text("--format", "json", "-", stdin=text.encode())
    flags = json.loads(out)
    assert out == json.dumps(flags, ensure_ascii=False, indent=2) + "\n"
    _, empty, _ = check_text("--format", "json", "-", stdin=b"All good here.")
    assert empty == "[]\n"


def test_non_utf8_file_and_stdin_are_one_sentence_exit_2(tmp_path: Path, advocacy_home: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    for result in (
        advocacy("check-text", str(bad), home=advocacy_home),
        advocacy("check-text", "--format", "json", "-", home=advocacy_home, stdin=b"ok \xff\xfe no"),
    ):
        assert result.returncode == 2 and result.stdout == b""
        text = result.stderr.decode()
        assert text.count("\n") == 1 and "not UTF-8" in text and "Traceback" not in text


@pytest.mark.parametrize("kind", ["missing", "directory", "unreadable"])
def test_a_file_that_cannot_be_read_is_one_sentence(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    if kind == "directory":
        path.mkdir()
    elif kind == "unreadable":
        path.write_text("hello", encoding="utf-8")
        path.chmod(0)
        if os.access(path, os.R_OK):  # root reads anything
            pytest.skip("running as a user who can read any file")
    code, out, err = check_text(str(path))
    assert (code, out) == (2, "")
    assert err.startswith("advocacy: cannot read") and err.count("\n") == 1


def test_jsonl_with_a_file_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = check_text("--jsonl", str(tmp_path / "x.txt"))
    assert code == 2 and "--jsonl" in err


def test_input_over_the_size_limit_is_refused_naming_the_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(check_text_command, "MAX_INPUT_BYTES", 2_000_000)
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 500_000)
    code, out, err = check_text(str(big))
    assert (code, out) == (2, "")
    assert "over the limit of 2 MB" in err and err.count("\n") == 1
    assert "50 MB" in check_text_command.SIZE_LIMIT_HELP and check_text_command.MAX_INPUT_BYTES == 2_000_000


def test_line_and_column_in_one_pass_match_counting_from_the_start() -> None:
    text = "one\ntwo three\n\nfour five six\nseven"
    offsets = [0, 2, 4, 8, 14, 15, 20, 30, 31, len(text)]
    positions = _Positions(text)
    for offset in offsets:
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        assert positions.at(offset) == (line, column)
    assert positions.at(0) == (1, 1)  # out of order: still right


def test_checking_in_pieces_gives_the_same_flags_as_the_whole_text() -> None:
    service = TextCheckService("en")
    paragraph = "We recieve feedback daily. The goverment said teh plan works.\nThanks for reading! "
    text = paragraph * 200
    whole = list(service(text, None, frozenset()))
    pieces = list(check_in_pieces(service, text, None, frozenset(), chunk=500))
    assert pieces == whole
    assert all(text[i.start : i.end] == i.word for i in pieces)
    one_line = ("word " * 300).strip() + " recieve"
    assert [i.word for i in check_in_pieces(service, one_line, None, frozenset(), chunk=97)] == ["recieve"]


def test_text_format_on_a_big_file_is_linear(tmp_path: Path) -> None:
    """Line and column were recomputed from the start for every flag: 40,000 flags on one 400 kB
    line took seconds for the positions alone. One pass over sorted offsets is milliseconds."""
    text = "teh " * 200_000
    issues = [TextIssue(i * 4, i * 4 + 3, "teh", ("the",)) for i in range(200_000)]
    out = io.StringIO()
    started = time.perf_counter()
    check_text_command._print_text(text, iter(issues), out)
    elapsed = time.perf_counter() - started
    assert out.getvalue().splitlines()[-1].startswith(f"1:{(200_000 - 1) * 4 + 1}: teh → the")
    assert elapsed < 2.0, elapsed


def test_text_output_escapes_control_characters_from_a_server() -> None:
    out = io.StringIO()
    issue = TextIssue(0, 2, "ab", (), GRAMMAR, "Evil \x1b]0;title\x07 \x9b31m message")
    check_text_command._print_text("ab", iter([issue]), out)
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue() and "\x9b" not in out.getvalue()
