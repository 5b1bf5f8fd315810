"""What the app does for one loaded profile, for the window and the command line alike.

A ``Workspace`` is built once per loaded profile from the profile, the store, the credentials and
the HTTP services. Both front ends call it and nothing else: run an audit, read the history and the
shares, dismiss a finding, suggest content, publish, find linked accounts, check a draft's text.
It holds no Qt and no module state; the one credential store it is given is the one every part of a
run uses, so a token kept "for this session only" reaches the audit's LanguageTool check too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, MutableSequence, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocacy.cancellation import CancelToken, ProgressCallback
from advocacy.domain.models import AccountSuggestion, AuditReport, Finding, Network
from advocacy.domain.profile import Company, FieldProblem, ProfileConfig
from advocacy.domain.records import AuditSummary
from advocacy.errors import (
    AdvocacyError,
    StorageError,
)
from advocacy.paths import PROFILE_FILE, config_file, data_dir, database_path, http_cache_path, saved_profile_path
from advocacy.storage import Store

if TYPE_CHECKING:  # the HTTP stack and the keyring load on first use, not when the window opens
    from advocacy.audit_runner import AuditServices, LinkedAccounts
    from advocacy.connection.service import Connections
    from advocacy.credentials import CredentialStore
    from advocacy.domain.audit_input import Rule, Scorer  # the rules' input loads with the first audit
    from advocacy.domain.changes import SinceLastTime
    from advocacy.domain.dismissals import Dismissal  # with the first dismissal read
    from advocacy.domain.housekeeping import BackupContents, DeletionOutcome, DeletionPlan, RestoreOutcome
    from advocacy.domain.period import Period, PeriodReport, Section
    from advocacy.domain.plan import Plan, Reminder
    from advocacy.domain.shares import ItemDraft, ShareRecord  # with the first share or draft read
    from advocacy.domain.text_check import TextIssue
    from advocacy.http_session import HttpClient
    from advocacy.planner import Planner
    from advocacy.sharing.content import ContentItem
    from advocacy.sharing.counting import Count
    from advocacy.sharing.publish import Published
    from advocacy.sharing.service import Sharing
    from advocacy.sharing.suggest import Suggestion, Suggestions
    from advocacy.spelling.service import TextCheckService
    from advocacy.tokens import Tokens

log = logging.getLogger(__name__)


def store_path(is_sample: bool) -> Path:
    # The sample keeps its own history, apart from the user's real audits.
    return data_dir() / "sample.sqlite3" if is_sample else database_path()


def services_for(
    is_sample: bool, *, credentials: CredentialStore | None = None, store: Store | None = None, keep: bool = True
) -> AuditServices:
    """``store``: where audits are kept (None: the profile's own); ``keep=False``: nowhere (a full disk)."""
    from advocacy.audit_runner import AuditServices
    from advocacy.credentials import CredentialStore

    store = (store or Store(store_path(is_sample))) if keep else None
    if is_sample:
        from advocacy.sample_replay import sample_session

        return AuditServices(store=store, session_factory=sample_session)  # never goes online
    from advocacy.http_cache import SqliteHttpCache

    return AuditServices(
        store=store, http_cache=SqliteHttpCache(http_cache_path()), credentials=credentials or CredentialStore()
    )


def share_key(network: Network, text: str, item: ContentItem | None = None) -> str:
    """What a share is recorded under, the one basis of never twice for both front ends: a suggested
    item's own key (its id, else its address), or for words of one's own, a key made from the text."""
    return item.share_key if item is not None else text_item_key(network, text)


def text_item_key(network: Network, text: str) -> str:
    """The share key of a text posted as it is (not a suggested item): the same text on the same
    network is the same share, so it is never posted twice by accident."""
    import hashlib  # OpenSSL loads with the first share, not at start-up

    digest = hashlib.sha256(f"{network.value}\n{text}".encode()).hexdigest()[:20]
    return f"text:{digest}"


# What a front end needs with no profile loaded (``advocacy compose``, ``advocacy check-text``, a
# profile file to open): each delegates to the core module that does it, imported on use, so a
# front end never imports the profile reader, the counters, the share links or the dictionaries.


def import_company_file(source: Path) -> tuple[str, Company]:
    """Check a company file and keep a copy in the app's folder: the copy's path (what the profile
    names) and what the file says. ``InvalidProfileFile`` naming it as the company file."""
    from advocacy.paths import config_dir
    from advocacy.profile_file import adopt_company_file

    target = config_dir() / "company.toml"
    return str(target), adopt_company_file(source, target)


def company_file_summary(company: Company) -> str:
    """What a company file holds, in one line: "Acme: 2 web domains, 3 accounts, 1 feed"."""

    def count(number: int, noun: str) -> str:
        return f"{number} {noun}{'' if number == 1 else 's'}"

    accounts = sum(1 for network in Network if company.accounts.get(network))
    parts = [count(len(company.domains), "web domain"), count(accounts, "account"), count(len(company.feeds), "feed")]
    return f"{company.name or 'No company name'}: {', '.join(parts)}"


def load_profile_file(path: Path) -> ProfileConfig:
    """The profile in ``path``; ``InvalidProfileFile`` (one sentence) when it cannot be used."""
    from advocacy.profile_file import load_profile

    return load_profile(path)


def account_entry(suggestion: AccountSuggestion) -> tuple[str, str]:
    """The ``[me.accounts]`` key an account found in a link fills, and the value it writes there."""
    from advocacy import discovery

    return discovery.account_entry(suggestion)


def near_copy(final: str, suggested: str) -> bool:
    """Whether a draft is still nearly the suggested text (the same post from every colleague)."""
    from advocacy.sharing.drafts import near_copy as is_near_copy

    return is_near_copy(final, suggested)


def tracking_note(text: str) -> str | None:
    """What a link's utm_… tail is, in words, when the draft has one (both front ends say it)."""
    from advocacy.sharing.drafts import tracking_note as note

    return note(text)


def profile_to_open(named: Path | None, *, sample: bool = False) -> Path | None:
    """The profile file a front end opens, for both of them: the one named, else the app's own
    saved profile if one was saved; None for the sample (asked for, or nothing saved yet)."""
    if sample:
        return None
    if named is not None:
        return named
    saved = config_file(PROFILE_FILE)  # read where it is: a folder that cannot be written still opens
    return saved if saved.exists() else None


def read_profile_form(config: ProfileConfig) -> ProfileConfig | FieldProblem:
    """A profile typed into a form, read as the app's own profile file would read it: the checked
    profile, or the field it would refuse and why (a form marks that field)."""
    from advocacy.profile_file import read_form

    return read_form(config, config_file(PROFILE_FILE))  # checked before it is written: nothing is made yet


def command_line_credentials(config: ProfileConfig) -> CredentialStore:
    """The keyring as a command reads it, plus the ``ADVOCACY_TOKEN_<NETWORK>`` variables set for
    this run for the accounts ``config`` names (never arguments: others can read those)."""
    from advocacy.credentials import CredentialStore

    credentials = CredentialStore(command_line=True)
    credentials.take_from_environment(config.me.accounts.configured())
    return credentials


def count_draft(network: Network, text: str, limit: int | None = None) -> Count:
    """``text`` counted as ``network`` counts it, against ``limit`` (None: the network's usual one)."""
    from advocacy.networks import counter_for

    return counter_for(network, limit)(text)


def draft_is_blank(text: str) -> bool:
    """Whether ``text`` has nothing but spaces, line breaks or invisible characters."""
    from advocacy.sharing.counting import is_blank

    return is_blank(text)


def server_address(instance: str) -> str:
    """``https://host[:port]`` for what a user types as their server (a name, a URL, a handle);
    ``advocacy.errors.InvalidInstance`` (one sentence) when it names no server."""
    from advocacy.sharing.intents import mastodon_base

    return mastodon_base(instance)


def share_link_for(network: Network, text: str, server: str | None = None) -> str:
    """The address that opens ``network``'s composer with ``text``; ``server`` (a name or a handle)
    for a network where each server has its own. ``InvalidInstance`` when it is needed and bad."""
    from advocacy.sharing.intents import share_url

    return share_url(network, text, server=server)


def load_dictionary(language: str) -> None:
    """Read the word list for ``language`` now (it is cached), so a bad language is said before any
    text is read: ``advocacy.errors.UnknownLanguage`` when none ships, ``DamagedWordList`` when
    the one that ships cannot be read."""
    from advocacy.spelling.lexicon import load

    load(language)


def dictionary_languages() -> tuple[str, ...]:
    """The languages a word list ships for, sorted."""
    from advocacy.spelling.lexicon import available_languages

    return available_languages()


@dataclass
class Workspace:
    config: ProfileConfig
    is_sample: bool
    _credentials: CredentialStore | None = field(default=None, repr=False)
    path: Path | None = None
    rules: Sequence[Rule] = ()
    scorer: Scorer | None = None
    _services: AuditServices | None = field(default=None, repr=False)
    _store: Store | None = field(default=None, repr=False)
    _latest: tuple[int, AuditReport] | None = field(default=None, repr=False)
    # The window reads the store from worker threads: it is opened (and a damaged file set aside) once.
    _opening: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # Said once by notices(), beside the store's own: a damaged profile file kept aside on saving.
    _said: list[str] = field(default_factory=list, repr=False)

    @classmethod
    def open(
        cls,
        config: ProfileConfig,
        *,
        is_sample: bool,
        path: Path | None = None,
        credentials: CredentialStore | None = None,
        rules: Sequence[Rule] = (),
        scorer: Scorer | None = None,
    ) -> Workspace:
        return cls(
            config=config,
            is_sample=is_sample,
            _credentials=credentials,
            path=path,
            # A list is copied so a caller's later change cannot reach it; an immutable sequence is kept
            # as it is, so rules that load when first read (``checks.Rules``) still load only then.
            rules=tuple(rules) if isinstance(rules, MutableSequence) else rules,
            scorer=scorer,
        )

    @classmethod
    def sample(
        cls, *, credentials: CredentialStore | None = None, rules: Sequence[Rule] = (), scorer: Scorer | None = None
    ) -> Workspace:
        """The bundled fictional employee, read offline: what a newcomer sees first."""
        from advocacy.sample import load_sample_profile

        return cls.open(load_sample_profile(), is_sample=True, credentials=credentials, rules=rules, scorer=scorer)

    def with_profile(self, config: ProfileConfig, *, is_sample: bool = False, path: Path | None = None) -> Workspace:
        """Another profile, with the same credentials and rules (a token kept "for this session only" stays)."""
        return Workspace.open(
            config, is_sample=is_sample, path=path, credentials=self.credentials, rules=self.rules, scorer=self.scorer
        )

    @property
    def sharing(self) -> Sharing:
        from advocacy.sharing.service import Sharing

        return Sharing(self)

    @property
    def connections(self) -> Connections:
        """Connect, check and disconnect the profile's accounts (each call a worker's job)."""
        from advocacy.connection.service import Connections

        return Connections(self)

    @property
    def planner(self) -> Planner:
        from advocacy.planner import Planner

        return Planner(self)

    @property
    def credentials(self) -> CredentialStore:
        """The run's one credential store, shared by every workspace opened from this one."""
        if self._credentials is None:
            from advocacy.credentials import CredentialStore

            self._credentials = CredentialStore()
        return self._credentials

    def tokens(self) -> Tokens:
        """The secrets this profile can keep, one per account (a token, an app password)."""
        from advocacy.tokens import Tokens

        return Tokens(self.credentials, self.config)

    @property
    def services(self) -> AuditServices:
        if self._services is None:
            self._services = services_for(self.is_sample, credentials=self.credentials, store=self.store)
        return self._services

    @property
    def store(self) -> Store:
        with self._opening:
            if self._store is None:
                self._store = Store(store_path(self.is_sample))
            return self._store

    def http_client(self, *, cached: bool = False) -> HttpClient:
        """A client with the run's policy; ``cached``: with the HTTP cache (reading, never posting)."""
        from advocacy.http_session import HttpClient

        services = self.services
        if cached:
            return HttpClient(services.session_factory(), policy=services.policy, cache=services.http_cache)
        return HttpClient(policy=services.policy)

    # The profile ------------------------------------------------------------------------------

    def reread(self) -> Workspace:
        """This profile as its file says now: the person may have edited it since it was opened.
        ``self`` when the file says the same (or there is no file: the sample, a profile not saved
        yet, a file since removed); ``InvalidProfileFile`` (one sentence) when the edit broke it."""
        if self.is_sample or self.path is None or not self.path.is_file():
            return self
        from advocacy.profile_file import load_profile

        config = load_profile(self.path)
        return self if config == self.config else self.with_profile(config, path=self.path)

    def adopt_profile_file(self, source: Path) -> Workspace:
        """Validate a profile file and keep a copy as the app's own profile."""
        from advocacy.profile_file import load_profile

        return self.saved_as_own(load_profile(source))

    def saved_as_own(self, config: ProfileConfig) -> Workspace:
        """Write ``config`` to the app's own profile file (never over a file the user edits by hand).
        A file there that cannot be read as a profile is kept aside first (``profile.toml.damaged-…``),
        never written over: it may hold what the person typed, and the new workspace says so once."""
        from advocacy.profile_file import keep_damaged_profile, save_profile

        target = saved_profile_path()
        kept = keep_damaged_profile(target)
        save_profile(config, target)
        saved = self.with_profile(config, path=target)
        if kept is not None:
            saved._said.append(
                f"Your profile file could not be read, so it was kept as {kept} and a new one was saved; "
                "copy anything you still need from it."
            )
        return saved

    def with_account(self, suggestion: AccountSuggestion) -> Workspace:
        """The user's confirmed account, saved into the app's copy of the profile: never into a file
        passed with --profile, since rewriting it would drop their comments."""
        from advocacy.discovery import accept

        if self.is_sample:
            raise AdvocacyError("The sample cannot be changed; open your own profile first (Ctrl+O).")
        return self.saved_as_own(accept(self.config, suggestion))

    # Backing up, moving to another computer, deleting everything -----------------------------

    def backup(self, target: Path, *, on_progress: ProgressCallback | None = None) -> BackupContents:
        """One file holding the profile, the company file, the history, drafts, dismissed findings and
        the person's words (never a token); ``advocacy.backup.BackupFailed`` when it cannot be made."""
        from advocacy.backup import make_backup

        return make_backup(target, on_progress=on_progress)

    def nothing_to_back_up(self) -> str | None:
        """Why a backup made now would be empty (one sentence), before a file is asked for; None
        when there is something to carry. Reads the app's folders: off the GUI thread."""
        from advocacy.backup import nothing_to_back_up

        return nothing_to_back_up()

    def inspect_backup(self, source: Path) -> BackupContents:
        """What a backup holds and what restoring it would replace here; ``BackupRefused`` (one
        sentence, nothing changed) for a file that cannot be restored."""
        from advocacy.restore import inspect_backup

        return inspect_backup(source)

    def restore_backup(self, source: Path, *, on_progress: ProgressCallback | None = None) -> RestoreOutcome:
        """Restore a backup over what this computer keeps, what it replaces set aside first. Open the
        saved profile again afterwards: this workspace is the profile from before."""
        from advocacy.restore import restore_backup

        return restore_backup(source, on_progress=on_progress)

    def data_to_delete(self) -> DeletionPlan:
        """Exactly what ``delete_all_data`` deletes: the app's folders and its keyring entries (read
        from the keyring: off the GUI thread)."""
        from advocacy.data_removal import plan_deletion

        return plan_deletion(self.credentials, None if self.is_sample else self.config)

    def delete_all_data(self, plan: DeletionPlan) -> DeletionOutcome:
        """Delete what ``plan`` lists. This workspace is unusable afterwards: open the sample afresh."""
        from advocacy.data_removal import delete_all

        return delete_all(plan, self.credentials)

    # Audits ---------------------------------------------------------------------------------

    def run_audit(
        self,
        *,
        cancel: CancelToken | None = None,
        on_progress: ProgressCallback | None = None,
        now: datetime | None = None,
    ) -> AuditReport:
        if self.scorer is None:
            raise AdvocacyError("This workspace was opened without the audit rules; nothing can be audited.")
        from advocacy.audit_runner import not_saved, notice, run_audit

        try:
            services, unsaved = self.services, None
        except StorageError as exc:  # a full or read-only disk: audit all the same, and say it was not kept
            services = services_for(self.is_sample, credentials=self.credentials, keep=False)
            unsaved = exc.user_message
        my_words, unreadable = self._my_words_for_audit()
        report = run_audit(
            self.config,
            my_words=my_words,
            rules=self.rules,
            scorer=self.scorer,
            services=services,
            now=now,
            cancel=cancel,
            on_progress=on_progress,
            text_checker=self.text_checker if self.config.audit.spelling else None,
        )
        if unreadable is not None:
            report = replace(report, findings=(*report.findings, notice("notice.my_words", unreadable)))
        if unsaved is not None:
            return replace(report, findings=(*report.findings, not_saved(unsaved)))
        newest = self.store.latest_audit_id()
        if newest is not None:  # the report just saved: the plan and the window need not read it back
            self._latest = (newest, report)
        return report

    def _my_words_for_audit(self) -> tuple[frozenset[str], str | None]:
        from advocacy.my_words import MyWordsUnreadable

        try:
            return frozenset(word.lower() for word in self.my_words()), None
        except MyWordsUnreadable as exc:
            return frozenset(), f"Spelling was checked without your words: {exc.user_message}"

    def latest_audit(self) -> AuditReport | None:
        """The newest audit, decoded once: the plan, the shares and the window all ask for it, and a
        large report takes a while to read back. Another process's new audit is noticed by its id."""
        newest = self.store.latest_audit_id()
        if newest is None:
            return None
        if self._latest is None or self._latest[0] != newest:
            report = self.store.audit(newest)
            if report is None:
                return None
            self._latest = (newest, report)
        return self._latest[1]

    def audit(self, audit_id: int) -> AuditReport | None:
        return self.store.audit(audit_id)

    def since_last_time(self, audit_id: int | None = None, now: datetime | None = None) -> SinceLastTime | None:
        """Audit ``audit_id`` (the newest when None) against the audit before it that read anything:
        findings fixed and new, score and reach, with where this week stands. None before a second
        audit that read something, or when either cannot be read back."""
        from advocacy.domain.changes import since_last_time

        history = self.store.history(limit=1000)
        index = 0 if audit_id is None else next((i for i, h in enumerate(history) if h.id == audit_id), None)
        if index is None or index >= len(history):
            return None
        earlier = (h for h in history[index + 1 :] if h.coverage is None or h.coverage.looked_at > 0)
        before = next(earlier, None)
        if before is None:
            return None
        latest = self.latest_audit() if index == 0 else self.audit(history[index].id)
        previous = self.audit(before.id)
        if latest is None or previous is None:
            return None
        dismissed = {(d.check, d.network, d.target) for d in self.dismissals()}
        plan = self.plan(now) if audit_id is None else None  # the week is this week's, not a past audit's
        return since_last_time(previous, latest, plan, dismissed)

    def history(self) -> list[AuditSummary]:
        return self.store.history()

    def dismiss(self, finding: Finding) -> None:
        self.store.dismiss(finding)

    def period_report(
        self, period: Period, sections: Iterable[Section] | None = None, *, now: datetime | None = None
    ) -> PeriodReport:
        """The report of ``period`` with the chosen sections (all when None), from what the store keeps
        (nothing is fetched). ``NothingToReport`` when no audit in the period read anything."""
        from advocacy.domain.period import Section
        from advocacy.period_report import build_period_report

        return build_period_report(
            period,
            tuple(Section) if sections is None else sections,
            history=self.store.history(limit=1_000_000),  # every audit: a quarter's baseline may be far back
            load=self.audit,
            shares=self.shares,
            dismissals=self.dismissals,
            now=now or datetime.now().astimezone(),
        )

    def find_linked_accounts(
        self, config: ProfileConfig | None = None, cancel: CancelToken | None = None
    ) -> LinkedAccounts:
        from advocacy.audit_runner import find_linked_accounts

        return find_linked_accounts(config or self.config, services=self.services, cancel=cancel)

    # Text -----------------------------------------------------------------------------------

    def text_checker(self, config: ProfileConfig) -> TextCheckService:
        """Spelling (and LanguageTool when the profile names one) with this workspace's credentials."""
        from advocacy.spelling.service import session_for

        return session_for(config, store=self.credentials)

    def check_draft(self, text: str) -> Sequence[TextIssue]:
        """Offline spelling for a draft. LanguageTool is left to the audit: a remote call per pause in
        typing is too slow, and it would send every draft to a server while it is being written."""
        from advocacy.spelling.hashtags import hashtag_issues
        from advocacy.spelling.service import TextCheckService

        issues = list(hashtag_issues(text))
        if self.config.audit.spelling:
            issues += TextCheckService(self.config.audit.language)(text, None, self.known_words())
        return sorted(issues, key=lambda issue: issue.start)

    # The person's own words --------------------------------------------------------------------

    def my_words(self) -> tuple[str, ...]:
        """The words added to the person's dictionary; ``MyWordsUnreadable`` when the file cannot be read."""
        from advocacy.my_words import read_my_words

        return read_my_words()

    def add_my_words(self, words: Iterable[str]) -> tuple[str, ...]:
        """Add words to the person's dictionary (``ValueError`` for one that is not a word); the new ones."""
        from advocacy.my_words import add_my_words

        return add_my_words(words)

    def remove_my_words(self, words: Iterable[str]) -> tuple[str, ...]:
        from advocacy.my_words import remove_my_words

        return remove_my_words(words)

    def known_words(self) -> frozenset[str]:
        """Words never reported as misspelled: the names in the profile and the person's own words
        (none when their file cannot be read: the audit says so)."""
        from advocacy.domain.text_check import never_typos
        from advocacy.my_words import MyWordsUnreadable

        try:
            mine = {word.lower() for word in self.my_words()}
        except MyWordsUnreadable:
            mine = set()
        return never_typos(self.config) | mine

    # Sharing --------------------------------------------------------------------------------

    def suggestions(self, *, library: str | None = None, limit: int = 5, now: datetime | None = None) -> Suggestions:
        """Company content ranked for this person, with drafts; sources that failed are named."""
        return self.sharing.suggestions(library=library, limit=limit, now=now)

    def draft_for_item(self, item_id: str, network: Network, *, library: str | None = None) -> ItemDraft:
        """The draft ``suggestions`` gives for one company item (by id or address), shared before or
        not; ``LookupError`` (one sentence) when no source has it now or it cannot be drafted."""
        return self.sharing.draft_for_item(item_id, network, library=library)

    def draft_networks(self) -> list[Network]:
        """The networks suggestions are drafted for: the profile's own, or every one when it names none."""
        return self.sharing.draft_networks()

    def suggestions_json(self, found: Sequence[Suggestion]) -> list[dict[str, Any]]:
        """``found`` as JSON, each with its drafts for ``draft_networks`` only."""
        return self.sharing.suggestions_json(found)

    def shares(self) -> list[ShareRecord]:
        """Every share, newest first, with how each post did as the latest audit read it: each
        re-audit reads the recent posts again, so the figures follow the post."""
        return self.sharing.shares()

    def posted_share(self, item_key: str, network: Network) -> ShareRecord | None:
        """The share of this item on this network that already went out or is scheduled to, if any."""
        return self.sharing.posted_share(item_key, network)

    def cancel_scheduled(self, network: Network, remote_id: str) -> None:
        """Cancel a post the network holds to publish later (Mastodon's scheduled statuses)."""
        return self.sharing.cancel_scheduled(network, remote_id)

    def scheduled_share_pending(self, record: ShareRecord) -> bool:
        """Whether the server still holds this scheduled post. One gone before it was due was
        cancelled elsewhere: it is marked cancelled here, so the item can be scheduled again."""
        return self.sharing.scheduled_share_pending(record)

    # The posting plan -------------------------------------------------------------------------

    def plan(self, now: datetime | None = None) -> Plan:
        """This week per network (goal, posted, planned, streak), what is scheduled, reminders, what is due."""
        return self.planner.plan(now)

    def schedule(self, network: Network, text: str, item_key: str, at: datetime) -> str:
        """Plan a post for ``at``: Mastodon holds it and posts it then, even with the app closed;
        the other networks get a reminder with the draft ready. Returns the sentence to show."""
        return self.planner.schedule(network, text, item_key, at)

    def due_reminders(self, now: datetime | None = None) -> int:
        """How many reminders have come due: one quick read, for a tab's title."""
        return self.planner.due_reminders(now)

    def close_reminder(self, reminder: Reminder, *, done: bool) -> bool:
        """Done: the person posted it by hand, so it is recorded as shared (it counts this week, shows
        in the history, and is never suggested again). Dropped: it is simply no longer planned.
        False when it was already closed (another click, another copy of the app): nothing changed."""
        return self.planner.close_reminder(reminder, done=done)

    def reopen_reminder(self, reminder: Reminder) -> bool:
        """Undo Mark as posted or Drop it: planned again, and a share it recorded withdrawn."""
        return self.planner.reopen_reminder(reminder)

    def undismiss(self, finding: Finding) -> None:
        self.store.undismiss(finding)

    def dismissals(self) -> list[Dismissal]:
        return self.store.dismissals()

    def restore_dismissal(self, dismissal: Dismissal) -> None:
        self.store.restore(dismissal)

    # Drafts the user edited -------------------------------------------------------------------

    def drafts(self) -> dict[tuple[str, Network], str]:
        """Every edited draft, by item key and network: kept across quits, crashes and profile changes."""
        return self.store.drafts()

    def save_draft(self, item_key: str, network: Network, text: str) -> None:
        """Keep an edited draft; an empty text drops it (a draft that was shared)."""
        self.store.save_draft(item_key, network, text)

    def notices(self) -> list[str]:
        """What the store had to say on opening (a damaged database kept aside and what was saved),
        each said once: both front ends show these."""
        said, self.store.notices[:] = [*self._said, *self.store.notices], []
        self._said.clear()
        return said

    def nudge(self, now: datetime | None = None) -> str | None:
        """The day's one notification, if the person opted in and something is due or quiet."""
        return self.planner.nudge(now)

    def limit_for(self, network: Network) -> int | None:
        """The post length the network allows this account, as the last audit read it (a server's
        own setting); None: the network's usual limit."""
        return self.sharing.limit_for(network)

    def count(self, network: Network, text: str, limit: int | None = None) -> Count:
        """``text`` counted as ``network`` counts it, against ``limit`` (see ``limit_for``; None: the
        network's usual one). Pure and quick: the composer calls it on every key press."""
        return self.sharing.count(network, text, limit)

    def fits(self, network: Network, text: str) -> str | None:
        """Why ``text`` cannot be posted on ``network`` as it is (empty, too long), or None when it fits."""
        return self.sharing.fits(network, text)

    def share_link(self, network: Network, text: str, server: str | None = None) -> str:
        """The address that opens the network's composer with ``text``; for a network where each
        server has its own, ``server`` or else the profile's account names it. ``InvalidInstance``
        (one sentence) when neither does."""
        return self.sharing.share_link(network, text, server)

    def can_share_link(self, network: Network) -> bool:
        return self.sharing.can_share_link(network)

    def earlier_share(
        self, network: Network, item_key: str, *, say: Callable[[str], None] | None = None
    ) -> ShareRecord | None:
        """The share of this item that went out, or that the server still holds for later (one it
        no longer holds was cancelled elsewhere, and does not count). Asks the server: a worker's job.
        ``say`` hears what the server answered when it changes or could not confirm the record."""
        return self.sharing.earlier_share(network, item_key, say=say)

    def publish(
        self,
        network: Network,
        text: str,
        item_key: str,
        *,
        scheduled_at: datetime | None = None,
        again: bool = False,
        checked: bool = False,
    ) -> Published:
        """Post ``text`` as this profile's account, never twice for the same ``item_key`` (unless
        ``again``: the user asked for once more); with ``scheduled_at`` (Mastodon only) the server
        posts it then, even while the app is closed. ``checked``: the caller has just asked
        ``earlier_share`` (the claim still refuses a share that went out meanwhile). Runs off the GUI
        thread; the caller has shown the final text and the user confirmed it."""
        return self.sharing.publish(network, text, item_key, scheduled_at=scheduled_at, again=again, checked=checked)
