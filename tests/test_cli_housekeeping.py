"""``advocacy backup``, ``restore`` and ``delete-my-data`` as a user runs them: real processes, real
files, and for the keyring either the real Secret Service or none at all."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, ProfileConfig
from advocacy.workspace import Workspace
from tests.test_cli import ROOT

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def run_cli(
    *args: str, home: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "ADVOCACY_HOME": str(home), **(env or {})},
        timeout=120,
        cwd=ROOT,
        check=False,
    )


def _files(home: Path) -> dict[str, bytes]:
    """The person's files under ``home``; the log is the app's own (each command writes to it)."""
    files = (p for p in sorted(home.rglob("*")) if p.is_file() and p.parent.name != "logs")
    return {str(p.relative_to(home)): p.read_bytes() for p in files}


def _someone(home: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("ADVOCACY_HOME", str(home))
    workspace = Workspace.open(ProfileConfig(), is_sample=False).saved_as_own(
        ProfileConfig(me=replace(ProfileConfig().me, name="Sam", accounts=Accounts(mastodon="@sam@social.example")))
    )
    workspace.add_my_words(["WidgetOS"])
    workspace.save_draft("item", Network.MASTODON, "my draft")
    return workspace


def test_backup_then_restore_on_another_computer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    _someone(laptop, monkeypatch)
    target = tmp_path / "sam.advocacy-backup"
    made = run_cli("backup", "--output", str(target), home=laptop)
    assert made.returncode == 0, made.stderr
    assert f"Backed up to {target}." in made.stdout and "Sam's profile" in made.stdout
    assert "1 draft" in made.stdout and "1 word of your own" in made.stdout
    assert "Your tokens stay in this computer's keyring" in made.stdout

    _someone(desktop, monkeypatch)
    before = _files(desktop)
    unasked = run_cli("restore", str(target), home=desktop)  # no terminal, no --yes
    assert unasked.returncode == 2 and "add --yes" in unasked.stderr
    assert _files(desktop) == before
    restored = run_cli("restore", str(target), "--yes", home=desktop)
    assert restored.returncode == 0, restored.stderr
    assert "Restoring replaces your profile, your history" in restored.stdout
    assert "Restored Sam's profile" in restored.stdout and "before-restore-" in restored.stdout
    assert any(".before-restore-" in name for name in _files(desktop))


def test_a_file_that_is_not_a_backup_is_one_line_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    _someone(home, monkeypatch)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup", encoding="utf-8")
    before = _files(home)
    result = run_cli("restore", str(notes), "--yes", home=home)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        "advocacy: notes.txt is not an Advocacy backup (those are made by Help → Back up and end in "
        ".advocacy-backup).\n"
    )
    assert _files(home) == before


def test_delete_my_data_asks_lists_and_without_a_keyring_still_deletes_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    _someone(home, monkeypatch)
    before = _files(home)
    unasked = run_cli("delete-my-data", home=home, env=NO_KEYRING)
    assert unasked.returncode == 2 and "Nothing was deleted" in unasked.stderr
    assert _files(home) == before
    for folder in ("config", "data"):
        assert f"• {home / folder}: " in unasked.stdout
    assert "• Mastodon token for @sam@social.example" in unasked.stdout
    assert "The keyring could not be checked: no system keyring is available" in unasked.stdout

    deleted = run_cli("delete-my-data", "--yes", home=home, env=NO_KEYRING)
    assert deleted.returncode == 1  # the keyring could not be checked: no all-clear
    assert not any((home / folder).exists() for folder in ("config", "data", "cache", "logs"))
    assert "Deleted 2 folders." in deleted.stderr  # with what may be left, on the error stream
    assert "The keyring could not be checked (no system keyring is available on this computer): if it holds " in (
        deleted.stderr
    )
    again = run_cli("delete-my-data", home=home, env=NO_KEYRING)
    assert again.returncode == 0 and "There is no data of yours on this computer to delete." in again.stdout
    opened = run_cli("words", home=home)  # the app still starts, as on its first day
    assert opened.returncode == 0 and "No words of your own yet" in opened.stdout


@pytest.mark.secret_service
def test_delete_my_data_removes_the_token_from_the_real_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    _someone(home, monkeypatch)
    kept = run_cli("tokens", "set", "mastodon", home=home, stdin="secret-token-for-cli\n")
    if kept.returncode != 0 or "SecretService" not in kept.stdout:
        if os.environ.get("REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail(f"a Secret Service was required: {kept.stdout}{kept.stderr}")
        pytest.skip("no Secret Service on this machine")
    deleted = run_cli("delete-my-data", "--yes", home=home)
    assert deleted.returncode == 0, deleted.stderr
    assert "• Mastodon token for @sam@social.example" in deleted.stdout
    assert "Deleted 3 folders and 1 keyring entry." in deleted.stdout  # config, data and the log
    _someone(home, monkeypatch)  # the same profile again: its token is gone from the keyring
    listed = run_cli("tokens", home=home)
    assert "Mastodon @sam@social.example: none" in listed.stdout
