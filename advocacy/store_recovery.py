"""A damaged database: tell it, keep it, and save what can still be read.

A truncated file, or one whose first bytes were overwritten, still holds most of its rows. The damaged
file is renamed (never deleted), a copy of it gets a fresh header when its own is unreadable, and
every row that can be read is copied into the new database, table by table, skipping past bad pages.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from advocacy.store_files import COMPANIONS, keep_private

log = logging.getLogger(__name__)

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
# How often a table's reading may fail at a bad page before the rest of it is given up.
MAX_SKIPS = 40


def damage_of(path: Path) -> str | None:
    """Why the file cannot be a whole database, read from its header alone (cheap: no page is read);
    None for a file that looks whole, or no file at all."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            header = file.read(HEADER_SIZE)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if size == 0:
        return None  # a new file
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        return "it is not a database (its header is damaged)"
    page_size = _page_size(header)
    change_counter, pages, valid_for = (
        struct.unpack(">I", header[24:28])[0],
        struct.unpack(">I", header[28:32])[0],
        struct.unpack(">I", header[92:96])[0],
    )
    # The page count in the header is trusted only when it was written with the last change.
    if page_size and change_counter == valid_for and pages and size < pages * page_size:
        return f"it is shorter than it says ({size:,} of {pages * page_size:,} bytes: cut off)"
    return None


def is_damage(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("not a database", "malformed", "file is encrypted", "corrupt"))


def _page_size(header: bytes) -> int:
    value = struct.unpack(">H", header[16:18])[0]
    return 65536 if value == 1 else value


def set_aside(path: Path) -> Path:
    """Rename the damaged file (and its journal files, which belong to it) out of the way."""
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    path.rename(aside)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    keep_private(aside)
    return aside


@dataclass
class Recovered:
    read: dict[str, int] = field(default_factory=dict)  # rows read back, per table
    kept: dict[str, int] = field(default_factory=dict)  # rows written into the new database
    lost_tables: list[str] = field(default_factory=list)  # tables nothing could be read from

    @property
    def total(self) -> int:
        return sum(self.kept.values())

    def sentence(self, aside: Path) -> str:
        start = f"The local database was damaged; it was kept as {aside.name} and a new one was started"
        if self.total == 0:
            body = f"{start}, but nothing in it could be read (past audits and shares are gone from the app)."
        else:
            shares = self.kept.get("shares", 0)
            body = (
                f"{start} with the {self.total:,} records that could still be read "
                f"({shares:,} shares, {self.kept.get('audits', 0):,} audits)."
            )
        return f"{body} Before your next post on each network, the app checks what you already posted there."


def recover_into(damaged: Path, target: Path) -> Recovered:
    """Copy every readable row of ``damaged`` into the database at ``target`` (already migrated)."""
    result = Recovered()
    work = target.with_name(target.name + ".recovering")
    try:
        _copy_with_companions(damaged, work)
        source = _open_readable(work)
        if source is None:
            result.lost_tables.append("all")
            return result
        try:
            destination = sqlite3.connect(target, timeout=30)
            try:
                for table in _tables(destination):
                    _copy_table(source, destination, table, result)
                destination.commit()
            finally:
                destination.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as exc:
        log.warning("recovering the damaged database stopped: %s", exc)
    finally:
        for path in (work, *(work.with_name(work.name + s) for s in COMPANIONS)):
            with contextlib.suppress(OSError):
                path.unlink()
    return result


def _copy_with_companions(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    for suffix in COMPANIONS[:1]:  # the WAL holds the newest rows; the shared-memory index is rebuilt
        companion = source.with_name(source.name + suffix)
        if companion.exists():
            shutil.copyfile(companion, target.with_name(target.name + suffix))


def _open_readable(path: Path) -> sqlite3.Connection | None:
    """The copy, opened; one with a damaged header gets a fresh one for each usual page size in turn
    until its list of tables reads back."""
    with path.open("rb") as file:
        header = file.read(HEADER_SIZE)
    if header.startswith(MAGIC) and len(header) == HEADER_SIZE:
        connection = _try_open(path)
        if connection is not None:
            return connection
    wal = path.with_name(path.name + "-wal").exists()
    size = path.stat().st_size
    for page_size in PAGE_SIZES:
        if size < page_size:
            continue
        with path.open("r+b") as file:
            file.seek(0)
            file.write(_fresh_header(page_size, size // page_size, wal=wal))
        connection = _try_open(path)
        if connection is not None:
            return connection
    return None


def _try_open(path: Path) -> sqlite3.Connection | None:
    try:
        connection = sqlite3.connect(path, timeout=5)
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        return None
    if not names & {"audits", "shares", "snapshots", "dismissals", "reminders", "app_state", "drafts"}:
        connection.close()
        return None
    return connection


def _fresh_header(page_size: int, pages: int, *, wal: bool) -> bytes:
    version = 2 if wal else 1
    major, minor, patch = sqlite3.sqlite_version_info
    header = (
        MAGIC
        + struct.pack(">H", 1 if page_size == 65536 else page_size)
        + bytes([version, version, 0, 64, 32, 32])
        # change counter, page count, freelist trunk and count, schema cookie, schema format 4,
        # cache size, autovacuum root, UTF-8, user version, incremental vacuum, application id
        + struct.pack(">12I", 1, pages, 0, 0, 1, 4, 0, 0, 1, 0, 0, 0)
        + bytes(20)
        + struct.pack(">II", 1, major * 1_000_000 + minor * 1000 + patch)
    )
    assert len(header) == HEADER_SIZE
    return header


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _readable_rows(source: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    """The rows that can be read, in rowid order; at a bad page, jump ahead and read on."""
    rows: list[tuple[object, ...]] = []
    selected = ", ".join(f'"{c}"' for c in columns)
    last: int | None = None
    jump, skips = 1, 0
    while skips <= MAX_SKIPS:
        query = f'SELECT rowid, {selected} FROM "{table}"'
        params: tuple[int, ...] = ()
        if last is not None:
            query += " WHERE rowid > ?"
            params = (last,)
        try:
            for row in source.execute(query + " ORDER BY rowid", params):
                rows.append(tuple(row))
                last, jump = int(row[0]), 1
            return rows
        except sqlite3.DatabaseError:
            skips += 1
            last = (last or 0) + jump
            jump *= 4
    return rows


def _copy_table(source: sqlite3.Connection, destination: sqlite3.Connection, table: str, result: Recovered) -> None:
    try:
        available = set(_columns(source, table))
    except sqlite3.DatabaseError:
        available = set()
    wanted = _columns(destination, table)
    common = [c for c in wanted if c in available]
    if not common:
        result.lost_tables.append(table)
        return
    rows = _readable_rows(source, table, common)
    result.read[table] = len(rows)
    names = ", ".join(f'"{c}"' for c in common)
    marks = ", ".join("?" for _ in common)
    kept = 0
    for row in rows:
        values = row[1:]
        if table == "shares" and "attempt" not in available:
            # Rows of an older schema: number each item's attempts in order, as the migration does.
            cursor = destination.execute(
                f"INSERT OR IGNORE INTO shares ({names}, attempt) VALUES ({marks}, "
                "(SELECT COUNT(*) FROM shares AS s WHERE s.network = ? AND s.item_key = ?))",
                (*values, values[common.index("network")], values[common.index("item_key")]),
            )
        else:
            cursor = destination.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', values)
        kept += cursor.rowcount
    result.kept[table] = kept
