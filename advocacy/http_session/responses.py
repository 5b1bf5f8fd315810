"""What came back: a read response, a cached one, and an HTTP error status."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import requests

from advocacy.errors import FetchError, MalformedResponse
from advocacy.http_session.origins import host_of


class HttpStatusError(FetchError):
    """``detail`` holds the start of the error body, for sources to interpret; it is never shown."""

    def __init__(self, user_message: str, status: int, detail: str = "") -> None:
        super().__init__(user_message)
        self.status = status
        self.detail = detail
        self.headers: dict[str, str] = {}


class NotSent(FetchError):
    """A request with a body never left: the connection was refused or never made. Nothing arrived."""


@dataclass(frozen=True)
class CachedEntry:
    etag: str | None
    last_modified: str | None
    body: bytes
    headers: Mapping[str, str]


class ConditionalCache(Protocol):
    def get(self, key: str) -> CachedEntry | None: ...

    def put(self, key: str, entry: CachedEntry) -> None: ...


@dataclass(frozen=True)
class HttpResponse:
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    revalidated: bool = False  # True when the server said 304 and the body came from our cache
    links: Mapping[str, str] = field(default_factory=dict)

    def json(self, what: str) -> Any:
        try:
            return json.loads(self.body)
        except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
            if "html" in self.headers.get("content-type", "") or self.body.lstrip()[:1] == b"<":
                raise MalformedResponse(
                    f"{host_of(self.url)} sent a web page instead of {what} (down for maintenance?)."
                ) from None
            raise MalformedResponse(f"{host_of(self.url)} sent something that cannot be read as {what}.") from None

    def text(self) -> str:
        charset = "utf-8"
        content_type = self.headers.get("content-type", "")
        if "charset=" in content_type:
            charset = content_type.split("charset=", 1)[1].split(";")[0].strip().strip('"') or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


def parse_links(header: str | None) -> dict[str, str]:
    if not header:
        return {}
    links: dict[str, str] = {}
    for link in requests.utils.parse_header_links(header):
        rel = link.get("rel")
        url = link.get("url")
        if rel and url:
            for name in rel.split():
                links.setdefault(name, url)
    return links
