"""A loopback HTTP server that records every request it gets, for tests of where credentials go.

Two of them (two ports) are two origins; one reached as ``127.0.0.1`` and as ``localhost`` is two
origins too. Routes answer with a fixed (status, headers, body), with ``{other}`` in a header or
the body replaced by the other origin's address, so a server can point a client elsewhere.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Seen:
    method: str
    host: str  # the Host header: which origin the client thought it was talking to
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Route:
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    body: str = "{}"


class RecordingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.other = ""

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def route(self, path: str, status: int = 200, body: str = "{}", **headers: str) -> None:
        self.routes[path] = Route(status, {"Content-Type": "application/json", **headers}, body)

    def secrets_seen(self, *secrets: str) -> list[Seen]:
        """Requests that carried any of ``secrets`` anywhere: a header, the path or the body."""
        return [
            s
            for s in self.seen
            if any(secret in f"{s.path} {s.headers} " or secret.encode() in s.body for secret in secrets)
        ]


class _Handler(BaseHTTPRequestHandler):
    server: RecordingServer

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append(
            Seen(self.command, self.headers.get("Host", ""), self.path, {k: v for k, v in self.headers.items()}, body)
        )
        route = self.server.routes.get(self.path.split("?", 1)[0], Route(404, body='{"error": "not here"}'))
        data = route.body.replace("{other}", self.server.other).encode()
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value.replace("{other}", self.server.other))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_HEAD = _handle

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def two_origins() -> Iterator[tuple[RecordingServer, RecordingServer]]:
    """(home, elsewhere): ``{other}`` in home's answers means elsewhere's address and vice versa."""
    home, elsewhere = RecordingServer(), RecordingServer()
    home.other, elsewhere.other = elsewhere.url, home.url
    threads = [
        threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True) for s in (home, elsewhere)
    ]
    for thread in threads:
        thread.start()
    try:
        yield home, elsewhere
    finally:
        for server in (home, elsewhere):
            server.shutdown()
            server.server_close()
