"""``advocacy tokens``: list, set and delete an account's token in the real system keyring, from a
real process; the value goes in on standard input and is never printed back."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.test_cli import ROOT

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
# Secrets in the child's memory (tests/keyring_memory.py), loaded by name: a keyring that works,
# and forgets everything when the command ends.
MEMORY_KEYRING = {"PYTHON_KEYRING_BACKEND": "tests.keyring_memory.MemoryKeyring"}


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
    result = advocacy("set", "mastodon", "--profile", profile, home=tmp_path, stdin="", env=MEMORY_KEYRING)
    assert result.returncode == 2 and "nothing was changed" in result.stderr


def test_the_list_names_every_account_when_the_keyring_cannot_be_read(tmp_path: Path) -> None:
    profile = str(_profile(tmp_path, "@ada@social.example"))
    result = advocacy("--profile", profile, home=tmp_path, env=NO_KEYRING)
    assert result.returncode == 1
    assert "Mastodon @ada@social.example: cannot be checked" in result.stdout
    assert "GitHub ada-" in result.stdout
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1
    # the variable for any network, its example the profile's own first account's (not Mastodon's alone)
    assert "ADVOCACY_TOKEN_<NETWORK> (such as ADVOCACY_TOKEN_MASTODON)" in result.stderr
    assert "((" not in result.stdout and "))" not in result.stdout  # no nested parentheses


def test_deleting_without_a_keyring_says_there_is_nothing_to_delete(tmp_path: Path) -> None:
    profile = str(_profile(tmp_path, "@ada@social.example"))
    result = advocacy("delete", "mastodon", "--profile", profile, home=tmp_path, env=NO_KEYRING)
    assert result.returncode == 1
    assert "there is nothing to delete" in result.stderr and "ADVOCACY_TOKEN" not in result.stderr


def _at_a_terminal(*args: str, home: Path, env: dict[str, str], keys: bytes) -> tuple[int, str]:
    """The command run at a real pseudo-terminal, ``keys`` typed once its prompt (or its end) is
    there: everything it wrote to the terminal, and its exit code."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, at the terminal
        os.chdir(ROOT)
        clean = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCACY_TOKEN_")}
        os.execve(
            sys.executable, [sys.executable, "main.py", "tokens", *args], {**clean, "ADVOCACY_HOME": str(home), **env}
        )
    seen = b""
    deadline = time.monotonic() + 60
    typed = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the terminal closed: the command ended
                break
            if not chunk:
                break
            seen += chunk
        if not typed and b"(not shown)" in seen:
            os.write(fd, keys)
            typed = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


def test_ctrl_d_at_the_token_prompt_is_one_sentence(tmp_path: Path) -> None:
    profile = str(_profile(tmp_path, "@ada@social.example"))
    code, seen = _at_a_terminal(
        "set", "mastodon", "--profile", profile, home=tmp_path, env=MEMORY_KEYRING, keys=b"\x04"
    )
    assert "(not shown)" in seen
    assert code == 2 and "nothing was changed" in seen
    assert "Traceback" not in seen and "EOFError" not in seen


def test_no_keyring_is_said_before_the_token_is_asked_for(tmp_path: Path) -> None:
    profile = str(_profile(tmp_path, "@ada@social.example"))
    code, seen = _at_a_terminal("set", "mastodon", "--profile", profile, home=tmp_path, env=NO_KEYRING, keys=b"x\n")
    assert code == 1 and "ADVOCACY_TOKEN_MASTODON" in seen
    assert "(not shown)" not in seen  # never asked for a token it could not keep
