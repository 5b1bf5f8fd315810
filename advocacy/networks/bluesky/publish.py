"""Publish to Bluesky: log in rarely, post with facets, and never post twice.

Logins (``createSession``) are rate-limited hard, so the app logs in once with the app password from
the keyring and keeps the session's refresh token in the keyring, refreshing it for later posts.
Bluesky has no idempotency key: after an unclear failure the author feed is checked for the post
before anything is sent again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.errors import FetchError, MissingCredential
from advocacy.http_session import Credential, HttpClient, HttpStatusError
from advocacy.networks.bluesky.source import DEFAULT_APPVIEW
from advocacy.sharing.publish import CLEAR_REFUSALS, Attempt, Published, same_text
from advocacy.sharing.richtext import Facet
from advocacy.storage import Store

DEFAULT_PDS = "https://bsky.social"
WEB = "https://bsky.app"


SESSION_SUFFIX = " (session)"


def refresh_account(handle: str) -> str:
    """Where the session's refresh token lives in the keyring, beside the app password."""
    return f"{handle}{SESSION_SUFFIX}"


def _session(client: HttpClient, credentials: CredentialStore, pds: str, handle: str) -> Mapping[str, Any]:
    refresh = credentials.get(Network.BLUESKY, refresh_account(handle))
    session: Any = None
    if refresh:
        try:
            session = client.post_json(
                f"{pds}/xrpc/com.atproto.server.refreshSession",
                {},
                what="a Bluesky session",
                credential=Credential.bearer(pds, refresh),
                answer_holds_secrets=True,
            )
        except HttpStatusError as exc:
            if exc.status not in (400, 401):
                raise
            session = None  # expired or revoked: log in again below
    if session is None:
        password = credentials.get(Network.BLUESKY, handle)
        if not password:
            raise MissingCredential(
                "Connect your Bluesky account first, with an app password (in the app: File → Accounts and tokens "
                "→ Connect…).",
                network=Network.BLUESKY,
            )
        session = client.post_json(
            f"{pds}/xrpc/com.atproto.server.createSession",
            {"identifier": handle, "password": password},
            what="a Bluesky login",
            answer_holds_secrets=True,
        )
    if not isinstance(session, Mapping) or not isinstance(session.get("accessJwt"), str):
        raise FetchError("Bluesky answered the login in an unexpected shape.")
    if isinstance(session.get("refreshJwt"), str):
        credentials.set(Network.BLUESKY, refresh_account(handle), session["refreshJwt"])
    return session


_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"  # base32-sortable, as the AT Protocol writes TIDs


def new_record_key() -> str:
    """A TID: 13 characters from the time in microseconds and a random clock id, as record keys are."""
    import random
    import time

    value = (time.time_ns() // 1000) << 10 | random.getrandbits(10)
    return "".join(_TID_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(13)))


def _is_record_key(key: str) -> bool:
    return len(key) == 13 and all(c in _TID_ALPHABET for c in key)


def _record_exists(client: HttpClient, pds: str, handle: str, key: str) -> str | None:
    """The post's address when the PDS has a post under ``key`` (asked without a session)."""
    try:
        client.get_json(
            f"{pds}/xrpc/com.atproto.repo.getRecord",
            params={"repo": handle, "collection": "app.bsky.feed.post", "rkey": key},
            what="your earlier post",
        )
    except HttpStatusError as exc:
        if exc.status in (400, 404):  # RecordNotFound: the earlier attempt never arrived
            return None
        raise
    return f"{WEB}/profile/{handle}/post/{key}"


def _web_url(handle: str, uri: str) -> str:
    return f"{WEB}/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}"


def _already_posted(client: HttpClient, appview: str, handle: str, text: str) -> str | None:
    feed: Any = client.get_json(
        f"{appview}/xrpc/app.bsky.feed.getAuthorFeed",
        params={"actor": handle, "limit": 30},
        what="your recent Bluesky posts",
    )
    items = feed.get("feed") if isinstance(feed, Mapping) else None
    for item in items if isinstance(items, list) else []:
        post = item.get("post") if isinstance(item, Mapping) else None
        if not isinstance(post, Mapping):
            continue
        record, uri = post.get("record"), post.get("uri")
        if isinstance(record, Mapping) and same_text(str(record.get("text") or ""), text) and isinstance(uri, str):
            return _web_url(handle, uri)
    return None


def publish_bluesky(
    client: HttpClient,
    store: Store,
    credentials: CredentialStore,
    *,
    handle: str,
    text: str,
    facets: tuple[Facet, ...],
    item_key: str,
    pds: str = DEFAULT_PDS,
    appview: str | None = None,
    again: bool = False,
) -> Published:
    """``appview`` answers "what did this account post lately" without a session (the public
    AppView by default): a PDS may need one, and logging in just to look is what must not happen
    twice an hour."""
    pds = pds.rstrip("/")
    appview = (appview or DEFAULT_APPVIEW).rstrip("/")
    # Log in first: without a password nothing is attempted, so nothing is recorded.
    session = _session(client, credentials, pds, handle)
    # The record key is chosen with the claim, before anything is sent: the post's address is known
    # in advance, so a later attempt can ask the PDS whether it exists, and the PDS refuses a second
    # record under the same key. (Claims saved before record keys were chosen hold uuids.)
    claim = store.claim_share(item_key, Network.BLUESKY, new_key=new_record_key, text=text, again=again)
    key = claim.key if _is_record_key(claim.key) else new_record_key()
    with Attempt(store, claim) as attempt:
        if claim.unclear:
            # The last attempt may have posted before it failed: look before sending again, at the PDS
            # itself (the AppView may not have indexed it yet), then in the recent posts.
            found = (_record_exists(client, pds, handle, key) if key == claim.key else None) or _already_posted(
                client, appview, handle, text
            )
            store.checked_with_network(Network.BLUESKY)
            if found:
                return attempt.posted(found, found_earlier=True)
        record = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            "facets": [facet.as_record() for facet in facets],
        }

        def create() -> Any:
            try:
                return client.post_json(
                    f"{pds}/xrpc/com.atproto.repo.createRecord",
                    {
                        "repo": session.get("did") or handle,
                        "collection": "app.bsky.feed.post",
                        "rkey": key,
                        "record": record,
                    },
                    what="your post",
                    credential=Credential.bearer(pds, session["accessJwt"]),
                    retry_on=CLEAR_REFUSALS,
                )
            except HttpStatusError as exc:
                if exc.status == 400 and "already exists" in exc.detail.lower():
                    return None  # an earlier attempt's record is there under this key: posted once, only once
                raise

        created = attempt.send(create)
        if created is None:
            return attempt.posted(f"{WEB}/profile/{handle}/post/{key}", found_earlier=True)
        uri = created.get("uri") if isinstance(created, Mapping) else None
        if not isinstance(uri, str):
            raise FetchError("Bluesky accepted the post but did not say where it is; check your profile.")
        return attempt.posted(_web_url(handle, uri), found_earlier=False)
