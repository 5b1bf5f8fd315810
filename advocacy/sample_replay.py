"""Replay of the sample's recorded responses at the transport level (a ``requests`` adapter), so the
sample exercises the same HTTP client, sources and parsers as a real audit, and never touches the network.

The bodies were written as of the manifest's ``recorded_on`` day. So that the sample never grows
old, the replay moves every date in them (``2026-11-20`` alone or in a timestamp, and the RFC 822
dates of RSS) forward by the whole days since then: the fictional person posted "two days ago" on
any day the sample is opened, and the audit finds the same things every time. The LinkedIn export
and the X archive are files, read as they are: they are snapshots, and their dates are chosen so
their findings hold whatever the day.
"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from advocacy.http_session import make_session
from advocacy.sample import sample_dir

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ISO_DAY = re.compile(rb"(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])")
_RFC822_DAY = re.compile(
    rb"\b(?:" + "|".join(_WEEKDAYS).encode() + rb"), ([0-9]{1,2}) (" + "|".join(_MONTHS).encode() + rb") ([0-9]{4})\b"
)


def canonical_url(url: str) -> str:
    parts = urlsplit(url)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/") or "/", query, ""))


def shift_dates(body: bytes, days: int) -> bytes:
    """``body`` with every calendar date moved by ``days`` (times of day and zones kept as written)."""
    if days == 0:
        return body
    delta = timedelta(days=days)

    def iso(match: re.Match[bytes]) -> bytes:
        try:
            day = date(int(match[1]), int(match[2]), int(match[3])) + delta
        except (ValueError, OverflowError):
            return match[0]  # not a date after all
        return day.isoformat().encode()

    def rfc822(match: re.Match[bytes]) -> bytes:
        try:
            day = date(int(match[3]), _MONTHS.index(match[2].decode()) + 1, int(match[1])) + delta
        except (ValueError, OverflowError):
            return match[0]
        return f"{_WEEKDAYS[day.weekday()]}, {day.day:02d} {_MONTHS[day.month - 1]} {day.year}".encode()

    return _RFC822_DAY.sub(rfc822, _ISO_DAY.sub(iso, body))


class ReplayAdapter(BaseAdapter):
    """Answers GET requests from a manifest of recorded responses; anything else is a 404.

    ``today`` is the day the replay pretends it is (the real one unless a test says otherwise)."""

    def __init__(self, root: Path, *, today: date | None = None) -> None:
        super().__init__()
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        self._root = root
        self._routes: dict[str, dict[str, Any]] = {canonical_url(route["url"]): route for route in manifest["routes"]}
        recorded = manifest.get("recorded_on")
        today = today or datetime.now(UTC).date()
        self.shift_days = (today - date.fromisoformat(recorded)).days if recorded else 0

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
            body = shift_dates((self._root / route["body_file"]).read_bytes(), self.shift_days)
            headers = dict(route.get("headers", {}))
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
        headers["Content-Length"] = str(len(body))
        response.headers = CaseInsensitiveDict(headers)
        response.raw = io.BytesIO(body)
        response.encoding = "utf-8"
        return response

    def close(self) -> None:
        pass


def sample_session(*, today: date | None = None) -> requests.Session:
    session = make_session()
    adapter = ReplayAdapter(sample_dir() / "http", today=today)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
