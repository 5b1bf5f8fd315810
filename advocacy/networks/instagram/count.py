"""Count a caption as Instagram does: 2,200 characters and at most 30 hashtags; the feed shows the
first 125 characters or so before "more", and links in a caption cannot be clicked."""

from __future__ import annotations

import re

from advocacy.domain.models import Network
from advocacy.sharing.counting import Count, first_invalid, is_blank

INSTAGRAM_LIMIT = 2200
INSTAGRAM_HASHTAGS = 30
INSTAGRAM_FOLD_CHARS = 125
_HASHTAG = re.compile(r"(?<![\w&])#\w+")
_LINK = re.compile(r"https?://\S+")


def count_instagram(text: str, limit: int | None = None) -> Count:
    hashtags = len(_HASHTAG.findall(text))
    invalid = first_invalid(text)
    if not invalid and hashtags > INSTAGRAM_HASHTAGS:
        invalid = f"{hashtags} hashtags (at most {INSTAGRAM_HASHTAGS})"
    fold = min(INSTAGRAM_FOLD_CHARS, len(text))
    notes = ["it needs a photo or video to post"]
    if _LINK.search(text):
        notes.append("links in a caption cannot be clicked: say “link in bio”")
    return Count(
        Network.INSTAGRAM,
        len(text),
        limit or INSTAGRAM_LIMIT,
        "characters",
        "; ".join(notes),
        invalid=invalid,
        blank=is_blank(text),
        fold=fold,
    )
