"""A damaged database: keep it, and save what can still be read (``advocacy.store_damage`` tells it).

A truncated file, or one whose first bytes were overwritten, still holds most of its rows. The damaged
file is renamed (never deleted), a copy of it gets a fresh header when its own is unreadable, and
every row that can be read is copied into the new database, table by table, skipping past bad pages.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import sqlite3
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from advocacy.domain.models import Network
from advocacy.domain.records import ReminderState, ShareState
from advocacy.store_damage import HEADER_SIZE, MAGIC
from advocacy.store_files import COMPANIONS, keep_private

log = logging.getLogger(__name__)

PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
# How often a table's reading may fail at a bad page before the rest of it is given up.
MAX_SKIPS = 2000
MAX_JUMP = 16


def aside_name(path: Path) -> Path:
    """Where a damaged file is kept: beside it, named for when it was found damaged."""
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    return aside


def set_aside(path: Path, aside: Path) -> None:
    """Rename the damaged file (and its journal files, which belong to it) out of the way."""
    path.rename(aside)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    keep_private(aside)


def remove_with_companions(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS)):
        with contextlib.suppress(OSError):
            candidate.unlink()


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
            body = f"{start} with everything that could still be read: {self.described()}."
        return f"{body} Before your next post on each network, the app checks what you already posted there."

    def described(self) -> str:
        """What was kept, in words: "1 share, 3 audits and 7 saved network readings"."""
        parts = [
            f"{count:,} {_RECORD_NAMES.get(table, ('other record', 'other records'))[count != 1]}"
            for table, count in sorted(self.kept.items(), key=lambda item: (-item[1], item[0]))
            if count
        ]
        return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


# Each table's records as the person knows them (singular, plural).
_RECORD_NAMES = {
    "shares": ("share", "shares"),
    "audits": ("audit", "audits"),
    "snapshots": ("saved network reading", "saved network readings"),
    "dismissals": ("dismissed finding", "dismissed findings"),
    "reminders": ("reminder", "reminders"),
    "drafts": ("draft", "drafts"),
    "app_state": ("setting", "settings"),
}


def recover_into(damaged: Path, target: Path) -> Recovered:
    """Copy every readable row of ``damaged`` into the database at ``target`` (already migrated)."""
    result = Recovered()
    work = target.with_name(target.name + ".recovering")
    try:
        _copy_with_companions(damaged, work)
        source = _open_readable(work, _schema_of(target))
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


def _open_readable(path: Path, known: Mapping[str, str]) -> sqlite3.Connection | None:
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
    original = path.read_bytes()[: max(PAGE_SIZES)]
    for page_size in PAGE_SIZES:
        if size < page_size:
            continue
        with path.open("r+b") as file:
            file.seek(0)
            file.write(_fresh_header(page_size, size // page_size, wal=wal))
        connection = _try_open(path)
        if connection is not None:
            return connection
    # More than the header was overwritten: the list of tables on the first page is unreadable, but
    # its records (kept at the end of the page) usually are not. Rebuild the first page from them,
    # and look for the root page of each table whose record was lost too.
    for page_size in PAGE_SIZES:
        tables = [t for t in _table_records(original[:page_size]) if t[1] <= size // page_size]
        # With nothing left of the first page, only SQLite's default page size is worth the search.
        if size < page_size or (not tables and page_size != DEFAULT_PAGE_SIZE):
            continue
        tables += _lost_tables(path, page_size, tables, known)
        with path.open("r+b") as file:
            file.seek(0)
            file.write(_first_page(tables, page_size, size // page_size, path))
        connection = _try_open(path)
        if connection is not None:
            return connection
    return None


def _lost_tables(
    path: Path, page_size: int, found: list[tuple[str, int, str]], known: Mapping[str, str]
) -> list[tuple[str, int, str]]:
    """Tables of the app's own schema (``known``: name → CREATE statement) whose record was lost: each
    table b-tree page not already a found root is tried as its root, and the one whose rows all look
    like that table's (the most of them) is taken."""
    pages = path.stat().st_size // page_size
    if pages > MAX_PAGES_SEARCHED:
        return []
    taken = {root for _, root, _ in found}
    names = {name for name, _, _ in found}
    with path.open("rb") as file:
        data = file.read(pages * page_size)
    candidates = [n for n in range(2, pages + 1) if n not in taken and data[(n - 1) * page_size] in (0x05, 0x0D)]
    lost = []
    for name, sql in known.items():
        if name in names or name not in PLAUSIBLE:
            continue
        best: tuple[int, int] | None = None
        for root in candidates:
            rows = _rows_with_root(path, page_size, pages, name, root, sql, found)
            if rows and (best is None or rows > best[0]):
                best = (rows, root)
        if best is not None:
            lost.append((name, best[1], sql))
            candidates.remove(best[1])
    return lost


