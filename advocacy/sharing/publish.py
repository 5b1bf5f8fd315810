"""Publish a post through a network's API, never twice.

The share is claimed in the store before the request leaves (one claim per item and network, so two
processes cannot both send it), with the idempotency key the request carries. A post is retried at
once only on an answer that proves nothing was stored (429); after an unclear one (a timeout, a 5xx,
a crash) the claim stays, and the next attempt looks at the account's recent and scheduled posts
before it sends anything: a server that ignores the Idempotency-Key still gets the post once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from advocacy.domain.models import Network
from advocacy.domain.records import ShareState
from advocacy.errors import AdvocacyError, ConnectionLost, FetchError
from advocacy.http_session import HttpStatusError, NotSent
from advocacy.share_claims import Claim
from advocacy.storage import Store

T = TypeVar("T")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Published:
    url: str  # where the post is; "" for a post the network holds to publish later
    # The network showed that an earlier, cut-off attempt had arrived: it was recorded, nothing was sent.
    found_earlier: bool
    scheduled_at: datetime | None = None
    scheduled_id: str | None = None  # the network's id of a scheduled post, to list or cancel it


# The only answers to a post that prove nothing was stored, so it may be sent again at once.
CLEAR_REFUSALS = frozenset({429})


def unclear_answer(exc: HttpStatusError, network: Network) -> FetchError:
    """A 5xx to a post: the server may have stored it. Nothing more is sent now; the next try looks."""
    log.warning("%s answered HTTP %s to a post", network.label, exc.status)
    return FetchError(
        f"{network.label} had a problem on its side while taking your post, so it may or may not have arrived. "
        "Nothing more "
        "was sent; the next try looks at your account first and never posts it twice."
    )


def refusal(exc: HttpStatusError, network: Network) -> AdvocacyError:
    """A 4xx to a post, with the server's own reason when it gives one (Mastodon: {"error": "..."})."""
    if exc.status == 401:  # the token was revoked or expired: connecting again is the remedy
        return ConnectionLost(
            f"{network.label} no longer accepts the app's connection, so nothing was posted; connect again.",
            network=network,
        )
    reason = server_reason(exc.detail)
    return FetchError(f"{network.label} refused the post{': ' + reason if reason else ''}. Nothing was posted.")


def server_reason(detail: str) -> str:
    import json

    try:
        data = json.loads(detail)
    except ValueError:
        return ""
    message = data.get("error") or data.get("message") if isinstance(data, Mapping) else None
    if isinstance(message, Mapping):  # Misskey: {"error": {"message": ..., "code": ...}}
        message = message.get("message")
    if not isinstance(message, str):
        return ""
    message = " ".join(message.split())[:200]
    return message.rstrip(".")


class Attempt:
    """One try at sending a claimed share. Whether anything may have reached the server decides what
    the claim keeps when the try ends: a refusal that proves nothing was stored (429) or a connection
    never made withdraws it; an unclear end (a 5xx, a timeout, a crash) keeps it, so the next try looks
    at the account before sending anything; a clear refusal is recorded as failed."""

    def __init__(self, store: Store, claim: Claim) -> None:
        self.store, self.claim, self.sent = store, claim, False

    def __enter__(self) -> Attempt:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.store.release_claim(self.claim, sent=self.sent)  # a no-op once the share is settled

    def send(self, post: Callable[[], T]) -> T:
        claim = self.claim
        self.sent = True
        try:
            return post()
        except HttpStatusError as exc:
            if exc.status >= 500:
                raise unclear_answer(exc, claim.network) from None
            if exc.status not in CLEAR_REFUSALS:
                self.store.record_share(claim.item_key, claim.network, claim.key, state=ShareState.FAILED)
                raise refusal(exc, claim.network) from None
            self.sent = False  # rate limited: the server stored nothing
            raise
        except NotSent:
            self.sent = False  # the connection was never made: nothing is recorded
            raise

    def posted(self, url: str, *, found_earlier: bool) -> Published:
        claim = self.claim
        self.store.record_share(claim.item_key, claim.network, claim.key, state=ShareState.POSTED, post_url=url)
        return Published(url, found_earlier)


@dataclass(frozen=True)
class Found:
    """A post the server has: out (with its address) or held for later (with its id and time)."""

    url: str
    scheduled_id: str | None = None
    scheduled_at: datetime | None = None


def settle(store: Store, claim: Claim, found: Found, *, found_earlier: bool) -> Published:
    if found.scheduled_id is not None:
        store.record_share(
            claim.item_key,
            claim.network,
            claim.key,
            state=ShareState.SCHEDULED,
            scheduled_at=found.scheduled_at,
            remote_id=found.scheduled_id,
        )
        return Published("", found_earlier, found.scheduled_at, found.scheduled_id)
    store.record_share(claim.item_key, claim.network, claim.key, state=ShareState.POSTED, post_url=found.url)
    return Published(found.url, found_earlier)


def same_text(posted: str, text: str) -> bool:
    """Whether a post the network shows is this text: compared without case or spacing, since a
    server renders line breaks, links and entities its own way."""

    def norm(value: str) -> str:
        return " ".join(value.split()).casefold()

    return bool(norm(text)) and norm(posted) == norm(text)


def mark_cancelled_elsewhere(store: Store, network: Network, remote_id: str) -> bool:
    """A scheduled post the server no longer holds before it was due was cancelled elsewhere (its
    web page, another app): mark it cancelled here too, so the item can be shared again. True if so."""
    found = store.share_by_remote_id(network, remote_id)
    due = found.scheduled_at if found is not None and found.state is ShareState.SCHEDULED else None
    if found is None or due is None or due <= datetime.now(UTC):
        return False
    store.record_share(found.item_key, network, found.idempotency_key, state=ShareState.CANCELLED)
    return True


def when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
