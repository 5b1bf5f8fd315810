"""Where the app keeps its files. ``ADVOCACY_HOME`` moves all of them (tests, portable use).

Directories are created when first asked for, never at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from advocacy import APP_ID

HOME_VARIABLE = "ADVOCACY_HOME"


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
    path.mkdir(parents=True, exist_ok=True)
    return path


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
    """The profile file the window writes and ``advocacy audit`` reads by default."""
    return config_dir() / "profile.toml"
