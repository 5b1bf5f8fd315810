"""Bluesky AppView JSON (profileViewDetailed, feedViewPost) to domain models. Pure: no I/O.

Posts are read from any of the shapes the AppView answers with: a feed of ``feedViewPost``
(``getAuthorFeed``, ``getListFeed``, ``getTimeline``; with ``reply`` contexts and repost or pin
``reason``), a list of ``postView`` (``getPosts``, ``searchPosts``), or a thread
(``getPostThread``: ``threadViewPost`` with ``parent`` and ``replies``). Embeds (images, external
links, quotes, ``recordWithMedia``) are understood; items that are not readable posts (deleted,
blocked, no date) are counted, not dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from advocacy.domain.models import Engagement, Link, Media, Network, Post, Profile, VisibilityFacts
from advocacy.errors import MalformedResponse
from advocacy.sources.base import Skips
from advocacy.sources.json_fields import integer as _int
from advocacy.sources.json_fields import text as _text
from advocacy.sources.timeparse import parse_loose, parse_timestamp

WEB_BASE = "https://bsky.app"
NO_UNAUTHENTICATED = "!no-unauthenticated"
REASON_REPOST = "app.bsky.feed.defs#reasonRepost"
REASON_PIN = "app.bsky.feed.defs#reasonPin"
NO_DATE = "had no date we could read"
NOT_A_POST = "were not posts we could read"
GONE = "were deleted or blocked posts"
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_LINK = "app.bsky.richtext.facet#link"
_MENTION = "app.bsky.richtext.facet#mention"
_TAG = "app.bsky.richtext.facet#tag"


def handle_kind(handle: str) -> str:
    if handle == "handle.invalid" or not handle:
        return "invalid"
    if handle.endswith(".bsky.social"):
        return "bsky.social"
    return "custom-domain"


def _labels(data: Any) -> tuple[str, ...]:
    if not isinstance(data, list):
        return ()
    values = [_text(label.get("val")) for label in data if isinstance(label, Mapping)]
    return tuple(dict.fromkeys(v for v in values if v))


def urls_in(text: str) -> list[str]:
    return [url.rstrip(".,;:!?") for url in _URL.findall(text)]


def parse_profile(data: Any, *, host: str) -> Profile:
    if not isinstance(data, Mapping) or not _text(data.get("did")) or not _text(data.get("handle")):
        raise MalformedResponse(f"{host} sent the Bluesky profile in an unexpected shape.")
    handle = _text(data["handle"])
    description = _text(data.get("description")).strip()
    links: list[Link] = []
    website = _text(data.get("website")).strip()
    if website:
        links.append(Link(url=website, label="Website"))
    links.extend(Link(url=url) for url in urls_in(description) if url != website)
    labels = _labels(data.get("labels"))
    return Profile(
        network=Network.BLUESKY,
        handle=handle,
        url=f"{WEB_BASE}/profile/{handle if handle != 'handle.invalid' else data['did']}",
        display_name=_text(data.get("displayName")).strip(),
        bio=description,
        links=tuple(links),
        avatar_is_default=not _text(data.get("avatar")),
        header_is_default=not _text(data.get("banner")),
        created_at=parse_timestamp(data.get("createdAt")),
        updated_at=parse_timestamp(data.get("indexedAt")),
        followers_count=_int(data.get("followersCount")),
        following_count=_int(data.get("followsCount")),
        post_count=_int(data.get("postsCount")),
        post_length_limit=300,
        visibility=VisibilityFacts(
            # Logged-out viewers (and search engines) see nothing of an account with this label.
            public=NO_UNAUTHENTICATED not in labels,
            labels=labels,
            handle_kind=handle_kind(handle),
        ),
    )


def _facets(record: Mapping[str, Any]) -> tuple[list[str], list[str], list[str]]:
    links: list[str] = []
    mentions: list[str] = []
    tags: list[str] = []
    facets = record.get("facets")
    if not isinstance(facets, list):
        return links, mentions, tags
    encoded = _text(record.get("text")).encode("utf-8")
    for facet in facets:
        if not isinstance(facet, Mapping):
            continue
        index = facet.get("index")
        start = _int(index.get("byteStart")) if isinstance(index, Mapping) else None
        end = _int(index.get("byteEnd")) if isinstance(index, Mapping) else None
        features = facet.get("features")
        for feature in features if isinstance(features, list) else []:
            if not isinstance(feature, Mapping):
                continue
            kind = feature.get("$type")
            if kind == _LINK and _text(feature.get("uri")):
                links.append(_text(feature["uri"]))
            elif kind == _TAG and _text(feature.get("tag")):
                tags.append(_text(feature["tag"]))
            elif kind == _MENTION and start is not None and end is not None and 0 <= start < end:
                mentions.append(encoded[start:end].decode("utf-8", errors="replace"))
    return links, mentions, tags


def _when(value: Any) -> datetime | None:
    return parse_timestamp(value) or parse_loose(value)


def _media(post: Mapping[str, Any]) -> tuple[Media, ...]:
    """Images and video with their alt text, from the record's own embed (what the author wrote);
    a quoted post's media belong to the quoted author."""
    embed = _mapping(_mapping(post.get("record")).get("embed"))
    holders = [embed, _mapping(embed.get("media"))]
    found: list[Media] = []
    for holder in holders:
        kind = _text(holder.get("$type"))
        if kind.startswith("app.bsky.embed.images"):
            images = holder.get("images")
            found += (
                [Media("image", _text(i.get("alt")).strip()) for i in images or [] if isinstance(i, Mapping)]
                if isinstance(images, list)
                else []
            )
        elif kind.startswith("app.bsky.embed.video"):
            found.append(Media("video", _text(holder.get("alt")).strip()))
    return tuple(found)


