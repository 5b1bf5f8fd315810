"""Mastodon: any instance, read through its public REST API (no token needed)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from urllib.parse import quote

from advocacy.domain.models import AccountRef, Post
from advocacy.errors import FetchError, ProfileNotFound
from advocacy.http_session import HttpClient, HttpStatusError, host_of
from advocacy.profile_file import MASTODON_HANDLE
from advocacy.sources.base import FetchContext, Fetched, FetchLimits, keep_within_limits
from advocacy.sources.mastodon_parse import (
    parse_account,
    parse_post_length_limit,
    parse_statuses,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 40  # Mastodon's maximum for account statuses


def split_handle(handle: str) -> tuple[str, str]:
    match = MASTODON_HANDLE.match(handle.strip())
    if not match:
        raise FetchError(f"'{handle}' is not a Mastodon handle like @user@instance.social.")
    return match["user"], match["host"]


def base_url_for(account: AccountRef) -> str:
    if account.base_url:
        return account.base_url.rstrip("/")
    _, host = split_handle(account.handle)
    return f"https://{host}"


def fetch_post_length_limit(client: HttpClient, base: str) -> int | None:
    """The instance's own limit; v2 first, v1 for older servers. Missing is not an error."""
    for path in ("/api/v2/instance", "/api/v1/instance"):
        try:
            return parse_post_length_limit(client.get_json(base + path, what="the server's settings"))
        except HttpStatusError as exc:
            if exc.status != 404:
                log.info("instance settings unavailable: %s", exc.user_message)
                return None
        except FetchError as exc:
            log.info("instance settings unavailable: %s", exc.user_message)
            return None
    return None


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:
    limits, now = context.limits, context.now
    user, home = split_handle(account.handle)
    base = base_url_for(account)
    host = host_of(base)
    total_steps = 2 + max(1, -(-limits.max_posts // PAGE_SIZE))
    step = 0

    def progressed() -> None:
        nonlocal step
        step += 1
        context.progress(min(step, total_steps), total_steps)

    try:
        account_data = client.get_json(
            f"{base}/api/v1/accounts/lookup", params={"acct": user}, what="the Mastodon account"
        )
    except HttpStatusError as exc:
        if exc.status == 404:
            raise ProfileNotFound(f"No Mastodon account @{user}@{home} was found on {host}.") from None
        raise
    progressed()
    account_id = str(account_data.get("id", "")) if isinstance(account_data, dict) else ""

    limit = fetch_post_length_limit(client, base)
    profile = parse_account(account_data, host=home, post_length_limit=limit)
    progressed()

    posts: list[Post] = []
    if account_id:
        posts = _fetch_statuses(client, base, account_id, limits=limits, now=now, on_page=progressed)
    context.progress(total_steps, total_steps)
    return Fetched(profile=profile, posts=keep_within_limits(posts, limits))


def _fetch_statuses(
    client: HttpClient,
    base: str,
    account_id: str,
    *,
    limits: FetchLimits,
    now: datetime,
    on_page: Callable[[], None] | None = None,
) -> list[Post]:
    cutoff = limits.cutoff(now)
    url: str | None = f"{base}/api/v1/accounts/{quote(account_id, safe='')}/statuses"
    params: dict[str, str | int] | None = {"limit": min(PAGE_SIZE, limits.max_posts), "exclude_reblogs": "true"}
    posts: list[Post] = []
    seen_pages: set[str] = set()
    host = host_of(base)
    while url and len(posts) < limits.max_posts:
        response = client.get(url, params=params, what="the list of posts")
        page = parse_statuses(response.json("the list of posts"), host=host)
        posts.extend(page)
        if on_page:
            on_page()
        if not page or min(p.created_at for p in page) < cutoff:
            break
        next_url = response.links.get("next")
        # A server that hands back the same page forever must not keep us paging.
        if not next_url or next_url in seen_pages:
            break
        seen_pages.add(next_url)
        url, params = next_url, None
    return posts
