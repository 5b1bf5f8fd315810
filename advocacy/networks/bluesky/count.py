"""Count a draft as Bluesky does: 300 grapheme clusters and 3,000 UTF-8 bytes of the text as posted
(links shortened, their facets keep the full address)."""

from __future__ import annotations

from advocacy.domain.models import Network
from advocacy.sharing.counting import Count, countable, first_invalid, graphemes, is_blank
from advocacy.sharing.richtext import bluesky_text_and_facets

BLUESKY_GRAPHEMES = 300
BLUESKY_BYTES = 3000


def count_bluesky(text: str, limit: int | None = None, *, shorten_links: bool = True) -> Count:
    """Counted as posted: links appear shortened (their facets keep the full address)."""
    invalid, blank = first_invalid(text), is_blank(text)
    text = countable(text)
    if shorten_links:
        text = bluesky_text_and_facets(text)[0]
    size = len(text.encode("utf-8"))
    extra = f"{size:,} of {BLUESKY_BYTES:,} bytes"
    length = graphemes(text)
    return Count(
        Network.BLUESKY, length, limit or BLUESKY_GRAPHEMES, "characters", extra, size, BLUESKY_BYTES, invalid, blank
    )
