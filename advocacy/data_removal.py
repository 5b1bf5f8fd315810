"""Delete all my data: the app's folders (the profile, the imported company file, the history with its
drafts and dismissed findings, the person's own words, the cache, the log) and every entry the app
wrote to the system keyring.

``plan_deletion`` lists exactly what would go, so the person confirms a list, not a promise;
``delete_all`` deletes that list. The keyring entries are the ones the profile's accounts can have
(``advocacy.tokens``), a Bluesky sign-in session beside its app password, LanguageTool's username
and key, and, where the keyring can be searched (the Secret Service), every other entry under the
app's names, such as a token kept for an account the profile no longer names. A keyring that cannot
be reached never stops the files from being deleted: the entries it kept are named instead.
Reading the keyring can wait on its unlock prompt: call both off a GUI thread.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tomllib
from pathlib import Path

from advocacy.credentials import LANGUAGETOOL, CredentialStore
from advocacy.domain.housekeeping import DataFolder, DeletionOutcome, DeletionPlan, KeyringEntry, joined
from advocacy.domain.models import Network
from advocacy.domain.networks import ACCOUNT_FIELDS, TOKEN_USES
from advocacy.domain.profile import LOCAL_LANGUAGETOOL, Accounts, ProfileConfig
from advocacy.errors import CredentialsUnavailable
from advocacy.networks.bluesky.publish import SESSION_SUFFIX, refresh_account
from advocacy.networks.mastodon.connect import REGISTRATION_SUFFIX, registration_entries
from advocacy.paths import app_folders

log = logging.getLogger(__name__)

_KNOWN_FILES = {
    "profile.toml": "your profile",
    "company.toml": "the company file you imported",
    "my-words.txt": "your own words",
    "window.ini": "the window's layout",
    "advocacy.sqlite3": "your history of audits and shares, with your drafts and dismissed findings",
    "sample.sqlite3": "the sample's history",
    "http-cache.sqlite3": "copies of pages the app read, kept to read them faster",
    "advocacy.log": "the log",
}
_KIND_HOLDS = {"cache": "copies of pages the app read, kept to read them faster", "logs": "the log"}


def _phrases(kind: str, folder: Path) -> list[str]:
    """What ``folder`` holds, in words, from the files in it."""
    phrases: list[str] = []
    others = 0
    for path in sorted(folder.iterdir()):
        name = path.name
        base = name.split(".before-restore-")[0].split(".damaged-")[0]
        if ".before-restore-" in name:
            phrase = "copies kept before a restore"
        elif ".damaged-" in name:
            phrase = "damaged copies of your history, kept aside"
        elif name.endswith(".bak"):
            phrase = "copies of your history kept before an upgrade"
        elif name.endswith(("-wal", "-shm", "-journal")) or name.startswith("."):
            continue  # a database's own journal, or a file being written: part of what is named
        elif base in _KNOWN_FILES or (kind == "logs" and base.startswith("advocacy.log")):
            phrase = _KNOWN_FILES.get(base, "the log")
        else:
            others += 1
            continue
        if phrase not in phrases:
            phrases.append(phrase)
    if not phrases and kind in _KIND_HOLDS and others:
        return [_KIND_HOLDS[kind]]
    order = list(_KNOWN_FILES.values())  # the profile first, whatever the files are called
    phrases.sort(key=lambda phrase: order.index(phrase) if phrase in order else len(order))
    if others:
        phrases.append(f"{others} other {'file' if others == 1 else 'files'} you or the app put there")
    return phrases


def data_folders() -> tuple[DataFolder, ...]:
    """The app's folders that exist, each once: one inside another (Windows keeps the cache and the log
    inside the data folder; macOS keeps the profile and the data in one) is deleted with it."""
    existing = [(kind, path) for kind, path in app_folders().items() if path.is_dir()]
    holds: dict[Path, list[str]] = {}
    for kind, path in existing:
        outer = next((o for _, o in existing if o != path and path.is_relative_to(o)), path)
        for phrase in _phrases(kind, path):
            if phrase not in holds.setdefault(outer, []):
                holds[outer].append(phrase)
    return tuple(DataFolder(path, joined(phrases) or "nothing yet") for path, phrases in holds.items())


def _saved_accounts(profile: Path) -> tuple[Accounts | None, bool]:
    """The accounts the saved profile names and whether it uses LanguageTool's hosted API, read
    leniently: a profile that no longer loads (a company file gone missing) still says which accounts
    have tokens."""
    try:
        document = tomllib.loads(profile.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None, False
    audit = document.get("audit")
    server = audit.get("languagetool_url") if isinstance(audit, dict) else None
    hosted = isinstance(server, str) and server not in ("", LOCAL_LANGUAGETOOL)
    me = document.get("me")
    accounts = me.get("accounts") if isinstance(me, dict) else None
    if not isinstance(accounts, dict):
        return None, hosted
    known = {k: v for k, v in accounts.items() if isinstance(v, str) and k in ACCOUNT_FIELDS}
    return Accounts(**known), hosted


def entry_name(service: str, account: str) -> str:
    """A keyring entry in plain words: "Mastodon token for @sam@social.example"."""
    if service == LANGUAGETOOL:
        return {"username": "LanguageTool username", "api_key": "LanguageTool API key"}.get(
            account, f"LanguageTool entry {account}"
        )
    try:
        network = Network(service)
    except ValueError:
        return f"Entry {account} under advocacy:{service}"
    if network is Network.BLUESKY and account.endswith(SESSION_SUFFIX):
        return f"Bluesky sign-in session for {account.removesuffix(SESSION_SUFFIX)}"
    if network is Network.MASTODON and account.endswith(REGISTRATION_SUFFIX):
        return f"Mastodon app registration on {account.removesuffix(REGISTRATION_SUFFIX)}"
    secret = "app password" if network is Network.BLUESKY else "token"
    return f"{network.label} {secret} for {account}"


def _candidates(profiles: list[ProfileConfig | Accounts], *, languagetool: bool) -> list[tuple[str, str]]:
    """Every entry these profiles' accounts can have written, whether or not it is there;
    ``languagetool``: LanguageTool's username and key too."""
    found: list[tuple[str, str]] = []
    for profile in profiles:
        accounts = profile.me.accounts if isinstance(profile, ProfileConfig) else profile
        for network, handle in accounts.configured().items():
            if network in TOKEN_USES:
                found.append((network.value, handle))
                if network is Network.BLUESKY:
                    found.append((network.value, refresh_account(handle)))
    # Connect… keeps each Mastodon server's app registration beside the tokens; a keyring that cannot
    # be searched (macOS, Windows) would otherwise keep it after "everything" was deleted.
    found += [(Network.MASTODON.value, name) for name in registration_entries(app_folders()["config"])]
    if languagetool:
        found += [(LANGUAGETOOL, "username"), (LANGUAGETOOL, "api_key")]
    return list(dict.fromkeys(found))


