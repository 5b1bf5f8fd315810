"""X (Twitter), read from the archive the person downloads."""

from __future__ import annotations

from urllib.parse import quote

from advocacy.domain.models import Network
from advocacy.networks.adapter import NetworkAdapter
from advocacy.networks.x.archive import fetch
from advocacy.networks.x.count import count_x


def share_link(text: str, _server: str | None) -> str:
    return f"https://x.com/intent/post?text={quote(text, safe='')}"


ADAPTER = NetworkAdapter(Network.X, fetch=fetch, count=count_x, share_link=share_link)
