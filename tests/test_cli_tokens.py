"""A token for the command line without a keyring: ``ADVOCACY_TOKEN_<NETWORK>`` in the environment,
never an argument, kept for the run only and scrubbed from the log like any other secret."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import keyring.backends.fail
import pytest
from pytest_httpserver import HTTPServer

from advocacy.credentials import CredentialStore, token_variable
from advocacy.domain.models import Network
from advocacy.errors import CredentialsUnavailable
from tests.test_bluesky_publish import LoopbackPds, bluesky_profile
from tests.test_bluesky_publish import pds as pds  # noqa: PLC0414 - the fixture, re-exported for pytest
from tests.test_cli import ROOT
from tests.test_never_twice import IdempotentMastodon
from tests.test_never_twice import server as server  # noqa: PLC0414

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
TEXT = "WidgetOS 5 is out: faster builds. (I work at Acme)"


def advocacy(*args: str, home: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCACY_TOKEN_")}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**clean, "ADVOCACY_HOME": str(home), **env},
        timeout=120,
        cwd=ROOT,
        check=False,
    )


def test_every_network_has_a_variable_by_one_rule() -> None:
    assert token_variable(Network.MASTODON) == "ADVOCACY_TOKEN_MASTODON"
    assert token_variable(Network.BLUESKY) == "ADVOCACY_TOKEN_BLUESKY"
    assert token_variable(Network.GITHUB) == "ADVOCACY_TOKEN_GITHUB"
    names = [token_variable(network) for network in Network]
    assert len(set(names)) == len(Network) and all(name.isupper() and name.isidentifier() for name in names)


def test_the_window_offers_the_session_the_command_line_names_the_variable() -> None:
    window = CredentialStore(backend=keyring.backends.fail.Keyring())
    terminal = CredentialStore(backend=keyring.backends.fail.Keyring(), command_line=True)
    with pytest.raises(CredentialsUnavailable) as in_window:
        window.get(Network.GITHUB, "ada")
    with pytest.raises(CredentialsUnavailable) as on_terminal:
        terminal.get(Network.GITHUB, "ada")
    assert "session only" in in_window.value.user_message and "ADVOCACY_TOKEN" not in in_window.value.user_message
    assert "ADVOCACY_TOKEN_GITHUB" in on_terminal.value.user_message
    assert "session only" not in on_terminal.value.user_message
    assert window.trouble is None  # no keyring at all is this computer's normal state, not trouble


def test_tokens_from_the_environment_are_for_the_profile_accounts_only() -> None:
    store = CredentialStore(backend=keyring.backends.fail.Keyring(), command_line=True)
    taken = store.take_from_environment(
        {Network.MASTODON: "@ada@example.social", Network.GITHUB: "ada"},
        {"ADVOCACY_TOKEN_MASTODON": " tok-from-env \n", "ADVOCACY_TOKEN_GITHUB": "  "},
    )
    assert taken == (Network.MASTODON,)
    assert store.get(Network.MASTODON, "@ada@example.social") == "tok-from-env"
    assert store.is_session_only(Network.MASTODON, "@ada@example.social")
    with pytest.raises(CredentialsUnavailable):
        store.get(Network.GITHUB, "ada")


def _mastodon_profile(tmp_path: Path, httpserver: HTTPServer) -> Path:
    profile = tmp_path / "me.toml"
    profile.write_text(
        f'[me]\nname = "Sam"\n[me.accounts]\nmastodon = "@sam@127.0.0.1:{httpserver.port}"\n'
        f'[endpoints]\nmastodon = "{httpserver.url_for("").rstrip("/")}"\n',
        encoding="utf-8",
    )
    return profile


def test_share_without_a_keyring_names_the_variable_and_sends_nothing(
    server: tuple[HTTPServer, IdempotentMastodon], tmp_path: Path, advocacy_home: Path
) -> None:
    httpserver, mastodon = server
    profile = _mastodon_profile(tmp_path, httpserver)
    result = advocacy(
        "share", "--profile", str(profile), "--network", "mastodon", "--yes", TEXT, home=advocacy_home, env=NO_KEYRING
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr  # set-up, as a missing token
    assert result.stderr.count("\n") == 1 and "ADVOCACY_TOKEN_MASTODON" in result.stderr, result.stderr
    assert "session only" not in result.stderr
    assert mastodon.posts_received == 0


def test_share_takes_the_token_from_the_environment_and_never_logs_it(
    server: tuple[HTTPServer, IdempotentMastodon], tmp_path: Path, advocacy_home: Path
) -> None:
    httpserver, mastodon = server
    mastodon.token = f"env-token-{uuid.uuid4().hex}"
    profile = _mastodon_profile(tmp_path, httpserver)
    result = advocacy(
        "share",
        "--profile",
        str(profile),
        "--network",
        "mastodon",
        "--yes",
        "--verbose",
        TEXT,
        home=advocacy_home,
        env={**NO_KEYRING, "ADVOCACY_TOKEN_MASTODON": mastodon.token},
    )
    assert result.returncode == 0, result.stderr
    assert len(mastodon.created) == 1  # the server checked "Bearer <the variable's value>"
    log = (advocacy_home / "logs" / "advocacy.log").read_text(encoding="utf-8")
    assert log and mastodon.token not in log
    assert mastodon.token not in result.stdout + result.stderr


def test_bluesky_keeps_its_login_for_the_run_when_the_password_came_from_the_environment(
    pds: tuple[HTTPServer, LoopbackPds], tmp_path: Path, advocacy_home: Path
) -> None:
    """The refresh token a login gives cannot go to a keyring that is not there: it lives as long
    as the app password it came from, instead of failing the share after the login."""
    server, state = pds
    profile = bluesky_profile(tmp_path, server)
    result = advocacy(
        "share",
        "--profile",
        str(profile),
        "--network",
        "bluesky",
        "--yes",
        TEXT,
        home=advocacy_home,
        env={**NO_KEYRING, "ADVOCACY_TOKEN_BLUESKY": state.password},
    )
    assert result.returncode == 0, result.stderr
    assert state.logins == 1 and len(state.records) == 1


def test_a_network_that_takes_no_token_is_never_offered_a_token_variable() -> None:
    from advocacy.domain.models import Network
    from advocacy.errors import CredentialsUnavailable

    store = CredentialStore(backend=keyring.backends.fail.Keyring(), command_line=True)
    try:
        store.get(Network.WEBSITE, "https://sam.example")
    except CredentialsUnavailable as exc:
        assert "ADVOCACY_TOKEN_WEBSITE" not in exc.user_message and "ADVOCACY_TOKEN_<NETWORK>" in exc.user_message
    else:
        raise AssertionError("a failing keyring must be said")
    problem = store.problem_for_all(example=Network.MASTODON)
    assert problem is not None and "ADVOCACY_TOKEN_<NETWORK> (such as ADVOCACY_TOKEN_MASTODON)" in problem
