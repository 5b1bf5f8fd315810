"""Small facts about web addresses that the rules need, kept with the domain so the rules stay pure."""

from __future__ import annotations

from urllib.parse import urlsplit


def site_of(url: str) -> str | None:
    """``scheme://host[:port]`` of an address, or ``None`` when it has none (a bare handle, garbage)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None
