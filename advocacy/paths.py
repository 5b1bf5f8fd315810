"""Where the app keeps its files. ``ADVOCACY_HOME`` moves all of them (tests, portable use).

Directories are created when first asked for, never at import time.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from advocacy import APP_ID
from advocacy.errors import AdvocacyError

HOME_VARIABLE = "ADVOCACY_HOME"


class FolderUnusable(AdvocacyError):
    """A folder the app keeps its files in cannot be made or written; the message is one sentence."""

    def __init__(self, user_message: str, path: Path | None = None, why: str = "") -> None:
        super().__init__(user_message)
        self.path = path
        self.why = why  # "a file, not a folder", "not writable (Permission denied)"


class HomeUnusable(FolderUnusable):
    """``ADVOCACY_HOME`` names a file, or a place the app cannot write to."""


def _why_unusable(path: Path, error: OSError | None) -> str:
    """ "a file, not a folder", "not writable (Permission denied)": why ``path`` cannot hold the app's files."""
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        return "a file, not a folder" if existing == path else f"under {str(existing)!r}, a file, not a folder"
    reason = (error.strerror if error is not None else None) or "Permission denied"
    return f"not writable ({reason})"


def _usable(path: Path) -> OSError | None:
    """None if ``path`` is (now) a folder the app can write to; else the error that says why not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return exc
    if not path.is_dir() or not os.access(path, os.W_OK | os.X_OK):
        return PermissionError(13, "Permission denied")
    return None


def check_home() -> None:
    """Raise ``HomeUnusable`` if ``ADVOCACY_HOME`` is set to a file or to a place the app cannot
    write to. Call it once at start-up, before anything is written."""
    home = os.environ.get(HOME_VARIABLE)
    if not home:
        return
    path = Path(home).expanduser()
    error = _usable(path)
    if error is not None:
        raise HomeUnusable(
            f"{HOME_VARIABLE} is set to {home!r}, which is {_why_unusable(path, error)}; "
            "point it at a folder the app can write to, or unset it."
        )


def _base(kind: str) -> Path:
    home = os.environ.get(HOME_VARIABLE)
    if home:
        return Path(home).expanduser() / kind
    dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
    return Path(
        {
            "data": dirs.user_data_dir,
            "config": dirs.user_config_dir,
            "cache": dirs.user_cache_dir,
            "logs": dirs.user_log_dir,
        }[kind]
    )


def _ensure(path: Path) -> Path:
    error = _usable(path)
    if error is not None:
        check_home()  # the whole home is unusable: say that, not which of its folders failed first
        why = _why_unusable(path, error)
        raise FolderUnusable(f"The app's folder {str(path)!r} cannot be used: it is {why}.", path, why)
    # The app's own folders hold what you shared, your profiles' answers (the cache) and the log:
    # yours alone, whatever the umask made them.
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)
    return path


FOLDER_KINDS = ("config", "data", "cache", "logs")


def app_folders() -> dict[str, Path]:
    """Every folder the app keeps files in, by kind, as they would be named: none is made here, so
    a list of what would be deleted or backed up creates nothing."""
    return {kind: _base(kind) for kind in FOLDER_KINDS}


def data_dir() -> Path:
    return _ensure(_base("data"))


def config_dir() -> Path:
    return _ensure(_base("config"))


def cache_dir() -> Path:
    return _ensure(_base("cache"))


def log_dir() -> Path:
    return _ensure(_base("logs"))


def database_path() -> Path:
    return data_dir() / "advocacy.sqlite3"


def http_cache_path() -> Path:
    return cache_dir() / "http-cache.sqlite3"


def saved_profile_path() -> Path:
    """The profile file the window writes and ``advocacy audit`` reads by default, its folder made
    (and made private) for writing: ``FolderUnusable`` when it cannot be."""
    return config_dir() / PROFILE_FILE


def config_file(name: str) -> Path:
    """Where a file of the config folder is, for reading: nothing is made, and a folder that cannot
    be written to still lets what is in it be read (a profile, the person's words)."""
    return _base("config") / name


PROFILE_FILE = "profile.toml"
