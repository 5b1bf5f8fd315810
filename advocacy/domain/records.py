"""What the app keeps and shows about past work: audits in the history, shares, accounts found.

Plain records shared by the store, the workspace and both front ends; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from advocacy.domain.models import AccountSuggestion, Engagement, Network

if TYPE_CHECKING:
    from advocacy.domain.reach import NetworkReach


@dataclass(frozen=True)
class AuditSummary:
    id: int
    audited_at: datetime
    score: int | None  # None: nothing could be read, so the audit has no score (a gap in charts)
    findings_count: int
    # Followers and median interactions per network read in that audit (empty: nothing read).
    reach: tuple[NetworkReach, ...] = ()


@dataclass(frozen=True)
class RemoteShare:
    """A share as the network's id finds it: enough to update its state."""

    item_key: str
    idempotency_key: str
    state: str
    scheduled_at: datetime | None


@dataclass(frozen=True)
class ShareRecord:
    item_key: str
    network: Network
    state: str
    created_at: datetime
    post_url: str | None
    # How the post did, as the latest audit read it (not stored: refreshed by every audit).
    engagement: Engagement | None = None
    scheduled_at: datetime | None = None  # a post the network holds to publish later
    remote_id: str | None = None  # the network's id for it (to list or cancel a scheduled post)
    text: str | None = None  # what was posted (None for shares recorded before the text was kept)

    @property
    def summary(self) -> str:
        """Its first line, short, to tell shares apart in a list; the item's key when no text was kept."""
        first = (self.text or "").strip().splitlines()[:1]
        line = first[0] if first else self.item_key
        return line if len(line) <= 80 else line[:79] + "…"


@dataclass(frozen=True)
class LinkedAccounts:
    """What the person's own profiles link to, and a sentence for each profile that could not be read."""

    suggestions: tuple[AccountSuggestion, ...]
    problems: tuple[str, ...]