def _embed_link(post: Mapping[str, Any]) -> str | None:
    """The link card's address: ``embed.external`` or, with media, ``embed.media.external``."""
    for embed in (post.get("embed"), _mapping(post.get("record")).get("embed")):
        if not isinstance(embed, Mapping):
            continue
        for holder in (embed, _mapping(embed.get("media"))):
            external = holder.get("external")
            if isinstance(external, Mapping) and _text(external.get("uri")):
                return _text(external["uri"])
    return None


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _why_not(item: Any) -> str | None:
    """Why a feed item cannot be a post, or ``None`` when it can."""
    if not isinstance(item, Mapping):
        return NOT_A_POST
    post = item.get("post")
    if not isinstance(post, Mapping):
        return NOT_A_POST
    kind = _text(post.get("$type"))
    if kind.endswith(("#notFoundPost", "#blockedPost")) or post.get("notFound") is True or post.get("blocked") is True:
        return GONE
    if not isinstance(post.get("record"), Mapping) or not _text(post.get("uri")):
        return NOT_A_POST
    if _when(post["record"].get("createdAt")) is None and _when(post.get("indexedAt")) is None:
        return NO_DATE
    return None


def is_pinned(item: Any) -> bool:
    """A pinned post heads the author feed whatever its age; it says nothing about paging on."""
    return isinstance(item, Mapping) and _mapping(item.get("reason")).get("$type") == REASON_PIN


