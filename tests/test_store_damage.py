"""The local database under a damaged file, two first runs at once, a full disk: nothing the user
had is lost in silence, and the app opens.

Real SQLite files, damaged the ways files get damaged (cut off, the header overwritten), real
processes racing on a first run, and a real file-size limit (RLIMIT_FSIZE) standing in for a full
disk: the write fails inside SQLite exactly as it does when the disk fills.
"""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advocacy.domain.models import Network
from advocacy.domain.records import ShareState
from advocacy.storage import SCHEMA_VERSION, Store, verify_key
from tests.test_cli import ROOT, run_cli

SHARES = 120


def _filled(path: Path) -> Store:
    """A store with many shares and reminders, as months of use leave it."""
    store = Store(path)
    for number in range(SHARES):
        store.record_share(
            f"item-{number}",
            Network.MASTODON,
            f"key-{number}",
            state=ShareState.POSTED,
            post_url=f"https://social.example/@sam/{number}",
            text=f"Post number {number}, with enough words to fill a page or two of the file " * 3,
        )
    store.add_reminder(Network.BLUESKY, "later", "A draft", datetime.now(UTC) + timedelta(days=1))
    store.save_draft("item-1", Network.MASTODON, "My own words")
    checkpoint(path)
    return store


def checkpoint(path: Path) -> None:
    """Write the WAL into the main file, as happens over time, so the damage below hits real rows."""
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


@pytest.mark.parametrize("garbage", [16, 100, 400, 1500, 4096])
def test_garbage_over_the_header_keeps_the_file_and_recovers_every_row(tmp_path: Path, garbage: int) -> None:
    path = tmp_path / "db.sqlite3"
    _filled(path)
    with path.open("r+b") as file:
        file.write(os.urandom(garbage))
    store = Store(path)
    aside = list(tmp_path.glob("db.sqlite3.damaged-*"))
    assert len(aside) == 1 and aside[0].stat().st_size > 0  # kept, never deleted
    assert len(store.notices) == 1 and f"{SHARES:,} shares" in store.notices[0], store.notices
    assert len(store.shares(limit=1000)) == SHARES
    assert store.drafts() == {("item-1", Network.MASTODON): "My own words"}
    assert len(store.reminders()) == 1
    # Before its first share after the reset, each network is asked what it already has.
    assert store.get_state(verify_key(Network.MASTODON)) is not None


