"""Misskey API JSON (``users/show``, ``users/notes``, ``meta``) to domain models. Pure: no I/O.

The shapes are Misskey's own from version 12 to today and its forks' (Sharkey, Iceshrimp, Firefish,
Catodon): ``emojis`` was a list of ``{name, url}`` and became a mapping; a local user's ``host`` is
null and has no ``url``; a note is a pure renote when it has ``renoteId`` and nothing of its own (a
quote has text, a content warning, files or a poll); alt text is each file's ``comment``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote

from advocacy.domain.models import Engagement, Link, Media, Network, Post, Profile, VisibilityFacts
from advocacy.errors import MalformedResponse
from advocacy.sources.base import Skips
from advocacy.sources.json_fields import integer, text
from advocacy.sources.timeparse import parse_timestamp

# What MFM (Misskey's markup) writes in plain text: links, #tags and @user or @user@host mentions.
_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+[^\s<>()\[\]\"'`.,;:!?]")
_TAG = re.compile(r"(?<![\w#])#([^\s.,!?'\"#:/\[\]【】()「」（）<>]+)")
_MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?)")
# The picture a server shows when none was uploaded: Misskey draws an identicon.
_DEFAULT_AVATAR = re.compile(r"/identicon/[^/]*$|/avatar/@[^/]+$", re.IGNORECASE)
NO_DATE = "had no date we could read"
NO_ID = "had no id"
NOT_A_NOTE = "were not notes (unexpected data from the server)"
NOT_PUBLIC = "were not public (followers only or direct), so they were left out"
# Notes anyone may read; "home" is public but kept off the local timeline.
PUBLIC = frozenset({"public", "home", "public_non_ltl"})


def _mapping(data: Any, what: str, host: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise MalformedResponse(f"{host} sent {what} in an unexpected shape.")
    return data


def _when(value: Any) -> datetime | None:
    return parse_timestamp(value) if isinstance(value, str) else None


def profile_url(host: str, username: str) -> str:
    return f"https://{host}/@{quote(username, safe='')}"


def note_url(base: str, note_id: str) -> str:
    return f"{base.rstrip('/')}/notes/{quote(note_id, safe='')}"


def _links(user: Mapping[str, Any], updated: datetime | None) -> tuple[Link, ...]:
    verified = {v for v in user.get("verifiedLinks") or () if isinstance(v, str)}
    links: list[Link] = []
    for field in user.get("fields") or ():
        if not isinstance(field, Mapping):
            continue
        value = text(field.get("value")).strip()
        if _URL.fullmatch(value):
            stamp = updated if value in verified else None
            links.append(Link(value, text(field.get("name")), verified_at=stamp, in_profile_field=True))
    known = {link.url for link in links}
    links += [Link(url) for url in dict.fromkeys(_URL.findall(text(user.get("description")))) if url not in known]
    return tuple(links)


def parse_user(data: Any, *, host: str, post_length_limit: int | None = None) -> Profile:
    user = _mapping(data, "the account", host)
    username = text(user.get("username"))
    if not username:
        raise MalformedResponse(f"{host} sent an account without a user name.")
    home = text(user.get("host")) or host  # null: a user of the server that answered
    updated = _when(user.get("updatedAt"))
    avatar = text(user.get("avatarUrl"))
    moved = user.get("movedTo")
    return Profile(
        network=Network.MISSKEY,
        handle=f"@{username}@{home}",
        url=text(user.get("url")) or profile_url(home, username),
        display_name=text(user.get("name")),
        bio=text(user.get("description")),
        location=text(user.get("location")),
        links=_links(user, updated),
        avatar_is_default=not avatar or bool(_DEFAULT_AVATAR.search(avatar)),
        header_is_default=not text(user.get("bannerUrl")),
        created_at=_when(user.get("createdAt")),
        updated_at=updated,
        followers_count=integer(user.get("followersCount")),
        following_count=integer(user.get("followingCount")),
        post_count=integer(user.get("notesCount")),
        post_length_limit=post_length_limit,
        visibility=VisibilityFacts(
            locked=user.get("isLocked") if isinstance(user.get("isLocked"), bool) else None,
            bot=user.get("isBot") if isinstance(user.get("isBot"), bool) else None,
            moved_to=moved if isinstance(moved, str) and moved else None,
        ),
    )


def _media(files: Any) -> tuple[Media, ...]:
    media = []
    for file in files if isinstance(files, list) else ():
        if not isinstance(file, Mapping):
            continue
        kind = text(file.get("type")).split("/", 1)[0] or "file"
        media.append(Media(kind, text(file.get("comment"))))
    return tuple(media)


def _reaction_total(reactions: Any) -> int | None:
    if not isinstance(reactions, Mapping):
        return None
    counts = [integer(v) for v in reactions.values()]
    return sum(c for c in counts if c is not None)


def is_pure_renote(note: Mapping[str, Any]) -> bool:
    """A renote with nothing of its own; a quote (text, a warning, files, a poll) is the author's post."""
    own = note.get("text") or note.get("cw") or note.get("files") or note.get("fileIds") or note.get("poll")
    return bool(note.get("renoteId")) and not own


