"""Hostile input to ``advocacy compose``: each bad input is one sentence on stderr and exit 2,
never a traceback, and never a "fits"."""

from __future__ import annotations

import argparse
import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.args import build_parser
from cli.common import MAX_DRAFT_BYTES
from cli.compose import run as run_compose_command

ROOT = Path(__file__).resolve().parents[1]


def advocacy(*args: str | bytes, home: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """The real command line, with arguments and input as raw bytes (not always UTF-8)."""
    env = {**os.environ, "ADVOCACY_HOME": str(home), "LC_ALL": "C.UTF-8", "PYTHONUTF8": "0"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        cwd=ROOT,
        check=False,
    )


def one_sentence(stderr: bytes) -> str:
    text = stderr.decode("utf-8")
    assert text.count("\n") == 1 and text.startswith("advocacy: "), text
    assert "Traceback" not in text
    return text


class _Stdin(io.TextIOWrapper):
    """Standard input as the process has it: text, with the raw bytes underneath."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")


def compose(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    args: argparse.Namespace = build_parser().parse_args(["compose", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = run_compose_command(args, stdin=_Stdin(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_non_utf8_argument_is_one_sentence_and_exit_2(advocacy_home: Path) -> None:
    for network in (b"mastodon", b"x", b"bluesky", b"linkedin"):
        result = advocacy(b"compose", b"--network", network, b"caf\xe9 au lait", home=advocacy_home)
        assert result.returncode == 2, result.stderr
        assert "not UTF-8" in one_sentence(result.stderr)
        assert result.stdout == b""  # never "fits"


def test_non_utf8_standard_input_is_one_sentence_and_exit_2(advocacy_home: Path) -> None:
    result = advocacy(b"compose", b"--network", b"mastodon", b"-", home=advocacy_home, stdin=b"caf\xe9 \xff\xfe")
    assert result.returncode == 2
    assert "standard input is not UTF-8 text (byte 0xE9 at offset 3)" in one_sentence(result.stderr)
    assert result.stdout == b""


def test_non_utf8_input_in_process_too() -> None:
    code, out, err = compose("--network", "x", "-", stdin=b"\x80abc")
    assert (code, out) == (2, "") and "not UTF-8" in err
    code, out, err = compose("--network", "x", "caf\udce9")  # what Python makes of a non-UTF-8 argument
    assert (code, out) == (2, "") and "not UTF-8" in err and err.count("\n") == 1


@pytest.mark.parametrize("draft", [b"", b"   ", b"\n\n", b" \t\r\n ", b"\xe2\x80\x8b", b"\xe3\x80\x80"])
def test_an_empty_or_blank_draft_is_one_sentence_not_fits(draft: bytes) -> None:
    for network in ("mastodon", "x", "bluesky", "linkedin"):
        code, out, err = compose("--network", network, "-", stdin=draft)
        assert (code, out) == (2, ""), (network, out)
        assert "empty" in err and err.count("\n") == 1


def test_a_blank_argument_through_the_command_line(advocacy_home: Path) -> None:
    result = advocacy("compose", "--network", "x", "   ", home=advocacy_home)
    assert result.returncode == 2 and "empty" in one_sentence(result.stderr) and result.stdout == b""


@pytest.mark.parametrize("network", ["x", "bluesky", "linkedin"])
def test_limit_for_a_network_without_one_is_refused(network: str) -> None:
    code, out, err = compose("--network", network, "--limit", "1000", "hello")
    assert (code, out) == (2, "")
    assert "--limit applies only to Mastodon" in err and err.count("\n") == 1


def test_limit_still_works_for_mastodon_and_must_be_positive() -> None:
    code, out, _ = compose("--network", "mastodon", "--limit", "3", "hello")
    assert code == 1 and out.startswith("Mastodon: 5 of 3 characters; 2 characters too long")
    for absurd in ("0", "-5", "99999999999999999999999"):
        code, out, err = compose("--network", "mastodon", "--limit", absurd, "hello")
        assert (code, out) == (2, "") and "from 1 to 1,000,000" in err


def test_instance_for_a_network_without_one_is_refused() -> None:
    code, out, err = compose("--network", "x", "--instance", "mastodon.social", "hello")
    assert (code, out) == (2, "") and "--instance applies only to Mastodon" in err


@pytest.mark.parametrize(
    "typed",
    [
        "https://mastodon.social/",
        "mastodon.social/",
        "@sam@mastodon.social",
        "sam@mastodon.social",
        "HTTPS://Mastodon.Social",
        "mastodon.social:8443",
    ],
)
def test_instance_is_normalised_in_the_share_link(typed: str, advocacy_home: Path) -> None:
    result = advocacy("compose", "--network", "mastodon", "--instance", typed, "hi there", home=advocacy_home)
    assert result.returncode == 0, result.stderr
    link = result.stdout.decode().splitlines()[1]
    port = ":8443" if "8443" in typed else ""
    assert link == f"Share link: https://mastodon.social{port}/share?text=hi%20there"


@pytest.mark.parametrize("garbage", ["not a host!!", "javascript:alert(1)", "", "   ", "\x1b[31mred.example"])
def test_instance_garbage_is_one_sentence_and_exit_2(garbage: str, advocacy_home: Path) -> None:
    result = advocacy("compose", "--network", "mastodon", "--instance", garbage, "hi", home=advocacy_home)
    assert result.returncode == 2 and result.stdout == b""
    text = one_sentence(result.stderr)
    assert "\x1b" not in text


def test_x_invalid_character_does_not_fit_and_says_where() -> None:
    code, out, err = compose("--network", "x", "ok\ufffe")
    assert code == 1 and err == ""
    assert "U+FFFE (a noncharacter) at character 3" in out and "fits" not in out


def test_bluesky_byte_limit_is_named_plainly() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    code, out, _ = compose("--network", "bluesky", family * 300)
    assert code == 1
    assert out.splitlines()[0] == "Bluesky: 300 of 300 characters, but 5,400 of 3,000 bytes: 2,400 bytes too long"


def test_control_characters_in_the_draft_never_reach_the_terminal_raw() -> None:
    code, out, _ = compose("--network", "x", "hi \x1b]0;pwned\x07 \x9b31m there")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out


def test_an_enormous_draft_on_standard_input_is_refused_without_reading_it_all() -> None:
    code, out, err = compose("--network", "x", "-", stdin=b"x" * (MAX_DRAFT_BYTES + 10))
    assert (code, out) == (2, "") and "over the limit" in err


def test_a_trailing_line_break_is_not_part_of_the_draft() -> None:
    code, out, _ = compose("--network", "mastodon", "-", stdin=b"\xef\xbb\xbfHello\r\n")
    assert code == 0 and out.startswith("Mastodon: 5 of 500 characters; fits")


def _shell(script: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ADVOCACY_HOME": str(home), "PY": sys.executable, "MAIN": str(ROOT / "main.py")}
    return subprocess.run(
        ["sh", "-c", script], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT, check=False
    )


@pytest.mark.parametrize(
    "command", ["compose --network x -", "check-text", "check-text --jsonl", "check-text --format json -"]
)
def test_a_closed_standard_input_is_one_sentence(command: str, advocacy_home: Path) -> None:
    result = _shell(f'"$PY" "$MAIN" {command} <&-', advocacy_home)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "closed" in result.stderr and "Traceback" not in result.stderr


def test_a_reader_that_stops_early_is_no_traceback(advocacy_home: Path, tmp_path: Path) -> None:
    draft = tmp_path / "typos.txt"
    draft.write_text("We recieve teh goverment feedback.\n" * 20_000, encoding="utf-8")
    for output in ("text", "json"):
        result = _shell(f'"$PY" "$MAIN" check-text --format {output} "{draft}" | head -n 1', advocacy_home)
        assert result.stdout.count("\n") == 1
        assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr


def test_the_bad_byte_is_named_even_after_a_byte_order_mark() -> None:
    code, _, err = compose("--network", "x", "-", stdin=b"\xef\xbb\xbfab\xff")
    assert code == 2 and "byte 0xFF at offset 5" in err


@pytest.mark.parametrize("command", ["audit --sample --format json", "audit --sample", "suggest --sample"])
def test_a_reader_that_stops_at_once_is_no_traceback_either(command: str, advocacy_home: Path) -> None:
    """The whole output is still in the buffer when the reader goes: the flush at the end meets it."""
    result = _shell(f'"$PY" "$MAIN" {command} | head -c 20', advocacy_home)
    assert len(result.stdout) == 20
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr


def test_a_fault_of_ours_is_one_sentence_and_the_traceback_goes_to_the_log(
    advocacy_home: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    from cli.main import _guarded

    def broken() -> int:
        raise KeyError("a bug")

    from advocacy.logging_setup import configure_logging

    handler = configure_logging()  # as the commands that keep a log do
    try:
        assert _guarded(broken) == 1
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected error (KeyError)" in err
    assert str(advocacy_home) in err  # where the details are
    assert "Traceback" not in err
    assert any(record.exc_info for record in caplog.records)


def test_a_fault_in_a_command_that_keeps_no_log_names_no_log_file(capsys: pytest.CaptureFixture[str]) -> None:
    from cli.main import _guarded

    def broken() -> int:
        raise KeyError("a bug")

    assert _guarded(broken) == 1
    err = capsys.readouterr().err
    assert "unexpected error (KeyError)." in err and "details are in" not in err
