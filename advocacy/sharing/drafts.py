"""Drafts of a post per network: tracked links, a disclosure for the employer's items, exact fit."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from advocacy.domain.models import Network
from advocacy.sharing.counting import Count

NEAR_COPY_RATIO = 0.9
_ELLIPSIS = "…"


def add_tracking(url: str, *, network: Network, medium: str = "social", campaign: str = "advocacy") -> str:
    """Set utm_source/utm_medium/utm_campaign, keeping every other parameter and the fragment."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("utm_")]
    query += [("utm_source", network.value), ("utm_medium", medium), ("utm_campaign", campaign)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


_TRACKED = re.compile(r"https?://\S*[?&]utm_[a-z]+=", re.IGNORECASE)


def tracking_note(text: str) -> str | None:
    """What the utm_… tail of a link is, in words, for a draft that has one; None otherwise."""
    if not _TRACKED.search(text):
        return None
    return (
        "The link ends in tracking tags (utm_…): they only tell your company how many visits came from "
        "posts like yours. The link works the same without them, so you may delete them."
    )


def near_copy(final: str, suggested: str) -> bool:
    """Identical posts from many employees are what readers dislike most: say so and invite an angle."""
    if not suggested.strip():
        return False
    ratio = difflib.SequenceMatcher(None, " ".join(final.lower().split()), " ".join(suggested.lower().split())).ratio()
    return ratio >= NEAR_COPY_RATIO


@dataclass(frozen=True)
class Draft:
    network: Network
    text: str  # as the user edits it, full links included (Bluesky shortens them when counting and posting)
    fits: bool
    length: int
    limit: int
    note: str = ""


def draft_for(
    network: Network,
    *,
    caption: str,
    url: str | None,
    disclosure: str | None,
    campaign: str = "advocacy",
    count: Callable[[str], Count],
    track: bool = True,
) -> Draft:
    """Caption, link and disclosure; the caption is shortened (never the link or the disclosure)
    until the whole fits the network exactly as it counts. ``track`` adds the utm tags: only the
    company's own sites read them, so another site's link (a post, a news article) stays as it is."""
    link = (add_tracking(url, network=network, campaign=campaign) if track else url) if url else ""
    # The disclosure on a line of its own: glued to a tracked link it reads as part of the address.
    tail = "\n\n".join(part for part in (link, disclosure or "") if part)
    words = caption.split()
    for keep in range(len(words), -1, -1):
        head = " ".join(words[:keep]) + (_ELLIPSIS if keep < len(words) else "")
        text = "\n".join(part for part in (head.strip(), tail) if part and part != _ELLIPSIS)
        counted = count(text)
        if counted.fits:
            note = "" if keep == len(words) else "The caption was shortened to fit."
            return Draft(network, text, True, counted.length, counted.limit, note)
    counted = count(tail)
    return Draft(
        network, tail, counted.fits, counted.length, counted.limit, "Even the link and the disclosure alone do not fit."
    )
