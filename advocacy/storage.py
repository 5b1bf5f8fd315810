"""The local SQLite store: every audit, the last good snapshot per source, dismissed findings.

Each operation opens its own short-lived connection, so the store can be used from any thread
without sharing a connection. The schema is versioned with ``PRAGMA user_version``; before a
migration the file is copied next to itself, so an upgrade can never lose history.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocacy.domain.models import AuditReport, Finding, Network, SourceOutcome, SourceStatus
from advocacy.domain.reach import NetworkReach, reach_of
from advocacy.domain.records import AuditSummary, RemoteShare, ShareRecord
from advocacy.errors import StorageError
from advocacy.serialization import (
    outcome_from_dict,
    outcome_to_dict,
    report_from_dict,
    report_to_dict,
)

if TYPE_CHECKING:
    from advocacy.domain.plan import Reminder

log = logging.getLogger(__name__)

# Index i holds the script that takes the schema from version i to i + 1. Append only.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE audits (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        audited_at TEXT NOT NULL,
        score INTEGER NOT NULL,
        findings_count INTEGER NOT NULL,
        report TEXT NOT NULL
    );
    CREATE INDEX audits_by_time ON audits (audited_at);
    CREATE TABLE snapshots (
        network TEXT NOT NULL,
        account TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        PRIMARY KEY (network, account)
    );
    """,
    """
    CREATE TABLE dismissals (
        check_id TEXT NOT NULL,
        network TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (check_id, network, target)
    );
    """,
    # A dismissal holds only while the evidence is the same: a new bio or post is judged afresh.
    # Rows from version 2 keep an empty evidence hash, which matches any evidence.
    """
    CREATE TABLE dismissals_v3 (
        check_id TEXT NOT NULL,
        network TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL,
        evidence_hash TEXT NOT NULL DEFAULT '',
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (check_id, network, target, evidence_hash)
    );
    INSERT INTO dismissals_v3 (check_id, network, target, evidence_hash, dismissed_at)
        SELECT check_id, network, target, '', dismissed_at FROM dismissals;
    DROP TABLE dismissals;
    ALTER TABLE dismissals_v3 RENAME TO dismissals;
    """,
    # What was shared where. The idempotency key is stored before a post is sent, so a retry after a
    # timeout or a crash reuses it and the network never publishes twice.
    """
    CREATE TABLE shares (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_key TEXT NOT NULL,
        network TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('pending', 'posted', 'failed')),
        created_at TEXT NOT NULL,
        posted_at TEXT,
        post_url TEXT
    );
    CREATE INDEX shares_by_item ON shares (item_key);
    """,
    # An audit that could read nothing has no score (NULL), never a made-up 100.
    """
    CREATE TABLE audits_v5 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        audited_at TEXT NOT NULL,
        score INTEGER,
        findings_count INTEGER NOT NULL,
        report TEXT NOT NULL
    );
    INSERT INTO audits_v5 (id, audited_at, score, findings_count, report)
        SELECT id, audited_at, score, findings_count, report FROM audits;
    DROP TABLE audits;
    ALTER TABLE audits_v5 RENAME TO audits;
    CREATE INDEX audits_by_time ON audits (audited_at);
    """,
    # Posts scheduled on the network (Mastodon's scheduled statuses): when they go out, the server's
    # id to list or cancel them by. The state check is rebuilt to allow "scheduled" and "cancelled".
    """
    CREATE TABLE shares_v6 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_key TEXT NOT NULL,
        network TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('pending', 'posted', 'failed', 'scheduled', 'cancelled')),
        created_at TEXT NOT NULL,
        posted_at TEXT,
        post_url TEXT,
        scheduled_at TEXT,
        remote_id TEXT
    );
    INSERT INTO shares_v6 (id, item_key, network, idempotency_key, state, created_at, posted_at, post_url)
        SELECT id, item_key, network, idempotency_key, state, created_at, posted_at, post_url FROM shares;
    DROP TABLE shares;
    ALTER TABLE shares_v6 RENAME TO shares;
    CREATE INDEX shares_by_item ON shares (item_key);
    """,
    # Reminders: a post to make by hand at a chosen time (networks that cannot hold one for later).
    # At most one planned reminder per item and network: never planned twice. And a little state
    # the app keeps between runs (when it last notified, so it nudges at most once a day).
    """
    CREATE TABLE reminders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        network TEXT NOT NULL,
        item_key TEXT NOT NULL,
        text TEXT NOT NULL,
        due_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('planned', 'done', 'dropped'))
    );
    CREATE UNIQUE INDEX reminders_once ON reminders (network, item_key) WHERE state = 'planned';
    CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # Each audit's reach (followers, median interactions per network), kept beside the report so the
    # charts over many audits need not read every report back. NULL for audits saved before: filled
    # in from their report the first time the history is read.
    """
    ALTER TABLE audits ADD COLUMN reach TEXT;
    """,
    # What was posted, so a list of scheduled posts or shares says which is which (NULL before).
    """
    ALTER TABLE shares ADD COLUMN text TEXT;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.notices: list[str] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        self._open_and_migrate()

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            connection = sqlite3.connect(self.path, timeout=10)
        except sqlite3.Error as exc:
            raise StorageError(f"The local database {self.path} cannot be opened ({exc}).") from None
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            with connection:
                yield connection
        except sqlite3.OperationalError as exc:
            raise StorageError(f"The local database {self.path} could not be used ({exc}).") from None
        finally:
            connection.close()

    def _open_and_migrate(self) -> None:
        try:
            with self._connect() as connection:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                connection.execute("PRAGMA journal_mode = WAL")
        except (sqlite3.DatabaseError, StorageError) as exc:
            if not self.path.exists() or ("not a database" not in str(exc) and "malformed" not in str(exc)):
                raise
            # A damaged file is kept aside, never deleted: the user may want it back.
            aside = self.path.with_name(f"{self.path.name}.damaged-{datetime.now(UTC):%Y%m%d%H%M%S}")
            self.path.rename(aside)
            self.notices.append(
                f"The local database was damaged; it was moved to {aside.name} and a new one was started."
            )
            version = 0
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"The local database {self.path} was written by a newer version of this app; please update the app."
            )
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            self._backup(version)
        with self._connect() as connection:
            for index in range(version, SCHEMA_VERSION):
                connection.executescript(f"BEGIN; {MIGRATIONS[index]} PRAGMA user_version = {index + 1}; COMMIT;")
                log.info("database migrated to schema %d", index + 1)

    def _backup(self, version: int) -> None:
        target = self.path.with_name(f"{self.path.name}.v{version}.bak")
        source = sqlite3.connect(self.path)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        log.info("database copied to %s before migrating", target.name)

    def schema_version(self) -> int:
        with self._connect() as connection:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])

    # Audits ---------------------------------------------------------------------------------

    def save_audit(self, report: AuditReport) -> int:
        document = json.dumps(report_to_dict(report), ensure_ascii=False)
        with self._connect() as connection:
            cursor = connection.execute(
                "INSERT INTO audits (audited_at, score, findings_count, report, reach) VALUES (?, ?, ?, ?, ?)",
                (report.audited_at.isoformat(), report.score, len(report.findings), document, _reach_json(report)),
            )
            for outcome in report.sources:
                if outcome.status is SourceStatus.OK and outcome.profile is not None:
                    self._save_snapshot(connection, outcome)
            return int(cursor.lastrowid or 0)

    def latest_audit(self) -> AuditReport | None:
        with self._connect() as connection:
            row = connection.execute("SELECT report FROM audits ORDER BY id DESC LIMIT 1").fetchone()
        return self._decode_report(row[0]) if row else None

    def latest_audit_id(self) -> int | None:
        """The id of the newest audit: one cheap query, to tell whether a decoded report is still the latest."""
        with self._connect() as connection:
            row = connection.execute("SELECT MAX(id) FROM audits").fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def audit(self, audit_id: int) -> AuditReport | None:
        with self._connect() as connection:
            row = connection.execute("SELECT report FROM audits WHERE id = ?", (audit_id,)).fetchone()
        return self._decode_report(row[0]) if row else None

    def history(self, limit: int = 100) -> list[AuditSummary]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT id, audited_at, score, findings_count, reach FROM audits ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
            missing = [r[0] for r in rows if r[4] is None]
            filled = self._fill_reach(connection, missing) if missing else {}
        return [
            AuditSummary(r[0], datetime.fromisoformat(r[1]), r[2], r[3], _reach_from_json(filled.get(r[0], r[4])))
            for r in rows
        ]

    def _fill_reach(self, connection: sqlite3.Connection, audit_ids: list[int]) -> dict[int, str]:
        """Reach for audits saved before it was kept: read from their reports, once, and stored."""
        filled = {}
        for audit_id in audit_ids:
            row = connection.execute("SELECT report FROM audits WHERE id = ?", (audit_id,)).fetchone()
            report = self._decode_report(row[0]) if row else None
            filled[audit_id] = _reach_json(report) if report is not None else "[]"
            connection.execute("UPDATE audits SET reach = ? WHERE id = ?", (filled[audit_id], audit_id))
        return filled

    def _decode_report(self, text: str) -> AuditReport | None:
        try:
            return report_from_dict(json.loads(text))
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("a saved audit could not be read back: %s", type(exc).__name__)
            return None

    # Snapshots ------------------------------------------------------------------------------

    def _save_snapshot(self, connection: sqlite3.Connection, outcome: SourceOutcome) -> None:
        taken_at = (outcome.fetched_at or datetime.now(UTC)).isoformat()
        connection.execute(
            "INSERT OR REPLACE INTO snapshots (network, account, taken_at, outcome) VALUES (?, ?, ?, ?)",
            (outcome.network.value, outcome.account, taken_at, json.dumps(outcome_to_dict(outcome))),
        )

    def save_snapshot(self, outcome: SourceOutcome) -> None:
        with self._connect() as connection:
            self._save_snapshot(connection, outcome)

    def load_snapshot(self, network: Network, account: str) -> SourceOutcome | None:
        with self._connect() as connection:
            row = connection.execute(
                "SELECT outcome FROM snapshots WHERE network = ? AND account = ?", (network.value, account)
            ).fetchone()
        if not row:
            return None
        try:
            return outcome_from_dict(json.loads(row[0]))
        except (ValueError, KeyError, TypeError):
            return None

    # Dismissals ----------------------------------------------------------------------------

    def dismiss(self, finding: Finding) -> None:
        with self._connect() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO dismissals (check_id, network, target, evidence_hash, dismissed_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (*dismissal_key(finding), datetime.now(UTC).isoformat()),
            )

    def undismiss(self, finding: Finding) -> None:
        check_id, network, target, evidence_hash = dismissal_key(finding)
        with self._connect() as connection:
            connection.execute(
                "DELETE FROM dismissals WHERE check_id = ? AND network = ? AND target = ? AND evidence_hash IN (?, '')",
                (check_id, network, target, evidence_hash),
            )

    def dismissed(self) -> set[tuple[str, str, str, str]]:
        with self._connect() as connection:
            rows = connection.execute("SELECT check_id, network, target, evidence_hash FROM dismissals").fetchall()
        return {(r[0], r[1], r[2], r[3]) for r in rows}

    # Shares -------------------------------------------------------------------------------------

    def record_share(
        self,
        item_key: str,
        network: Network,
        idempotency_key: str,
        *,
        state: str = "pending",
        post_url: str | None = None,
        scheduled_at: datetime | None = None,
        remote_id: str | None = None,
        text: str | None = None,
    ) -> None:
        now = datetime.now(UTC).isoformat()
        when = scheduled_at.isoformat() if scheduled_at else None
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO shares (item_key, network, idempotency_key, state, created_at, posted_at, post_url, "
                "scheduled_at, remote_id, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) "
                "DO UPDATE SET state = excluded.state, posted_at = excluded.posted_at, post_url = excluded.post_url, "
                "scheduled_at = COALESCE(excluded.scheduled_at, scheduled_at), "
                "remote_id = COALESCE(excluded.remote_id, remote_id), text = COALESCE(text, excluded.text)",
                (
                    item_key,
                    network.value,
                    idempotency_key,
                    state,
                    now,
                    now if state == "posted" else None,
                    post_url,
                    when,
                    remote_id,
                    text,
                ),
            )

    def share_by_remote_id(self, network: Network, remote_id: str) -> RemoteShare | None:
        """The share the network knows by ``remote_id``: its keys, state and scheduled time."""
        with self._connect() as connection:
            row = connection.execute(
                "SELECT item_key, idempotency_key, state, scheduled_at FROM shares "
                "WHERE network = ? AND remote_id = ? ORDER BY id DESC",
                (network.value, remote_id),
            ).fetchone()
        if not row:
            return None
        return RemoteShare(row[0], row[1], row[2], datetime.fromisoformat(row[3]) if row[3] else None)

    def pending_share_key(self, item_key: str, network: Network) -> str | None:
        """The key of an attempt that never got an answer: a retry must reuse it."""
        with self._connect() as connection:
            row = connection.execute(
                "SELECT idempotency_key FROM shares WHERE item_key = ? AND network = ? AND state = 'pending' "
                "ORDER BY id DESC LIMIT 1",
                (item_key, network.value),
            ).fetchone()
        return row[0] if row else None

    def shared_item_keys(self) -> set[str]:
        """Items shared anywhere (or on their way): the ranking never proposes them again."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT DISTINCT item_key FROM shares WHERE state NOT IN ('failed', 'cancelled')"
            ).fetchall()
        return {row[0] for row in rows}

    def shares(self, limit: int = 200) -> list[ShareRecord]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT item_key, network, state, created_at, post_url, scheduled_at, remote_id, text FROM shares "
                "ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [
            ShareRecord(
                r[0],
                Network(r[1]),
                r[2],
                datetime.fromisoformat(r[3]),
                r[4],
                scheduled_at=datetime.fromisoformat(r[5]) if r[5] else None,
                remote_id=r[6],
                text=r[7],
            )
            for r in rows
        ]

    # Reminders and the app's own state ------------------------------------------------------

    def add_reminder(self, network: Network, item_key: str, text: str, due_at: datetime) -> Reminder:
        """Plan a post for later; an item already planned on that network keeps its first reminder
        (returned unchanged), so one click twice never plans it twice."""
        now = datetime.now(UTC).isoformat()
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO reminders (network, item_key, text, due_at, created_at, state) "
                "VALUES (?, ?, ?, ?, ?, 'planned') ON CONFLICT DO NOTHING",
                # In UTC, so times compare as text in SQL (due_count) whatever zone they were set in.
                (network.value, item_key, text, due_at.astimezone(UTC).isoformat(), now),
            )
            row = connection.execute(
                f"SELECT {_REMINDER_COLUMNS} FROM reminders WHERE network = ? AND item_key = ? AND state = 'planned'",
                (network.value, item_key),
            ).fetchone()
        return _reminder(row)

    def reminders(self, *, include_closed: bool = False, limit: int = 500) -> list[Reminder]:
        where = "" if include_closed else "WHERE state = 'planned'"
        with self._connect() as connection:
            rows = connection.execute(
                f"SELECT {_REMINDER_COLUMNS} FROM reminders {where} ORDER BY due_at LIMIT ?", (limit,)
            ).fetchall()
        return [_reminder(row) for row in rows]

    def due_count(self, now: datetime) -> int:
        """Planned reminders whose time has come: one query, for a tab's title at start-up."""
        with self._connect() as connection:
            row = connection.execute(
                "SELECT COUNT(*) FROM reminders WHERE state = 'planned' AND due_at <= ?",
                (now.astimezone(UTC).isoformat(),),
            ).fetchone()
        return int(row[0])

    def close_reminder(self, reminder_id: int, state: str) -> None:
        if state not in ("done", "dropped"):
            raise ValueError(state)
        with self._connect() as connection:
            connection.execute("UPDATE reminders SET state = ? WHERE id = ?", (state, reminder_id))

    def get_state(self, key: str) -> str | None:
        with self._connect() as connection:
            row = connection.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def is_dismissed(self, finding: Finding, dismissed: set[tuple[str, str, str, str]] | None = None) -> bool:
        keys = self.dismissed() if dismissed is None else dismissed
        check_id, network, target, evidence_hash = dismissal_key(finding)
        return (check_id, network, target, evidence_hash) in keys or (check_id, network, target, "") in keys


_REMINDER_COLUMNS = "id, network, item_key, text, due_at, created_at, state"


def _reach_json(report: AuditReport) -> str:
    return json.dumps([r.as_dict() for r in reach_of(report)])


def _reach_from_json(text: str | None) -> tuple[NetworkReach, ...]:
    try:
        items = json.loads(text or "[]")
        return tuple(NetworkReach.from_dict(item) for item in items if isinstance(item, dict))
    except (ValueError, KeyError, TypeError):
        return ()  # a damaged figure leaves a gap in a chart, never a failed history


def _reminder(row: Sequence[Any]) -> Reminder:
    from advocacy.domain.plan import Reminder  # loads with the first reminder read, not at start-up

    return Reminder(
        int(row[0]),
        Network(row[1]),
        row[2],
        row[3],
        datetime.fromisoformat(row[4]),
        datetime.fromisoformat(row[5]),
        row[6],
    )


def dismissal_key(finding: Finding) -> tuple[str, str, str, str]:
    digest = hashlib.sha256(finding.evidence.encode("utf-8")).hexdigest()[:16]
    return finding.check, finding.network.value if finding.network else "", finding.target, digest
