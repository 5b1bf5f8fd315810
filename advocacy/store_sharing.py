"""The store's records of what the person shares and plans: claims and shares, drafts, reminders.

A part of ``Store`` (which opens the file, migrates and recovers it): the same connection helpers,
one table each. "Never twice" rests on ``claim_share``: one transaction decides who may send.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from advocacy.domain.models import Network
from advocacy.domain.records import ReminderState, ShareState

if TYPE_CHECKING:
    from advocacy.domain.plan import Reminder
    from advocacy.domain.shares import RemoteShare, ShareRecord  # with the first share read, not at start-up
    from advocacy.share_claims import Claim


class ShareRecords:
    """Shares, claims, drafts and reminders; mixed into ``Store``, which provides the connections."""

    def _connect(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    # Shares -------------------------------------------------------------------------------------

    def claim_share(
        self,
        item_key: str,
        network: Network,
        *,
        new_key: Callable[[], str],
        text: str | None = None,
        scheduled_at: datetime | None = None,
        again: bool = False,
    ) -> Claim:
        """Claim the right to send this item to this network, in one transaction: the claim is what
        makes "never twice" hold between threads, processes and restarts.

        Refused (``ClaimRefused``) when another live process is sending it now, or when it already
        went out and ``again`` is not given. An earlier attempt whose process is gone is taken over
        with its key, marked ``unclear``: the caller must look on the server before sending again.
        """
        # Claims name this process (its host, id and token): loaded with the first share, not at start-up.
        from advocacy.share_claims import Claim, ClaimRefused, current_owner, owner_alive

        now = datetime.now(UTC)
        with self._transaction() as connection:
            rows = connection.execute(
                f"SELECT {_SHARE_COLUMNS}, claimed_by, claimed_at, idempotency_key FROM shares "
                "WHERE network = ? AND item_key = ? AND state IN (?, ?, ?) ORDER BY id DESC",
                (network.value, item_key, *_HOLDING),
            ).fetchall()
            for row in rows:
                if ShareState(row[2]) is not ShareState.PENDING:
                    continue
                if owner_alive(row[8], row[9], now):
                    raise ClaimRefused(_share_record(row), in_progress=True)
                connection.execute(
                    "UPDATE shares SET claimed_by = ?, claimed_at = ? WHERE idempotency_key = ?",
                    (current_owner(), now.isoformat(), row[10]),
                )
                return Claim(item_key, network, row[10], unclear=True, created=False)
            out = next((row for row in rows if ShareState(row[2]).went_out), None)
            if out is not None and not again:
                raise ClaimRefused(_share_record(out), in_progress=False)
            key = new_key()
            connection.execute(
                "INSERT INTO shares (item_key, network, idempotency_key, state, created_at, scheduled_at, text, "
                "attempt, claimed_by, claimed_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "(SELECT COALESCE(MAX(attempt) + 1, 0) FROM shares WHERE network = ? AND item_key = ?), ?, ?)",
                (
                    item_key,
                    network.value,
                    key,
                    ShareState.PENDING.value,
                    now.isoformat(),
                    scheduled_at.isoformat() if scheduled_at else None,
                    private(text),
                    network.value,
                    item_key,
                    current_owner(),
                    now.isoformat(),
                ),
            )
            unclear = get_state(connection, verify_key(network)) is not None
            return Claim(item_key, network, key, unclear=unclear, created=True)

    def release_claim(self, claim: Claim, *, sent: bool) -> None:
        """The sender is done with a claim still pending. Nothing sent: a new claim is withdrawn (only
        what was attempted is recorded). Sent without a clear answer: it stays pending, with no owner,
        so the next attempt looks on the server first."""
        with self._connect() as connection:
            if not sent and claim.created:
                connection.execute(
                    "DELETE FROM shares WHERE idempotency_key = ? AND state = ?",
                    (claim.key, ShareState.PENDING.value),
                )
            else:
                connection.execute(
                    "UPDATE shares SET claimed_by = NULL WHERE idempotency_key = ? AND state = ?",
                    (claim.key, ShareState.PENDING.value),
                )

    def checked_with_network(self, network: Network) -> None:
        """The network was asked what the account already posted: no more looking first after a reset."""
        with self._connect() as connection:
            connection.execute("DELETE FROM app_state WHERE key = ?", (verify_key(network),))

    def record_share(
        self,
        item_key: str,
        network: Network,
        idempotency_key: str,
        *,
        state: ShareState = ShareState.PENDING,
        post_url: str | None = None,
        scheduled_at: datetime | None = None,
        remote_id: str | None = None,
        text: str | None = None,
    ) -> None:
        """Insert a share, or settle the one with this key (its claim ends with it)."""
        now = datetime.now(UTC).isoformat()
        when = scheduled_at.isoformat() if scheduled_at else None
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO shares (item_key, network, idempotency_key, state, created_at, posted_at, post_url, "
                "scheduled_at, remote_id, text, attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "(SELECT COALESCE(MAX(attempt) + 1, 0) FROM shares WHERE network = ? AND item_key = ?)) "
                "ON CONFLICT (idempotency_key) "
                "DO UPDATE SET state = excluded.state, posted_at = excluded.posted_at, post_url = excluded.post_url, "
                "scheduled_at = COALESCE(excluded.scheduled_at, scheduled_at), "
                "remote_id = COALESCE(excluded.remote_id, remote_id), text = COALESCE(text, excluded.text), "
                "claimed_by = CASE WHEN excluded.state = 'pending' THEN claimed_by END",
                (
                    item_key,
                    network.value,
                    idempotency_key,
                    ShareState(state).value,
                    now,
                    now if state is ShareState.POSTED else None,
                    private(post_url),
                    when,
                    remote_id,
                    private(text),
                    network.value,
                    item_key,
                ),
            )

    def share_by_remote_id(self, network: Network, remote_id: str) -> RemoteShare | None:
        """The share the network knows by ``remote_id``: its keys, state and scheduled time."""
        from advocacy.domain.shares import RemoteShare

        with self._connect() as connection:
            row = connection.execute(
                "SELECT item_key, idempotency_key, state, scheduled_at FROM shares "
                "WHERE network = ? AND remote_id = ? ORDER BY id DESC",
                (network.value, remote_id),
            ).fetchone()
        if not row:
            return None
        return RemoteShare(row[0], row[1], ShareState(row[2]), datetime.fromisoformat(row[3]) if row[3] else None)

    def shared_item_keys(self) -> set[str]:
        """Items shared anywhere (or on their way): the ranking never proposes them again."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT DISTINCT item_key FROM shares WHERE state IN (?, ?, ?)", _HOLDING
            ).fetchall()
        return {row[0] for row in rows}

    def shares(self, limit: int = 200) -> list[ShareRecord]:
        with self._connect() as connection:
            rows = connection.execute(
                f"SELECT {_SHARE_COLUMNS} FROM shares ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [_share_record(r) for r in rows]

    def shares_of(self, item_key: str, network: Network) -> list[ShareRecord]:
        """Every share of one item on one network, newest first."""
        with self._connect() as connection:
            rows = connection.execute(
                f"SELECT {_SHARE_COLUMNS} FROM shares WHERE item_key = ? AND network = ? ORDER BY id DESC",
                (item_key, network.value),
            ).fetchall()
        return [_share_record(r) for r in rows]

    # Drafts ---------------------------------------------------------------------------------

    def save_draft(self, item_key: str, network: Network, text: str) -> None:
        """Keep an edited draft; an empty one is no draft (it is dropped)."""
        with self._connect() as connection:
            if not text:
                connection.execute("DELETE FROM drafts WHERE item_key = ? AND network = ?", (item_key, network.value))
                return
            connection.execute(
                "INSERT INTO drafts (item_key, network, text, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (item_key, network) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at",
                (item_key, network.value, text, datetime.now(UTC).isoformat()),
            )

    def drafts(self) -> dict[tuple[str, Network], str]:
        with self._connect() as connection:
            rows = connection.execute("SELECT item_key, network, text FROM drafts").fetchall()
        known = {n.value for n in Network}
        return {(r[0], Network(r[1])): r[2] for r in rows if r[1] in known and r[2]}

    # Reminders and the app's own state ------------------------------------------------------

    def add_reminder(self, network: Network, item_key: str, text: str, due_at: datetime) -> Reminder:
        """Plan a post for later; an item already planned on that network keeps its first reminder
        (returned unchanged), so one click twice never plans it twice."""
        now = datetime.now(UTC).isoformat()
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO reminders (network, item_key, text, due_at, created_at, state) "
                "VALUES (?, ?, ?, ?, ?, 'planned') ON CONFLICT DO NOTHING",  # planned: ReminderState.PLANNED
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

    def close_reminder(self, reminder: Reminder, state: ReminderState) -> bool:
        """Close an open reminder; done records it as a share in the same transaction (it counts, shows
        in the history and is never suggested again). False when it was no longer open (closed by
        another click or process): nothing is recorded twice."""
        with self._transaction() as connection:
            cursor = connection.execute(
                "UPDATE reminders SET state = ? WHERE id = ? AND state = ?",
                (state.value, reminder.id, ReminderState.PLANNED.value),
            )
            if cursor.rowcount != 1:
                return False
            if state is ReminderState.DONE:
                now = datetime.now(UTC).isoformat()
                connection.execute(
                    "INSERT INTO shares (item_key, network, idempotency_key, state, created_at, posted_at, text, "
                    "attempt) VALUES (?, ?, ?, ?, ?, ?, ?, "
                    "(SELECT COALESCE(MAX(attempt) + 1, 0) FROM shares WHERE network = ? AND item_key = ?)) "
                    "ON CONFLICT (idempotency_key) DO UPDATE SET state = excluded.state",
                    (
                        reminder.item_key,
                        reminder.network.value,
                        reminder_share_key(reminder.id),
                        ShareState.POSTED.value,
                        now,
                        now,
                        private(reminder.text),
                        reminder.network.value,
                        reminder.item_key,
                    ),
                )
            return True

    def reopen_reminder(self, reminder: Reminder) -> bool:
        """Undo closing a reminder: planned again, and a share it recorded is withdrawn. False when
        the item has been planned again meanwhile (the later plan stands)."""
        with self._transaction() as connection:
            if connection.execute(
                "SELECT 1 FROM reminders WHERE network = ? AND item_key = ? AND state = ? AND id != ?",
                (reminder.network.value, reminder.item_key, ReminderState.PLANNED.value, reminder.id),
            ).fetchone():
                return False
            connection.execute(
                "UPDATE reminders SET state = ? WHERE id = ?", (ReminderState.PLANNED.value, reminder.id)
            )
            connection.execute("DELETE FROM shares WHERE idempotency_key = ?", (reminder_share_key(reminder.id),))
            return True


_REMINDER_COLUMNS = "id, network, item_key, text, due_at, created_at, state"
_SHARE_COLUMNS = "item_key, network, state, created_at, post_url, scheduled_at, remote_id, text"
_HOLDING = tuple(state.value for state in ShareState if state.holds_item)


def verify_key(network: Network) -> str:
    return f"verify_before_share:{network.value}"


def reminder_share_key(reminder_id: int) -> str:
    return f"reminder:{reminder_id}"


def get_state(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def private(text: str | None) -> str | None:
    """Stored text never holds a secret this process has seen (a server may echo a token back)."""
    if not text:
        return text
    from advocacy.redaction import SecretRedactor  # with the first text stored, not at start-up

    return SecretRedactor.redact(text)


def _share_record(row: Sequence[Any]) -> ShareRecord:
    from advocacy.domain.shares import ShareRecord

    return ShareRecord(
        row[0],
        Network(row[1]),
        ShareState(row[2]),
        datetime.fromisoformat(row[3]),
        row[4],
        scheduled_at=datetime.fromisoformat(row[5]) if row[5] else None,
        remote_id=row[6],
        text=row[7],
    )


def _reminder(row: Sequence[Any]) -> Reminder:
    from advocacy.domain.plan import Reminder  # loads with the first reminder read, not at start-up

    return Reminder(
        int(row[0]),
        Network(row[1]),
        row[2],
        row[3],
        datetime.fromisoformat(row[4]),
        datetime.fromisoformat(row[5]),
        ReminderState(row[6]),
    )
