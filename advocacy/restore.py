"""Restore a backup made by ``advocacy.backup``, here or on another computer.

The file is checked whole before anything is touched: a file that is not a backup, one made by a
newer version, a damaged ZIP, or one that would unpack to far more than a backup holds is refused in
one sentence and nothing changes. What it replaces is set aside first (renamed
``…before-restore-<date>-<time>`` beside it), never deleted, and a failure half-way puts everything
back. The profile's paths into the other computer's app folders (the imported company file, an export
copied there) are rewritten to this computer's; a path elsewhere that is not here is kept as written
and said, never dropped.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import tomllib
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import tomli_w

from advocacy.backup import (
    CARRIED_FOLDERS,
    COMPANY,
    FORMAT_VERSION,
    HISTORY,
    KIND,
    MANIFEST,
    PROFILE,
    SUFFIX,
    WORDS,
    company_name,
    copy_database,
    count_history,
    count_words,
    exports_named,
    profile_name,
)
from advocacy.cancellation import ProgressCallback
from advocacy.domain.housekeeping import BackupContents, MissingFile, RestoreOutcome
from advocacy.domain.networks import NETWORKS, AccountKind
from advocacy.errors import AdvocacyError
from advocacy.paths import app_folders, config_dir, data_dir
from advocacy.store_files import PRIVATE_FILE, create_private, keep_private
from advocacy.store_recovery import remove_with_companions, set_aside
from advocacy.store_schema import SCHEMA_VERSION

# A backup holds a profile, some words and a history; an export copied into the app's folder can be
# large, but not this large. Deflate packs at most about 1032:1, so a file packed tighter than
# MAX_RATIO is built to explode, not a backup.
MAX_UNPACKED = 10 * 1024**3
MAX_ENTRIES = 100_000
MAX_MANIFEST = 1_000_000
MAX_RATIO = 1000
RATIO_FLOOR = 64 * 1024**2  # small files may pack tightly (an empty database is mostly zeros)
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_FIXED = {"profile": PROFILE, "company_file": COMPANY, "words": WORDS, "history": HISTORY}


class BackupRefused(AdvocacyError):
    """The file cannot be restored (not a backup, newer, damaged, too large); nothing was changed."""


class RestoreFailed(AdvocacyError):
    """Restoring stopped half-way; everything was put back as it was."""


def _size(number: int) -> str:
    return f"{number / 1024**3:.1f} GB" if number >= 1024**3 else f"{max(1, number // 1024**2):,} MB"


def _read_manifest(archive: zipfile.ZipFile, refuse: Callable[[str], BackupRefused]) -> dict[str, Any]:
    not_ours = refuse("is a ZIP file but not an Advocacy backup; nothing was changed.")
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise not_ours from None
    if info.file_size > MAX_MANIFEST:
        raise not_ours
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise not_ours from None
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
        raise refuse("is damaged: its list of contents does not read back whole; nothing was changed.") from None
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        raise not_ours
    version = manifest.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise not_ours
    if version > FORMAT_VERSION:
        made_by = manifest.get("app_version")
        by = f" ({made_by})" if isinstance(made_by, str) and len(made_by) < 40 else ""
        raise refuse(
            f"was made by a newer version of Advocacy{by}; update this app to restore it. Nothing was changed."
        )
    return manifest


def _safe_name(name: str) -> bool:
    parts = name.split("/")
    return (
        "\\" not in name
        and ":" not in name
        and not name.startswith("/")
        and all(part not in ("", ".", "..") for part in parts)
        and parts[0] in CARRIED_FOLDERS
        and len(parts) >= 2
    )


def _holds(manifest: dict[str, Any], refuse: Callable[[str], BackupRefused]) -> list[dict[str, str]]:
    holds = manifest.get("holds")
    unsafe = refuse("lists contents a backup never holds; nothing was changed.")
    if not isinstance(holds, list):
        raise unsafe
    checked = []
    for item in holds:
        if not isinstance(item, dict) or not isinstance(item.get("path"), str) or not isinstance(item.get("what"), str):
            raise unsafe
        what, path = item["what"], item["path"]
        if what in _FIXED and path != _FIXED[what]:
            raise unsafe
        if (what not in _FIXED and what != "export") or not _safe_name(path):
            raise unsafe
        label = item.get("label")
        checked.append({"what": what, "path": path, "label": label if isinstance(label, str) else "export"})
    return checked


def _check_members(
    archive: zipfile.ZipFile, holds: list[dict[str, str]], refuse: Callable[[str], BackupRefused]
) -> list[zipfile.ZipInfo]:
    members = [info for info in archive.infolist() if info.filename != MANIFEST and not info.is_dir()]
    total = sum(info.file_size for info in members)
    if len(members) > MAX_ENTRIES or total > MAX_UNPACKED:
        raise refuse(
            f"would unpack to {_size(total)} in {len(members):,} files, more than a backup holds; it is damaged "
            "or not a backup, so nothing was changed."
        )
    for info in members:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise refuse(
                f"holds {info.filename} packed to a thousandth of its size ({_size(info.file_size)}), as no backup "
                "is; it is not safe to unpack, so nothing was changed."
            )
        is_link = (info.external_attr >> 16) & 0o170000 == 0o120000
        named = any(info.filename == h["path"] or info.filename.startswith(h["path"] + "/") for h in holds)
        if is_link or not named or not _safe_name(info.filename):
            raise refuse(f"holds a file outside what a backup may hold ({info.filename}); nothing was changed.")
    return members


@dataclass(frozen=True)
class _Staged:
    """A backup checked and unpacked into a private scratch folder, with what it holds counted."""

    root: Path
    manifest: dict[str, Any]
    holds: list[dict[str, str]]
    contents: BackupContents

    def has(self, name: str) -> bool:
        return any(h["path"] == name for h in self.holds) and (self.root / name).exists()

    def path(self, name: str) -> Path:
        return self.root / name


@contextlib.contextmanager
def _staged(source: Path, on_progress: ProgressCallback | None = None, share: float = 1.0) -> Iterator[_Staged]:
    source = source.expanduser()

    def refuse(problem: str) -> BackupRefused:
        return BackupRefused(f"{source.name} {problem}")

    if not source.exists():
        raise BackupRefused(f"There is no file at {source}.")
    if not source.is_file():
        raise BackupRefused(f"{source} is a folder, not a backup file; choose the file ending in {SUFFIX}.")
    try:
        with source.open("rb") as handle:
            start = handle.read(4)
    except OSError as exc:
        raise BackupRefused(f"{source} cannot be read ({exc.strerror or exc}); nothing was changed.") from None
    if start not in ZIP_MAGIC:
        raise refuse(f"is not an Advocacy backup (those are made by Help → Back up and end in {SUFFIX}).")
    with tempfile.TemporaryDirectory(prefix="advocacy-restore-") as scratch:
        try:
            with zipfile.ZipFile(source) as archive:
                manifest = _read_manifest(archive, refuse)
                holds = _holds(manifest, refuse)
                members = _check_members(archive, holds, refuse)
                _room_for(source, sum(info.file_size for info in members))
                for done, info in enumerate(members, start=1):
                    _unpack(archive, info, Path(scratch), refuse)
                    if on_progress is not None:
                        on_progress(round(done * 100 * share / len(members)), 100)
        except zipfile.BadZipFile:
            raise refuse(
                "is damaged: it is not a whole ZIP file (it may have been cut off while being copied); "
                "nothing was changed."
            ) from None
        except OSError as exc:
            why = exc.strerror or exc
            raise BackupRefused(f"{source.name} could not be read ({why}); nothing was changed.") from None
        staged = _Staged(Path(scratch), manifest, holds, _contents(Path(scratch), manifest, holds, refuse))
        yield staged


def _room_for(source: Path, needed: int) -> None:
    folder = app_folders()["data"]
    while not folder.exists() and folder != folder.parent:  # asked before anything is made
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    if needed * 2 > free:  # unpacked once to check it, once in place
        raise BackupRefused(
            f"There is not enough free space to restore {source.name}: it needs {_size(needed * 2)} and {folder} "
            f"has {_size(free)}. Nothing was changed."
        )


def _unpack(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, root: Path, refuse: Callable[[str], BackupRefused]
) -> None:
    target = root.joinpath(*info.filename.split("/"))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with archive.open(info) as packed, target.open("wb") as unpacked:
            shutil.copyfileobj(packed, unpacked, 1024 * 1024)
    # A bad CRC, a cut-off member, a bad compression stream: which one a damaged byte gives depends on
    # where it falls (zlib.error when it breaks the deflate stream itself).
    except (zipfile.BadZipFile, EOFError, ValueError, zlib.error):
        raise refuse(f"is damaged: {info.filename} inside it does not read back whole; nothing was changed.") from None
    os.chmod(target, PRIVATE_FILE)


def _contents(
    root: Path, manifest: dict[str, Any], holds: list[dict[str, str]], refuse: Callable[[str], BackupRefused]
) -> BackupContents:
    held = {h["what"]: root / h["path"] for h in holds if h["what"] in _FIXED and (root / h["path"]).is_file()}
    texts = {}
    for what in ("profile", "company_file", "words"):
        if what in held:
            try:
                texts[what] = held[what].read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                raise refuse(f"is damaged: its {what.replace('_', ' ')} is not text; nothing was changed.") from None
    document = None
    if "profile" in texts:
        try:
            document = tomllib.loads(texts["profile"])
        except tomllib.TOMLDecodeError:
            raise refuse("is damaged: the profile inside it cannot be read; nothing was changed.") from None
    counts = dict.fromkeys(("audits", "shares", "dismissed", "drafts", "reminders"), 0)
    if "history" in held:
        counts = _checked_history(held["history"], manifest, refuse)
    try:
        made_at = datetime.fromisoformat(str(manifest.get("created_at")))
    except ValueError:
        made_at = datetime.fromtimestamp(0, UTC)
    version = manifest.get("app_version")
    return BackupContents(
        made_at=made_at if made_at.tzinfo else made_at.replace(tzinfo=UTC),
        app_version=version if isinstance(version, str) and len(version) < 40 else "of unknown version",
        who=profile_name(document),
        has_profile=document is not None,
        company=company_name(texts["company_file"]) if "company_file" in texts else None,
        has_history="history" in held,
        words=count_words(texts.get("words", "")),
        exports=tuple(h["label"] for h in holds if h["what"] == "export" and (root / h["path"]).exists()),
        audits=counts["audits"],
        shares=counts["shares"],
        dismissed=counts["dismissed"],
        drafts=counts["drafts"],
        reminders=counts["reminders"],
    )


def _checked_history(path: Path, manifest: dict[str, Any], refuse: Callable[[str], BackupRefused]) -> dict[str, int]:
    damaged = refuse("is damaged: the history inside it is not a whole database; nothing was changed.")
    try:
        connection = sqlite3.connect(path)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
        if verdict != "ok":
            raise damaged
        if version > SCHEMA_VERSION:
            made_by = manifest.get("app_version")
            by = f" ({made_by})" if isinstance(made_by, str) and len(made_by) < 40 else ""
            raise refuse(
                f"holds a history written by a newer version of Advocacy{by}; update this app to restore it. "
                "Nothing was changed."
            )
        return count_history(path)
    except sqlite3.Error:
        raise damaged from None


def _replaces(staged: _Staged) -> tuple[str, ...]:
    """What restoring ``staged`` would replace here, in words."""
    folders = app_folders()
    here = []
    for name, words in (
        (PROFILE, "your profile"),
        (COMPANY, "the company file"),
        (HISTORY, "your history (audits, shares, dismissed findings, drafts)"),
        (WORDS, "your own words"),
    ):
        if staged.has(name) and _local(folders, name).exists():
            here.append(words)
    for hold in staged.holds:
        if hold["what"] == "export" and _local(folders, hold["path"]).exists():
            here.append(f"the {hold['label']}")
    return tuple(here)


def _local(folders: dict[str, Path], name: str) -> Path:
    kind, *rest = name.split("/")
    return folders[kind].joinpath(*rest)


def inspect_backup(source: Path) -> BackupContents:
    """What ``source`` holds and what restoring it would replace here; ``BackupRefused`` (one
    sentence, nothing changed) when it cannot be restored."""
    with _staged(source) as staged:
        return replace(staged.contents, replaces=_replaces(staged))


def _aside_name(path: Path, stamp: str) -> Path:
    aside = path.with_name(f"{path.name}.before-restore-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.before-restore-{stamp}-{number}")
    return aside


class _Steps:
    """What a restore did so far, and how to undo each step if a later one fails."""

    def __init__(self, stamp: str) -> None:
        self.stamp = stamp
        self.undo: list[Callable[[], None]] = []
        self.aside: list[Path] = []

    def roll_back(self) -> None:
        for step in reversed(self.undo):
            with contextlib.suppress(OSError, sqlite3.Error):
                step()

    def history(self, staged: Path, live: Path) -> None:
        """The store is written through SQLite (its backup API), not replaced as a file: a window
        reading it meanwhile never sees half of it, and its journal stays its own."""
        if live.exists() and live.stat().st_size > 0:
            aside = _aside_name(live, self.stamp)
            try:
                copy_database(live, aside)
                keep_private(aside)
                self.undo.append(lambda: _write_database(aside, live))
            except sqlite3.DatabaseError:  # damaged here: kept aside as it is, never copied over
                aside.unlink(missing_ok=True)
                set_aside(live, aside)
                self.undo.append(lambda: set_aside(aside, live))
            self.aside.append(aside)
        else:
            self.undo.append(lambda: remove_with_companions(live))
        create_private(live)
        _write_database(staged, live)
        keep_private(live)

    def place(self, staged: Path, target: Path, text: str | None = None) -> None:
        """Put ``staged`` (a file or a folder; ``text`` in its place when given) at ``target``, what
        was there renamed aside first."""
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() or target.is_symlink():
            aside = _aside_name(target, self.stamp)
            os.rename(target, aside)
            self.undo.append(lambda: os.rename(aside, target))
            self.aside.append(aside)
        fresh = target.with_name(f".{target.name}.restoring")
        _remove(fresh)
        if staged.is_dir():
            shutil.copytree(staged, fresh)
        elif text is not None:
            fresh.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(staged, fresh)
        if fresh.is_file():
            os.chmod(fresh, PRIVATE_FILE)
        os.rename(fresh, target)
        self.undo.append(lambda: _remove(target))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _write_database(source: Path, target: Path) -> None:
    reading, writing = sqlite3.connect(source, timeout=30), sqlite3.connect(target, timeout=30)
    try:
        reading.backup(writing)
    finally:
        writing.close()
        reading.close()


def restore_backup(
    source: Path, *, on_progress: ProgressCallback | None = None, now: datetime | None = None
) -> RestoreOutcome:
    """Restore ``source`` over what this computer keeps; ``BackupRefused`` when it cannot be restored
    (nothing changed), ``RestoreFailed`` when writing failed half-way (everything put back)."""
    stamp = (now or datetime.now()).astimezone().strftime("%Y%m%d-%H%M%S")
    with _staged(source, on_progress, share=0.8) as staged:
        folders = app_folders()
        config_dir()  # made (and made private) before anything is written into them
        data_dir()
        steps = _Steps(stamp)
        moved = 0
        missing: tuple[MissingFile, ...] = ()
        try:
            if staged.has(HISTORY):
                steps.history(staged.path(HISTORY), _local(folders, HISTORY))
            for hold in staged.holds:
                if hold["what"] in ("company_file", "words", "export") and staged.has(hold["path"]):
                    steps.place(staged.path(hold["path"]), _local(folders, hold["path"]))
            if staged.has(PROFILE):
                text, moved = _profile_here(staged, folders)
                steps.place(staged.path(PROFILE), _local(folders, PROFILE), text)
                missing = _missing_files(_local(folders, PROFILE), folders)
        except (OSError, sqlite3.Error) as exc:
            steps.roll_back()
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise RestoreFailed(
                f"{source.name} could not be restored ({why}); everything was put back as it was."
            ) from None
        if on_progress is not None:
            on_progress(100, 100)
        return RestoreOutcome(staged.contents, tuple(steps.aside), moved, missing)


def moved_path(value: str, old: dict[str, str], separator: str, new: dict[str, Path]) -> Path | None:
    """``value`` (a path written on the other computer) in this computer's app folders, when it was
    inside that computer's; None when it was not."""
    for kind, folder in old.items():
        if kind not in new or not folder:
            continue
        base = folder.rstrip(separator)
        written, there = (value.casefold(), base.casefold()) if separator == "\\" else (value, base)
        if written == there or written.startswith(there + separator):
            return new[kind].joinpath(*[part for part in value[len(base) :].split(separator) if part])
    return None


