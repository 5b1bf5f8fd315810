"""What every source returns and the limits every source honours."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from advocacy.cancellation import ProgressCallback
from advocacy.domain.models import AccountRef, Post, Profile, SkippedRecords
from advocacy.domain.profile import Company
from advocacy.http_session import HttpClient


@dataclass(frozen=True)
class FetchLimits:
    """How much history to read. The age limit only stops paging; the newest posts are always kept,
    so a quiet account still shows when it last posted."""

    max_posts: int = 100
    max_age_days: int = 90

    def cutoff(self, now: datetime) -> datetime:
        return now - timedelta(days=self.max_age_days)


@dataclass(frozen=True)
class FetchContext:
    """Everything a fetcher may need besides the HTTP client and the account."""

    limits: FetchLimits = field(default_factory=FetchLimits)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    company: Company = field(default_factory=Company)
    token: str | None = None  # from the keyring; never logged, never in a message
    on_progress: ProgressCallback | None = None

    def progress(self, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total)


@dataclass(frozen=True)
class Fetched:
    profile: Profile
    posts: tuple[Post, ...]
    # What the source found but could not read: never dropped silently, always counted and said.
    skipped: tuple[SkippedRecords, ...] = ()


class Fetcher(Protocol):
    def __call__(self, client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched: ...


class Skips:
    """Tally of the records a parser found but could not read, by reason, for ``Fetched.skipped``.

    ``what`` names the records ("shares", "tweets"); each reason completes the sentence
    "4 of 212 shares …" ("had no date we could read").
    """

    def __init__(self, what: str) -> None:
        self.what = what
        self.counts: dict[str, int] = {}
        self.read: int | None = None  # records read, where the reader counts them (the total is read + skipped)

    def add(self, reason: str, count: int = 1) -> None:
        if count > 0:
            self.counts[reason] = self.counts.get(reason, 0) + count

    def merge(self, other: Skips) -> None:
        for reason, count in other.counts.items():
            self.add(reason, count)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def records(self, total: int | None = None) -> tuple[SkippedRecords, ...]:
        """``total`` is how many records there were in all (read or not), when the source knows."""
        if total is None and self.read is not None:
            total = self.read + self.total
        return tuple(
            SkippedRecords(count=count, what=self.what, reason=reason, total=total)
            for reason, count in self.counts.items()
        )


def keep_within_limits(posts: list[Post], limits: FetchLimits) -> tuple[Post, ...]:
    """Newest first, at most ``max_posts``; never drops the newest ones for being old."""
    ordered = sorted(posts, key=lambda p: p.created_at, reverse=True)
    unique = list({p.id: p for p in ordered}.values())
    return tuple(unique[: limits.max_posts])
