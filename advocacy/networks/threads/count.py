"""Count a draft as Threads does: 500 characters, at most 5 links in one post."""

from __future__ import annotations

import re

from advocacy.domain.models import Network
from advocacy.sharing.counting import Count, first_invalid, is_blank

THREADS_LIMIT = 500
THREADS_LINKS = 5
_LINK = re.compile(r"https?://\S+")


def count_threads(text: str, limit: int | None = None) -> Count:
    links = len(_LINK.findall(text))
    invalid = first_invalid(text)
    if not invalid and links > THREADS_LINKS:
        invalid = f"{links} links (at most {THREADS_LINKS})"
    return Count(
        Network.THREADS, len(text), limit or THREADS_LIMIT, "characters", invalid=invalid, blank=is_blank(text)
    )
