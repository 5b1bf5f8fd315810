"""Bluesky: read through a public AppView (no login needed)."""

from __future__ import annotations

from advocacy.domain.models import AccountRef, Post
from advocacy.errors import FetchError, ProfileNotFound
from advocacy.http_session import HttpClient, HttpStatusError, host_of
from advocacy.networks.bluesky.parse import parse_profile, read_feed
from advocacy.sources.base import FetchContext, Fetched, Skips, keep_within_limits

DEFAULT_APPVIEW = "https://public.api.bsky.app"
PAGE_SIZE = 100  # the AppView's maximum for getAuthorFeed
MAX_PAGES = 20


def normalise_handle(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def _explain(exc: HttpStatusError, handle: str, host: str) -> FetchError:
    detail = exc.detail
    if "AccountTakedown" in detail:
        return FetchError(f"The Bluesky account {handle} has been taken down by a moderator.")
    if "AccountDeactivated" in detail:
        return FetchError(f"The Bluesky account {handle} is deactivated.")
    if exc.status == 400 and ("not found" in detail.lower() or "InvalidRequest" in detail):
        return ProfileNotFound(f"No Bluesky account {handle} was found on {host}.")
    return exc


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:
    handle = normalise_handle(account.handle)
    base = (account.base_url or DEFAULT_APPVIEW).rstrip("/")
    host = host_of(base)
    limits = context.limits
    total = 2 + max(1, -(-limits.max_posts // PAGE_SIZE))
    try:
        data = client.get_json(
            f"{base}/xrpc/app.bsky.actor.getProfile", params={"actor": handle}, what="the Bluesky profile"
        )
        profile = parse_profile(data, host=host)
        context.progress(1, total)

        cutoff = limits.cutoff(context.now)
        posts: list[Post] = []
        skips = Skips("posts")
        cursor: str | None = None
        seen: set[str] = set()
        page = 0
        # Pages may be short (deleted posts, filtered replies): page by posts read, with a hard cap.
        while len(posts) < limits.max_posts and page < MAX_PAGES:
            params: dict[str, str | int] = {
                "actor": handle,
                "filter": "posts_no_replies",
                "limit": min(PAGE_SIZE, limits.max_posts),
            }
            if cursor:
                params["cursor"] = cursor
            data = client.get_json(f"{base}/xrpc/app.bsky.feed.getAuthorFeed", params=params, what="the Bluesky posts")
            batch, cursor, page_skips, pinned = read_feed(data, host=host)
            skips.merge(page_skips)
            posts.extend(batch)
            page += 1
            context.progress(min(1 + page, total - 1), total)
            # The pinned post heads the first page whatever its age: it must not stop the paging.
            dated = [p for p in batch if p.id not in pinned]
            if not batch or not cursor or cursor in seen or (dated and min(p.created_at for p in dated) < cutoff):
                break
            seen.add(cursor)
    except HttpStatusError as exc:
        raise _explain(exc, handle, host) from None
    context.progress(total, total)
    read = len({p.id for p in posts}) + skips.total
    return Fetched(profile=profile, posts=keep_within_limits(posts, limits), skipped=skips.records(total=read))
