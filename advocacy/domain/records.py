"""What the app keeps and shows about past work: audits in the history, shares, accounts found.

Plain records shared by the store, the workspace and both front ends; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Flag, StrEnum, auto
from typing import TYPE_CHECKING

from advocacy.domain.models import AccountSuggestion, Area, Coverage, Engagement, Network

if TYPE_CHECKING:
    from advocacy.domain.reach import NetworkReach


class Changed(Flag):
    """What an operation wrote, so every view that shows it is redrawn and no other (anki's OpChanges).

    The front ends say it after each write; a view subscribes to the kinds it shows."""

    NOTHING = 0
    AUDITS = auto()  # a new audit: scores, findings, history, the dashboard
    SHARES = auto()  # posted, scheduled, cancelled, marked as posted: History, Plan, Share
    REMINDERS = auto()  # planned, closed, reopened: Plan
    DISMISSALS = auto()  # findings dismissed or restored: Findings
    DRAFTS = auto()  # an edited draft kept or dropped
    PROFILE = auto()  # the profile's settings: everything that reads them
    WORDS = auto()  # the person's own words: spelling findings and the draft check


@dataclass(frozen=True)
class ItemDraft:
    """A suggested item drafted for one network, and the key its share is recorded under."""

    text: str
    key: str  # the item's share key, the same whether it was named by its id or by its address


class ShareState(StrEnum):
    """Every state a share can be in. Stored as its value; every view is written over this type, so
    a state added here without a rendering fails the type check and a test, never a user's start-up."""

    PENDING = "pending"  # claimed and maybe sent; the network's answer is not known yet
    POSTED = "posted"  # the network has it (or the user marked it as posted by hand)
    FAILED = "failed"  # the network refused it: nothing went out
    SCHEDULED = "scheduled"  # the network holds it to publish later
    CANCELLED = "cancelled"  # a scheduled post withdrawn before it went out

    @property
    def holds_item(self) -> bool:
        """The item is taken on that network: not suggested, planned or posted again."""
        return self in (ShareState.PENDING, ShareState.POSTED, ShareState.SCHEDULED)

    @property
    def went_out(self) -> bool:
        """Out, or held by the network to go out: what "already shared" means to the user."""
        return self in (ShareState.POSTED, ShareState.SCHEDULED)


class ReminderState(StrEnum):
    """Every state a reminder can be in."""

    PLANNED = "planned"
    DONE = "done"  # the person posted it (and marked it so)
    DROPPED = "dropped"


@dataclass(frozen=True)
class Dismissal:
    """A finding the user said is intentional: hidden until its evidence changes, or until restored."""

    check: str
    network: Network | None
    target: str
    dismissed_at: datetime

    @property
    def summary(self) -> str:
        """In words, never the check's or the post's internal id: "Typos: a post on Mastodon, dismissed …"."""
        area = next((a.label for a in Area if a.value == self.check.split(".", 1)[0]), "A finding")
        where = f" on {self.network.label}" if self.network else ""
        return f"{area}: {target_phrase(self.target)}{where}, dismissed {self.dismissed_at.astimezone():%Y-%m-%d}"


_TARGETS = {
    "bio": "your bio",
    "display_name": "your display name",
    "employer": "your employer",
    "headline": "your headline",
    "links": "your links",
    "posts": "your posts",
    "profile": "your profile",
}


def target_phrase(target: str) -> str:
    """What a finding is about, as a person says it; a target not known here is "your profile"."""
    kind, _, rest = target.partition(":")
    if kind == "post":
        return "a post"
    if kind == "link" and rest:
        return f"the link {rest}"
    return _TARGETS.get(target, "your profile")


@dataclass(frozen=True)
class AuditSummary:
    id: int
    audited_at: datetime
    score: int | None  # None: nothing could be read, so the audit has no score (a gap in charts)
    findings_count: int
    # Followers and median interactions per network read in that audit (empty: nothing read).
    reach: tuple[NetworkReach, ...] = ()
    coverage: Coverage | None = None  # how many networks it read; None: not known

    @property
    def partial(self) -> bool:
        """Read some networks, not all: its figures are not comparable with a full audit's."""
        return self.coverage is not None and not self.coverage.complete and self.coverage.looked_at > 0


@dataclass(frozen=True)
class RemoteShare:
    """A share as the network's id finds it: enough to update its state."""

    item_key: str
    idempotency_key: str
    state: ShareState
    scheduled_at: datetime | None


@dataclass(frozen=True)
class ShareRecord:
    item_key: str
    network: Network
    state: ShareState
    created_at: datetime
    post_url: str | None
    # How the post did, as the latest audit read it (not stored: refreshed by every audit).
    engagement: Engagement | None = None
    scheduled_at: datetime | None = None  # a post the network holds to publish later
    remote_id: str | None = None  # the network's id for it (to list or cancel a scheduled post)
    text: str | None = None  # what was posted (None for shares recorded before the text was kept)

    @property
    def summary(self) -> str:
        """Its first line, short, to tell shares apart in a list. Without the text (shares kept before
        texts were), the company item's key, which is its address; a typed text's key is an internal
        id, never shown."""
        first = (self.text or "").strip().splitlines()[:1]
        line = first[0] if first else ("a text you wrote" if self.item_key.startswith("text:") else self.item_key)
        return line if len(line) <= 80 else line[:79] + "…"


@dataclass(frozen=True)
class LinkedAccounts:
    """What the person's own profiles link to, and a sentence for each profile that could not be read."""

    suggestions: tuple[AccountSuggestion, ...]
    problems: tuple[str, ...]
