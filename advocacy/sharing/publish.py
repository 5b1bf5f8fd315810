"""Publish a post through a network's API, never twice.

The idempotency key is written to the store before the request leaves, and reused by any retry
(after a timeout, a 5xx, or a crash of the app), so the network publishes exactly once.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from advocacy.domain.models import Network
from advocacy.errors import FetchError
from advocacy.http_session import Credential, HttpClient, HttpStatusError
from advocacy.storage import Store


@dataclass(frozen=True)
class Published:
    url: str
    reused_key: bool  # this was a retry of an earlier, unanswered attempt


def publish_mastodon(
    client: HttpClient, store: Store, *, base_url: str, token: str, text: str, item_key: str
) -> Published:
    key = store.pending_share_key(item_key, Network.MASTODON)
    reused = key is not None
    key = key or str(uuid.uuid4())
    store.record_share(item_key, Network.MASTODON, key, state="pending")  # before anything is sent
    try:
        status: Any = client.post_json(
            f"{base_url.rstrip('/')}/api/v1/statuses",
            {"status": text, "visibility": "public"},
            what="your post",
            idempotency_key=key,
            credential=Credential.bearer(base_url, token),
        )
    except HttpStatusError as exc:
        if 400 <= exc.status < 500 and exc.status != 429:
            store.record_share(item_key, Network.MASTODON, key, state="failed")  # refused: nothing was posted
        raise
    url = status.get("url") if isinstance(status, Mapping) else None
    if not isinstance(url, str) or not url:
        raise FetchError("The server accepted the post but did not say where it is; check your profile.")
    store.record_share(item_key, Network.MASTODON, key, state="posted", post_url=url)
    return Published(url=url, reused_key=reused)