def _app_services() -> list[str]:
    return [network.value for network in Network] + [LANGUAGETOOL]


def keyring_entries(
    credentials: CredentialStore, profiles: list[ProfileConfig | Accounts], *, languagetool: bool = False
) -> tuple[tuple[KeyringEntry, ...], str | None]:
    """The entries the app keeps in the keyring, and why the keyring could not be read (None when it
    could). Unread, the list is what the profiles' accounts can have written, each named unchecked
    (LanguageTool's only when ``languagetool``: a profile uses its hosted API)."""
    if not credentials.is_available():
        problem = "no system keyring is available on this computer."
        return _named(_candidates(profiles, languagetool=languagetool)), problem
    candidates = _candidates(profiles, languagetool=True)  # asking costs little: an old key is found too
    try:
        # Asked one by one (any keyring answers that), then searched where the keyring can be.
        stored = [(service, account) for service, account in candidates if credentials.get(service, account)]
        listed = credentials.stored_accounts(_app_services()) or {}
    except CredentialsUnavailable:
        unread = _candidates(profiles, languagetool=languagetool)
        return _named(unread), "the system keyring did not answer (it may be locked)."
    stored += [(service, account) for service, accounts in listed.items() for account in accounts]
    return _named(list(dict.fromkeys(stored))), None


