"""What Help → About says: the version, the licence and where this computer keeps the app's data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from advocacy import APP_NAME, __version__
from advocacy.paths import cache_dir, config_dir, data_dir, log_dir

LICENCE = "MIT"


@dataclass(frozen=True)
class About:
    version: str
    data: Path  # audits, shares, drafts (the database)
    profile: Path  # your profile and your own words
    logs: Path
    cache: Path  # copies of pages read, to read them faster

    def text(self) -> str:
        return (
            f"{APP_NAME} {self.version}\n"
            f"Free software under the {LICENCE} licence.\n\n"
            "Everything stays on this computer:\n"
            f"• your audits, shares and drafts: {self.data}\n"
            f"• your profile and your own words: {self.profile}\n"
            f"• the log (no tokens, no passwords): {self.logs}\n"
            f"• copies of pages the app read, kept to read them faster: {self.cache}\n\n"
            "Tokens and app passwords are kept in your system's password store, never in these folders."
        )


def about() -> About:
    """The folders are made if missing (and made private), as the app makes them on first use."""
    return About(__version__, data_dir(), config_dir(), log_dir(), cache_dir())
