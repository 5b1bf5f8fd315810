"""Threads, read from the Threads data in the Instagram export; drafts open in Threads' post intent."""

from __future__ import annotations

from urllib.parse import quote

from advocacy.domain.models import Network
from advocacy.networks.adapter import NetworkAdapter
from advocacy.networks.threads.count import count_threads
from advocacy.networks.threads.export import fetch


def share_link(text: str, _server: str | None) -> str:
    return f"https://www.threads.com/intent/post?text={quote(text, safe='')}"


ADAPTER = NetworkAdapter(Network.THREADS, fetch=fetch, count=count_threads, share_link=share_link)
