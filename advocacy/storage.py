"""The local SQLite store: every audit, the last good snapshot per source, dismissed findings.

Each operation opens its own short-lived connection, so the store can be used from any thread
without sharing a connection. The schema is versioned with ``PRAGMA user_version``; before a
migration the file is copied next to itself, so an upgrade can never lose history.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from advocacy.domain.models import AuditReport, Coverage, Finding, Network, SourceOutcome, SourceStatus
from advocacy.domain.reach import NetworkReach, reach_of
from advocacy.domain.records import AuditSummary
from advocacy.errors import StorageError
from advocacy.serialization import (
    outcome_from_dict,
    outcome_to_dict,
    report_from_dict,
    report_to_dict,
)
from advocacy.store_damage import damage_of, is_damage
from advocacy.store_files import create_private, keep_private, secure_folder, storage_error
from advocacy.store_schema import MIGRATIONS, SCHEMA_VERSION, statements
from advocacy.store_sharing import ShareRecords, get_state, private, verify_key

if TYPE_CHECKING:  # loads with the first dismissal read, not when the window opens
    from advocacy.domain.dismissals import Dismissal

log = logging.getLogger(__name__)


class Store(ShareRecords):
    """Open with ``Store(path)``. A damaged file is never replaced in silence: it is kept beside the
    new one, every row that can still be read is copied over, and ``notices`` says what happened
    (both front ends show it). The file and its folder are readable by the user alone."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notices: list[str] = []
        # Why nothing can be written (a read-only file that reads whole): the history is still shown.
        self.read_only: str | None = None
        secure_folder(path.parent)
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
            raise storage_error(self.path, exc) from None
        finally:
            connection.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction that holds the write lock from its first statement, so what it reads
        cannot change before it writes: two processes claiming one share are served one after the other."""
        try:
            connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(f"The local database {self.path} cannot be opened ({exc}).") from None
        try:
            connection.execute("BEGIN IMMEDIATE")
            yield connection
            connection.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise storage_error(self.path, exc) from None
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            connection.close()

    def _open_and_migrate(self) -> None:
        rebuilt = self.path.with_name(self.path.name + REBUILDING)
        if not self.path.exists() and rebuilt.exists():  # a rebuild that was cut off before its last step
            os.replace(rebuilt, self.path)
        try:
            create_private(self.path)
        except StorageError as exc:
            if not self._whole_and_current():
                raise
            # A file that cannot be written but reads whole: its history is shown; each write says why not.
            self.read_only = exc.user_message
            self.notices.append(f"{exc.user_message} Your history is shown, but nothing new can be kept in it.")
            return
        problem = damage_of(self.path)
        if problem is not None:
            self._start_afresh(problem)
        try:
            self._migrate()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not is_damage(exc):
                raise storage_error(self.path, exc) from None
            self._start_afresh(str(exc))
            self._migrate()
        keep_private(self.path)
        self._take_notices()

    def _whole_and_current(self) -> bool:
        """The file is there, undamaged and of this version's schema, read without writing a byte."""
        if not self.path.is_file() or damage_of(self.path) is not None:
            return False
        try:
            connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=10)
            try:
                return bool(connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION)
            finally:
                connection.close()
        except sqlite3.Error:
            return False

    def _take_notices(self) -> None:
        """Notices the store left for the user (a rebuild after damage), said once by this store."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT key, value FROM app_state WHERE key LIKE 'notice:%' ORDER BY key"
            ).fetchall()
            connection.execute("DELETE FROM app_state WHERE key LIKE 'notice:%'")
        self.notices.extend(row[1] for row in rows)

    def _migrate(self, path: Path | None = None) -> None:
        """Bring the schema up to date under an exclusive lock, reading the version only once the lock
        is held: a second process starting at the same moment waits, then finds nothing left to do."""
        connection = sqlite3.connect(path or self.path, timeout=30, isolation_level=None)
        try:
            version = _when_free(lambda: _wal_and_version(connection))
            if version == SCHEMA_VERSION:
                return
            connection.execute("BEGIN EXCLUSIVE")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StorageError(
                    f"The local database {self.path} was written by a newer version of this app; please update the app."
                )
            if version > 0 and version < SCHEMA_VERSION:
                self._backup(version)
            for index in range(version, SCHEMA_VERSION):
                for statement in statements(MIGRATIONS[index]):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {index + 1}")
                log.info("database migrated to schema %d", index + 1)
            connection.execute("COMMIT")
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            connection.close()

    def _start_afresh(self, problem: str) -> None:
        """Keep the damaged file aside (never deleted: the user may want it back) and put in its place
        a new one holding every row that could still be read. The new file is built beside it and
        moved in last, with the notice for the user inside it: a process killed at any moment leaves
        either the damaged file (done again at the next start) or the whole new one, never a partial
        one said nothing about. Until a share on a network is checked with that network, the app
        assumes it may have posted things the lost rows no longer say."""
        from advocacy.store_recovery import aside_name, recover_into, remove_with_companions, set_aside

        rebuilt = self.path.with_name(self.path.name + REBUILDING)
        remove_with_companions(rebuilt)
        create_private(rebuilt)
        self._migrate(rebuilt)
        aside = aside_name(self.path)
        recovered = recover_into(self.path, rebuilt)
        now = datetime.now(UTC).isoformat()
        connection = sqlite3.connect(rebuilt, timeout=30)
        try:
            with connection:
                rows = [(verify_key(network), now) for network in Network]
                rows.append((f"notice:{now}", recovered.sentence(aside)))
                connection.executemany("INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)", rows)
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone is whole when moved
        finally:
            connection.close()
        try:
            set_aside(self.path, aside)
        except FileNotFoundError:  # another copy of the app did all this a moment ago
            remove_with_companions(rebuilt)
            return
        log.warning("database damaged (%s); kept as %s", problem, aside.name)
        os.replace(rebuilt, self.path)
        keep_private(self.path)

    def _backup(self, version: int) -> None:
        """A copy of the database as it was before migrating. Taken while the migration holds the
        write lock, through a second connection: in WAL mode it reads the last committed state."""
        target = self.path.with_name(f"{self.path.name}.v{version}.bak")
        source, destination = sqlite3.connect(self.path), sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()
        keep_private(target)
        log.info("database copied to %s before migrating", target.name)

    def schema_version(self) -> int:
        with self._connect() as connection:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])

    # Audits ---------------------------------------------------------------------------------

    def save_audit(self, report: AuditReport) -> int:
        document = private(json.dumps(report_to_dict(report), ensure_ascii=False)) or "{}"
        with self._connect() as connection:
            cursor = connection.execute(
                "INSERT INTO audits (audited_at, score, findings_count, report, reach, coverage) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    report.audited_at.isoformat(),
                    report.score,
                    len(report.findings),
                    document,
                    _reach_json(report),
                    _coverage_json(report.coverage),
                ),
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
                "SELECT id, audited_at, score, findings_count, reach, coverage FROM audits ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
            missing = [r[0] for r in rows if r[4] is None or r[5] is None]
            filled = self._fill_summaries(connection, missing) if missing else {}
        return [
            AuditSummary(
                r[0],
                datetime.fromisoformat(r[1]),
                r[2],
                r[3],
                _reach_from_json(filled.get(r[0], (r[4], r[5]))[0]),
                _coverage_from_json(filled.get(r[0], (r[4], r[5]))[1]),
            )
            for r in rows
        ]

    def _fill_summaries(self, connection: sqlite3.Connection, audit_ids: list[int]) -> dict[int, tuple[str, str]]:
        """Reach and coverage for audits saved before they were kept: read from their reports, once,
        and stored. A report that cannot be read has neither (an empty reach, an unknown coverage)."""
        filled = {}
        for audit_id in audit_ids:
            row = connection.execute("SELECT report FROM audits WHERE id = ?", (audit_id,)).fetchone()
            report = self._decode_report(row[0]) if row else None
            reach = _reach_json(report) if report is not None else "[]"
            coverage = _coverage_json(report.coverage) if report is not None else "{}"
            filled[audit_id] = (reach, coverage)
            connection.execute("UPDATE audits SET reach = ?, coverage = ? WHERE id = ?", (reach, coverage, audit_id))
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
            (outcome.network.value, outcome.account, taken_at, private(json.dumps(outcome_to_dict(outcome)))),
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

    def dismissals(self) -> list[Dismissal]:
        """Every dismissed finding, newest first (one line per finding, whatever evidence it had)."""
        from advocacy.domain.dismissals import Dismissal

        with self._connect() as connection:
            rows = connection.execute(
                "SELECT check_id, network, target, MAX(dismissed_at) FROM dismissals "
                "GROUP BY check_id, network, target ORDER BY MAX(dismissed_at) DESC"
            ).fetchall()
        known = {n.value for n in Network}
        return [
            Dismissal(r[0], Network(r[1]) if r[1] in known else None, r[2], datetime.fromisoformat(r[3])) for r in rows
        ]

    def restore(self, dismissal: Dismissal) -> None:
        """Show the finding again from the next audit on."""
        with self._connect() as connection:
            connection.execute(
                "DELETE FROM dismissals WHERE check_id = ? AND network = ? AND target = ?",
                (dismissal.check, dismissal.network.value if dismissal.network else "", dismissal.target),
            )

    def dismissed(self) -> set[tuple[str, str, str, str]]:
        with self._connect() as connection:
            rows = connection.execute("SELECT check_id, network, target, evidence_hash FROM dismissals").fetchall()
        return {(r[0], r[1], r[2], r[3]) for r in rows}

    def get_state(self, key: str) -> str | None:
        with self._connect() as connection:
            return get_state(connection, key)

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


REBUILDING = ".rebuilding"  # the new database after damage, until it is moved into place


def _wal_and_version(connection: sqlite3.Connection) -> int:
    connection.execute("PRAGMA journal_mode = WAL")
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _when_free(step: Callable[[], int], patience: float = 30.0) -> int:
    """Run ``step``, waiting while another process holds the file: changing the journal mode does not
    wait by itself (SQLite answers "locked" at once while a first run elsewhere creates the schema)."""
    import time

    deadline = time.monotonic() + patience
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _reach_json(report: AuditReport) -> str:
    return json.dumps([r.as_dict() for r in reach_of(report)])


def _coverage_json(coverage: Coverage) -> str:
    return json.dumps(asdict(coverage))


def _coverage_from_json(text: str | None) -> Coverage | None:
    """None when not known (a report that could not be read back): never shown as "all read"."""
    try:
        data = json.loads(text or "{}")
        counts = {name: data[name] for name in ("read", "from_snapshot", "failed", "skipped")}
    except (ValueError, KeyError, TypeError):
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in counts.values()):
        return None
    return Coverage(**counts)


def _reach_from_json(text: str | None) -> tuple[NetworkReach, ...]:
    try:
        items = json.loads(text or "[]")
        return tuple(NetworkReach.from_dict(item) for item in items if isinstance(item, dict))
    except (ValueError, KeyError, TypeError):
        return ()  # a damaged figure leaves a gap in a chart, never a failed history


def dismissal_key(finding: Finding) -> tuple[str, str, str, str]:
    import hashlib  # OpenSSL loads with the first dismissal read, not when the store opens

    digest = hashlib.sha256(finding.evidence.encode("utf-8")).hexdigest()[:16]
    return finding.check, finding.network.value if finding.network else "", finding.target, digest