def _named(pairs: list[tuple[str, str]]) -> tuple[KeyringEntry, ...]:
    return tuple(KeyringEntry(service, account, entry_name(service, account)) for service, account in pairs)


def plan_deletion(credentials: CredentialStore, open_profile: ProfileConfig | None) -> DeletionPlan:
    """Exactly what ``delete_all`` deletes. ``open_profile``: the profile on screen (it may not be
    the saved one), whose accounts' tokens go too."""
    profiles: list[ProfileConfig | Accounts] = [open_profile] if open_profile is not None else []
    saved, hosted = _saved_accounts(app_folders()["config"] / "profile.toml")
    if saved is not None:
        profiles.append(saved)
    uses_languagetool = hosted or bool(open_profile and _uses_hosted_languagetool(open_profile))
    entries, problem = keyring_entries(credentials, profiles, languagetool=uses_languagetool)
    return DeletionPlan(data_folders(), entries, problem)


def _uses_hosted_languagetool(config: ProfileConfig) -> bool:
    server = config.audit.languagetool_url
    return bool(server) and server != LOCAL_LANGUAGETOOL


def _delete_folder(folder: Path, problems: list[tuple[Path, str]]) -> bool:
    """Everything in ``folder``, then the folder; a folder that is a link keeps the link (what it
    points at is emptied). Files that cannot be deleted are named in ``problems``."""

    def failed(_function: object, path: str, error: BaseException) -> None:
        problems.append((Path(path), getattr(error, "strerror", None) or type(error).__name__))

    if not folder.exists():
        return True
    before = len(problems)
    for child in list(folder.iterdir()):
        if child.is_dir() and not child.is_symlink():
            if sys.version_info >= (3, 12):
                shutil.rmtree(child, onexc=failed)
            else:
                shutil.rmtree(child, onerror=lambda function, path, info: failed(function, path, info[1]))
            continue
        try:
            child.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            problems.append((child, exc.strerror or type(exc).__name__))
    if not folder.is_symlink():
        try:
            folder.rmdir()
        except FileNotFoundError:
            pass
        except OSError as exc:
            if len(problems) == before:
                problems.append((folder, exc.strerror or type(exc).__name__))
    return len(problems) == before


def delete_all(plan: DeletionPlan, credentials: CredentialStore) -> DeletionOutcome:
    """Delete what ``plan`` lists: the keyring entries (each one tried, whatever the others did) and
    the folders (deleted even when the keyring cannot be reached)."""
    from advocacy.logging_setup import release_log_file

    credentials.forget_session()
    removed_entries: list[KeyringEntry] = []
    left: list[KeyringEntry] = []
    problem: str | None = None
    for entry in plan.entries:
        try:
            credentials.delete(entry.service, entry.account)
            removed_entries.append(entry)
        except CredentialsUnavailable as exc:
            left.append(entry)
            log.info("keyring entry not removed: %s", exc.user_message)
            problem = problem or _why(credentials)
    log.info("deleting all data: %d folders", len(plan.folders))  # said before the log itself goes
    release_log_file()  # a log file kept open cannot be deleted on Windows; the next line reopens it
    removed: list[Path] = []
    problems: list[tuple[Path, str]] = []
    for folder in plan.folders:
        if _delete_folder(folder.path, problems):
            removed.append(folder.path)
    unchecked = plan.keyring_problem is not None
    return DeletionOutcome(tuple(removed), tuple(problems), tuple(removed_entries), tuple(left), problem, unchecked)


def _why(credentials: CredentialStore) -> str:
    """Why an entry stayed, in words (the keyring's own sentence offers to keep a token for this
    session, which is no help here)."""
    if not credentials.is_available():
        return "no system keyring is available on this computer"
    return "the system keyring did not answer (it may be locked)"
