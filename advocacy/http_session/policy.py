"""How patient and polite the client is: timeouts, retries, body cap, and one turn per host."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import requests

from advocacy import APP_NAME, __version__

USER_AGENT = f"{APP_NAME}/{__version__} (desktop profile audit; +https://example.invalid/advocacy)"
RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class HttpPolicy:
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    max_retries: int = 3
    max_body_bytes: int = 5 * 1024 * 1024
    # A server asking us to wait longer than this gets a clear "try later" instead of a frozen audit.
    max_wait_seconds: float = 60.0
    backoff_base_seconds: float = 0.5
    # The read timeout applies to each read; a server dripping a byte at a time never trips it.
    max_response_seconds: float = 60.0


class HostLimiter:
    """At most ``per_host`` requests in flight to any one host, across every fetch thread.

    Sources run in parallel; when two of them live on one server (a Mastodon instance that also
    hosts the blog, say), they must take turns rather than double the load on it.
    """

    def __init__(self, per_host: int = 2) -> None:
        self._per_host = per_host
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    def slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            if host not in self._slots:
                self._slots[host] = threading.BoundedSemaphore(self._per_host)
            return self._slots[host]


def make_session() -> requests.Session:
    """A session with our User-Agent. Each fetch thread gets its own: sessions are not thread-safe."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.max_redirects = 10
    return session
