"""GitHub and GitHub Enterprise: the REST API, anonymously or with a token from the keyring."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import quote

from advocacy.domain.models import AccountRef, Link, Network, Post, SkippedRecords
from advocacy.errors import (
    AdvocacyError,
    ConnectionLost,
    FetchError,
    ProfileNotFound,
    RateLimited,
    RateLimitedWithoutToken,
)
from advocacy.http_session import Credential, HttpClient, HttpStatusError, host_of
from advocacy.networks.github.parse import parse_org_logins, parse_social_accounts, parse_user, read_events
from advocacy.sources.base import FetchContext, Fetched, Skips, keep_within_limits

log = logging.getLogger(__name__)

DEFAULT_API = "https://api.github.com"
PAGE_SIZE = 100
MAX_EVENT_PAGES = 3  # GitHub serves at most 300 events (and only 30 days) through this API


def request_headers() -> dict[str, str]:
    """What GitHub asks every API request to say: the answer's format and the API version."""
    return {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"}


def _rate_limit_error(exc: HttpStatusError, host: str, has_token: bool) -> RateLimited:
    reset = exc.headers.get("x-ratelimit-reset", "")
    when = ""
    if reset.isascii() and reset.isdecimal() and len(reset) < 12:
        when = f" It resets at {datetime.fromtimestamp(int(reset), tz=UTC).astimezone():%H:%M}."
    said = f"{host} says this computer has used up its GitHub requests for now.{when}"
    if has_token:
        return RateLimited(said)
    # Connecting the account is the remedy: a front end offers Connect… beside this sentence.
    return RateLimitedWithoutToken(
        f"{said} Connect your GitHub account (File → Accounts and tokens) and this limit is far higher.",
        network=Network.GITHUB,
    )


def _explain(exc: HttpStatusError, login: str, host: str, has_token: bool) -> AdvocacyError:
    if exc.status in (403, 429) and exc.headers.get("x-ratelimit-remaining") == "0":
        return _rate_limit_error(exc, host, has_token)
    if exc.status == 404:
        return ProfileNotFound(f"No GitHub user {login} was found on {host}.")
    if exc.status == 401:
        return ConnectionLost(
            f"{host} no longer accepts the GitHub token saved for {login}; connect again.", network=Network.GITHUB
        )
    return exc


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:
    login = account.handle.strip().lstrip("@")
    base = (account.base_url or DEFAULT_API).rstrip("/")
    host = host_of(base)
    headers = request_headers()
    # The token goes to the configured API origin only, never to a host a pagination link names.
    client.credential = Credential.bearer(base, context.token) if context.token else None
    user_path = f"{base}/users/{quote(login, safe='')}"
    total = 4 + MAX_EVENT_PAGES
    try:
        profile = parse_user(client.get_json(user_path, headers=headers, what="the GitHub profile"), host=host)
        context.progress(1, total)
        orgs = parse_org_logins(
            client.get_json(f"{user_path}/orgs", headers=headers, what="the public organisations"), host=host
        )
        context.progress(2, total)
        social = _social_accounts(client, user_path, headers)
        context.progress(3, total)
        company_org = (context.company.accounts.get(Network.GITHUB) or "").strip().lstrip("@")
        member_public = _org_membership_public(client, base, company_org, login, orgs, headers) if company_org else None
        context.progress(4, total)
        skips = Skips("events")
        failures: list[str] = []
        posts = _events(client, user_path, headers, context, skips, failures)
    except HttpStatusError as exc:
        raise _explain(exc, login, host, bool(context.token)) from None
    known = {link.url for link in profile.links}
    profile = replace(
        profile,
        links=profile.links + tuple(link for link in social if link.url not in known),
        visibility=replace(profile.visibility, company_org_member_public=member_public),
    )
    context.progress(total, total)
    return Fetched(
        profile=profile,
        posts=keep_within_limits(posts, context.limits),
        skipped=skips.records(total=len(posts) + skips.total)
        + tuple(
            SkippedRecords(1, "later page of public activity", f"could not be read ({reason}); the rest was kept")
            for reason in failures
        ),
    )


def _social_accounts(client: HttpClient, user_path: str, headers: dict[str, str]) -> list[Link]:
    try:
        return parse_social_accounts(
            client.get_json(f"{user_path}/social_accounts", headers=headers, what="the linked social accounts")
        )
    except HttpStatusError as exc:
        if exc.status != 404:  # older GitHub Enterprise servers lack this endpoint
            raise
        return []


def _org_membership_public(
    client: HttpClient, base: str, org: str, login: str, public_orgs: list[str], headers: dict[str, str]
) -> bool:
    if org.lower() in (o.lower() for o in public_orgs):
        return True
    try:
        client.get(
            f"{base}/orgs/{quote(org, safe='')}/public_members/{quote(login, safe='')}",
            headers=headers,
            what="the organisation membership",
        )
    except HttpStatusError as exc:
        if exc.status == 404:
            return False  # not a member, or a member who keeps it private: either way not shown
        raise
    return True


def _events(
    client: HttpClient,
    user_path: str,
    headers: dict[str, str],
    context: FetchContext,
    skips: Skips,
    failures: list[str],
) -> list[Post]:
    limits = context.limits
    cutoff = limits.cutoff(context.now)
    posts: list[Post] = []
    url: str | None = f"{user_path}/events/public"
    params: dict[str, str | int] | None = {"per_page": PAGE_SIZE}
    for page in range(MAX_EVENT_PAGES):
        if not url or len(posts) >= limits.max_posts:
            break
        try:
            response = client.get(url, params=params, headers=headers, what="the public activity")
            batch, page_skips = read_events(response.json("the public activity"), host=host_of(url))
        except FetchError as exc:
            if page == 0:
                raise
            # A later page failing costs that page only: what was read stays, and the gap is said.
            failures.append(exc.user_message.rstrip("."))
            break
        skips.merge(page_skips)
        posts.extend(batch)
        context.progress(5 + page, 4 + MAX_EVENT_PAGES)
        if not batch or min(p.created_at for p in batch) < cutoff:
            break
        url, params = response.links.get("next"), None
    return posts
