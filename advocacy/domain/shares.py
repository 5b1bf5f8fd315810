"""What the person shared and drafted: the store's records of shares and the drafts of suggested
items, as the Share, History and Plan tabs and the command line show them.

Their states (``ShareState``, ``ReminderState``) are in advocacy.domain.records, which the store
needs at start-up; these records load with the first share or draft read, not with the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from advocacy.domain.models import Engagement, Network
from advocacy.domain.records import ShareState


@dataclass(frozen=True)
class ItemDraft:
    """A suggested item drafted for one network, and the key its share is recorded under."""

    text: str
    key: str  # the item's share key, the same whether it was named by its id or by its address


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
