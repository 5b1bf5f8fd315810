"""Bluesky AppView JSON (profileViewDetailed, feedViewPost) to domain models. Pure: no I/O."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from advocacy.domain.models import Link, Network, Post, Profile, VisibilityFacts
from advocacy.errors import MalformedResponse
from advocacy.sources.timeparse import parse_timestamp

WEB_BASE = "https://bsky.app"
NO_UNAUTHENTICATED = "!no-unauthenticated"
REASON_REPOST = "app.bsky.feed.defs#reasonRepost"
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_LINK = "app.bsky.richtext.facet#link"
_MENTION = "app.bsky.richtext.facet#mention"
_TAG = "app.bsky.richtext.facet#tag"


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


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


def _embed_link(post: Mapping[str, Any]) -> str | None:
    embed = post.get("embed")
    if isinstance(embed, Mapping):
        external = embed.get("external")
        if isinstance(external, Mapping) and _text(external.get("uri")):
            return _text(external["uri"])
    return None


def parse_feed_item(item: Any) -> Post | None:
    """One ``feedViewPost``; ``None`` when it lacks what a post needs (skipped, not fatal)."""
    if not isinstance(item, Mapping) or not isinstance(item.get("post"), Mapping):
        return None
    post = item["post"]
    record = post.get("record")
    uri = _text(post.get("uri"))
    if not isinstance(record, Mapping) or not uri:
        return None
    reason = item.get("reason")
    is_repost = isinstance(reason, Mapping) and reason.get("$type") == REASON_REPOST
    # A repost happened when it was reposted, not when the original was written.
    created_at = parse_timestamp(reason.get("indexedAt")) if is_repost and isinstance(reason, Mapping) else None
    created_at = created_at or parse_timestamp(record.get("createdAt"))
    if created_at is None:
        return None
    author = post.get("author") if isinstance(post.get("author"), Mapping) else {}
    author_handle = _text(author.get("handle")) or _text(author.get("did"))
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
    )


def parse_author_feed(data: Any, *, host: str) -> tuple[list[Post], str | None]:
    """Posts of one page and the cursor for the next (``None`` at the end)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("feed"), list):
        raise MalformedResponse(f"{host} sent the Bluesky feed in an unexpected shape.")
    posts = [post for item in data["feed"] if (post := parse_feed_item(item)) is not None]
    cursor = data.get("cursor")
    return posts, cursor if isinstance(cursor, str) and cursor else None
