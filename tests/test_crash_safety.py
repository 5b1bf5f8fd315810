"""Kill the process (SIGKILL) at random points while it saves audits: nothing committed is ever lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KILLS = 12

_WRITER = r"""
import sys
from datetime import UTC, datetime
from pathlib import Path
from advocacy.domain.models import AuditReport, Finding, Network, Severity
from advocacy.storage import Store

store = Store(Path(sys.argv[1]))
finding = Finding(check="staleness.last_post", severity=Severity.WARNING, network=Network.MASTODON,
                  target="profile", message="m" * 200, evidence="e" * 2000)
for i in range(100000):
    report = AuditReport(audited_at=datetime.now(UTC), score=i % 101, sources=(), findings=(finding,) * 20)
    audit_id = store.save_audit(report)
    print(audit_id, flush=True)  # printed only after the commit returned
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_while_saving_loses_nothing_committed(tmp_path: Path) -> None:
    database = tmp_path / "crash.sqlite3"
    rng = random.Random(20261122)
    committed: set[int] = set()
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(database)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        time.sleep(rng.uniform(0.3, 0.9))  # start-up is ~0.2 s; then it is mid-write most of the time
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL
        committed.update(int(line) for line in out.split())
        with sqlite3.connect(database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in connection.execute("SELECT id FROM audits")}
        assert committed <= stored, f"lost audits: {sorted(committed - stored)[:5]}"
    assert len(committed) > KILLS  # it really was writing when killed
