"""Bluesky rich text: links shown shortened, with facets (UTF-8 byte ranges) that keep the full target."""

from __future__ import annotations

from dataclasses import dataclass

import regex

URL = regex.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")
HASHTAG = regex.compile(r"(?<![\w#])#(\p{L}[\p{L}\p{N}_]*)")
SHORT_LINK_CHARS = 30
_ELLIPSIS = "…"


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
