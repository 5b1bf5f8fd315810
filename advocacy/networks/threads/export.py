"""Threads: the Threads data in the "Download your information" export in JSON (Threads is exported
with Instagram: the same ZIP or folder holds ``your_instagram_activity/threads/…``, and a Threads-only
download holds the same files). threads.com is never contacted.

Posts and replies are ``{"text_post_app_text_posts": [{"media": [...]}]}``: the text is the first
item's title, ``text_app_post.is_reply`` says whether it answers someone (exports from before 2025
do not say, and those posts are taken as the person's own). The Threads profile has no name of its
own: the Instagram profile in the same export gives the username.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from advocacy.domain.models import AccountRef, Link, Network, Post, Profile, VisibilityFacts
from advocacy.http_session import HttpClient
from advocacy.sources.base import FetchContext, Fetched
from advocacy.sources.meta_export import (
    ExportLayout,
    Holds,
    MetaExport,
    media_post,
    read_export,
    records,
    string_map,
    yes_no,
)

WEB_BASE = "https://www.threads.com"


def parse_post(record: Any) -> Post | str:
    parsed = media_post(record, Network.THREADS)
    if isinstance(parsed, str):
        return parsed
    items = record.get("media") if isinstance(record, Mapping) else None
    first = items[0] if isinstance(items, list) and items and isinstance(items[0], Mapping) else {}
    about = first.get("text_app_post")
    return replace(
        parsed,
        is_reply=isinstance(about, Mapping) and about.get("is_reply") is True,
    )


def parse_profile(threads: Any, instagram: Any) -> Profile:
    """The Threads profile (bio, links, private), named by the Instagram profile when there is one."""
    threads_entries = records(threads)
    fields = string_map(threads_entries[0]) if threads_entries else {}
    instagram_entries = records(instagram)
    names = string_map(instagram_entries[0]) if instagram_entries else {}
    username = names.get("Username", "").lstrip("@")
    private = yes_no(fields.get("Private Account", ""))
    links = [link.strip() for link in fields.get("Links", "").split(",") if link.strip()]
    return Profile(
        network=Network.THREADS,
        handle=f"@{username}" if username else "Threads profile",
        url=f"{WEB_BASE}/@{username}" if username else "",
        display_name=names.get("Name", ""),
        bio=fields.get("Bio", ""),
        links=tuple(Link(url=link, label="Link") for link in links),
        visibility=VisibilityFacts(public=None if private is None else not private, locked=private),
        read=threads is not None,
    )


LAYOUT = ExportLayout(
    profile=Holds.THREADS_PROFILE,
    posts=(Holds.THREADS_POSTS,),
    followers=Holds.THREADS_FOLLOWERS,
    following=Holds.THREADS_FOLLOWING,
)


def _profile(threads: Any, export: MetaExport) -> Profile:
    """The Threads profile, named by the Instagram profile in the same export when there is one."""
    instagram = export.files(Holds.INSTAGRAM_PROFILE)
    return parse_profile(threads, export.load(instagram[0]) if instagram else None)


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:  # noqa: ARG001
    """``client`` is unused: the export is a local file."""
    return read_export(account.handle, Network.THREADS, LAYOUT, profile=_profile, post=parse_post, context=context)
