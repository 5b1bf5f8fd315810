"""The claim on a share, as another process holds it: the window and a command at once never both send."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advocacy.domain.models import Network
from advocacy.share_claims import ClaimRefused
from advocacy.storage import Store


def _claimed_by(path: Path, owner: str, when: datetime) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE shares SET claimed_by = ?, claimed_at = ?", (owner, when.isoformat()))
    connection.commit()
    connection.close()


@pytest.mark.skipif(sys.platform == "win32", reason="process ids are asked the POSIX way")
def test_a_claim_held_by_a_live_process_refuses_a_second_sender(tmp_path: Path) -> None:
    import socket

    store = Store(tmp_path / "db.sqlite3")
    claim = store.claim_share("item", Network.MASTODON, new_key=lambda: "k1", text="Hello")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        _claimed_by(store.path, f"{socket.gethostname()}:{other.pid}:token", datetime.now(UTC))
        with pytest.raises(ClaimRefused) as refused:
            store.claim_share("item", Network.MASTODON, new_key=lambda: "k2", text="Hello")
        assert refused.value.in_progress  # "already being posted": nothing is sent
    finally:
        other.kill()
        other.wait()
    # Its process is gone: an attempt with an unclear end, taken over with its key, looked up first.
    again = store.claim_share("item", Network.MASTODON, new_key=lambda: "k3", text="Hello")
    assert (again.key, again.unclear, again.created) == (claim.key, True, False)


def test_a_claim_older_than_any_post_takes_is_stale_even_if_its_process_lives(tmp_path: Path) -> None:
    import os
    import socket

    store = Store(tmp_path / "db.sqlite3")
    store.claim_share("item", Network.BLUESKY, new_key=lambda: "k1")
    _claimed_by(store.path, f"{socket.gethostname()}:{os.getpid()}:elsewhere", datetime.now(UTC) - timedelta(hours=1))
    assert store.claim_share("item", Network.BLUESKY, new_key=lambda: "k2").unclear


def test_nothing_sent_leaves_nothing_recorded_and_a_posted_share_refuses(tmp_path: Path) -> None:
    from advocacy.domain.records import ShareState

    store = Store(tmp_path / "db.sqlite3")
    claim = store.claim_share("item", Network.MASTODON, new_key=lambda: "k1", text="Hello")
    store.release_claim(claim, sent=False)
    assert store.shares() == []  # only what was attempted is recorded
    claim = store.claim_share("item", Network.MASTODON, new_key=lambda: "k2", text="Hello")
    store.record_share("item", Network.MASTODON, claim.key, state=ShareState.POSTED, post_url="https://s.example/1")
    with pytest.raises(ClaimRefused) as refused:
        store.claim_share("item", Network.MASTODON, new_key=lambda: "k3")
    assert not refused.value.in_progress and refused.value.share.post_url == "https://s.example/1"
    assert store.claim_share("item", Network.MASTODON, new_key=lambda: "k4", again=True).created  # --again