def parse_feed_item(item: Any) -> Post | None:
    """One ``feedViewPost``; ``None`` when it lacks what a post needs (counted, not fatal)."""
    if _why_not(item) is not None:
        return None
    post = item["post"]
    record = post["record"]
    uri = _text(post["uri"])
    reason = item.get("reason")
    is_repost = isinstance(reason, Mapping) and reason.get("$type") == REASON_REPOST
    # A repost happened when it was reposted, not when the original was written.
    created_at = _when(reason.get("indexedAt")) if is_repost and isinstance(reason, Mapping) else None
    created_at = created_at or _when(record.get("createdAt")) or _when(post.get("indexedAt"))
    if created_at is None:
        return None
    author = _mapping(post.get("author"))
    author_handle = _text(author.get("handle")) or _text(author.get("did")) or uri.removeprefix("at://").split("/")[0]
    text = _text(record.get("text"))
    links, mentions, tags = _facets(record)
    external = _embed_link(post)
    if external and external not in links:
        links.append(external)
    for url in urls_in(text):
        if not any(link.startswith(url.rstrip("…")) for link in links):
            links.append(url)
    langs = record.get("langs")
    return Post(
        network=Network.BLUESKY,
        id=uri,
        url=f"{WEB_BASE}/profile/{author_handle}/post/{uri.rsplit('/', 1)[-1]}",
        created_at=created_at,
        text=text,
        language=_text(langs[0]) or None if isinstance(langs, list) and langs else None,
        is_reply=isinstance(record.get("reply"), Mapping),
        is_repost=is_repost,
        links=tuple(dict.fromkeys(links)),
        hashtags=tuple(dict.fromkeys(tags)),
        mentions=tuple(dict.fromkeys(mentions)),
        media=_media(post),
        # A repost's counts belong to the reposted post, not to what the person wrote.
        engagement=None
        if is_repost
        else Engagement(
            likes=_int(post.get("likeCount")),
            reposts=_int(post.get("repostCount")),
            replies=_int(post.get("replyCount")),
            quotes=_int(post.get("quoteCount")),
        ),
    )


def _thread_items(node: Any, depth: int = 0) -> list[Any]:
    """A thread's posts as feed items: its parents (oldest first), itself, then its replies."""
    if not isinstance(node, Mapping) or depth > 200:
        return []
    items: list[Any] = []
    parent = node.get("parent")
    if isinstance(parent, Mapping) and depth == 0:
        chain: list[Mapping[str, Any]] = []
        while isinstance(parent, Mapping) and len(chain) < 200:
            chain.append(parent)
            parent = parent.get("parent")
        items.extend({"post": p.get("post", p)} for p in reversed(chain))
    items.append({"post": node.get("post", node)})
    for reply in node.get("replies") or [] if isinstance(node.get("replies"), list) else []:
        items.extend(_thread_items(reply, depth + 1))
    return items


def feed_items(data: Any, *, host: str) -> list[Any]:
    """The items of any post-bearing answer, as ``feedViewPost``-shaped objects."""
    if isinstance(data, Mapping):
        if isinstance(data.get("feed"), list):
            return list(data["feed"])
        if isinstance(data.get("posts"), list):
            return [{"post": post} for post in data["posts"]]
        if isinstance(data.get("thread"), Mapping):
            return _thread_items(data["thread"])
    raise MalformedResponse(f"{host} sent the Bluesky feed in an unexpected shape.")


def read_feed(data: Any, *, host: str) -> tuple[list[Post], str | None, Skips, set[str]]:
    """Posts of one page, the cursor for the next (``None`` at the end), what could not be read,
    and the ids of pinned posts (whose age says nothing about the page's)."""
    skips = Skips("posts")
    posts: list[Post] = []
    pinned: set[str] = set()
    for item in feed_items(data, host=host):
        reason = _why_not(item)
        post = parse_feed_item(item) if reason is None else None
        if post is None:
            skips.add(reason or NOT_A_POST)
            continue
        if is_pinned(item):
            pinned.add(post.id)
        posts.append(post)
    cursor = data.get("cursor") if isinstance(data, Mapping) else None
    return posts, cursor if isinstance(cursor, str) and cursor else None, skips, pinned


def parse_author_feed(data: Any, *, host: str) -> tuple[list[Post], str | None]:
    """Posts of one page and the cursor for the next (``None`` at the end)."""
    posts, cursor, _, _ = read_feed(data, host=host)
    return posts, cursor
