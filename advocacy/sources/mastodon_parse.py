"""Mastodon API JSON (accounts, statuses, instance) to domain models. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advocacy.domain.models import Link, Network, Post, Profile, VisibilityFacts
from advocacy.errors import MalformedResponse
from advocacy.sources.html_text import html_to_text
from advocacy.sources.timeparse import parse_timestamp

DEFAULT_IMAGE_SUFFIX = "/missing.png"


def _as_mapping(data: Any, what: str, host: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise MalformedResponse(f"{host} sent {what} in an unexpected shape (not a JSON object).")
    return data


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _is_default_image(url: Any) -> bool | None:
    if not isinstance(url, str) or not url:
        return None
    return url.split("?", 1)[0].endswith(DEFAULT_IMAGE_SUFFIX)


def _field_links(fields: Any) -> list[Link]:
    links: list[Link] = []
    if not isinstance(fields, list):
        return links
    for item in fields:
        if not isinstance(item, Mapping):
            continue
        name = _text(item.get("name"))
        rendered = html_to_text(_text(item.get("value")))
        verified_at = parse_timestamp(item.get("verified_at"))
        if rendered.links:
            links.extend(Link(url=url, label=name, verified_at=verified_at) for url in rendered.links)
        elif rendered.text.startswith(("http://", "https://")):
            links.append(Link(url=rendered.text, label=name, verified_at=verified_at))
    return links


def parse_account(data: Any, *, host: str, post_length_limit: int | None = None) -> Profile:
    account = _as_mapping(data, "the account", host)
    username = _text(account.get("acct")) or _text(account.get("username"))
    if not username or not _text(account.get("id")):
        raise MalformedResponse(f"{host} sent an account without an id or username.")
    handle = username if "@" in username else f"{username}@{host}"
    note = html_to_text(_text(account.get("note")))
    # Profile fields first: they carry a label and Mastodon's rel="me" verification.
    links = _field_links(account.get("fields"))
    known = {link.url for link in links}
    links.extend(Link(url=url) for url in note.links if url not in known)

    moved = account.get("moved")
    moved_to = None
    if isinstance(moved, Mapping):
        moved_to = _text(moved.get("acct")) or _text(moved.get("url")) or None
    suspended = account.get("suspended") is True or account.get("limited") is True
    discoverable = _bool(account.get("discoverable"))
    visibility = VisibilityFacts(
        public=not suspended,
        discoverable=discoverable,
        indexable=_bool(account.get("indexable")),
        noindex=_bool(account.get("noindex")),
        locked=_bool(account.get("locked")),
        bot=_bool(account.get("bot")),
        moved_to=moved_to,
    )
    return Profile(
        network=Network.MASTODON,
        handle=f"@{handle}",
        url=_text(account.get("url")),
        display_name=_text(account.get("display_name")).strip(),
        bio=note.text,
        links=tuple(links),
        avatar_is_default=_is_default_image(account.get("avatar")),
        header_is_default=_is_default_image(account.get("header")),
        created_at=parse_timestamp(account.get("created_at")),
        last_post_at=parse_timestamp(account.get("last_status_at")),
        followers_count=_int(account.get("followers_count")),
        following_count=_int(account.get("following_count")),
        post_count=_int(account.get("statuses_count")),
        post_length_limit=post_length_limit,
        visibility=visibility,
    )


def parse_status(data: Any) -> Post | None:
    """One status as a post, or ``None`` when it lacks what a post needs (skipped, not fatal)."""
    if not isinstance(data, Mapping):
        return None
    status_id = _text(data.get("id"))
    created_at = parse_timestamp(data.get("created_at"))
    if not status_id or created_at is None:
        return None
    reblog = data.get("reblog")
    source = reblog if isinstance(reblog, Mapping) else data
    content = html_to_text(_text(source.get("content")))
    spoiler = _text(source.get("spoiler_text")).strip()
    text = f"{spoiler}\n\n{content.text}" if spoiler else content.text
    tags = source.get("tags")
    hashtags = (
        [t["name"] for t in tags if isinstance(t, Mapping) and isinstance(t.get("name"), str)]
        if isinstance(tags, list)
        else []
    )
    mentions_data = source.get("mentions")
    mentions = (
        ["@" + m["acct"] for m in mentions_data if isinstance(m, Mapping) and isinstance(m.get("acct"), str)]
        if isinstance(mentions_data, list)
        else []
    )
    return Post(
        network=Network.MASTODON,
        id=status_id,
        url=_text(data.get("url")) or _text(data.get("uri")),
        created_at=created_at,
        text=text,
        language=_text(source.get("language")) or None,
        is_reply=data.get("in_reply_to_id") is not None,
        is_repost=isinstance(reblog, Mapping),
        links=content.links,
        hashtags=tuple(dict.fromkeys(hashtags or content.hashtags)),
        mentions=tuple(dict.fromkeys(mentions or content.mentions)),
    )


def parse_statuses(data: Any, *, host: str) -> list[Post]:
    if not isinstance(data, list):
        raise MalformedResponse(f"{host} sent the list of posts in an unexpected shape (not a JSON list).")
    return [post for item in data if (post := parse_status(item)) is not None]


def parse_post_length_limit(data: Any) -> int | None:
    """``configuration.statuses.max_characters`` (v2 and recent v1), or v1's ``max_toot_chars``."""
    if not isinstance(data, Mapping):
        return None
    configuration = data.get("configuration")
    if isinstance(configuration, Mapping):
        statuses = configuration.get("statuses")
        if isinstance(statuses, Mapping):
            limit = _int(statuses.get("max_characters"))
            if limit and limit > 0:
                return limit
    limit = _int(data.get("max_toot_chars"))
    return limit if limit and limit > 0 else None
