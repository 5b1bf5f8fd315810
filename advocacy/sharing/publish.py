"""Publish a post through a network's API, never twice.

The share is claimed in the store before the request leaves (one claim per item and network, so two
processes cannot both send it), with the idempotency key the request carries. A post is retried at
once only on an answer that proves nothing was stored (429); after an unclear one (a timeout, a 5xx,
a crash) the claim stays, and the next attempt looks at the account's recent and scheduled posts
before it sends anything: a server that ignores the Idempotency-Key still gets the post once.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from advocacy.domain.models import Network
from advocacy.domain.records import ShareState
from advocacy.errors import FetchError
from advocacy.http_session import Credential, HttpClient, HttpStatusError, NotSent
from advocacy.share_claims import Claim
from advocacy.storage import Store


@dataclass(frozen=True)
class Published:
    url: str  # where the post is; "" for a post the network holds to publish later
    # The network showed that an earlier, cut-off attempt had arrived: it was recorded, nothing was sent.
    found_earlier: bool
    scheduled_at: datetime | None = None
    scheduled_id: str | None = None  # the network's id of a scheduled post, to list or cancel it


# Mastodon refuses a scheduled time less than five minutes ahead.
MIN_SCHEDULE_AHEAD = timedelta(minutes=5)
# The only answers to a post that prove nothing was stored, so it may be sent again at once.
CLEAR_REFUSALS = frozenset({429})


def unclear_answer(exc: HttpStatusError, network: Network) -> FetchError:
    """A 5xx to a post: the server may have stored it. Nothing more is sent now; the next try looks."""
    return FetchError(
        f"{network.label} answered HTTP {exc.status} to your post, so it may or may not have arrived. Nothing more "
        "was sent; the next try looks at your account first and never posts it twice."
    )


def refusal(exc: HttpStatusError, network: Network) -> FetchError:
    """A 4xx to a post, with the server's own reason when it gives one (Mastodon: {"error": "..."})."""
    reason = server_reason(exc.detail)
    return FetchError(
        f"{network.label} refused the post (HTTP {exc.status}){': ' + reason if reason else ''}. Nothing was posted."
    )


def server_reason(detail: str) -> str:
    import json

    try:
        data = json.loads(detail)
    except ValueError:
        return ""
    message = data.get("error") or data.get("message") if isinstance(data, Mapping) else None
    if not isinstance(message, str):
        return ""
    message = " ".join(message.split())[:200]
    return message.rstrip(".")


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
    sent = False
    try:
        if claim.unclear:
            found = find_on_mastodon(client, base_url=base_url, token=token, text=text)
            store.checked_with_network(Network.MASTODON)
            if found is not None:
                return _settle(store, claim, found, found_earlier=True)
        payload: dict[str, Any] = {"status": text, "visibility": "public"}
        if scheduled_at is not None:
            payload["scheduled_at"] = scheduled_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
        sent = True
        try:
            status: Any = client.post_json(
                f"{base_url.rstrip('/')}/api/v1/statuses",
                payload,
                what="your post",
                idempotency_key=claim.key,
                credential=Credential.bearer(base_url, token),
                retry_on=CLEAR_REFUSALS,
            )
        except HttpStatusError as exc:
            if exc.status >= 500:
                raise unclear_answer(exc, Network.MASTODON) from None
            if exc.status != 429:
                store.record_share(item_key, Network.MASTODON, claim.key, state=ShareState.FAILED)
                raise refusal(exc, Network.MASTODON) from None
            sent = False  # rate limited: the server stored nothing
            raise
        except NotSent:
            sent = False  # the connection was never made: the claim is withdrawn, nothing is recorded
            raise
        if not isinstance(status, Mapping):
            raise FetchError("The server accepted the post but answered in an unexpected shape; check your profile.")
        return _settle(store, claim, _status_found(status, scheduled_at), found_earlier=False)
    finally:
        store.release_claim(claim, sent=sent)  # a no-op once the share is settled


@dataclass(frozen=True)
class Found:
    """A post the server has: out (with its address) or held for later (with its id and time)."""

    url: str
    scheduled_id: str | None = None
    scheduled_at: datetime | None = None


def _status_found(status: Mapping[str, Any], scheduled_at: datetime | None) -> Found:
    if scheduled_at is not None and "params" in status:  # a ScheduledStatus, not a Status
        remote_id = str(status.get("id") or "")
        if not remote_id:
            raise FetchError("The server accepted the scheduled post but did not give it an id; check your profile.")
        return Found("", remote_id, _when(status.get("scheduled_at")) or scheduled_at)
    url = status.get("url")
    if not isinstance(url, str) or not url:
        raise FetchError("The server accepted the post but did not say where it is; check your profile.")
    return Found(url)


def _settle(store: Store, claim: Claim, found: Found, *, found_earlier: bool) -> Published:
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


def find_on_mastodon(client: HttpClient, *, base_url: str, token: str, text: str) -> Found | None:
    """The account's recent post (or post held for later) with this text, if the server has one. Any
    failure to look raises: an unclear attempt is never sent again on a guess."""
    from urllib.parse import quote

    from advocacy.sources.mastodon_parse import parse_status

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
            return Found("", str(data["id"]), _when(data.get("scheduled_at")))
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
        store.record_share(found.item_key, Network.MASTODON, found.idempotency_key, state=ShareState.CANCELLED)


def mark_cancelled_elsewhere(store: Store, remote_id: str) -> bool:
    """A scheduled post the server no longer holds before it was due was cancelled elsewhere (its
    web page, another app): mark it cancelled here too, so the item can be shared again. True if so."""
    found = store.share_by_remote_id(Network.MASTODON, remote_id)
    due = found.scheduled_at if found is not None and found.state is ShareState.SCHEDULED else None
    if found is None or due is None or due <= datetime.now(UTC):
        return False
    store.record_share(found.item_key, Network.MASTODON, found.idempotency_key, state=ShareState.CANCELLED)
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
