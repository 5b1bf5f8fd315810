"""``advocacy tokens``: list, set and delete an account's token in the real system keyring, from a
real process; the value goes in on standard input and is never printed back."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.test_cli import ROOT

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _profile(folder: Path, handle: str) -> Path:
    path = folder / "profile.toml"
    path.write_text(
        f'[me]\nname = "Ada"\n\n[me.accounts]\nmastodon = "{handle}"\ngithub = "ada-{uuid.uuid4().hex[:6]}"\n\n'
        '[company]\nname = "Acme"\n',
        encoding="utf-8",
    )
    return path


def advocacy(
    *args: str, home: Path, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCACY_TOKEN_")}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "tokens", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**clean, "ADVOCACY_HOME": str(home), **(env or {})},
        timeout=120,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.secret_service
def test_set_list_delete_in_the_real_keyring(tmp_path: Path) -> None:
    if os.environ.get("REQUIRE_SECRET_SERVICE") != "1":
        pytest.skip("needs the Secret Service .ci/run starts")
    handle = f"@ci{uuid.uuid4().hex[:6]}@social.example"
    profile = str(_profile(tmp_path, handle))
    secret = f"tok-{uuid.uuid4().hex}"

    before = advocacy("--profile", profile, home=tmp_path)
    assert before.returncode == 0, before.stderr
    assert f"Mastodon {handle}: none" in before.stdout

    kept = advocacy("set", "mastodon", "--profile", profile, home=tmp_path, stdin=secret + "\n")
    assert kept.returncode == 0, kept.stderr
    assert "kept in" in kept.stdout and "SecretService" in kept.stdout
    listed = advocacy("list", "--profile", profile, home=tmp_path)
    assert f"Mastodon {handle}: kept in the keyring" in listed.stdout
    assert "GitHub ada-" in listed.stdout and ": none" in listed.stdout
    for output in (kept, listed):
        assert secret not in output.stdout + output.stderr

    gone = advocacy("delete", "mastodon", "--profile", profile, home=tmp_path)
    assert gone.returncode == 0, gone.stderr
    assert f"Mastodon {handle}: none" in advocacy("--profile", profile, home=tmp_path).stdout


def test_unknown_service_names_what_the_profile_has(tmp_path: Path) -> None:
    profile = str(_profile(tmp_path, "@ada@social.example"))
    result = advocacy("set", "bluesky", "--profile", profile, home=tmp_path, stdin="x\n", env=NO_KEYRING)
    assert result.returncode == 2
    assert "no such account" in result.stderr and "mastodon @ada@social.example" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_keyring_is_one_sentence_and_nothing_printed_twice(tmp_path: Path) -> None:
    profile = str(_profile(tmp_path, "@ada@social.example"))
    result = advocacy("set", "mastodon", "--profile", profile, home=tmp_path, stdin="secret-1\n", env=NO_KEYRING)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "keyring" in lines[0] and "ADVOCACY_TOKEN_MASTODON" in lines[0]
    assert "secret-1" not in result.stdout + result.stderr


def test_an_empty_stdin_changes_nothing(tmp_path: Path) -> None:
    profile = str(_profile(tmp_path, "@ada@social.example"))
    result = advocacy("set", "mastodon", "--profile", profile, home=tmp_path, stdin="", env=NO_KEYRING)
    assert result.returncode == 2 and "nothing was changed" in result.stderr
