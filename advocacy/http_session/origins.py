"""Origins (scheme, host, port) and the credential bound to one of them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from advocacy.errors import FetchError

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 10
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) with the default port made explicit; ``None`` for anything not http(s)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname.lower().rstrip("."), port if port is not None else _DEFAULT_PORTS[scheme]


@dataclass(frozen=True)
class Credential:
    """A secret bound to the one origin (scheme, host, port) it was configured for.

    The client adds ``headers`` to a request only when the request's URL has exactly that origin,
    checked again at every redirect hop, so a pagination link, a redirect or any URL a server put in
    its answer never carries the secret anywhere else: across origins a GET goes without it, and a
    request with a body (a login, a post) is not sent at all.
    """

    origin: tuple[str, str, int]
    headers: Mapping[str, str]

    @classmethod
    def bearer(cls, base_url: str, token: str) -> Credential:
        origin = origin_of(base_url)
        if origin is None:
            raise FetchError(f"The address {host_of(base_url)} is not an http:// or https:// address.")
        return cls(origin, {"Authorization": f"Bearer {token}"})

    def applies_to(self, url: str) -> bool:
        return origin_of(url) == self.origin

    def __repr__(self) -> str:  # never the secret, even in a debugger or a log line
        return f"Credential(origin={self.origin!r})"


def origin_text(url: str) -> str:
    """``https://host:port`` as the user would write it: the scheme matters when only it changes."""
    origin = origin_of(url)
    if origin is None:
        return host_of(url)
    scheme, host, port = origin
    return f"{scheme}://{host}" + ("" if port == _DEFAULT_PORTS[scheme] else f":{port}")


def host_of(url: str) -> str:
    return urlsplit(url).netloc or url
