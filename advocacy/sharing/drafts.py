"""Drafts of a post per network: tracked links, a disclosure for the employer's items, exact fit."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import regex

from advocacy.domain.models import Network
from advocacy.sharing.counting import URL, count

NEAR_COPY_RATIO = 0.9
SHORT_LINK_CHARS = 30  # Bluesky shows links shortened; the facet keeps the whole address
HASHTAG = regex.compile(r"(?<![\w#])#(\p{L}[\p{L}\p{N}_]*)")
_ELLIPSIS = "…"


def add_tracking(url: str, *, network: Network, medium: str = "social", campaign: str = "advocacy") -> str:
    """Set utm_source/utm_medium/utm_campaign, keeping every other parameter and the fragment."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("utm_")]
    query += [("utm_source", network.value), ("utm_medium", medium), ("utm_campaign", campaign)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def near_copy(final: str, suggested: str) -> bool:
    """Identical posts from many employees are what readers dislike most: say so and invite an angle."""
    if not suggested.strip():
        return False
    ratio = difflib.SequenceMatcher(None, " ".join(final.lower().split()), " ".join(suggested.lower().split())).ratio()
    return ratio >= NEAR_COPY_RATIO


@dataclass(frozen=True)
class Facet:
    """A Bluesky rich-text facet: a UTF-8 byte range of the text and what it is."""

    byte_start: int
    byte_end: int
    kind: str  # "link" or "tag"
    value: str  # the full URL, or the tag without '#'

    def as_record(self) -> dict[str, object]:
        feature: dict[str, object] = (
            {"$type": "app.bsky.richtext.facet#link", "uri": self.value}
            if self.kind == "link"
            else {"$type": "app.bsky.richtext.facet#tag", "tag": self.value}
        )
        return {"index": {"byteStart": self.byte_start, "byteEnd": self.byte_end}, "features": [feature]}


def _short_link(url: str) -> str:
    shown = regex.sub(r"^https?://(www\.)?", "", url)
    return shown if len(shown) <= SHORT_LINK_CHARS else shown[: SHORT_LINK_CHARS - 1] + _ELLIPSIS


def bluesky_text_and_facets(text: str) -> tuple[str, tuple[Facet, ...]]:
    """Links shortened in the visible text; facets carry the full URL, offsets in UTF-8 bytes."""
    visible_parts: list[str] = []
    facets: list[Facet] = []
    position = 0
    byte_length = 0
    for match in URL.finditer(text):
        before = text[position : match.start()]
        visible_parts.append(before)
        byte_length += len(before.encode("utf-8"))
        shown = _short_link(match.group(0))
        start = byte_length
        byte_length += len(shown.encode("utf-8"))
        facets.append(Facet(start, byte_length, "link", match.group(0)))
        visible_parts.append(shown)
        position = match.end()
    visible_parts.append(text[position:])
    visible = "".join(visible_parts)
    for match in HASHTAG.finditer(visible):
        start = len(visible[: match.start()].encode("utf-8"))
        facets.append(Facet(start, start + len(match.group(0).encode("utf-8")), "tag", match.group(1)))
    return visible, tuple(sorted(facets, key=lambda f: f.byte_start))


@dataclass(frozen=True)
class Draft:
    network: Network
    text: str  # as the user edits it, full links included (Bluesky shortens them when counting and posting)
    fits: bool
    length: int
    limit: int
    facets: tuple[Facet, ...] = ()
    note: str = ""


def draft_for(
    network: Network,
    *,
    caption: str,
    url: str | None,
    disclosure: str | None,
    campaign: str = "advocacy",
    mastodon_limit: int | None = None,
) -> Draft:
    """Caption, tracked link and disclosure; the caption is shortened (never the link or the
    disclosure) until the whole fits the network exactly as it counts."""
    link = add_tracking(url, network=network, campaign=campaign) if url else ""
    tail = " ".join(part for part in (link, disclosure or "") if part)
    words = caption.split()
    for keep in range(len(words), -1, -1):
        head = " ".join(words[:keep]) + (_ELLIPSIS if keep < len(words) else "")
        text = " ".join(part for part in (head.strip(), tail) if part and part != _ELLIPSIS)
        visible, facets = bluesky_text_and_facets(text) if network is Network.BLUESKY else (text, ())
        counted = count(network, visible, mastodon_limit=mastodon_limit)
        if counted.fits:
            note = "" if keep == len(words) else "The caption was shortened to fit."
            return Draft(network, text, True, counted.length, counted.limit, facets, note)
    visible, facets = bluesky_text_and_facets(tail) if network is Network.BLUESKY else (tail, ())
    counted = count(network, visible, mastodon_limit=mastodon_limit)
    return Draft(
        network,
        tail,
        counted.fits,
        counted.length,
        counted.limit,
        facets,
        "Even the link and the disclosure alone do not fit.",
    )
