"""What the app keeps and shows about past work: audits in the history, the states of shares and
reminders, accounts found.

Plain records shared by the store, the workspace and both front ends; no I/O. What the window's
first paint needs of them is here; the records of shares and drafts (advocacy.domain.shares) and
of dismissals (advocacy.domain.dismissals) load with the first one read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Flag, StrEnum, auto
from typing import TYPE_CHECKING

from advocacy.domain.models import AccountSuggestion, Coverage

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
class LinkedAccounts:
    """What the person's own profiles link to, and a sentence for each profile that could not be read."""

    suggestions: tuple[AccountSuggestion, ...]
    problems: tuple[str, ...]
