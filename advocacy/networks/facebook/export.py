"""Facebook: the "Download your information" export in JSON (ZIP, folder, or the parts of a split
download). facebook.com is never contacted.

Posts come from every file shaped like a posts list (``your_posts_1.json`` and its numbered parts,
the 2019 ``{"status_updates": [...]}``, the 2024 ``your_posts__check_ins__photos_and_videos_1.json``).
A post's own words are its ``data[].post`` (or, for a photo posted without them, the photo's
description). A shared post of someone else (an attachment whose link is empty: the export does not
name it) is a repost, never the person's own words; a link shared without a comment is the person's
post with that link. Records with nothing of the person's own (a recommendation, a profile update)
are counted, never silently dropped. Titles ("… shared a link.") are in the account's language and
are never parsed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from advocacy.domain.models import AccountRef, Link, Media, Network, Position, Post, Profile
from advocacy.http_session import HttpClient
from advocacy.sources.base import FetchContext, Fetched
from advocacy.sources.json_fields import text
from advocacy.sources.meta_export import HASHTAG, NO_DATE, URL, ExportLayout, Holds, media_kind, read_export, when

WEB_BASE = "https://www.facebook.com"
# A tagged person, as the export writes it: "@[100006074014882:2048:Jane Doe]"; Facebook shows the name.
_TAGGED = re.compile(r"@\[\d+:\d+:([^\]]+)\]")
NOTHING_OWN = "had nothing of the person's own to read (a recommendation, a check-in or a profile update)"


def _attachment_data(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found = []
    for attachment in record.get("attachments") or []:
        if isinstance(attachment, Mapping):
            found += [item for item in attachment.get("data") or [] if isinstance(item, Mapping)]
    return found


def _own_words(record: Mapping[str, Any], attached: list[Mapping[str, Any]]) -> str:
    words = [
        _TAGGED.sub(r"\1", text(item.get("post"))).strip()
        for item in record.get("data") or []
        if isinstance(item, Mapping)
    ]
    said = list(dict.fromkeys(w for w in words if w))
    if said:
        return "\n\n".join(said)
    for item in attached:
        media = item.get("media")
        if isinstance(media, Mapping) and text(media.get("description")).strip():
            return text(media["description"]).strip()
    return ""


def parse_post(record: Any) -> Post | str:
    """One record of a posts file as a post, or the reason it is not one (counted by the caller)."""
    if not isinstance(record, Mapping):
        return "were not posts we could read"
    created_at = when(record.get("timestamp"))
    if created_at is None:
        return NO_DATE
    attached = _attachment_data(record)
    words = _own_words(record, attached)
    contexts = [item["external_context"] for item in attached if isinstance(item.get("external_context"), Mapping)]
    shared_links = [text(c.get("url")).strip() for c in contexts if text(c.get("url")).strip()]
    # A shared post of someone else is exported with an empty link: Meta does not say whose it was.
    reshared = any(not text(c.get("url")).strip() for c in contexts)
    media = tuple(
        Media(media_kind(item["media"].get("uri"))) for item in attached if isinstance(item.get("media"), Mapping)
    )
    if not (words or shared_links or media or reshared):
        return NOTHING_OWN
    links = tuple(dict.fromkeys([*shared_links, *URL.findall(words)]))
    digest = hashlib.sha1(f"{words}\n{' '.join(links)}".encode()).hexdigest()[:10]
    return Post(
        network=Network.FACEBOOK,
        id=f"{int(created_at.timestamp())}-{digest}",
        url="",  # the export does not say where the post is
        created_at=created_at,
        text=words,
        is_repost=reshared and not words and not media,
        links=links,
        hashtags=tuple(dict.fromkeys(HASHTAG.findall(words))),
        # Facebook's exports do not hold image descriptions: unknown (None), never "missing".
        media=media,
    )


def _month(value: Any) -> str:
    moment = when(value)
    return moment.strftime("%b %Y") if moment else ""


def parse_profile(value: Any) -> Profile:
    """``profile_information.json`` (``profile`` or ``profile_v2``): name, city, work, websites."""
    profile = next((v for v in value.values() if isinstance(v, Mapping)), {}) if isinstance(value, Mapping) else {}
    name = profile.get("name")
    full_name = text(name.get("full_name")).strip() if isinstance(name, Mapping) else text(name).strip()
    username = text(profile.get("username")).strip()
    positions = tuple(
        Position(
            company=text(job.get("employer")).strip(),
            title=text(job.get("title")).strip(),
            started_on=_month(job.get("start_timestamp")),
            finished_on=_month(job.get("end_timestamp")) or None,
        )
        for job in profile.get("work_experiences") or profile.get("work") or []
        if isinstance(job, Mapping) and text(job.get("employer")).strip()
    )
    websites = [
        text(site.get("address")).strip() if isinstance(site, Mapping) else text(site).strip()
        for site in profile.get("websites") or []
    ]
    city = profile.get("current_city")
    intro = profile.get("intro_bio") or profile.get("about_me") or profile.get("bio")
    current = next((p for p in positions if p.is_current), None)
    return Profile(
        network=Network.FACEBOOK,
        handle=username or full_name or "Facebook profile",
        url=f"{WEB_BASE}/{username}" if username else "",
        display_name=full_name,
        bio=(text(intro.get("text") or intro.get("name")) if isinstance(intro, Mapping) else text(intro)).strip(),
        employer=current.company if current else "",
        location=text(city.get("name")).strip() if isinstance(city, Mapping) else "",
        links=tuple(Link(url=site, label="Website") for site in websites if site),
        created_at=when(profile.get("registration_timestamp")),
        positions=positions,
        read=value is not None,
    )


LAYOUT = ExportLayout(
    profile=Holds.FACEBOOK_PROFILE,
    posts=(Holds.FACEBOOK_POSTS,),
    followers=Holds.FACEBOOK_FOLLOWERS,
    following=Holds.FACEBOOK_FOLLOWING,
    also_audience=Holds.FACEBOOK_FRIENDS,
)


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:  # noqa: ARG001
    """``client`` is unused: the export is a local file."""
    return read_export(
        account.handle,
        Network.FACEBOOK,
        LAYOUT,
        profile=lambda value, _export: parse_profile(value),
        post=parse_post,
        context=context,
    )