def test_a_cut_off_file_is_kept_and_what_can_be_read_is_recovered(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _filled(path)
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(size * 2 // 3)
    store = Store(path)
    assert list(tmp_path.glob("db.sqlite3.damaged-*"))
    assert store.notices and "kept as db.sqlite3.damaged-" in store.notices[0]
    recovered = len(store.shares(limit=1000))
    assert 0 < recovered <= SHARES
    assert f"{recovered:,} shares" in store.notices[0]
    assert store.schema_version() == SCHEMA_VERSION


def test_a_claim_after_a_reset_asks_the_network_first(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _filled(path)
    with path.open("r+b") as file:
        file.write(b"\0" * 100)
    store = Store(path)
    claim = store.claim_share("new-item", Network.MASTODON, new_key=lambda: "k1", text="hello")
    assert claim.unclear  # the lost rows may have said it was posted: look before sending
    store.checked_with_network(Network.MASTODON)
    store.release_claim(claim, sent=False)
    assert not store.claim_share("new-item", Network.MASTODON, new_key=lambda: "k2").unclear


def test_the_terminal_says_it(tmp_path: Path, advocacy_home: Path) -> None:
    from advocacy.paths import database_path

    path = database_path()
    _filled(path)
    with path.open("r+b") as file:
        file.write(b"garbage!" * 12 + b"abcd")  # the 100-byte header
    profile = tmp_path / "me.toml"
    profile.write_text('[me]\nname = "Sam"\n[me.accounts]\nmastodon = "@sam@social.example"\n', encoding="utf-8")
    result = run_cli("history", "--profile", str(profile), home=advocacy_home)
    assert "The local database was damaged" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert "Nothing shared yet" not in result.stdout  # the recovered shares are listed


def test_every_folder_of_the_app_is_private(advocacy_home: Path) -> None:
    from advocacy.paths import cache_dir, config_dir, data_dir, log_dir

    for folder in (data_dir(), config_dir(), cache_dir(), log_dir()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_the_database_and_its_folder_are_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "db.sqlite3"
    _filled(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for companion in path.parent.glob("db.sqlite3*"):
        assert stat.S_IMODE(companion.stat().st_mode) & 0o077 == 0, companion


_OPEN = "import sys; from pathlib import Path; from advocacy.storage import Store; Store(Path(sys.argv[1]))"


def test_two_first_runs_at_once_leave_a_whole_schema(tmp_path: Path) -> None:
    for trial in range(10):
        path = tmp_path / f"race-{trial}.sqlite3"
        runs = [
            subprocess.Popen([sys.executable, "-c", _OPEN, str(path)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        errors = [run.communicate(timeout=60)[1] for run in runs]
        assert all(run.returncode == 0 for run in runs), errors
        assert Store(path).schema_version() == SCHEMA_VERSION


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_is_one_sentence_naming_the_folder_and_the_report_still_prints(advocacy_home: Path) -> None:
    first = run_cli("audit", "--sample", "--format", "json", home=advocacy_home)
    assert first.returncode == 0, first.stderr

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "audit", "--sample", "--format", "text"],
        env={**os.environ, "ADVOCACY_HOME": str(advocacy_home)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=small_disk,  # only sets a limit in the child, before it runs anything
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "could not save to" in result.stdout + result.stderr
    assert str(advocacy_home) in result.stdout + result.stderr
    assert "Score" in result.stdout or "score" in result.stdout  # the audit itself is printed
    # but it is not in the history: storage trouble, exit 1, said on stderr for a script's log
    assert result.returncode == 1
    assert "advocacy: This audit could not be kept in the history: " in result.stderr


def test_the_window_says_it(qtbot: object, advocacy_home: Path) -> None:
    from pytestqt.qtbot import QtBot

    from advocacy.paths import database_path
    from tests.ui.windows import app_window, workspace

    assert isinstance(qtbot, QtBot)
    path = database_path()
    _filled(path)
    with path.open("r+b") as file:
        file.write(b"garbage!" * 12 + b"abcd")  # the 100-byte header
    window = app_window(qtbot, workspace(workspace().config, is_sample=False))
    assert not window.store_notice.isHidden()
    assert "The local database was damaged" in window.store_notice.label.text()
    assert window.history.shares_table.rowCount() == SHARES


_OPEN_STORE = "import sys; from pathlib import Path; from advocacy.storage import Store; Store(Path(sys.argv[1]))"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_rebuild_killed_at_any_moment_loses_nothing(tmp_path: Path) -> None:
    import random
    import shutil
    import time

    template = tmp_path / "template.sqlite3"
    _filled(template)
    with template.open("r+b") as file:
        file.write(b"\0" * 1500)
    rng = random.Random(20261204)
    for trial in range(8):
        folder = tmp_path / f"trial-{trial}"
        folder.mkdir()
        path = folder / "db.sqlite3"
        shutil.copy(template, path)
        child = subprocess.Popen([sys.executable, "-c", _OPEN_STORE, str(path)], cwd=ROOT)
        time.sleep(rng.uniform(0.15, 0.6))  # start-up, then somewhere in the rebuild (or after it)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        store = Store(path)
        assert len(store.shares(limit=1000)) == SHARES, trial
        assert len(list(folder.glob("db.sqlite3.damaged-*[0-9]"))) == 1, list(folder.iterdir())


def test_what_was_recovered_is_said_in_words_with_the_right_number_forms() -> None:
    from advocacy.store_recovery import Recovered

    one = Recovered(kept={"shares": 1, "audits": 0, "drafts": 1, "reminders": 3, "app_state": 6})
    assert one.described() == "6 settings, 3 reminders, 1 draft and 1 share"
    assert "records" not in one.sentence(Path("db.sqlite3.damaged-1"))
    assert Recovered(kept={"shares": 1}).described() == "1 share"
    assert Recovered(kept={"newtable": 2}).described() == "2 other records"


def test_a_database_that_reads_whole_but_cannot_be_written_shows_its_history(advocacy_home: Path) -> None:
    import shutil

    from advocacy.domain.models import AuditReport
    from advocacy.domain.profile import Accounts, Me, ProfileConfig
    from advocacy.errors import StorageError
    from advocacy.paths import database_path, saved_profile_path
    from advocacy.profile_file import save_profile

    save_profile(
        ProfileConfig(me=Me(name="Sam", accounts=Accounts(mastodon="@sam@social.example"))), saved_profile_path()
    )
    path = database_path()
    store = _filled(path)
    store.save_audit(AuditReport(datetime.now(UTC), 90, (), ()))
    checkpoint(path)
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)
    # A file the user cannot change (root ignores permissions, so the immutable flag stands in).
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)], check=False).returncode:
        pytest.skip("no immutable files here")
    try:
        opened = Store(path)
        assert opened.read_only is not None and "cannot be written" in opened.read_only
        assert opened.notices[-1].endswith("Your history is shown, but nothing new can be kept in it.")
        assert [a.score for a in opened.history()] == [90] and len(opened.shares(limit=1000)) == SHARES
        with pytest.raises(StorageError):
            opened.save_audit(AuditReport(datetime.now(UTC), 80, (), ()))
        listed = run_cli("history", home=advocacy_home)
        assert listed.returncode == 0, listed.stderr
        assert "90" in listed.stdout
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)
