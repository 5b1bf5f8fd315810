"""Back up everything the person keeps in the app into one file, to keep or to carry to another computer.

The file is a ZIP (``.advocacy-backup``) with a ``manifest.json`` (what kind of file it is, the
format's version, the app's version, when it was made, the app's folders on this computer, what it
holds and how many of each) beside the files themselves: the profile, the imported company file,
the person's own words, any export the profile names inside the app's folders, and the history (the
SQLite store: audits, shares, dismissed findings, drafts, reminders), copied with SQLite's backup
API so a copy taken while the window writes is still whole. Tokens are never in it: they stay in
this computer's keyring. Reading one back is ``advocacy.restore``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from advocacy import __version__
from advocacy.cancellation import ProgressCallback
from advocacy.domain.housekeeping import BACKUP_SUFFIX, BackupContents
from advocacy.domain.networks import NETWORKS, AccountKind
from advocacy.errors import AdvocacyError
from advocacy.paths import app_folders, database_path, saved_profile_path
from advocacy.store_files import PRIVATE_FILE

KIND = "advocacy-backup"
FORMAT_VERSION = 1
SUFFIX = BACKUP_SUFFIX
MANIFEST = "manifest.json"
# Where each thing lives inside the file: the app's folder it came from, then its name there.
PROFILE = "config/profile.toml"
COMPANY = "config/company.toml"
WORDS = "config/my-words.txt"
HISTORY = "data/advocacy.sqlite3"
# Only these folders' contents travel: the cache and the log are this computer's alone.
CARRIED_FOLDERS = ("config", "data")


class BackupFailed(AdvocacyError):
    """The backup could not be made; nothing was written where it was asked for."""


@dataclass(frozen=True)
class _Held:
    what: str  # "profile", "company_file", "words", "history", "export"
    source: Path
    name: str  # its path inside the backup
    label: str = ""  # an export's title ("LinkedIn data export")


def _inside(path: Path, folder: Path) -> str | None:
    """``path`` relative to ``folder`` (as a ZIP name), or None when it is not inside it."""
    try:
        relative = path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return None
    return relative.as_posix() if relative.parts else None


def profile_document(path: Path) -> dict[str, Any] | None:
    """The profile file as TOML, read leniently (an export it names may be gone): None without one."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BackupFailed(
            f"Your profile {path} cannot be read ({getattr(exc, 'strerror', None) or 'it is not a profile file'}); "
            "fix it in Settings, then back up again. Nothing was written."
        ) from None


def exports_named(document: dict[str, Any]) -> list[tuple[str, str]]:
    """The exports the profile names, as (title, path as written)."""
    accounts = document.get("me", {}).get("accounts", {}) if isinstance(document.get("me"), dict) else {}
    found = []
    for facts in NETWORKS:
        value = accounts.get(facts.account_field) if isinstance(accounts, dict) else None
        if facts.account_kind is AccountKind.FILE and isinstance(value, str) and value.strip():
            found.append((facts.export_title or facts.label, value.strip()))
    return found


def _what_to_carry() -> list[_Held]:
    folders = app_folders()
    config = folders["config"]
    held = []
    profile = saved_profile_path()
    for what, name in (("profile", PROFILE), ("company_file", COMPANY), ("words", WORDS)):
        source = config / name.removeprefix("config/")
        if source.is_file():
            held.append(_Held(what, source, name))
    document = profile_document(profile) or {}
    seen = {h.source.resolve() for h in held}
    for title, written in exports_named(document):
        try:
            source = Path(written).expanduser()
        except RuntimeError:  # "~someone/…" for a user this computer does not have: not in the app's folders
            continue
        source = source if source.is_absolute() else config / source
        for kind in CARRIED_FOLDERS:
            relative = _inside(source, folders[kind])
            if relative is not None and source.exists() and source.resolve() not in seen:
                seen.add(source.resolve())
                held.append(_Held("export", source, f"{kind}/{relative}", title))
                break
    return held


def count_history(path: Path) -> dict[str, int]:
    """How many audits, shares, dismissed findings, drafts and planned reminders a store holds; a table
    an older schema lacks counts 0."""
    queries = {
        "audits": "SELECT COUNT(*) FROM audits",
        "shares": "SELECT COUNT(*) FROM shares",
        "dismissed": "SELECT COUNT(*) FROM (SELECT DISTINCT check_id, network, target FROM dismissals)",
        "drafts": "SELECT COUNT(*) FROM drafts",
        "reminders": "SELECT COUNT(*) FROM reminders WHERE state = 'planned'",
    }
    counts = dict.fromkeys(queries, 0)
    connection = sqlite3.connect(path)
    try:
        for key, query in queries.items():
            with contextlib.suppress(sqlite3.OperationalError):  # no such table in this schema version
                counts[key] = int(connection.execute(query).fetchone()[0])
    finally:
        connection.close()
    return counts


def copy_database(source: Path, target: Path) -> None:
    """A whole copy of the store as it is at one moment, even while another connection writes: SQLite's
    backup API reads it in one transaction. The copy keeps no journal beside it."""
    reading, writing = sqlite3.connect(source, timeout=30), sqlite3.connect(target)
    try:
        reading.backup(writing)
        writing.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, not a WAL pair
        verdict = writing.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        writing.close()
        reading.close()
    if verdict != "ok":
        raise sqlite3.DatabaseError(f"quick_check: {verdict}")


