"""A personal website or blog: the home page (identity, rel="me", robots) and its feed (posts).

The feed is the first of the page's feed links that can be read (RSS, Atom or JSON Feed); a site
with no readable feed falls back to the posts marked up on the page itself (h-entry), and a
"website" that is itself a feed is read as one. Entries without a readable date, and a feed that
could not be read at all, are counted in ``Fetched.skipped`` rather than passed over.
"""

from __future__ import annotations

import logging
import re

from advocacy.domain.models import AccountRef, Link, Network, Post, Profile, SkippedRecords, VisibilityFacts
from advocacy.errors import FetchError
from advocacy.http_session import HttpClient, HttpResponse, host_of
from advocacy.networks.website.page import PageFacts, parse_page
from advocacy.sources.base import FetchContext, Fetched, Skips, keep_within_limits
from advocacy.sources.feeds import FeedEntry, ParsedFeed, parse_feed

log = logging.getLogger(__name__)

_ACCEPT_HTML = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
_ACCEPT_FEED = {
    "Accept": "application/atom+xml,application/rss+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5"
}
MAX_FEEDS_TRIED = 3
_FEED_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<\?xml-stylesheet[^>]*>\s*|<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S
)
_FEED_TYPES = ("rss", "atom", "rdf", "feed+json", "jf2feed")


def _is_feed(response: HttpResponse) -> bool:
    content_type = response.headers.get("content-type", "").lower()
    if any(kind in content_type for kind in _FEED_TYPES):
        return True
    head = response.body[:2048].removeprefix(b"\xef\xbb\xbf")
    if "json" in content_type or head.lstrip().startswith(b"{"):
        return b"jsonfeed.org/version" in head
    return bool(_FEED_START.match(head))


def _posts(entries: tuple[FeedEntry, ...], skips: Skips) -> list[Post]:
    posts = []
    seen: set[str] = set()
    for entry in entries:
        if entry.published is None:
            skips.add("had no date we could read")
            continue
        key = entry.id or entry.url
        if key and key in seen:  # kept twice it would count twice in every figure; said, not dropped silently
            skips.add("repeated the id of an entry already read")
            continue
        seen.add(key)
        posts.append(
            Post(
                network=Network.WEBSITE,
                id=entry.id or entry.url,
                url=entry.url,
                created_at=entry.published,
                text="\n\n".join(part for part in (entry.title, entry.text) if part),
                links=entry.links,
                hashtags=entry.tags,
            )
        )
    return posts


def _read_feed(client: HttpClient, facts: PageFacts) -> tuple[ParsedFeed | None, list[str]]:
    """The first readable feed of the page, and why the others before it could not be read."""
    problems: list[str] = []
    for feed_url in facts.feeds[:MAX_FEEDS_TRIED]:
        try:
            return (
                parse_feed(
                    client.get(feed_url, headers=_ACCEPT_FEED, what="the feed").body,
                    where=f"the feed at {host_of(feed_url)}",
                ),
                problems,
            )
        except FetchError as exc:
            # The page itself was read; a broken feed costs only the posts, and the report says why.
            log.warning("feed unavailable: %s", exc.user_message)
            problems.append(exc.user_message.rstrip("."))
    return None, problems


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:
    url = account.handle.strip()
    page = client.get(url, headers=_ACCEPT_HTML, what="the home page")
    content_type = page.headers.get("content-type", "")
    page_is_feed = _is_feed(page)
    if content_type and not page_is_feed and "html" not in content_type and "xml" not in content_type:
        raise FetchError(f"{host_of(page.url)} sent {content_type.split(';')[0]} where a web page was expected.")
    skips = Skips("feed items")
    unreadable: tuple[SkippedRecords, ...] = ()
    feed: ParsedFeed | None = None
    if page_is_feed:
        # The address given is the feed itself: its posts, and what it says about its site.
        feed = parse_feed(page.body, where=f"the feed at {host_of(page.url)}")
        facts = PageFacts(name=feed.title, feeds=(page.url,))
    else:
        facts = parse_page(page.text(), base_url=page.url, robots_header=page.headers.get("x-robots-tag", ""))
    context.progress(1, 3)

    if feed is None and facts.feeds:
        feed, problems = _read_feed(client, facts)
        if feed is None and problems:
            reason = "could not be read: " + "; ".join(problems)
            unreadable = (SkippedRecords(len(problems), "feeds" if len(problems) > 1 else "feed", reason),)
    entries = feed.entries if feed is not None else facts.entries
    posts = _posts(entries, skips)
    if feed is not None:
        skips.add("were not feed entries we could read", feed.unreadable)
        if feed.damaged:
            unreadable += (
                SkippedRecords(
                    1,
                    "feed",
                    f"breaks off or is damaged after {len(feed.entries)} "
                    f"{'entry' if len(feed.entries) == 1 else 'entries'}; any entries after that were not read",
                ),
            )
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
    total = len(entries) + (feed.unreadable if feed is not None else 0)
    return Fetched(profile=profile, posts=kept, skipped=unreadable + skips.records(total=total))
