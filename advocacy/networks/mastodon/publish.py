"""Post to a Mastodon-compatible server, hold a post for later, cancel it: never twice (see
``advocacy.sharing.publish`` for the claim and the rules on retrying)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from advocacy.domain.models import Network
from advocacy.domain.records import ShareState
from advocacy.errors import FetchError
from advocacy.http_session import Credential, HttpClient, HttpStatusError
from advocacy.sharing.publish import (
    CLEAR_REFUSALS,
    Attempt,
    Found,
    Published,
    mark_cancelled_elsewhere,
    same_text,
    settle,
    when,
)
from advocacy.storage import Store


def publish_mastodon(
    client: HttpClient,
    store: Store,
    *,
    base_url: str,
    token: str,
    text: str,
    item_key: str,
    scheduled_at: datetime | None = None,
    again: bool = False,
) -> Published:
    """Post now, or with ``scheduled_at`` have the server post it then (a scheduled status, which goes
    out while the app is closed). The share is claimed first (``ClaimRefused`` when it is taken);
    an earlier attempt with an unclear end is looked for on the account before anything is sent."""
    claim = store.claim_share(
        item_key, Network.MASTODON, new_key=lambda: str(uuid.uuid4()), text=text, scheduled_at=scheduled_at, again=again
    )
    with Attempt(store, claim) as attempt:
        if claim.unclear:
            found = find_on_mastodon(client, base_url=base_url, token=token, text=text)
            store.checked_with_network(Network.MASTODON)
            if found is not None:
                return settle(store, claim, found, found_earlier=True)
        payload: dict[str, Any] = {"status": text, "visibility": "public"}
        if scheduled_at is not None:
            payload["scheduled_at"] = scheduled_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
        status: Any = attempt.send(
            lambda: client.post_json(
                f"{base_url.rstrip('/')}/api/v1/statuses",
                payload,
                what="your post",
                idempotency_key=claim.key,
                credential=Credential.bearer(base_url, token),
                retry_on=CLEAR_REFUSALS,
            )
        )
        if not isinstance(status, Mapping):
            raise FetchError("The server accepted the post but answered in an unexpected shape; check your profile.")
        return settle(store, claim, _status_found(status, scheduled_at), found_earlier=False)


def _status_found(status: Mapping[str, Any], scheduled_at: datetime | None) -> Found:
    if scheduled_at is not None and "params" in status:  # a ScheduledStatus, not a Status
        remote_id = str(status.get("id") or "")
        if not remote_id:
            raise FetchError("The server accepted the scheduled post but did not give it an id; check your profile.")
        return Found("", remote_id, when(status.get("scheduled_at")) or scheduled_at)
    url = status.get("url")
    if not isinstance(url, str) or not url:
        raise FetchError("The server accepted the post but did not say where it is; check your profile.")
    return Found(url)


def find_on_mastodon(client: HttpClient, *, base_url: str, token: str, text: str) -> Found | None:
    """The account's recent post (or post held for later) with this text, if the server has one. Any
    failure to look raises: an unclear attempt is never sent again on a guess."""
    from urllib.parse import quote

    from advocacy.networks.mastodon.parse import parse_status

    base = base_url.rstrip("/")
    credential = Credential.bearer(base_url, token)
    me: Any = client.get_json(f"{base}/api/v1/accounts/verify_credentials", what="your account", credential=credential)
    account_id = me.get("id") if isinstance(me, Mapping) else None
    if not isinstance(account_id, str | int):
        raise FetchError(
            "Mastodon did not say which account the token belongs to, so the earlier attempt could not be looked for; "
            "nothing was sent."
        )
    statuses: Any = client.get_json(
        f"{base}/api/v1/accounts/{quote(str(account_id), safe='')}/statuses",
        params={"limit": 40, "exclude_reblogs": "true"},
        what="your recent posts",
        credential=credential,
    )
    for data in statuses if isinstance(statuses, list) else []:
        post = parse_status(data)
        if post is not None and same_text(post.text, text) and post.url:
            return Found(post.url)
    held: Any = client.get_json(
        f"{base}/api/v1/scheduled_statuses", params={"limit": 40}, what="your scheduled posts", credential=credential
    )
    for data in held if isinstance(held, list) else []:
        params = data.get("params") if isinstance(data, Mapping) else None
        if isinstance(params, Mapping) and same_text(str(params.get("text") or ""), text) and data.get("id"):
            return Found("", str(data["id"]), when(data.get("scheduled_at")))
    return None


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
        if mark_cancelled_elsewhere(store, Network.MASTODON, remote_id):
            raise FetchError(
                f"The server no longer holds the scheduled post {remote_id}: it was cancelled elsewhere. "
                "It is marked cancelled here too, so it can be shared again."
            ) from None
        raise FetchError(
            f"The server has no scheduled post {remote_id}: it may have gone out already, or been cancelled."
        ) from None
    found = store.share_by_remote_id(Network.MASTODON, remote_id)
    if found is not None:
        store.record_share(found.item_key, Network.MASTODON, found.idempotency_key, state=ShareState.CANCELLED)


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