def parse_note(data: Any, *, base: str) -> Post | None:
    """A note as a post; None for one that is not a note at all (counted by the caller)."""
    if not isinstance(data, Mapping):
        return None
    note_id = text(data.get("id"))
    created = _when(data.get("createdAt"))
    if not note_id or created is None:
        return None
    body = text(data.get("text"))
    warning = text(data.get("cw")).strip()
    full = f"{warning}\n\n{body}" if warning and body else warning or body
    tags = data.get("tags")
    renote = is_pure_renote(data)
    return Post(
        network=Network.MISSKEY,
        id=note_id,
        url=text(data.get("url")) or note_url(base, note_id),
        created_at=created,
        text="" if renote else full,
        is_reply=bool(data.get("replyId")),
        is_repost=renote,
        links=tuple(dict.fromkeys(_URL.findall(full))),
        hashtags=tuple(t for t in tags if isinstance(t, str))
        if isinstance(tags, list)
        else tuple(dict.fromkeys(_TAG.findall(full))),
        mentions=tuple(dict.fromkeys(_MENTION.findall(full))),
        engagement=None
        if renote
        else Engagement(
            likes=_reaction_total(data.get("reactions")),
            reposts=integer(data.get("renoteCount")),
            replies=integer(data.get("repliesCount")),
        ),
        media=_media(data.get("files")),
    )


def read_notes(data: Any, *, base: str, host: str) -> tuple[list[Post], Skips]:
    """The public notes of a ``users/notes`` page; what could not be read is counted, not dropped."""
    if not isinstance(data, list):
        raise MalformedResponse(f"{host} sent the list of notes in an unexpected shape.")
    skips = Skips("notes")
    posts = []
    for item in data:
        if not isinstance(item, Mapping):
            skips.add(NOT_A_NOTE)
            continue
        if text(item.get("visibility")) not in PUBLIC:
            skips.add(NOT_PUBLIC)
            continue
        post = parse_note(item, base=base)
        if post is None:
            skips.add(NO_DATE if text(item.get("id")) else NO_ID)
            continue
        posts.append(post)
    return posts, skips


def parse_note_length_limit(data: Any) -> int | None:
    """``maxNoteTextLength`` from ``/api/meta``; None when the server does not state a usable one."""
    limit = integer(data.get("maxNoteTextLength")) if isinstance(data, Mapping) else None
    return limit if limit is not None and limit > 0 else None


def error_code(detail: str) -> str:
    """The ``error.code`` of a Misskey error answer (``NO_SUCH_USER``), or ""."""
    import json

    try:
        data = json.loads(detail)
    except ValueError:
        return ""
    error = data.get("error") if isinstance(data, Mapping) else None
    code = error.get("code") if isinstance(error, Mapping) else None
    return code if isinstance(code, str) else ""
