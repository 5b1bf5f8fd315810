"""Publish a post through a network's API, never twice.

The idempotency key is written to the store before the request leaves, and reused by any retry
(after a timeout, a 5xx, or a crash of the app), so the network publishes exactly once.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from advocacy.domain.models import Network
from advocacy.errors import FetchError
from advocacy.http_session import Credential, HttpClient, HttpStatusError
from advocacy.storage import Store


@dataclass(frozen=True)
class Published:
    url: str  # where the post is; "" for a post the network holds to publish later
    reused_key: bool  # this was a retry of an earlier, unanswered attempt
    scheduled_at: datetime | None = None
    scheduled_id: str | None = None  # the network's id of a scheduled post, to list or cancel it


# Mastodon refuses a scheduled time less than five minutes ahead.
MIN_SCHEDULE_AHEAD = timedelta(minutes=5)


def publish_mastodon(
    client: HttpClient,
    store: Store,
    *,
    base_url: str,
    token: str,
    text: str,
    item_key: str,
    scheduled_at: datetime | None = None,
) -> Published:
    """Post now, or with ``scheduled_at`` have the server post it then (a scheduled status, which goes
    out while the app is closed). Either way the same Idempotency-Key covers every retry."""
    key = store.pending_share_key(item_key, Network.MASTODON)
    reused = key is not None
    key = key or str(uuid.uuid4())
    store.record_share(  # before sending
        item_key, Network.MASTODON, key, state="pending", scheduled_at=scheduled_at, text=text
    )
    payload: dict[str, Any] = {"status": text, "visibility": "public"}
    if scheduled_at is not None:
        payload["scheduled_at"] = scheduled_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    try:
        status: Any = client.post_json(
            f"{base_url.rstrip('/')}/api/v1/statuses",
            payload,
            what="your post",
            idempotency_key=key,
            credential=Credential.bearer(base_url, token),
        )
    except HttpStatusError as exc:
        if 400 <= exc.status < 500 and exc.status != 429:
            store.record_share(item_key, Network.MASTODON, key, state="failed")  # refused: nothing was posted
        raise
    if not isinstance(status, Mapping):
        raise FetchError("The server accepted the post but answered in an unexpected shape; check your profile.")
    if scheduled_at is not None and "params" in status:  # a ScheduledStatus, not a Status
        remote_id = str(status.get("id") or "")
        when = _when(status.get("scheduled_at")) or scheduled_at
        if not remote_id:
            raise FetchError("The server accepted the scheduled post but did not give it an id; check your profile.")
        store.record_share(item_key, Network.MASTODON, key, state="scheduled", scheduled_at=when, remote_id=remote_id)
        return Published(url="", reused_key=reused, scheduled_at=when, scheduled_id=remote_id)
    url = status.get("url")
    if not isinstance(url, str) or not url:
        raise FetchError("The server accepted the post but did not say where it is; check your profile.")
    store.record_share(item_key, Network.MASTODON, key, state="posted", post_url=url)
    return Published(url=url, reused_key=reused)


def _scheduled_url(base_url: str, remote_id: str) -> str:
    from urllib.parse import quote

    return f"{base_url.rstrip('/')}/api/v1/scheduled_statuses/{quote(remote_id, safe='')}"


def cancel_scheduled_mastodon(client: HttpClient, store: Store, *, base_url: str, token: str, remote_id: str) -> None:
    """Cancel a scheduled post on the server; the share is then free to be made again."""
    try:
        client.delete(
            _scheduled_url(base_url, remote_id),
            what="the scheduled post",
            credential=Credential.bearer(base_url, token),
        )
    except HttpStatusError as exc:
        if exc.status != 404:
            raise
        if mark_cancelled_elsewhere(store, remote_id):
            raise FetchError(
                f"The server no longer holds the scheduled post {remote_id}: it was cancelled elsewhere. "
                "It is marked cancelled here too, so it can be shared again."
            ) from None
        raise FetchError(
            f"The server has no scheduled post {remote_id}: it may have gone out already, or been cancelled."
        ) from None
    found = store.share_by_remote_id(Network.MASTODON, remote_id)
    if found is not None:
        store.record_share(found.item_key, Network.MASTODON, found.idempotency_key, state="cancelled")


def mark_cancelled_elsewhere(store: Store, remote_id: str) -> bool:
    """A scheduled post the server no longer holds before it was due was cancelled elsewhere (its
    web page, another app): mark it cancelled here too, so the item can be shared again. True if so."""
    found = store.share_by_remote_id(Network.MASTODON, remote_id)
    due = found.scheduled_at if found is not None and found.state == "scheduled" else None
    if found is None or due is None or due <= datetime.now(UTC):
        return False
    store.record_share(found.item_key, Network.MASTODON, found.idempotency_key, state="cancelled")
    return True


def scheduled_mastodon_exists(client: HttpClient, *, base_url: str, token: str, remote_id: str) -> bool:
    """Whether the server still holds this scheduled post (it may have been cancelled elsewhere)."""
    try:
        client.get(
            _scheduled_url(base_url, remote_id),
            what="the scheduled post",
            credential=Credential.bearer(base_url, token),
        )
    except HttpStatusError as exc:
        if exc.status == 404:
            return False
        raise
    return True


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
