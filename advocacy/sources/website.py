"""A personal website or blog: the home page (identity, rel="me", robots) and its feed (posts)."""

from __future__ import annotations

import logging

from advocacy.domain.models import AccountRef, Link, Network, Post, Profile, VisibilityFacts
from advocacy.errors import FetchError
from advocacy.http_session import HttpClient, host_of
from advocacy.sources.base import FetchContext, Fetched, keep_within_limits
from advocacy.sources.feeds import parse_feed
from advocacy.sources.web_page import parse_page

log = logging.getLogger(__name__)

_ACCEPT_HTML = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
_ACCEPT_FEED = {
    "Accept": "application/atom+xml,application/rss+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5"
}


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:
    url = account.handle.strip()
    page = client.get(url, headers=_ACCEPT_HTML, what="the home page")
    content_type = page.headers.get("content-type", "")
    if content_type and "html" not in content_type and "xml" not in content_type:
        raise FetchError(f"{host_of(page.url)} sent {content_type.split(';')[0]} where a web page was expected.")
    facts = parse_page(page.text(), base_url=page.url, robots_header=page.headers.get("x-robots-tag", ""))
    context.progress(1, 3)

    posts: list[Post] = []
    if facts.feeds:
        feed_url = facts.feeds[0]
        try:
            feed = parse_feed(
                client.get(feed_url, headers=_ACCEPT_FEED, what="the feed").body,
                where=f"the feed at {host_of(feed_url)}",
            )
            posts = [
                Post(
                    network=Network.WEBSITE,
                    id=entry.id or entry.url,
                    url=entry.url,
                    created_at=entry.published,
                    text="\n\n".join(part for part in (entry.title, entry.text) if part),
                    links=entry.links,
                    hashtags=entry.tags,
                )
                for entry in feed.entries
                if entry.published is not None
            ]
        except FetchError as exc:
            # The page itself was read; a broken feed costs only the posts, and the log says why.
            log.warning("feed unavailable: %s", exc.user_message)
    context.progress(2, 3)

    links = [Link(url=href, label="rel=me") for href in facts.rel_me]
    links.extend(Link(url=href, label="sameAs") for href in facts.same_as if href not in facts.rel_me)
    kept = keep_within_limits(posts, context.limits)
    profile = Profile(
        network=Network.WEBSITE,
        handle=url,
        url=page.url,
        display_name=facts.name,
        headline=facts.job_title,
        bio=facts.bio,
        employer=facts.employer,
        links=tuple(links),
        avatar_is_default=None,
        last_post_at=kept[0].created_at if kept else None,
        visibility=VisibilityFacts(
            public=True, indexable=not facts.noindex, noindex=facts.noindex, feed_found=bool(facts.feeds)
        ),
    )
    context.progress(3, 3)
    return Fetched(profile=profile, posts=kept)
