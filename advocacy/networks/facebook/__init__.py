"""Facebook, read from the "Download your information" export (Facebook has no public reading API)."""

from __future__ import annotations

import re
from urllib.parse import quote

from advocacy.domain.models import Network
from advocacy.errors import NoShareLink
from advocacy.networks.adapter import NetworkAdapter
from advocacy.networks.facebook.count import count_facebook
from advocacy.networks.facebook.export import fetch

_LINK = re.compile(r"https?://[^\s<>\"]+")


def share_link(text: str, _server: str | None) -> str:
    """Facebook's share page takes a link and nothing else: the draft's first link."""
    found = _LINK.search(text)
    if found is None:
        raise NoShareLink(
            "Facebook's share page takes only a link, and this draft has none: copy the text and post it on Facebook."
        )
    return f"https://www.facebook.com/sharer/sharer.php?u={quote(found.group().rstrip('.,;:!?)'), safe='')}"


ADAPTER = NetworkAdapter(Network.FACEBOOK, fetch=fetch, count=count_facebook, share_link=share_link)
