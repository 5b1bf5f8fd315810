"""Instagram: the "Download your information" export in JSON (ZIP, folder, or the parts of a split
download). instagram.com is never contacted.

Posts are the records of every file shaped like a posts list (``media/posts``: ``content/posts_1.json``,
``your_instagram_activity/content/posts_1.json``, …) and reels (``{"ig_reels_media": [...]}``); a
carousel keeps its caption and date on the post, a single photo on its one media item. Stories are
not read: they vanish after a day and are not part of the profile. The profile is
``personal_information.json`` (``profile_user``); followers and following are counted from their
lists, bare or wrapped.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from advocacy.domain.models import AccountRef, Link, Network, Profile, VisibilityFacts
from advocacy.http_session import HttpClient
from advocacy.sources.base import FetchContext, Fetched
from advocacy.sources.meta_export import ExportLayout, Holds, media_post, read_export, string_map, yes_no

WEB_BASE = "https://www.instagram.com"


def parse_profile(value: Any) -> Profile:
    """``personal_information.json``: ``profile_user[0].string_map_data``."""
    entries = value.get("profile_user") if isinstance(value, Mapping) else None
    fields = string_map(entries[0]) if isinstance(entries, list) and entries else {}
    username = fields.get("Username", "").lstrip("@")
    website = fields.get("Website", "")
    private = yes_no(fields.get("Private Account", ""))
    return Profile(
        network=Network.INSTAGRAM,
        handle=f"@{username}" if username else "Instagram profile",
        url=f"{WEB_BASE}/{username}/" if username else "",
        display_name=fields.get("Name", ""),
        bio=fields.get("Bio", ""),
        location=fields.get("City Name", ""),
        links=(Link(url=website, label="Website"),) if website else (),
        visibility=VisibilityFacts(public=None if private is None else not private, locked=private),
        read=value is not None,
    )


LAYOUT = ExportLayout(
    profile=Holds.INSTAGRAM_PROFILE,
    posts=(Holds.INSTAGRAM_POSTS, Holds.INSTAGRAM_REELS),
    followers=Holds.INSTAGRAM_FOLLOWERS,
    following=Holds.INSTAGRAM_FOLLOWING,
)


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:  # noqa: ARG001
    """``client`` is unused: the export is a local file."""
    return read_export(
        account.handle,
        Network.INSTAGRAM,
        LAYOUT,
        profile=lambda value, _export: parse_profile(value),
        post=partial(media_post, network=Network.INSTAGRAM),
        context=context,
    )
