"""The store's schema, as the list of migrations that built it: append only, never edit one."""

from __future__ import annotations

import sqlite3

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
    # A share is claimed before it is sent: one live claim per item, network and attempt, so two
    # processes (or the window and the command line) cannot both send it. ``claimed_by`` names the
    # process sending it; a claim whose process is gone is an attempt with an unclear end, looked up
    # on the server before anything is sent again. Earlier rows are numbered in their order.
    """
    ALTER TABLE shares ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE shares ADD COLUMN claimed_by TEXT;
    ALTER TABLE shares ADD COLUMN claimed_at TEXT;
    UPDATE shares SET attempt = (
        SELECT COUNT(*) FROM shares AS earlier
        WHERE earlier.network = shares.network AND earlier.item_key = shares.item_key AND earlier.id < shares.id
    );
    CREATE UNIQUE INDEX shares_claimed_once ON shares (network, item_key, attempt)
        WHERE state IN ('pending', 'posted', 'scheduled');
    """,
    # Drafts the user edited, per item and network, so an edit survives a quit, a crash or a new profile.
    """
    CREATE TABLE drafts (
        item_key TEXT NOT NULL,
        network TEXT NOT NULL,
        text TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (item_key, network)
    );
    """,
    # How many networks each audit read (read, from saved data, failed, not supported), kept beside
    # the report so History and the charts mark a partial audit without decoding every report.
    """
    ALTER TABLE audits ADD COLUMN coverage TEXT;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    """A migration script split into statements, so they run inside the caller's transaction."""
    found, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    if current.strip():
        found.append(current.strip())
    return [statement for statement in found if statement.rstrip(";").strip()]
