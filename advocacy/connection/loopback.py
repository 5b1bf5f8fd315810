"""The one-shot listener a browser sign-in comes back to: ``http://127.0.0.1:<port>/callback``.

A desktop app cannot keep a secret, so it signs in as RFC 8252 says native apps should: the server's
own page in the person's browser, which sends the answer to a listener on this computer's loopback
address. It listens on 127.0.0.1 only (never on the network), for the first answer only, and for a
limited time; the browser gets a short page saying it can close the tab. Nothing it receives is
logged: the query holds the authorization code.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from advocacy.cancellation import CancelToken
from advocacy.errors import AdvocacyError

log = logging.getLogger(__name__)

CALLBACK_PATH = "/callback"
LOOPBACK = "127.0.0.1"
PATIENCE = 300.0  # seconds: time to sign in on the server, two-factor code included
_POLL = 0.1  # how often a wait looks at its cancel token


@dataclass(frozen=True)
class Callback:
    """What the browser brought back. ``state_matches``: it answers the sign-in this listener was
    opened for; an answer that does not is refused whatever else it holds."""

    state_matches: bool
    code: str | None = None
    error: str | None = None  # "access_denied" when the person said no


class SignInTimedOut(AdvocacyError):
    pass


def _page(sentence: str) -> bytes:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Advocacy</title></head>'
        '<body style="font-family: sans-serif; margin: 3em; max-width: 36em">'
        f"<p>{escape(sentence)}</p><p><strong>You can close this tab.</strong></p></body></html>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    server: _OneShotServer
    timeout = 10  # an idle connection (a browser's speculative preconnect) is dropped, not waited on

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH:
            self._answer(404, "There is nothing here; Advocacy waits for the sign-in elsewhere.")
            return
        query = {key: values[0] for key, values in parse_qs(parts.query, keep_blank_values=True).items()}
        self._answer(200, self.server.take(query))

    def _answer(self, status: int, sentence: str) -> None:
        body = _page(sentence)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")  # the address holds the code
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """The request line holds the authorization code: it is never logged."""


class _OneShotServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, state: str) -> None:
        super().__init__((LOOPBACK, port), _Handler)
        self._state = state
        self._lock = threading.Lock()
        self.answered = threading.Event()
        self.callback: Callback | None = None

    def take(self, query: dict[str, str]) -> str:
        """Keep the first answer; say in the browser what became of it."""
        with self._lock:
            if self.callback is not None:
                return "This sign-in is already over; Advocacy shows how it went."
            matches = hmac.compare_digest(query.get("state", "").encode(), self._state.encode())
            self.callback = Callback(matches, code=query.get("code") or None, error=query.get("error") or None)
        self.answered.set()
        if not matches:
            return "This answer was not for the sign-in Advocacy started, so Advocacy refused it."
        if self.callback.error == "access_denied":
            return "You did not allow Advocacy, so nothing was connected."
        if self.callback.error or not self.callback.code:
            return "The server did not finish the sign-in, so nothing was connected."
        return "Advocacy has your approval and is finishing the connection; it says there when it is done."


def _duration(seconds: float) -> str:
    amount, unit = (round(seconds / 60), "minute") if seconds >= 60 else (max(1, round(seconds)), "second")
    return f"{amount} {unit}{'s' if amount != 1 else ''}"


class RedirectListener:
    """Listens from construction until ``close``; ``wait`` returns the first answer.

    ``port``: the one to listen on if it is free (a server's app registration names its redirect
    address, port included, so the same port lets it be used again); any free port otherwise."""

    def __init__(self, state: str, *, port: int = 0) -> None:
        try:
            self._server = _OneShotServer(port, state)
        except OSError:
            try:
                self._server = _OneShotServer(0, state)  # taken by something else: any free port
            except OSError:
                raise AdvocacyError(
                    "The app could not listen on this computer for your browser's answer; paste a token instead."
                ) from None
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": _POLL}, name="sign-in-listener", daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://{LOOPBACK}:{self.port}{CALLBACK_PATH}"

    def wait(self, *, cancel: CancelToken, timeout: float = PATIENCE) -> Callback:
        deadline = time.monotonic() + timeout
        while not self._server.answered.wait(_POLL):
            cancel.raise_if_cancelled()
            if time.monotonic() > deadline:
                raise SignInTimedOut(
                    f"No answer came back from your browser within {_duration(timeout)}, so nothing was saved; "
                    "press Connect… to try again."
                )
        callback = self._server.callback
        assert callback is not None  # set before the event
        return callback

    def close(self) -> None:
        """Stop listening; idempotent."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> RedirectListener:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
