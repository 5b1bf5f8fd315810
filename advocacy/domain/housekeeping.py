"""What a backup holds, what a restore did, and what "Delete all my data" would delete, said in plain
words: the window and the command line show the same sentences.

Pure: ``advocacy.backup``, ``advocacy.restore`` and ``advocacy.data_removal`` build these; nothing
here touches a file or the keyring.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BACKUP_SUFFIX = ".advocacy-backup"
TOKENS_STAY = (
    "Your tokens stay in this computer's keyring; connect your accounts again on the other computer "
    "(File → Accounts and tokens)."
)
TOKENS_LEFT_BEHIND = (
    "Tokens are not in a backup: connect your accounts again on this computer (File → Accounts and tokens)."
)


def _count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number:,} {noun if number == 1 else (plural or noun + 's')}"


def joined(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


@dataclass(frozen=True)
class BackupContents:
    """What one backup file holds, counted from its own files (never from what its manifest claims)."""

    made_at: datetime
    app_version: str
    who: str | None  # the name in the profile; None without a name or without a profile
    has_profile: bool
    company: str | None  # the imported company file's company name ("" when it names none); None: no file
    has_history: bool
    audits: int = 0
    shares: int = 0
    dismissed: int = 0
    drafts: int = 0
    reminders: int = 0
    words: int = 0
    exports: tuple[str, ...] = ()  # "LinkedIn data export": exports kept in the app's own folders
    replaces: tuple[str, ...] = ()  # what restoring it replaces on this computer, in words

    def holdings(self) -> list[str]:
        """One phrase per thing held: "Sam Rivera's profile", "12 audits and 3 shares", …"""
        held = []
        if self.has_profile:
            held.append(f"{self.who}'s profile" if self.who else "your profile")
        if self.company is not None:
            held.append(f"the company file you imported ({self.company})" if self.company else "the company file")
        if self.has_history:
            held.append(f"your history: {_count(self.audits, 'audit')} and {_count(self.shares, 'share')}")
            held.append(_count(self.dismissed, "dismissed finding"))
            held.append(_count(self.drafts, "draft"))
            if self.reminders:
                held.append(_count(self.reminders, "planned reminder"))
        held.append(_count(self.words, "word") + " of your own")
        held.extend(f"the {export} kept in the app's folder" for export in self.exports)
        return held

    def lines(self) -> list[str]:
        made = self.made_at.astimezone()
        lines = [f"Made on {made.day} {made:%B %Y at %H:%M} by Advocacy {self.app_version}. It holds:"]
        lines += [f"• {phrase}" for phrase in self.holdings()]
        return lines

    def replacing(self) -> str:
        if not self.replaces:
            return "Nothing on this computer is replaced: what it holds is not here yet."
        return (
            f"Restoring replaces {joined(list(self.replaces))} on this computer; what is there now is kept "
            "aside first (renamed …before-restore-<date and time>), never deleted."
        )


@dataclass(frozen=True)
class MissingFile:
    """A file the restored profile names that is not on this computer (an export left behind)."""

    what: str  # "the LinkedIn data export", "the company file"
    path: str


@dataclass(frozen=True)
class RestoreOutcome:
    contents: BackupContents
    set_aside: tuple[Path, ...]  # what was here before, renamed …before-restore-<stamp>
    moved: int  # paths in the profile that named the other computer's app folders, now this one's
    missing: tuple[MissingFile, ...]

    def sentences(self) -> list[str]:
        said = [f"Restored {joined(self.contents.holdings())}."]
        if self.set_aside:
            names = joined([path.name for path in self.set_aside])
            said.append(f"What was here before is kept beside it: {names}.")
        if self.missing:
            named = joined([f"{m.what} ({m.path})" for m in self.missing])
            one = len(self.missing) == 1
            said.append(
                f"Your profile names {_count(len(self.missing), 'file')} that {'is' if one else 'are'} not on this "
                f"computer: {named}; the profile keeps {'it' if one else 'them'} as written, so choose "
                f"{'it' if one else 'them'} again in Settings."
            )
        said.append(TOKENS_LEFT_BEHIND)
        return said


@dataclass(frozen=True)
class DataFolder:
    path: Path
    holds: str  # "your profile, the company file you imported and your own words"


@dataclass(frozen=True)
class KeyringEntry:
    """One secret the app wrote to the system keyring."""

    service: str  # as ``advocacy.credentials`` names it: "mastodon", "languagetool"
    account: str
    name: str  # in plain words: "Mastodon token for @sam@social.example"


@dataclass(frozen=True)
class DeletionPlan:
    """Exactly what "Delete all my data" deletes: the app's folders and every keyring entry it wrote."""

    folders: tuple[DataFolder, ...]
    entries: tuple[KeyringEntry, ...]
    keyring_problem: str | None = None  # the keyring could not be read: the entries are those the profile names

    @property
    def empty(self) -> bool:
        return not self.folders and not self.entries

    def lines(self) -> list[str]:
        if self.empty:
            return ["There is no data of yours on this computer to delete."]
        lines = ["These folders, and everything in them:"] if self.folders else ["No folder of the app's is here."]
        lines += [f"• {folder.path}: {folder.holds}" for folder in self.folders]
        if self.entries and self.keyring_problem is not None:
            # Unread, the entries are those the accounts could have written: said as such.
            lines += ["", f"The keyring could not be checked: {self.keyring_problem} If it holds them, these entries:"]
            lines += [f"• {entry.name}" for entry in self.entries]
        elif self.entries:
            lines += ["", "These entries in your system's keyring:"]
            lines += [f"• {entry.name}" for entry in self.entries]
        elif self.keyring_problem is None:
            lines.append("The keyring holds nothing of the app's.")
        else:
            lines.append(f"The keyring could not be checked: {self.keyring_problem}")
        return lines


@dataclass(frozen=True)
class DeletionOutcome:
    removed: tuple[Path, ...]
    not_removed: tuple[tuple[Path, str], ...]  # a folder (or a file in it) and why it stayed
    entries_removed: tuple[KeyringEntry, ...]
    entries_left: tuple[KeyringEntry, ...]
    keyring_problem: str | None = None
    # The keyring could not be read when the plan was made: the entries left are those the accounts
    # could have written, which it may never have held.
    unchecked: bool = False

    @property
    def complete(self) -> bool:
        """Everything is known to be gone: a keyring that could not be checked is no all-clear."""
        return not self.not_removed and not self.entries_left

    def sentences(self) -> list[str]:
        said = []
        if self.removed or self.entries_removed:
            parts = []
            if self.removed:
                parts.append(_count(len(self.removed), "folder"))
            if self.entries_removed:
                parts.append(_count(len(self.entries_removed), "keyring entry", "keyring entries"))
            said.append(f"Deleted {joined(parts)}.")
        if self.not_removed:
            named = joined([f"{path} ({why})" for path, why in self.not_removed])
            said.append(f"These could not be deleted: {named}; delete them yourself.")
        if self.entries_left:
            why = f" ({self.keyring_problem.rstrip('.')})" if self.keyring_problem else ""
            named = joined([entry.name for entry in self.entries_left])
            where = 'in your system\'s password manager, where their names start with "advocacy:"'
            if self.unchecked:
                said.append(f"The keyring could not be checked{why}: if it holds {named}, remove them {where}.")
            else:
                said.append(f"These keyring entries could not be removed{why}: {named}; remove them {where}.")
        if not said:
            said.append("There was no data of yours on this computer to delete.")
        return said