def count_words(text: str) -> int:
    lines = (line.strip() for line in text.splitlines())
    return len({line.lower() for line in lines if line and not line.startswith("#")})


def company_name(text: str) -> str:
    try:
        company = tomllib.loads(text).get("company", {})
    except tomllib.TOMLDecodeError:
        return ""
    name = company.get("name") if isinstance(company, dict) else None
    return name.strip() if isinstance(name, str) else ""


def profile_name(document: dict[str, Any] | None) -> str | None:
    me = (document or {}).get("me")
    name = me.get("name") if isinstance(me, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else None


def _files_of(held: _Held) -> Iterator[tuple[Path, str]]:
    """Each file of ``held`` and its name inside the backup (an export may be a whole folder)."""
    if held.source.is_dir():
        for path in sorted(held.source.rglob("*")):
            if path.is_file() and not path.is_symlink():
                yield path, f"{held.name}/{path.relative_to(held.source).as_posix()}"
    else:
        yield held.source, held.name


NOTHING_TO_BACK_UP = (
    "There is nothing to back up yet: no profile, no history and no words of your own are kept on this computer."
)


def nothing_to_back_up() -> str | None:
    """Why a backup would be empty, as one sentence; None when there is something to carry."""
    return NOTHING_TO_BACK_UP if not _what_to_carry() and not database_path().is_file() else None


def make_backup(
    target: Path, *, on_progress: ProgressCallback | None = None, now: datetime | None = None
) -> BackupContents:
    """Write the backup to ``target`` (replaced whole, or not at all) and say what it holds.
    ``BackupFailed`` (one sentence) when it cannot be made; nothing is left half-written."""
    target = target.expanduser()
    made_at = now or datetime.now(UTC)
    held = _what_to_carry()
    database = database_path()
    files = [pair for item in held for pair in _files_of(item)]
    total = len(files) + (2 if database.is_file() else 1)
    step = 0

    def advance() -> None:
        nonlocal step
        step += 1
        if on_progress is not None:
            on_progress(step, total)

    if not held and not database.is_file():
        raise BackupFailed(NOTHING_TO_BACK_UP)
    if target.is_dir():
        raise BackupFailed(f"{target} is a folder; name the backup file itself, such as advocacy{SUFFIX}.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise BackupFailed(f"The folder {folder} does not exist; make it first, or name the backup in another one.")
    with tempfile.TemporaryDirectory(prefix="advocacy-backup-") as scratch:
        counts = dict.fromkeys(("audits", "shares", "dismissed", "drafts", "reminders"), 0)
        copy = Path(scratch) / "advocacy.sqlite3"
        if database.is_file():
            try:
                copy_database(database, copy)
                counts = count_history(copy)
            except sqlite3.Error as exc:
                raise BackupFailed(
                    f"Your history ({database}) could not be copied ({exc}); open the app once so it can repair it, "
                    "then back up again. Nothing was written."
                ) from None
            advance()
        texts = {h.what: h.source.read_text(encoding="utf-8-sig", errors="replace") for h in held if h.what != "export"}
        contents = BackupContents(
            made_at=made_at,
            app_version=__version__,
            who=profile_name(profile_document(saved_profile_path())),
            has_profile="profile" in texts,
            company=company_name(texts["company_file"]) if "company_file" in texts else None,
            has_history=database.is_file(),
            words=count_words(texts.get("words", "")),
            exports=tuple(h.label for h in held if h.what == "export"),
            audits=counts["audits"],
            shares=counts["shares"],
            dismissed=counts["dismissed"],
            drafts=counts["drafts"],
            reminders=counts["reminders"],
        )
        manifest = _manifest(contents, held, database.is_file())
        try:
            _write_zip(folder, target, manifest, files, copy if database.is_file() else None, advance)
        except OSError as exc:
            raise BackupFailed(
                f"The backup could not be written to {target} ({exc.strerror or exc}); nothing was written there."
            ) from None
    return contents


def _manifest(contents: BackupContents, held: list[_Held], has_history: bool) -> dict[str, Any]:
    holds = [{"what": h.what, "path": h.name, **({"label": h.label} if h.label else {})} for h in held]
    if has_history:
        holds.append({"what": "history", "path": HISTORY})
    return {
        "kind": KIND,
        "format": FORMAT_VERSION,
        "app_version": contents.app_version,
        "created_at": contents.made_at.isoformat(),
        # Where the app kept its files there: a restore rewrites the profile's paths inside them.
        "folders": {kind: str(path) for kind, path in app_folders().items()},
        "separator": os.sep,
        "holds": holds,
        "counts": {
            "audits": contents.audits,
            "shares": contents.shares,
            "dismissed": contents.dismissed,
            "drafts": contents.drafts,
            "reminders": contents.reminders,
            "words": contents.words,
            "exports": len(contents.exports),
        },
    }


def _write_zip(
    folder: Path,
    target: Path,
    manifest: dict[str, Any],
    files: list[tuple[Path, str]],
    history: Path | None,
    advance: Any,
) -> None:
    """Written beside ``target`` and moved over it in one step; readable by the user alone, since it
    holds what they shared and where."""
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    os.close(descriptor)
    partial = Path(name)
    try:
        os.chmod(partial, PRIVATE_FILE)
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            for source, inside in files:
                archive.write(source, inside)
                advance()
            if history is not None:
                archive.write(history, HISTORY)
            advance()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
