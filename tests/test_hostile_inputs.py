"""Hostile surroundings for the command line: a keyring that breaks, a profile nested 50,000 deep,
a content library that is a device, a pipe, a folder, huge, missing or garbage. Each is one sentence
and the right exit code, never a traceback, and what needs none of them still works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import keyring.backend
import pytest
from pytest_httpserver import HTTPServer

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.errors import CredentialsUnavailable, InvalidProfileFile
from advocacy.profile_file import load_profile
from advocacy.sharing.content import MAX_LIBRARY_BYTES, parse_library
from tests import mastodon_server
from tests.cassettes import FIXTURES
from tests.test_cli import ROOT

DEEP = 50_000


class RaisingKeyring(keyring.backend.KeyringBackend):
    """A backend failing as a broken Secret Service does: with its own error, not keyring's.
    Loaded by name through PYTHON_KEYRING_BACKEND in the tests' child processes. Priority 0: keyring
    chains every imported backend above 0 into the default one, and this one must never join it."""

    priority = 0

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError(f"dbus said no to {service} for {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise OSError(5, f"Input/output error on {service} for {username} ({len(password)} characters)")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError(f"dbus said no to {service} for {username}")


def advocacy(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "ADVOCACY_HOME": str(home), **(env or {})},
        timeout=120,
        cwd=ROOT,
        check=False,
    )


def one_sentence(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    assert stderr.count("\n") == 1 and stderr.startswith("advocacy: "), stderr
    return stderr


# --- 1. A keyring that fails in its own way -------------------------------------------------------


def test_a_backend_raising_its_own_errors_becomes_one_sentence() -> None:
    store = CredentialStore(backend=RaisingKeyring())
    for action, said in (
        (lambda: store.get(Network.GITHUB, "ada"), "retry, or keep the token for this session only."),
        (
            lambda: store.set(Network.GITHUB, "ada", "ghp_marker_value"),
            "retry, or keep the token for this session only.",
        ),
        (lambda: store.delete(Network.GITHUB, "ada"), "retry. Nothing was deleted."),  # nothing to keep instead
    ):
        with pytest.raises(CredentialsUnavailable) as caught:
            action()
        assert caught.value.user_message == f"The system keyring did not work just now; {said}"
        assert "dbus" not in str(caught.value) and "ghp_marker_value" not in str(caught.value)
    assert store.trouble is not None


@pytest.mark.parametrize(
    ("backend", "phrase"),
    [
        ("nonexistent.Module", "The keyring named in PYTHON_KEYRING_BACKEND cannot be loaded"),
        ("tests.test_hostile_inputs.RaisingKeyring", "The system keyring did not work just now"),
    ],
)
def test_a_broken_keyring_is_a_note_and_the_audit_still_reads_public_profiles(
    httpserver: HTTPServer, advocacy_home: Path, tmp_path: Path, backend: str, phrase: str
) -> None:
    loopback = mastodon_server.install(httpserver)
    profile = tmp_path / "me.toml"
    profile.write_text(
        f'[me]\nname = "John"\n[me.accounts]\nmastodon = "{loopback.handle}"\n'
        f'[company]\nname = "Acme"\n[endpoints]\nmastodon = "{loopback.base_url}"\n',
        encoding="utf-8",
    )
    result = advocacy(
        "audit",
        "--profile",
        str(profile),
        "--format",
        "json",
        home=advocacy_home,
        env={"PYTHON_KEYRING_BACKEND": backend},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sources"][0]["status"] == "ok"  # a public profile needs no token
    note = one_sentence(result.stderr)
    assert phrase in note and "ADVOCACY_TOKEN_" in note and "session only" not in note


def test_a_keyring_that_cannot_be_loaded_is_no_keyring_to_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "nonexistent.Module")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    store = CredentialStore()
    assert not store.is_available() and store.backend_name() == "none available"
    with pytest.raises(CredentialsUnavailable) as caught:
        store.get(Network.MASTODON, "@ada@example.social")
    assert "PYTHON_KEYRING_BACKEND" in caught.value.user_message
    assert caught.value.user_message.endswith("keep the token for this session only.")


# --- 3. Nesting deep enough to exhaust the parser's stack -----------------------------------------


def test_a_profile_nested_50000_deep_is_one_sentence_and_exit_2(tmp_path: Path, advocacy_home: Path) -> None:
    profile = tmp_path / "me.toml"
    profile.write_text("a = " + "[" * DEEP + "]" * DEEP + "\n", encoding="utf-8")
    with pytest.raises(InvalidProfileFile, match="is nested too deeply to be a profile"):
        load_profile(profile)
    result = advocacy("audit", "--profile", str(profile), home=advocacy_home)
    assert result.returncode == 2
    assert "is nested too deeply to be a profile" in one_sentence(result.stderr)


@pytest.mark.parametrize(
    "text",
    [
        '{"items": ' + "[" * DEEP + "]" * DEEP + "}",
        "items = " + "[" * DEEP + "]" * DEEP,
        '{"items": [' + '{"a": ' * DEEP + "1" + "}" * DEEP + "]}",
    ],
    ids=["json-lists", "toml-lists", "json-objects"],
)
def test_a_library_nested_50000_deep_is_one_sentence(text: str) -> None:
    with pytest.raises(InvalidProfileFile, match="is nested too deeply to be a content library"):
        parse_library(text.encode(), where="library.json")


# --- 4. A library that is not a library file ------------------------------------------------------


@pytest.fixture
def company_feed(httpserver: HTTPServer, tmp_path: Path) -> Path:
    """A profile whose company blog is readable, so suggest has something to print besides the library."""
    httpserver.expect_request("/feed.xml").respond_with_data(
        (FIXTURES / "website/feedrs__rss_2.0_ghost_2.xml").read_bytes(), content_type="application/rss+xml"
    )
    profile = tmp_path / "me.toml"
    profile.write_text(
        '[me]\nname = "Sam"\n[me.accounts]\nmastodon = "@sam@social.example"\n'
        f'[company]\nname = "Acme"\n[[company.feeds]]\nurl = "{httpserver.url_for("/feed.xml")}"\nname = "Acme blog"\n',
        encoding="utf-8",
    )
    return profile


def _suggest(profile: Path, library: str, home: Path) -> subprocess.CompletedProcess[str]:
    return advocacy("suggest", "--profile", str(profile), "--library", library, home=home)


def test_a_readable_library_beside_the_feed_exits_0(company_feed: Path, tmp_path: Path, advocacy_home: Path) -> None:
    library = tmp_path / "library.toml"
    library.write_text('[[items]]\ntitle = "WidgetOS 5"\nurl = "https://acme.example/w5"\n', encoding="utf-8")
    result = _suggest(company_feed, str(library), advocacy_home)
    assert result.returncode == 0 and result.stderr == "", result.stderr


def _garbage(tmp_path: Path) -> str:
    path = tmp_path / "garbage.toml"
    path.write_bytes(b"\x00\xff not [a library")
    return str(path)


def _too_large(tmp_path: Path) -> str:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(MAX_LIBRARY_BYTES + 1)  # sparse: large to stat and to read, cheap to make
    return str(path)


def _pipe(tmp_path: Path) -> str:
    path = tmp_path / "pipe"
    os.mkfifo(path)  # opening it would wait for a writer that never comes
    return str(path)


@pytest.mark.parametrize(
    ("make", "phrase"),
    [
        (lambda tmp_path: "/dev/zero", "is not a regular file"),
        (str, "is not a regular file"),  # the test's own folder
        (_pipe, "is not a regular file"),
        (_too_large, "is larger than 5 MB"),
        (lambda tmp_path: str(tmp_path / "missing.toml"), "cannot be read (No such file or directory)"),
        (_garbage, "cannot be read as a list of company posts"),
    ],
    ids=["device", "folder", "pipe", "too-large", "missing", "garbage"],
)
@pytest.mark.skipif(sys.platform == "win32", reason="devices and pipes by these names are POSIX")
def test_an_unusable_library_is_one_sentence_exit_1_and_the_rest_is_still_suggested(
    company_feed: Path, tmp_path: Path, advocacy_home: Path, make: Callable[[Path], str], phrase: str
) -> None:
    library = make(tmp_path)
    result = _suggest(company_feed, library, advocacy_home)
    assert result.returncode == 1, result.stderr
    assert phrase in one_sentence(result.stderr) and library in result.stderr
    assert "Acme blog" in result.stdout  # the feed was read and suggested from all the same


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_a_library_without_read_permission_is_exit_1(company_feed: Path, tmp_path: Path, advocacy_home: Path) -> None:
    library = tmp_path / "secret.toml"
    library.write_text('[[items]]\ntitle = "T"\nurl = "https://acme.example/t"\n', encoding="utf-8")
    library.chmod(0)
    result = _suggest(company_feed, str(library), advocacy_home)
    assert result.returncode == 1
    assert "cannot be read (Permission denied)" in one_sentence(result.stderr)


@pytest.mark.skipif(sys.platform == "win32", reason="pipes are POSIX")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    from advocacy.sharing.content import read_local_library

    pipe = Path(_pipe(tmp_path))
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_local_library(pipe, where=str(pipe))
        except InvalidProfileFile as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # let the stuck open() return so the thread ends
        with pipe.open("wb"):
            pass
        pytest.fail("reading the library waited on the pipe")
    assert outcome and "is not a regular file" in str(outcome[0])
