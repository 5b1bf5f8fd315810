"""LinkedIn, read from the data export the person downloads (LinkedIn has no public reading API)."""

from __future__ import annotations

from urllib.parse import quote

from advocacy.domain.models import Network
from advocacy.networks.adapter import NetworkAdapter
from advocacy.networks.linkedin.count import count_linkedin
from advocacy.networks.linkedin.export import fetch


def share_link(text: str, _server: str | None) -> str:
    return f"https://www.linkedin.com/feed/?shareActive=true&text={quote(text, safe='')}"


ADAPTER = NetworkAdapter(Network.LINKEDIN, fetch=fetch, count=count_linkedin, share_link=share_link)
