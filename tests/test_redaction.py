"""The log redactor scrubs registered secrets and real credential shapes, never ordinary words; and
an unusable ADVOCACY_HOME is one sentence, not a traceback from logging set-up."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from advocacy.logging_setup import configure_logging
from advocacy.paths import FolderUnusable, HomeUnusable, check_home, data_dir
from advocacy.redaction import SecretRedactor, redact

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def fresh_redactor() -> Iterator[None]:
    """The redactor is process-wide: each test starts from no secret and leaves none behind."""
    saved = set(SecretRedactor._secrets)
    SecretRedactor._secrets.clear()
    SecretRedactor._pattern = None
    yield
    SecretRedactor._secrets.clear()
    SecretRedactor._secrets.update(saved)
    SecretRedactor._pattern = None


@pytest.mark.parametrize(
    "sentence",
    [
        "the token could not be saved",
        "no password for deny401 yet",
        "Bearer of bad news: the token expired",
        "the bearer instrument was signed",
        "password reset requested by the user",
        "Token refresh failed: HTTP 401, retrying in 5 s",
        "secret santa is on friday",
        "the authorization failed for ada",
    ],
)
def test_ordinary_sentences_are_kept_word_for_word(sentence: str) -> None:
    assert redact(sentence) == sentence


@pytest.mark.parametrize("password", ["correct", "horse", "battery staple"])
def test_a_registered_secret_that_is_a_word_is_scrubbed_everywhere_and_the_sentence_kept(password: str) -> None:
    SecretRedactor.register(password)
    line = f"login with {password} failed; {password} again? ({password})"
    assert redact(line) == "login with [secret] failed; [secret] again? ([secret])"


def test_a_registered_secret_is_scrubbed_when_url_or_json_escaped() -> None:
    SecretRedactor.register('p@ss w/rd&"x')
    assert redact("POST /login?pw=p%40ss%20w%2Frd%26%22x&x=1") == "POST /login?pw=[secret]&x=1"
    assert redact('{"pw": "p@ss w/rd&\\"x"}') == '{"pw": "[secret]"}'


def test_longer_secrets_are_scrubbed_whole() -> None:
    SecretRedactor.register("horse")
    SecretRedactor.register("horsepower-42")
    assert redact("horsepower-42 and a horse") == "[secret] and a [secret]"


def test_very_short_values_are_not_registered() -> None:
    SecretRedactor.register("abc")
    assert redact("abc is the alphabet") == "abc is the alphabet"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Authorization: Bearer abc", "Authorization: Bearer [secret]"),
        ("headers: {'Authorization': 'Bearer unrelated-value-42'}", "headers: {'Authorization': 'Bearer [secret]'}"),
        ('"authorization": "token ghx"', '"authorization": "token [secret]"'),
        ("Authorization: Basic dXNlcjpwYXNz", "Authorization: Basic [secret]"),
        ("sent Bearer 8f3a9c0d1e2b4a6f7c8d9e0f", "sent Bearer [secret]"),
        (
            "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl here",
            "jwt [secret] here",
        ),
        ("token ghp_" + "a1B2" * 9 + " used", "token [secret] used"),
        ("GET /api?access_token=abc123&page=2", "GET /api?access_token=[secret]&page=2"),
        ("form password=hunter2 sent", "form password=[secret] sent"),
        ("{'accessJwt': 'abc.def.ghi', 'handle': 'ada'}", "{'accessJwt': '[secret]', 'handle': 'ada'}"),
        ('{"password": "correct horse"}', '{"password": "[secret]"}'),
    ],
)
def test_credential_shapes_are_scrubbed(line: str, expected: str) -> None:
    assert redact(line) == expected


def test_a_registered_secret_in_a_header_is_scrubbed_once() -> None:
    SecretRedactor.register("s3cr3t-value")
    assert redact("Authorization: Bearer s3cr3t-value") == "Authorization: Bearer [secret]"
    assert redact("?token=s3cr3t-value&x") == "?token=[secret]&x"


def test_log_file_keeps_sentences_and_scrubs_secrets(advocacy_home: Path) -> None:
    SecretRedactor.register("horse")
    handler = configure_logging()
    try:
        logging.getLogger("test.redaction").warning("the token could not be saved; horse was wrong")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    log = (advocacy_home / "logs" / "advocacy.log").read_text(encoding="utf-8")
    assert "the token could not be saved; [secret] was wrong" in log


def test_the_log_file_rotates_into_three_older_files(advocacy_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from advocacy import logging_setup

    monkeypatch.setattr(logging_setup, "LOG_MAX_BYTES", 400)
    handler = configure_logging()
    try:
        log = logging.getLogger("test.redaction")
        for number in range(40):
            log.warning("line %02d of a log that outgrows its file", number)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    folder = advocacy_home / "logs"
    assert sorted(p.name for p in folder.iterdir()) == [f"advocacy.log{s}" for s in ("", ".1", ".2", ".3")]
    texts = [
        (folder / name).read_text(encoding="utf-8")
        for name in ("advocacy.log.3", "advocacy.log.2", "advocacy.log.1", "advocacy.log")
    ]
    assert all(0 < len(text.encode()) < 400 for text in texts)  # each file below the limit
    numbers = [int(line.split("line ")[1][:2]) for text in texts for line in text.splitlines()]
    assert numbers == list(range(numbers[0], 40))  # oldest to newest, none lost from the files kept
    assert numbers[0] > 0  # the oldest lines went with the fourth file


def _main(*args: str, home: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ADVOCACY_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.parametrize("command", [["audit", "--sample"], ["suggest", "--sample"]])
def test_advocacy_home_that_is_a_file_is_one_sentence_and_exit_2(command: list[str], tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("", encoding="utf-8")
    for home in (a_file, a_file / "below"):
        result = _main(*command, home=str(home))
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert "ADVOCACY_HOME" in result.stderr and "file" in result.stderr


def test_check_home_and_folders_raise_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("", encoding="utf-8")
    monkeypatch.setenv("ADVOCACY_HOME", str(a_file))
    with pytest.raises(HomeUnusable) as caught:
        check_home()
    assert caught.value.user_message.count(".") >= 1 and "\n" not in caught.value.user_message
    with pytest.raises(FolderUnusable):
        data_dir()


def test_an_unusable_log_folder_falls_back_to_no_log_file_and_says_so_once(
    advocacy_home: Path,
) -> None:
    advocacy_home.mkdir(parents=True)
    (advocacy_home / "logs").write_text("", encoding="utf-8")  # a file where the folder should be
    stderr = io.StringIO()
    handler = configure_logging(stderr=stderr)
    try:
        logging.getLogger("test.redaction").warning("still running")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert stderr.getvalue().count("\n") == 1 and "without" in stderr.getvalue()
    assert isinstance(handler, logging.NullHandler)


class _FullDisk(io.StringIO):
    def write(self, _text: str) -> int:
        raise OSError(28, "No space left on device")


def test_a_log_file_that_fails_later_says_so_once(advocacy_home: Path) -> None:
    stderr = io.StringIO()
    handler = configure_logging(stderr=stderr)
    try:
        assert isinstance(handler, logging.StreamHandler)
        handler.stream.close()
        handler.stream = _FullDisk()
        log = logging.getLogger("test.redaction")
        for _ in range(3):
            log.warning("one more line")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert stderr.getvalue().count("\n") == 1 and "logging stopped" in stderr.getvalue()
    assert "No space left on device" in stderr.getvalue()
