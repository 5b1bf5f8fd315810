"""Mastodon: any instance, read through its public REST API (no token needed).

Mastodon-compatible servers (Pleroma, Akkoma, GoToSocial, Friendica, Sharkey, Iceshrimp.NET,
Pixelfed) answer the same API. Servers without the account lookup endpoint are asked through
account search; servers that show accounts or posts only to logged-in users get one sentence saying
so, and posts that could not be read are counted in ``Fetched.skipped``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote

from advocacy.domain.handles import MASTODON_HANDLE
from advocacy.domain.models import AccountRef, Post, SkippedRecords
from advocacy.errors import FetchError, ProfileNotFound
from advocacy.http_session import HttpClient, HttpStatusError, host_of
from advocacy.networks.mastodon.parse import (
    parse_account,
    parse_post_length_limit,
    read_statuses,
)
from advocacy.sources.base import FetchContext, Fetched, FetchLimits, Skips, keep_within_limits

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


def _login_only(host: str, what: str) -> FetchError:
    return FetchError(
        f"{host} shows {what} only to logged-in users (GoToSocial and some other servers are set up this way); "
        "this app reads public data only."
    )


def _search(client: HttpClient, base: str, user: str, home: str) -> Any:
    """Servers without ``/accounts/lookup`` (older Pleroma, Friendica): the exact match of a search."""
    found = client.get_json(
        f"{base}/api/v1/accounts/search", params={"q": f"{user}@{home}", "limit": 5}, what="the Mastodon account"
    )
    for candidate in found if isinstance(found, list) else []:
        if isinstance(candidate, Mapping):
            acct = str(candidate.get("acct", "")).lower().lstrip("@")
            if acct in (user.lower(), f"{user}@{home}".lower()):
                return candidate
    return None


def lookup_account(client: HttpClient, base: str, user: str, home: str) -> Any:
    host = host_of(base)
    try:
        return client.get_json(f"{base}/api/v1/accounts/lookup", params={"acct": user}, what="the Mastodon account")
    except HttpStatusError as exc:
        if exc.status in (401, 403):
            raise _login_only(host, "accounts") from None
        if "UNKNOWN_API_ENDPOINT" in exc.detail:
            # Misskey and its forks answer every Mastodon path so: the account is there, under another API.
            raise FetchError(
                f"{host} is a Misskey-family server (Misskey, Sharkey, Iceshrimp, Firefish), not Mastodon: "
                "name the account under Misskey in your profile instead."
            ) from None
        if exc.status not in (404, 405, 501):
            raise
    not_found = ProfileNotFound(f"No Mastodon account @{user}@{home} was found on {host}.")
    try:
        account = _search(client, base, user, home)
    except FetchError:
        raise not_found from None
    if account is None:
        raise not_found
    return account


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

    account_data = lookup_account(client, base, user, home)
    progressed()
    account_id = str(account_data.get("id", "")) if isinstance(account_data, dict) else ""

    limit = fetch_post_length_limit(client, base)
    profile = parse_account(account_data, host=home, post_length_limit=limit)
    progressed()

    posts: list[Post] = []
    skips = Skips("posts")
    skipped: tuple[SkippedRecords, ...] = ()
    if account_id:
        try:
            posts = _fetch_statuses(client, base, account_id, limits=limits, now=now, on_page=progressed, skips=skips)
        except HttpStatusError as exc:
            if exc.status not in (401, 403):
                raise
            # The profile is public, its posts are not: say so rather than report "no posts".
            count = profile.post_count or 0
            reason = f"could not be read: {host} shows posts only to logged-in users"
            skipped = (
                (SkippedRecords(count, "posts", reason, total=count),)
                if count
                else (SkippedRecords(1, "list of posts", reason),)
            )
    context.progress(total_steps, total_steps)
    read = len(posts) + skips.total
    return Fetched(
        profile=profile, posts=keep_within_limits(posts, limits), skipped=skipped + skips.records(total=read)
    )


def _fetch_statuses(
    client: HttpClient,
    base: str,
    account_id: str,
    *,
    limits: FetchLimits,
    now: datetime,
    on_page: Callable[[], None] | None = None,
    skips: Skips | None = None,
) -> list[Post]:
    cutoff = limits.cutoff(now)
    url: str | None = f"{base}/api/v1/accounts/{quote(account_id, safe='')}/statuses"
    page_size = min(PAGE_SIZE, limits.max_posts)
    params: dict[str, str | int] | None = {"limit": page_size, "exclude_reblogs": "true"}
    posts: list[Post] = []
    seen_pages: set[str] = set()
    host = host_of(base)
    while url and len(posts) < limits.max_posts:
        response = client.get(url, params=params, what="the list of posts")
        data = response.json("the list of posts")
        page, page_skips = read_statuses(data, host=host)
        if skips is not None:
            skips.merge(page_skips)
        posts.extend(page)
        if on_page:
            on_page()
        if not page or min(p.created_at for p in page) < cutoff:
            break
        next_url = response.links.get("next")
        if not next_url and len(data) >= page_size:
            # No Link header (some compatible servers): ask for what is older than the last one.
            last = page[-1].id
            if f"max_id={last}" not in seen_pages:
                seen_pages.add(f"max_id={last}")
                params = {"limit": page_size, "exclude_reblogs": "true", "max_id": last}
                continue
        # A server that hands back the same page forever must not keep us paging.
        if not next_url or next_url in seen_pages:
            break
        seen_pages.add(next_url)
        url, params = next_url, None
    return posts
