"""Whether a database file is damaged, told from its header (and, when in doubt, SQLite's own
quick check): asked each time the store opens, so it is kept apart from the recovery of a damaged
file (``advocacy.store_recovery``), which loads only when there is something to recover.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


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
    # The page count in the header is trusted only when it was written with the last change. A file
    # killed in the middle of a checkpoint can be shorter for a moment too: its WAL puts it right,
    # so a short file is only damaged when SQLite itself finds it so.
    if page_size and change_counter == valid_for and pages and size < pages * page_size and not _checks_out(path):
        return f"it is shorter than it says ({size:,} of {pages * page_size:,} bytes: cut off)"
    return None


def _checks_out(path: Path) -> bool:
    """SQLite's own quick check of the file, with its WAL: the last word on whether it is whole."""
    try:
        connection = sqlite3.connect(path, timeout=30)
        try:
            return bool(connection.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def is_damage(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("not a database", "malformed", "file is encrypted", "corrupt"))


def _page_size(header: bytes) -> int:
    value = struct.unpack(">H", header[16:18])[0]
    return 65536 if value == 1 else value
