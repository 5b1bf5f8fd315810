"""Run an audit: fetch every configured source, apply the rules, score, save.

One source's failure never stops the others: it is reported in one sentence, and its last good
snapshot (if any) stands in, marked as old. The rules and the scorer are passed in, so the core
never depends on the rules package.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import requests

from advocacy.cancellation import CancelToken, ProgressCallback
from advocacy.credentials import CredentialStore
from advocacy.discovery import discover
from advocacy.domain.audit_input import AuditInput, Rule, Scorer
from advocacy.domain.models import (
    NOT_KEPT,
    AccountRef,
    AuditReport,
    Finding,
    LinkStatus,
    Severity,
    SkippedRecords,
    SourceOutcome,
    SourceStatus,
)
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.records import LinkedAccounts
from advocacy.domain.text_check import TextCheckerFactory
from advocacy.errors import (
    NOTHING_TO_AUDIT,
    AdvocacyError,
    Cancelled,
    CredentialsUnavailable,
    MissingCredential,
    NothingToAudit,
    StorageError,
)
from advocacy.http_session import ConditionalCache, HostLimiter, HttpClient, HttpPolicy, make_session
from advocacy.link_check import check_links, profile_links
from advocacy.personal_data import with_personal_data
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
from advocacy.sources.registry import account_refs, fetcher_for
from advocacy.storage import Store
from advocacy.text_checks import with_text_checks

log = logging.getLogger(__name__)

MAX_PARALLEL_SOURCES = 6
UNITS_PER_SOURCE = 100


@dataclass(frozen=True)
class AuditServices:
    """What an audit needs from the outside world; tests and the sample swap parts of it."""

    store: Store | None = None
    http_cache: ConditionalCache | None = None
    session_factory: Callable[[], requests.Session] = make_session
    policy: HttpPolicy = field(default_factory=HttpPolicy)
    credentials: CredentialStore | None = None
    limiter: HostLimiter = field(default_factory=HostLimiter)


class _Progress:
    """Adds up per-source progress into one (done, total) for the caller, from any thread."""

    def __init__(self, sources: int, callback: ProgressCallback | None) -> None:
        self._done = [0] * sources
        self._total = max(1, sources) * UNITS_PER_SOURCE
        self._callback = callback
        self._lock = threading.Lock()

    def for_source(self, index: int) -> ProgressCallback:
        def report(done: int, total: int) -> None:
            units = UNITS_PER_SOURCE if total <= 0 else min(UNITS_PER_SOURCE, done * UNITS_PER_SOURCE // total)
            with self._lock:
                self._done[index] = max(self._done[index], units)
                overall = sum(self._done)
            if self._callback:
                self._callback(overall, self._total)

        return report


def _token_for(account: AccountRef, services: AuditServices) -> str | None:
    if services.credentials is None or account.network.facts.token_use is None:
        return None  # a network that takes no token (a website, an export) is never looked up
    try:
        return services.credentials.get(account.network, account.handle)
    except CredentialsUnavailable as exc:
        # Tokens only raise limits or reach private data; the public audit goes on without one.
        log.info("no token for %s: %s", account, exc.user_message)
        return None


def _fetch_one(
    account: AccountRef,
    *,
    services: AuditServices,
    base: FetchContext,
    cancel: CancelToken,
    on_progress: ProgressCallback,
) -> SourceOutcome:
    now = base.now
    fetcher = fetcher_for(account.network)
    if fetcher is None:
        on_progress(1, 1)
        return SourceOutcome(
            network=account.network,
            account=account.handle,
            status=SourceStatus.SKIPPED,
            error=f"Reading {account.network.label} profiles is not supported in this version yet.",
        )
    client = HttpClient(
        services.session_factory(),
        policy=services.policy,
        cache=services.http_cache,
        cancel=cancel,
        limiter=services.limiter,
    )
    try:
        context = replace(base, token=_token_for(account, services), on_progress=on_progress)
        fetched = _without_future_posts(fetcher(client, account, context), now)
        return SourceOutcome(
            network=account.network,
            account=account.handle,
            status=SourceStatus.OK,
            profile=fetched.profile,
            posts=fetched.posts,
            skipped=fetched.skipped,
            fetched_at=now,
        )
    except Cancelled:
        raise
    except AdvocacyError as exc:
        log.info("%s failed: %s", account, exc.user_message)
        error = exc.user_message
        connect_helps = isinstance(exc, MissingCredential)
    except Exception:
        # A bug in a parser must not sink the whole audit; the log keeps the details.
        log.exception("unexpected failure while reading %s", account)
        error = f"An unexpected problem occurred while reading {account.network.label}; details are in the log."
        connect_helps = False
    finally:
        client.close()
    on_progress(1, 1)
    return _with_last_snapshot(
        SourceOutcome(
            network=account.network,
            account=account.handle,
            status=SourceStatus.ERROR,
            error=error,
            connect_helps=connect_helps,
        ),
        services.store,
    )


# Clocks differ and time zones are misread by a few hours; a post days ahead is a date we cannot trust.
FUTURE_SLACK = timedelta(days=1)


def _without_future_posts(fetched: Fetched, now: datetime) -> Fetched:
    """A post dated after today would pass for a fresh one and hide how long ago you really posted:
    it is left out and counted, like any record that could not be read."""
    limit = now + FUTURE_SLACK
    future = [p for p in fetched.posts if p.created_at > limit]
    profile = fetched.profile
    if profile.last_post_at is not None and profile.last_post_at > limit:
        profile = replace(profile, last_post_at=None)
    if not future and profile is fetched.profile:
        return fetched
    kept = tuple(p for p in fetched.posts if p.created_at <= limit)
    skipped = fetched.skipped
    if future:
        skipped += (
            SkippedRecords(
                len(future),
                "posts",
                "were dated in the future, so their dates cannot be trusted",
                total=len(fetched.posts),
            ),
        )
    return replace(fetched, profile=profile, posts=kept, skipped=skipped)


def _with_last_snapshot(outcome: SourceOutcome, store: Store | None) -> SourceOutcome:
    if store is None:
        return outcome
    try:
        snapshot = store.load_snapshot(outcome.network, outcome.account)
    except AdvocacyError:
        return outcome
    if snapshot is None or snapshot.profile is None:
        return outcome
    return replace(
        outcome,
        profile=snapshot.profile,
        posts=snapshot.posts,
        snapshot_taken_at=snapshot.fetched_at or snapshot.snapshot_taken_at,
    )


def _rule_failed(rule: Rule) -> Finding:
    name = getattr(rule, "__name__", "a check").removeprefix("check_").replace("_", " ")
    return Finding(
        check="notice.check_failed",
        severity=Severity.INFO,
        network=None,
        target="profile",
        message=f"One check ({name}) could not run, so what it looks for is missing from this audit.",
        suggestion="Run the audit again; if this stays, the log file has the details for a bug report.",
    )


def run_rules(audit_input: AuditInput, rules: Sequence[Rule]) -> list[Finding]:
    """Every rule's findings. A rule that fails is a bug, but never a silent loss: it is logged and
    the report says which check is missing, as a notice (which costs no points)."""
    findings: list[Finding] = []
    for rule in rules:
        try:
            findings.extend(rule(audit_input))
        except Exception:
            log.exception("rule %s failed", getattr(rule, "__name__", rule))
            findings.append(_rule_failed(rule))
    return sorted(findings, key=lambda f: (f.network or "", -f.severity.rank, f.check, f.target))


def fetch_sources(
    config: ProfileConfig,
    *,
    services: AuditServices,
    now: datetime,
    cancel: CancelToken,
    on_progress: ProgressCallback | None = None,
    limits: FetchLimits | None = None,
) -> list[SourceOutcome]:
    """Every configured account, fetched in parallel; one failure never stops the others."""
    accounts = account_refs(config)
    limits = limits or FetchLimits(
        max_posts=config.thresholds.max_posts, max_age_days=config.thresholds.max_post_age_days
    )
    base = FetchContext(limits=limits, now=now, company=config.company)
    progress = _Progress(len(accounts), on_progress)
    if not accounts:
        return []
    pool = ThreadPoolExecutor(max_workers=min(MAX_PARALLEL_SOURCES, len(accounts)), thread_name_prefix="fetch")
    try:
        futures = [
            pool.submit(
                _fetch_one,
                account,
                services=services,
                base=base,
                cancel=cancel,
                on_progress=progress.for_source(index),
            )
            for index, account in enumerate(accounts)
        ]
        pending = set(futures)
        while pending:  # Cancel (Esc in the window) is heard at once, not when the slowest read ends
            done, pending = wait(pending, timeout=0.2)
            for future in done:
                future.result()  # a fetch's own exception (Cancelled, a bug) ends the wait now
            cancel.raise_if_cancelled()
        outcomes = [future.result() for future in futures]
    except BaseException:
        # Cancelled, Ctrl-C, or a bug: stop the sibling fetches at their next checkpoint, and do not
        # wait here for a fetch blocked in a socket read (up to its timeout) before saying so.
        cancel.cancel()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    cancel.raise_if_cancelled()
    return outcomes


# Links live on the profile, not in the posts: a handful of posts is enough to read it.
_DISCOVERY_LIMITS = FetchLimits(max_posts=5, max_age_days=90)


def find_linked_accounts(
    config: ProfileConfig, *, services: AuditServices, cancel: CancelToken | None = None
) -> LinkedAccounts:
    """The accounts the person's configured profiles link to, for the setup form to offer.
    Fresh reads only: an old snapshot standing in for a failed source would offer stale links."""
    fresh = replace(services, store=None)
    outcomes = fetch_sources(
        config, services=fresh, now=datetime.now(UTC), cancel=cancel or CancelToken(), limits=_DISCOVERY_LIMITS
    )
    problems = tuple(f"{o.network.label}: {o.error}" for o in outcomes if o.error)
    return LinkedAccounts(tuple(discover(outcomes, config.me.accounts)), problems)


def run_audit(
    config: ProfileConfig,
    *,
    rules: Sequence[Rule],
    scorer: Scorer,
    services: AuditServices | None = None,
    now: datetime | None = None,
    cancel: CancelToken | None = None,
    on_progress: ProgressCallback | None = None,
    text_checker: TextCheckerFactory | None = None,
    my_words: frozenset[str] = frozenset(),
) -> AuditReport:
    """Fetch, check texts (when ``text_checker`` is given; ``my_words`` are never typos), apply the
    rules, score, save."""
    services = services or AuditServices()
    now = now or datetime.now(UTC)
    cancel = cancel or CancelToken()
    if not account_refs(config):
        raise NothingToAudit(NOTHING_TO_AUDIT)
    outcomes = fetch_sources(config, services=services, now=now, cancel=cancel, on_progress=on_progress)

    links: tuple[LinkStatus, ...] = ()
    if config.audit.check_links:
        links = check_links(
            profile_links(outcomes),
            session_factory=services.session_factory,
            policy=services.policy,
            limiter=services.limiter,
            cancel=cancel,
        )
        cancel.raise_if_cancelled()
    audit_input = AuditInput(config=config, outcomes=tuple(outcomes), now=now, links=links, my_words=my_words)
    if text_checker is not None:
        audit_input = with_text_checks(audit_input, text_checker, cancel)
    else:
        audit_input = with_personal_data(audit_input)
    findings = run_rules(audit_input, rules)
    if services.store is not None:
        store = services.store
        dismissed = store.dismissed()
        findings = [f for f in findings if not store.is_dismissed(f, dismissed)]
    read = [o.network for o in outcomes if o.was_read]
    # Nothing read, nothing judged: no score at all rather than a perfect one for an empty audit.
    card = scorer(findings, read) if read else None
    report = AuditReport(
        audited_at=now,
        score=card.overall if card else None,
        score_card=card,
        sources=tuple(outcomes),
        findings=tuple(findings),
        discovered=tuple(discover(outcomes, config.me.accounts)),
    )
    if services.store is not None:
        try:
            services.store.save_audit(report)
        except StorageError as exc:  # a full disk must not cost the user the audit they waited for
            report = replace(report, findings=(*report.findings, not_saved(exc.user_message)))
    return report


def notice(check: str, sentence: str) -> Finding:
    """Something the audit could not do, said in the report rather than lost."""
    return Finding(check=check, severity=Severity.INFO, network=None, target="profile", message=sentence)


def not_saved(sentence: str) -> Finding:
    return Finding(
        check=NOT_KEPT,
        severity=Severity.INFO,
        network=None,
        target="profile",
        message=f"This audit could not be kept in the history: {sentence}",
    )