def _rows_with_root(
    path: Path, page_size: int, pages: int, name: str, root: int, sql: str, found: list[tuple[str, int, str]]
) -> int:
    """How many rows the table reads with ``root`` as its root page; 0 unless every one looks right."""
    trial = path.with_name(path.name + ".trial")
    try:
        shutil.copyfile(path, trial)
        with trial.open("r+b") as file:
            file.write(_first_page([*found, (name, root, sql)], page_size, pages, trial))
        connection = sqlite3.connect(trial)
        try:
            rows = connection.execute(f'SELECT * FROM "{name}" LIMIT 100000').fetchall()
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0
    finally:
        with contextlib.suppress(OSError):
            trial.unlink()
    check = PLAUSIBLE[name]
    return len(rows) if rows and all(check(dict(zip(columns, row, strict=False))) for row in rows) else 0


_TABLE_RECORD = re.compile(rb"table([A-Za-z_][A-Za-z0-9_]*)\1([\x00-\xff]{1,4}?)CREATE TABLE ", re.DOTALL)


def _table_records(page: bytes) -> list[tuple[str, int, str]]:
    """(name, root page, CREATE statement) of each table whose schema record survives on ``page``."""
    found = []
    for match in _TABLE_RECORD.finditer(page):
        name, root = match.group(1).decode("ascii"), int.from_bytes(match.group(2), "big")
        sql = _balanced(page, match.end() - len(b"CREATE TABLE "))
        if sql and root > 1 and not name.startswith("sqlite_"):
            found.append((name, root, sql))
    return found


def _balanced(page: bytes, start: int) -> str | None:
    """The CREATE TABLE statement starting at ``start``: up to the parenthesis that closes its columns."""
    depth = 0
    for index in range(start, len(page)):
        if page[index] == ord("("):
            depth += 1
        elif page[index] == ord(")"):
            depth -= 1
            if depth == 0:
                try:
                    return page[start : index + 1].decode("utf-8")
                except UnicodeDecodeError:
                    return None
    return None


def _first_page(tables: list[tuple[str, int, str]], page_size: int, pages: int, beside: Path) -> bytes:
    """A first page listing ``tables`` at their root pages: made by SQLite itself in a scratch file."""
    scratch = beside.with_name(beside.name + ".page1")
    with contextlib.suppress(OSError):
        scratch.unlink()
    connection = sqlite3.connect(scratch, isolation_level=None)
    try:
        connection.execute(f"PRAGMA page_size = {page_size}")
        connection.execute("PRAGMA journal_mode = DELETE")
        for _name, _root, sql in tables:
            with contextlib.suppress(sqlite3.Error):  # a statement cut by the damage: that table is lost
                connection.execute(sql)
        connection.execute("PRAGMA writable_schema = ON")
        for name, root, _sql in tables:
            connection.execute("UPDATE sqlite_master SET rootpage = ? WHERE type = 'table' AND name = ?", (root, name))
        connection.execute("PRAGMA writable_schema = OFF")
    finally:
        connection.close()
    try:
        page = bytearray(scratch.read_bytes()[:page_size])
    finally:
        with contextlib.suppress(OSError):
            scratch.unlink()
    page[28:32] = struct.pack(">I", pages)  # the damaged file's size, with the counter it is valid for
    page[92:96] = page[24:28]
    return bytes(page)


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


def _schema_of(database: Path) -> dict[str, str]:
    """Table name → CREATE statement of a (whole) database: what a lost schema record said."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    finally:
        connection.close()
    return {row[0]: row[1] for row in rows}


def _is_iso(value: object) -> bool:
    try:
        datetime.fromisoformat(str(value))
    except ValueError:
        return False
    return True


_NETWORKS = {n.value for n in Network} | {""}
_SHARE_STATES = {s.value for s in ShareState}
_REMINDER_STATES = {s.value for s in ReminderState}
# What a row of each of the app's tables looks like, to tell its root page among the pages of a
# file whose list of tables was lost. A page of another table fails these.
PLAUSIBLE: dict[str, Callable[[dict[str, object]], bool]] = {
    "shares": lambda r: (
        r.get("network") in _NETWORKS and r.get("state") in _SHARE_STATES and _is_iso(r.get("created_at"))
    ),
    "audits": lambda r: _is_iso(r.get("audited_at")) and str(r.get("report", "")).startswith("{"),
    "reminders": lambda r: r.get("state") in _REMINDER_STATES and _is_iso(r.get("due_at")),
    "dismissals": lambda r: "." in str(r.get("check_id", "")) and _is_iso(r.get("dismissed_at")),
    "drafts": lambda r: r.get("network") in _NETWORKS and _is_iso(r.get("saved_at")),
    "snapshots": lambda r: r.get("network") in _NETWORKS and str(r.get("outcome", "")).startswith("{"),
}
MAX_PAGES_SEARCHED = 4000
DEFAULT_PAGE_SIZE = 4096


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
            # A bad page: step past it, a little further each time, but never past a page's worth of
            # rows at once, or the good pages after it would be jumped over too.
            skips += 1
            last = (last or 0) + jump
            jump = min(jump * 2, MAX_JUMP)
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
