"""``advocacy share --at`` and ``--cancel`` refuse what they cannot do in one sentence, with exit code 2
and nothing recorded: out-of-range times, local times the clocks skip or pass twice, empty ids."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from advocacy.paths import database_path
from advocacy.storage import Store
from tests.test_cli import ROOT


def _share(tmp_path: Path, home: Path, *args: str, tz: str = "Europe/Berlin") -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "me.toml"
    profile.write_text(
        '[me]\nname = "Sam"\n[me.accounts]\nmastodon = "@sam@social.example"\nbluesky = "sam.example"\n',
        encoding="utf-8",
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "share", "--profile", str(profile), "--yes", *args],
        env={**os.environ, "ADVOCACY_HOME": str(home), "TZ": tz},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="TZ is read from the environment on POSIX")
@pytest.mark.parametrize(
    ("at", "phrase", "choices"),
    [
        ("2027-03-28T02:30", "does not exist here", ("2027-03-28T01:30+0100", "2027-03-28T03:30+0200")),
        ("2027-10-31T02:30", "happens twice here", ("2027-10-31T02:30+0200", "2027-10-31T02:30+0100")),
    ],
)
def test_a_local_time_the_clocks_skip_or_repeat_is_refused_with_both_readings(
    tmp_path: Path, advocacy_home: Path, at: str, phrase: str, choices: tuple[str, str]
) -> None:
    result = _share(tmp_path, advocacy_home, "--network", "mastodon", "--at", at, "Hello")
    assert result.returncode == 2 and phrase in result.stderr, result.stderr
    assert all(choice in result.stderr for choice in choices), result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "at", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59", "2030-01-01T09:00+00:00", "tomorrow"]
)
def test_an_impossible_or_far_time_is_one_sentence_and_nothing_is_left_behind(
    tmp_path: Path, advocacy_home: Path, at: str
) -> None:
    result = _share(tmp_path, advocacy_home, "--network", "mastodon", "--at", at, "Hello")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not database_path().exists() or Store(database_path()).shares() == []  # nothing left pending


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (("--network", "mastodon", "--cancel", ""), "needs the id of a scheduled post"),
        (("--network", "mastodon", "--cancel", "../statuses"), "needs the id of a scheduled post"),
        (("--network", "bluesky", "--cancel", "12"), "Bluesky holds no posts for later; only Mastodon can"),
    ],
)
def test_cancel_refuses_what_it_cannot_cancel(
    tmp_path: Path, advocacy_home: Path, args: tuple[str, ...], phrase: str
) -> None:
    result = _share(tmp_path, advocacy_home, *args)
    assert result.returncode == 2 and phrase in result.stderr, result.stderr
