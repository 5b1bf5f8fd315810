"""The SQLite store on real files: migrations, backups, reopening, damage."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advocacy.domain.models import (
    AuditReport,
    Finding,
    Network,
    Post,
    Profile,
    Severity,
    SourceOutcome,
    SourceStatus,
    VisibilityFacts,
)
from advocacy.domain.records import ShareState
from advocacy.errors import StorageError
from advocacy.storage import MIGRATIONS, SCHEMA_VERSION, Store

NOW = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)


def _report(score: int = 80, *, status: SourceStatus = SourceStatus.OK) -> AuditReport:
    profile = Profile(
        network=Network.MASTODON,
        handle="@ada@example.social",
        display_name="Ada",
        bio="Engineer",
        visibility=VisibilityFacts(discoverable=True, labels=("x",)),
        created_at=NOW,
    )
    post = Post(
        network=Network.MASTODON,
        id="1",
        url="https://example.social/@ada/1",
        created_at=NOW,
        text="Hello",
        hashtags=("hi",),
    )
    outcome = SourceOutcome(
        network=Network.MASTODON,
        account="@ada@example.social",
        status=status,
        profile=profile,
        posts=(post,),
        fetched_at=NOW,
    )
    finding = Finding(
        check="staleness.last_post",
        severity=Severity.WARNING,
        network=Network.MASTODON,
        target="post:1",
        message="Quiet",
        suggestion="Post",
        evidence="ev",
        span=(0, 2),
    )
    return AuditReport(audited_at=NOW, score=score, sources=(outcome,), findings=(finding,))


def test_saves_and_reads_back_the_whole_audit(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    report = _report()
    store.save_audit(report)
    assert Store(tmp_path / "a.sqlite3").latest_audit() == report  # reopened: nothing lost


def test_history_is_newest_first(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    for score in (50, 60, 70):
        store.save_audit(_report(score))
    assert [h.score for h in store.history()] == [70, 60, 50]
    assert all(h.findings_count == 1 for h in store.history())


def test_snapshot_kept_only_from_successful_fetches(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    good = _report()
    store.save_audit(good)
    store.save_audit(_report(status=SourceStatus.ERROR))
    snapshot = store.load_snapshot(Network.MASTODON, "@ada@example.social")
    assert snapshot is not None and snapshot.profile == good.sources[0].profile
    assert store.load_snapshot(Network.GITHUB, "ada") is None


def test_migrates_an_older_database_after_copying_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    connection.execute(
        "INSERT INTO audits (audited_at, score, findings_count, report) "
        "VALUES ('2026-01-01T00:00:00+00:00', 1, 0, '{}')"
    )
    connection.commit()
    connection.close()

    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION == 12
    backup = tmp_path / "old.sqlite3.v1.bak"
    assert backup.exists()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT COUNT(*) FROM audits").fetchone()[0] == 1
    assert [h.score for h in store.history()] == [1]  # the old audit survived the migration
    # Its report cannot be read back: coverage stays unknown, never "all read" nor "partial".
    assert store.history()[0].coverage is None and not store.history()[0].partial
    finding = _report().findings[0]
    store.dismiss(finding)  # the newest dismissals table works
    assert store.is_dismissed(finding)


def test_a_database_from_a_newer_app_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StorageError, match="newer version of this app"):
        Store(path)


def test_a_damaged_file_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION
    kept = list(tmp_path.glob("broken.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert "kept as" in store.notices[0]


def test_an_unreadable_saved_audit_is_skipped(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    with sqlite3.connect(store.path) as connection:
        connection.execute("INSERT INTO audits (audited_at, score, findings_count, report) VALUES ('x', 1, 0, 'oops')")
    assert store.latest_audit() is None


def _finding(evidence: str) -> Finding:
    return Finding(
        check="staleness.former_employer",
        severity=Severity.WARNING,
        network=Network.MASTODON,
        target="bio",
        message="m",
        evidence=evidence,
    )


def test_a_dismissal_holds_until_the_evidence_changes(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    store.dismiss(_finding("Developer advocate at Globex"))
    reopened = Store(tmp_path / "a.sqlite3")
    assert reopened.is_dismissed(_finding("Developer advocate at Globex"))
    assert not reopened.is_dismissed(_finding("Engineer at Globex, speaker"))  # a new bio is judged afresh
    reopened.undismiss(_finding("Developer advocate at Globex"))
    assert not reopened.is_dismissed(_finding("Developer advocate at Globex"))


def test_version_2_dismissals_survive_the_upgrade_and_match_any_evidence(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0] + MIGRATIONS[1] + "PRAGMA user_version = 2;")
    connection.execute("INSERT INTO dismissals VALUES ('staleness.former_employer', 'mastodon', 'bio', 'x')")
    connection.commit()
    connection.close()
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION and (tmp_path / "v2.sqlite3.v2.bak").exists()
    assert store.is_dismissed(_finding("anything at all"))


def test_share_history_and_idempotency_keys(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    store.record_share("https://acme.example/w5", Network.MASTODON, "key-1")
    store.record_share(
        "https://acme.example/w5",
        Network.MASTODON,
        "key-1",
        state=ShareState.POSTED,
        post_url="https://social.example/@sam/1",
    )
    store.record_share("https://acme.example/old", Network.BLUESKY, "key-2", state=ShareState.FAILED)
    assert store.shared_item_keys() == {"https://acme.example/w5"}  # a failed attempt does not count
    records = Store(tmp_path / "a.sqlite3").shares()
    assert [(r.item_key, r.state, r.post_url) for r in records] == [
        ("https://acme.example/old", "failed", None),
        ("https://acme.example/w5", "posted", "https://social.example/@sam/1"),  # one row per key
    ]


def test_history_knows_a_partial_audit_from_a_full_one(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    store.save_audit(_report())
    store.save_audit(_report(status=SourceStatus.ERROR))
    partial, full = store.history()
    assert full.coverage is not None and full.coverage.complete and not full.partial
    # Its one network failed and was shown from saved data: not read now, so not a full audit.
    assert partial.coverage is not None and partial.coverage.from_snapshot == 1 and partial.partial
    # Audits stored before coverage was kept get it from their report, once.
    with sqlite3.connect(tmp_path / "s.sqlite3") as connection:
        connection.execute("UPDATE audits SET coverage = NULL")
    assert [h.coverage for h in Store(tmp_path / "s.sqlite3").history()] == [partial.coverage, full.coverage]
