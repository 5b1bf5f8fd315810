"""A loopback LanguageTool server that answers with recorded real responses.

``/v2/languages`` gives the recorded language list; ``/v2/check`` gives the recorded response
whose request text (and language) matches, or an empty result for any other text. Every request's
form fields are kept in ``log`` so tests can see what the client sent (an API key, say).
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures" / "languagetool"


def _recorded() -> tuple[list[tuple[dict[str, str], Any]], Any]:
    checks, languages = [], None
    for entry in json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8")):
        body = json.loads((FIXTURES / entry["file"]).read_text(encoding="utf-8"))
        if entry["endpoint"] == "/v2/languages":
            languages = body
        elif entry["params"].get("text") is not None:
            checks.append((entry["params"], body))
    return checks, languages


class LanguageToolReplay(ThreadingHTTPServer):
    def __init__(self, delay_s: float = 0.0, status: int = 200) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.checks, self.languages = _recorded()
        self.delay_s = delay_s
        self.status = status
        self.log: list[dict[str, str]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


class _Handler(BaseHTTPRequestHandler):
    server: LanguageToolReplay

    def _reply(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode() if not isinstance(body, bytes) else body
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if not isinstance(body, bytes) else "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = dict(urllib.parse.parse_qsl(url.query))
        if self.command == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            params.update(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
        self.server.log.append({"path": url.path, **params})
        if self.server.delay_s:
            time.sleep(self.server.delay_s)
        if url.path.endswith("/v2/languages"):
            self._reply(200, self.server.languages)
            return
        if self.server.status != 200:
            self._reply(self.server.status, b"Error: the server is having a bad day")
            return
        for recorded, body in self.server.checks:
            if recorded.get("text") == params.get("text"):
                self._reply(200, body)
                return
        self._reply(200, {"software": {"name": "LanguageTool"}, "matches": []})

    do_GET = _handle
    do_POST = _handle

    def log_message(self, *_: object) -> None:
        pass


@contextmanager
def languagetool_server(delay_s: float = 0.0, status: int = 200) -> Iterator[LanguageToolReplay]:
    server = LanguageToolReplay(delay_s, status)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
