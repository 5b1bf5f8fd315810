"""Replay of the sample's recorded responses at the transport level (a ``requests`` adapter), so the
sample exercises the same HTTP client, sources and parsers as a real audit, and never touches the network.
"""

from __future__ import annotations

import io
import json
from importlib.resources.abc import Traversable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from advocacy.http_session import make_session
from advocacy.sample import sample_dir


def canonical_url(url: str) -> str:
    parts = urlsplit(url)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/") or "/", query, ""))


class ReplayAdapter(BaseAdapter):
    """Answers GET requests from a manifest of recorded responses; anything else is a 404."""

    def __init__(self, root: Traversable) -> None:
        super().__init__()
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        self._root = root
        self._routes: dict[str, dict[str, Any]] = {canonical_url(route["url"]): route for route in manifest["routes"]}

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,  # noqa: ARG002 - the whole body is in memory either way
        timeout: object = None,  # noqa: ARG002 - nothing to wait for
        verify: object = True,  # noqa: ARG002
        cert: object = None,  # noqa: ARG002
        proxies: object = None,  # noqa: ARG002
    ) -> requests.Response:
        route = self._routes.get(canonical_url(request.url or "")) if request.method == "GET" else None
        response = requests.Response()
        response.request = request
        response.url = request.url or ""
        if route is None:
            response.status_code = 404
            body = b'{"error":"Record not found"}'
            headers: dict[str, str] = {}
        else:
            response.status_code = int(route.get("status", 200))
            body = (self._root / route["body_file"]).read_bytes()
            headers = dict(route.get("headers", {}))
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
        headers["Content-Length"] = str(len(body))
        response.headers = CaseInsensitiveDict(headers)
        response.raw = io.BytesIO(body)
        response.encoding = "utf-8"
        return response

    def close(self) -> None:
        pass


def sample_session() -> requests.Session:
    session = make_session()
    adapter = ReplayAdapter(sample_dir() / "http")
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
