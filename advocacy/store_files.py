"""The store's files on disk: private to the user, and a plain sentence when the disk lets us down.

The database holds what the person shared and where, so it is as private as the profile: the file
(and its journal, backups and damaged copies) 0600, the folder 0700, on systems that have modes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from advocacy.errors import StorageError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
# The companions SQLite keeps beside a database in WAL mode.
COMPANIONS = ("-wal", "-shm", "-journal")


def secure_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a folder we do not own (a shared home) keeps its mode
        os.chmod(folder, PRIVATE_FOLDER)


def create_private(path: Path) -> None:
    """Create the file with no access for others before SQLite opens it (SQLite gives its journal
    files the database file's mode), and tighten a file an older version created."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
    except OSError as exc:
        done = "written" if path.exists() else "created"
        raise StorageError(f"The local database {path} cannot be {done} ({exc.strerror or exc}).") from None
    os.close(descriptor)
    keep_private(path)


def keep_private(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS)):
        with contextlib.suppress(OSError):
            if candidate.exists():
                os.chmod(candidate, PRIVATE_FILE)


def storage_error(path: Path, exc: sqlite3.Error) -> StorageError:
    """One sentence for what went wrong with the database; a full disk names the folder to clear."""
    text = str(exc).lower()
    folder = path.parent
    if "full" in text or "disk i/o" in text or "no space" in text:
        return StorageError(
            f"The app could not save to {folder}: the disk is full or failing. Free some space there and "
            "try again; nothing saved before was lost."
        )
    if "readonly" in text or "read-only" in text:
        # The folder, or only the file in it (a file made read-only, or immutable, by itself).
        where = folder if not os.access(folder, os.W_OK) else path
        return StorageError(f"The app cannot save to {where}: it is read-only. Make it writable and try again.")
    if "locked" in text or "busy" in text:
        return StorageError(
            f"The local database {path} is busy in another copy of the app that is taking long; try again in a moment."
        )
    return StorageError(f"The local database {path} could not be used ({exc}).")


def write_text_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step: a crash mid-write never leaves half a file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
