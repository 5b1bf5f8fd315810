"""Misskey and its forks (Sharkey, Iceshrimp, Firefish, Catodon), read through their own API.

Every call is a POST with a JSON body, public data needs no token: ``users/show`` for the profile,
``users/notes`` (newest first, paged with ``untilId``) for the notes, ``meta`` for the server's own
note length. Notes that are not public are counted as skipped, never read as "no posts".
"""

from __future__ import annotations

import logging
from typing import Any

from advocacy.domain.handles import mastodon_parts
from advocacy.domain.models import AccountRef, Post, SkippedRecords
from advocacy.errors import FetchError, ProfileNotFound
from advocacy.http_session import HttpClient, HttpStatusError, host_of
from advocacy.networks.misskey.parse import error_code, parse_note_length_limit, parse_user, read_notes
from advocacy.sources.base import FetchContext, Fetched, Skips, keep_within_limits

log = logging.getLogger(__name__)

PAGE_SIZE = 100  # Misskey's maximum for users/notes
_NOT_FOUND = frozenset({"NO_SUCH_USER", "FAILED_TO_RESOLVE_REMOTE_USER"})


def split_handle(handle: str) -> tuple[str, str]:
    parts = mastodon_parts(handle)
    if parts is None:
        raise FetchError(f"'{handle}' is not a Misskey handle like @you@misskey.io.")
    return parts


def base_url_for(account: AccountRef) -> str:
    if account.base_url:
        return account.base_url.rstrip("/")
    return f"https://{split_handle(account.handle)[1]}"


def _not_misskey(host: str) -> FetchError:
    return FetchError(
        f"{host} does not answer as a Misskey server (no /api/users/show); if it is a Mastodon server, "
        "name the account under Mastodon instead."
    )


def lookup_user(client: HttpClient, base: str, user: str, home: str) -> Any:
    host = host_of(base)
    try:
        return client.post_json(f"{base}/api/users/show", {"username": user, "host": None}, what="the Misskey account")
    except HttpStatusError as exc:
        code = error_code(exc.detail)
        if code in _NOT_FOUND:
            raise ProfileNotFound(f"No Misskey account @{user}@{home} was found on {host}.") from None
        # The endpoint itself is missing: a JSON UNKNOWN_API_ENDPOINT, or a bare 404 (Misskey 12).
        if code == "UNKNOWN_API_ENDPOINT" or (exc.status in (404, 405) and not code):
            raise _not_misskey(host) from None
        raise


def fetch_note_length_limit(client: HttpClient, base: str) -> int | None:
    """The server's own limit; a server that will not say is not an error (the usual one applies)."""
    try:
        return parse_note_length_limit(
            client.post_json(f"{base}/api/meta", {"detail": False}, what="the server's settings")
        )
    except FetchError as exc:
        log.info("server settings unavailable: %s", exc.user_message)
        return None


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:
    limits, now = context.limits, context.now
    user, home = split_handle(account.handle)
    base = base_url_for(account)
    host = host_of(base)
    pages = max(1, -(-limits.max_posts // PAGE_SIZE))
    total_steps = 2 + pages
    context.progress(0, total_steps)

    data = lookup_user(client, base, user, home)
    context.progress(1, total_steps)
    profile = parse_user(data, host=home, post_length_limit=fetch_note_length_limit(client, base))
    context.progress(2, total_steps)
    user_id = str(data.get("id") or "") if isinstance(data, dict) else ""

    posts: list[Post] = []
    skips = Skips("notes")
    until: str | None = None
    cutoff = limits.cutoff(now)
    for page in range(pages):
        if not user_id or len(posts) >= limits.max_posts:
            break
        body: dict[str, Any] = {"userId": user_id, "limit": min(PAGE_SIZE, limits.max_posts), "withReplies": True}
        if until:
            body["untilId"] = until
        answer = client.post_json(f"{base}/api/users/notes", body, what="the list of notes")
        found, page_skips = read_notes(answer, base=base, host=host)
        skips.merge(page_skips)
        posts.extend(found)
        context.progress(3 + page, total_steps)
        last = answer[-1].get("id") if isinstance(answer, list) and answer and isinstance(answer[-1], dict) else None
        # A short page is the last; a server that answers the same page again must not keep us paging.
        if not found or len(answer) < body["limit"] or not isinstance(last, str) or last == until:
            break
        if min(p.created_at for p in found) < cutoff:
            break
        until = last
    context.progress(total_steps, total_steps)
    read = len(posts) + skips.total
    skipped = skips.records(total=read)
    if not user_id:  # no id to ask for the notes with: said, never read as "no posts"
        reason = f"could not be read: {host} did not give the account's id"
        skipped += (
            SkippedRecords(profile.post_count or 1, "notes" if profile.post_count else "list of notes", reason),
        )
    return Fetched(profile=profile, posts=keep_within_limits(posts, limits), skipped=skipped)
