"""Validators and bodies of earlier responses, so a re-audit can ask "changed since?" and get 304s."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from advocacy.http_session import CachedEntry

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    headers TEXT NOT NULL,
    body BLOB NOT NULL
)
"""


class SqliteHttpCache:
    """Safe to use from several fetch threads: every call opens its own connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as connection:
            connection.execute(_SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=10)
        try:
            with connection:
                yield connection
        finally:
            connection.close()

    def get(self, key: str) -> CachedEntry | None:
        try:
            with self._connect() as connection:
                row = connection.execute(
                    "SELECT etag, last_modified, headers, body FROM responses WHERE key = ?", (key,)
                ).fetchone()
        except sqlite3.Error:
            return None  # a cache is an optimisation; a broken one just means a full download
        if row is None:
            return None
        return CachedEntry(etag=row[0], last_modified=row[1], headers=json.loads(row[2]), body=bytes(row[3]))

    def put(self, key: str, entry: CachedEntry) -> None:
        with contextlib.suppress(sqlite3.Error), self._connect() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO responses (key, etag, last_modified, headers, body) VALUES (?, ?, ?, ?, ?)",
                (key, entry.etag, entry.last_modified, json.dumps(dict(entry.headers)), entry.body),
            )
