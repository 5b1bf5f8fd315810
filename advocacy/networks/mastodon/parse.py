"""Mastodon API JSON (accounts, statuses, instance) to domain models. Pure: no I/O.

Also reads what Mastodon-compatible servers send through the same API: Pleroma and Akkoma
(flake ids, ``/notice/`` and ``/objects/`` URLs, ``pleroma`` blocks), GoToSocial (ULIDs),
Friendica, Sharkey and Iceshrimp.NET (``uri`` with a scheme, ``max_toot_chars``), Pixelfed
(microsecond timestamps), and old servers' numeric or missing fields.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from advocacy.domain.models import Engagement, Link, Media, Network, Post, Profile, VisibilityFacts
from advocacy.errors import MalformedResponse
from advocacy.sources.base import Skips
from advocacy.sources.html_text import html_to_text
from advocacy.sources.json_fields import integer as _int
from advocacy.sources.json_fields import text as _text
from advocacy.sources.timeparse import parse_loose, parse_timestamp

DEFAULT_IMAGE_SUFFIX = "/missing.png"
# The picture each server shows when the person uploaded none: Mastodon and Pixelfed
# (".../missing.png"), Pleroma and Akkoma ("/images/avi.png", "/images/banner.png"), GoToSocial
# ("/assets/default_avatars/…", "/assets/default_header…"), Misskey forks ("/identicon/…"),
# Friendica ("/images/person-…"), Pixelfed ("/avatars/default…").
_DEFAULT_IMAGE = re.compile(
    r"(/missing\.png|/images/(avi|banner)\.png|/assets/default_avatars/[^/]+|/assets/default_header\.\w+|"
    r"/identicon/[^/]*|/images/person-\d+\.\w+|/avatars/default\.\w+|/headers/default\.\w+)$",
    re.IGNORECASE,
)
NO_DATE = "had no date we could read"
NO_ID = "had no id"
NOT_A_POST = "were not posts (unexpected data from the server)"


def _as_mapping(data: Any, what: str, host: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise MalformedResponse(f"{host} sent {what} in an unexpected shape.")
    return data


def _id(value: Any) -> str:
    """Ids are strings (numeric, flake, ULID) but some servers sent JSON numbers."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) else ""


def _when(value: Any) -> datetime | None:
    return parse_timestamp(value) or parse_loose(value)


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _is_default_image(url: Any) -> bool | None:
    if not isinstance(url, str) or not url:
        return None
    return bool(_DEFAULT_IMAGE.search(url.split("?", 1)[0]))


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
            links.extend(
                Link(url=url, label=name, verified_at=verified_at, in_profile_field=True) for url in rendered.links
            )
        elif rendered.text.startswith(("http://", "https://")):
            links.append(Link(url=rendered.text, label=name, verified_at=verified_at, in_profile_field=True))
    return links


def parse_account(data: Any, *, host: str, post_length_limit: int | None = None) -> Profile:
    account = _as_mapping(data, "the account", host)
    username = (_text(account.get("acct")) or _text(account.get("username"))).strip().lstrip("@")
    if not username or not _id(account.get("id")):
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
    source = account.get("source")
    pleroma_source = source.get("pleroma") if isinstance(source, Mapping) else None
    if discoverable is None and isinstance(pleroma_source, Mapping):
        discoverable = _bool(pleroma_source.get("discoverable"))  # Pleroma and Akkoma keep it here
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
        created_at=_when(account.get("created_at")),
        last_post_at=_when(account.get("last_status_at")),
        followers_count=_int(account.get("followers_count")),
        following_count=_int(account.get("following_count")),
        post_count=_int(account.get("statuses_count")),
        post_length_limit=post_length_limit,
        visibility=visibility,
    )


def _why_not(data: Any) -> str | None:
    """Why a status cannot be a post, or ``None`` when it can."""
    if not isinstance(data, Mapping):
        return NOT_A_POST
    if not _id(data.get("id")):
        return NO_ID
    if _when(data.get("created_at")) is None:
        return NO_DATE
    return None


def _content(source: Mapping[str, Any]) -> str:
    """The post's HTML; some servers leave ``content`` empty and send plain ``text`` instead."""
    content = _text(source.get("content"))
    if content.strip():
        return content
    pleroma = source.get("pleroma")
    plain = pleroma.get("content") if isinstance(pleroma, Mapping) else None
    if isinstance(plain, Mapping) and _text(plain.get("text/plain")):
        return html.escape(_text(plain["text/plain"]))
    return html.escape(_text(source.get("text")))


def _web_url(data: Mapping[str, Any], host: str, status_id: str) -> str:
    for key in ("url", "uri"):
        value = _text(data.get(key)).strip()
        if value.startswith(("http://", "https://")):
            return value
    # An OStatus "tag:" uri or nothing at all: Pleroma and friends serve every post at /notice/<id>.
    return f"https://{host}/notice/{status_id}" if host else ""


def parse_status(data: Any, *, host: str = "") -> Post | None:
    """One status as a post, or ``None`` when it lacks what a post needs (counted, not fatal)."""
    if _why_not(data) is not None:
        return None
    status_id = _id(data["id"])
    created_at = _when(data["created_at"])
    assert created_at is not None  # checked by _why_not
    reblog = data.get("reblog")
    source = reblog if isinstance(reblog, Mapping) else data
    content = html_to_text(_content(source))
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
        url=_web_url(data, host, status_id),
        created_at=created_at,
        text=text,
        language=_text(source.get("language")) or None,
        is_reply=bool(_id(data.get("in_reply_to_id"))),
        is_repost=isinstance(reblog, Mapping),
        links=content.links,
        hashtags=tuple(dict.fromkeys(hashtags or content.hashtags)),
        mentions=tuple(dict.fromkeys(mentions or content.mentions)),
        media=_media(source.get("media_attachments")),
        # A boost's counts belong to the boosted post, not to what the person wrote.
        engagement=None
        if isinstance(reblog, Mapping)
        else Engagement(
            likes=_int(data.get("favourites_count")),
            reposts=_int(data.get("reblogs_count")),
            replies=_int(data.get("replies_count")),
            quotes=_int(data.get("quotes_count")),
        ),
    )


def _media(attachments: Any) -> tuple[Media, ...]:
    """Attachments with their descriptions; Mastodon sends null for an image nobody described."""
    if not isinstance(attachments, list):
        return ()
    return tuple(
        Media(_text(a.get("type")) or "unknown", _text(a.get("description")).strip())
        for a in attachments
        if isinstance(a, Mapping)
    )


def read_statuses(data: Any, *, host: str) -> tuple[list[Post], Skips]:
    """The posts of one page of statuses, and the statuses that could not be read."""
    if not isinstance(data, list):
        raise MalformedResponse(f"{host} sent the list of posts in an unexpected shape.")
    skips = Skips("posts")
    posts = []
    for item in data:
        reason = _why_not(item)
        post = parse_status(item, host=host) if reason is None else None
        if post is None:
            skips.add(reason or NOT_A_POST)
        else:
            posts.append(post)
    return posts, skips


def parse_statuses(data: Any, *, host: str) -> list[Post]:
    return read_statuses(data, host=host)[0]


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
