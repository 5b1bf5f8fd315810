"""Small facts about web addresses that the rules need, kept with the domain so the rules stay pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit


def site_of(url: str) -> str | None:
    """``scheme://host[:port]`` of an address, or ``None`` when it has none (a bare handle, garbage)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None


def on_domains(url: str, domains: Iterable[str]) -> bool:
    """The address is on one of ``domains`` or a subdomain of one (``blog.acme.example`` is on
    ``acme.example``; ``notacme.example`` is not). A scheme is optional, as people write links."""
    host = re.sub(r"^https?://", "", url.strip().lower()).split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    host = host.rsplit("@", 1)[-1].split(":", 1)[0]
    return any(host == d or host.endswith("." + d) for d in (domain.lower().strip(".") for domain in domains) if d)
