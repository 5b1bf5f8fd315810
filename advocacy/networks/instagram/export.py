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
from dataclasses import replace
from functools import partial
from typing import Any

from advocacy.domain.models import AccountRef, Link, Network, Profile, VisibilityFacts
from advocacy.http_session import HttpClient
from advocacy.sources.base import FetchContext, Fetched, keep_within_limits
from advocacy.sources.meta_export import Holds, MetaExport, audience_unknown, media_post, read_posts, string_map, yes_no

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


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:  # noqa: ARG001
    """``client`` is unused: the export is a local file."""
    with MetaExport(account.handle, network=Network.INSTAGRAM) as export:
        export.require_own_files()
        profile_json, skipped = export.profile_file(Holds.INSTAGRAM_PROFILE)
        profile = parse_profile(profile_json)
        context.progress(1, 3)
        post_records, no_posts = export.posts_of(Holds.INSTAGRAM_POSTS, Holds.INSTAGRAM_REELS)
        posts, skips = read_posts(post_records, partial(media_post, network=Network.INSTAGRAM))
        skipped += skips.records() + no_posts
        context.progress(2, 3)
        profile = replace(
            profile,
            followers_count=export.count(Holds.INSTAGRAM_FOLLOWERS),
            following_count=export.count(Holds.INSTAGRAM_FOLLOWING),
        )
        if profile.followers_count is None:
            skipped += audience_unknown()
    context.progress(3, 3)
    return Fetched(profile=profile, posts=keep_within_limits(posts, context.limits), skipped=skipped)