def _profile_here(staged: _Staged, folders: dict[str, Path]) -> tuple[str | None, int]:
    """The profile's text with its paths into the other computer's app folders made this one's, and how
    many changed; None for the text when none did (the file is then restored byte for byte)."""
    text = staged.path(PROFILE).read_text(encoding="utf-8-sig")
    document = tomllib.loads(text)
    old = staged.manifest.get("folders")
    separator = staged.manifest.get("separator")
    if not isinstance(old, dict) or separator not in ("/", "\\"):
        return None, 0
    old = {str(k): v for k, v in old.items() if isinstance(v, str)}
    moved = 0

    def here(value: object) -> object:
        nonlocal moved
        if not isinstance(value, str):
            return value
        new = moved_path(value, old, separator, folders)
        if new is None or str(new) == value:
            return value
        moved += 1
        return str(new)

    if "company_file" in document:
        document["company_file"] = here(document["company_file"])
    accounts = document.get("me", {}).get("accounts") if isinstance(document.get("me"), dict) else None
    if isinstance(accounts, dict):
        for facts in NETWORKS:
            if facts.account_kind is AccountKind.FILE and facts.account_field in accounts:
                accounts[facts.account_field] = here(accounts[facts.account_field])
    return (tomli_w.dumps(document) if moved else None), moved


def _missing_files(profile: Path, folders: dict[str, Path]) -> tuple[MissingFile, ...]:
    """The files the restored profile names that are not on this computer."""
    try:
        document = tomllib.loads(profile.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return ()
    named = [("the company file", document["company_file"])] if isinstance(document.get("company_file"), str) else []
    named += [(f"the {title}", written) for title, written in exports_named(document)]
    missing = []
    for what, written in named:
        try:
            path = Path(written).expanduser()
        except RuntimeError:  # "~someone/…" for a user this computer does not have
            path = Path(written)
        if not (path if path.is_absolute() else folders["config"] / path).exists():
            missing.append(MissingFile(what, written))
    return tuple(missing)
