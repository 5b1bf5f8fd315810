"""The one way every source talks HTTP.

``make_session()`` builds a ``requests.Session`` with our User-Agent; ``HttpClient`` wraps it with
what every call needs: timeouts, retries with back-off that honour ``Retry-After`` and Mastodon's
ISO-8601 ``X-RateLimit-Reset``, a cap on body size, conditional requests (ETag/Last-Modified), and
cancellation between requests. Failures come out as ``FetchError`` subclasses whose message is one
sentence naming the host, never a URL with credentials or a header value.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
import urllib3

from advocacy import APP_NAME, __version__
from advocacy.cancellation import CancelToken
from advocacy.errors import FetchError, MalformedResponse, RateLimited, ResponseTooLarge

log = logging.getLogger(__name__)

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


class _SendTimeout(Exception):
    """A request with a body was sent and not answered in time: it may have arrived."""


class _SendFailed(Exception):
    """A request with a body could not be sent at all."""


class HttpStatusError(FetchError):
    """``detail`` holds the start of the error body, for sources to interpret; it is never shown."""

    def __init__(self, user_message: str, status: int, detail: str = "") -> None:
        super().__init__(user_message)
        self.status = status
        self.detail = detail
        self.headers: dict[str, str] = {}


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
            raise MalformedResponse(f"{host_of(self.url)} sent something that is not valid JSON for {what}.") from None

    def text(self) -> str:
        charset = "utf-8"
        content_type = self.headers.get("content-type", "")
        if "charset=" in content_type:
            charset = content_type.split("charset=", 1)[1].split(";")[0].strip().strip('"') or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


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


def _seconds(value: float) -> str:
    return "1 second" if value == 1 else f"{value:g} seconds"


def _size(value: int) -> str:
    return f"{value / 2**20:g} MB" if value >= 2**20 else f"{max(1, round(value / 1024))} KB"


def _origin_text(url: str) -> str:
    """``https://host:port`` as the user would write it: the scheme matters when only it changes."""
    origin = origin_of(url)
    if origin is None:
        return host_of(url)
    scheme, host, port = origin
    return f"{scheme}://{host}" + ("" if port == _DEFAULT_PORTS[scheme] else f":{port}")


def host_of(url: str) -> str:
    return urlsplit(url).netloc or url


def make_session() -> requests.Session:
    """A session with our User-Agent. Each fetch thread gets its own: sessions are not thread-safe."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.max_redirects = 10
    return session


def _parse_links(header: str | None) -> dict[str, str]:
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


def _seconds_until(value: str, now: float) -> float | None:
    """Read a wait hint: delta-seconds, an HTTP date, an ISO-8601 time, or epoch seconds."""
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = None
    if number is not None:
        # A big number is an epoch time (GitHub's X-RateLimit-Reset); a small one is a delay.
        return max(0.0, number - now) if number > 10**9 else max(0.0, number)
    when: datetime | None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def wait_hint(headers: Mapping[str, str], status: int, now: float | None = None) -> float | None:
    now = time.time() if now is None else now
    lowered = {k.lower(): v for k, v in headers.items()}
    if "retry-after" in lowered:
        return _seconds_until(lowered["retry-after"], now)
    rate_limited = status == 429 or lowered.get("x-ratelimit-remaining") == "0"
    if rate_limited and "x-ratelimit-reset" in lowered:
        return _seconds_until(lowered["x-ratelimit-reset"], now)
    return None


def _describe_wait(seconds: float) -> str:
    if seconds < 90:
        return f"{round(seconds)} seconds"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} minutes"
    return f"{seconds / 3600:.1f} hours"


class HttpClient:
    """Sends GET requests for one fetch job. Not shared between threads."""

    def __init__(
        self,
        session: requests.Session | None = None,
        *,
        policy: HttpPolicy | None = None,
        cache: ConditionalCache | None = None,
        cancel: CancelToken | None = None,
        limiter: HostLimiter | None = None,
    ) -> None:
        self.session = session or make_session()
        self.limiter = limiter
        self.policy = policy or HttpPolicy()
        self.cache = cache
        self.cancel = cancel or CancelToken()
        self.requests_sent = 0
        self.bytes_received = 0
        self.not_modified = 0
        # Used by every request that names no credential of its own; still only sent to its origin.
        self.credential: Credential | None = None

    def close(self) -> None:
        self.session.close()

    def get_json(
        self,
        url: str,
        *,
        what: str,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
        credential: Credential | None = None,
    ) -> Any:
        return self.get(url, what=what, params=params, headers=headers, credential=credential).json(what)

    def get(
        self,
        url: str,
        *,
        what: str,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
        credential: Credential | None = None,
    ) -> HttpResponse:
        """GET with retries. ``what`` names the thing fetched in error messages ("the profile").

        ``credential`` goes only to its own origin (see ``Credential``); redirects are followed
        hop by hop so each hop is checked, and the final address is the response's ``url``."""
        request_headers = dict(headers or {})
        credential = credential or self.credential
        prepared_url = requests.Request("GET", url, params=params).prepare().url or url
        authenticated = credential is not None and credential.applies_to(prepared_url)
        cache_key = self._cache_key(prepared_url, authenticated)
        cached = self.cache.get(cache_key) if self.cache and cache_key else None
        if cached is not None:
            if cached.etag:
                request_headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                request_headers["If-Modified-Since"] = cached.last_modified

        host = host_of(prepared_url)
        attempt = 0
        started = time.monotonic()
        while True:
            self.cancel.raise_if_cancelled()
            attempt += 1
            response = self._send("GET", prepared_url, request_headers, what, credential=credential, started=started)
            try:
                status = response.status_code
                if status in RETRY_STATUSES and attempt <= self.policy.max_retries:
                    delay = self._retry_delay(response, attempt, host)
                    log.info("HTTP %s from %s; retrying in %.1fs (attempt %d)", status, host, delay, attempt)
                    response.close()
                    self.cancel.sleep(delay)
                    continue
                if status == 304 and cached is not None:
                    self.not_modified += 1
                    return HttpResponse(
                        url=response.url or prepared_url,
                        status=200,
                        headers=dict(cached.headers),
                        body=cached.body,
                        revalidated=True,
                        links=_parse_links(cached.headers.get("link")),
                    )
                if status >= 400:
                    raise self._error_for(response, host, what)
                body = self._read_capped(response, host, what)
            finally:
                response.close()
            result_headers = {k.lower(): v for k, v in response.headers.items()}
            result = HttpResponse(
                url=response.url or prepared_url,
                status=status,
                headers=result_headers,
                body=body,
                links=_parse_links(result_headers.get("link")),
            )
            self._remember(cache_key, result)
            return result

    def post_json(
        self,
        url: str,
        payload: Mapping[str, Any],
        *,
        what: str,
        idempotency_key: str | None = None,
        headers: Mapping[str, str] | None = None,
        credential: Credential | None = None,
    ) -> Any:
        """POST JSON. With an Idempotency-Key the server publishes once however often this is retried,
        which is what makes the retries on 429/5xx (and a later retry after a crash) safe.

        The body may itself hold a secret (a login's password), so a redirect to another origin is
        never followed: the request fails with one sentence instead."""
        request_headers = dict(headers or {})
        credential = credential or self.credential
        if idempotency_key:
            request_headers["Idempotency-Key"] = idempotency_key
        host = host_of(url)
        attempt = 0
        started = time.monotonic()
        while True:
            self.cancel.raise_if_cancelled()
            attempt += 1
            try:
                response = self._send(
                    "POST", url, request_headers, what, credential=credential, started=started, body=dict(payload)
                )
            except _SendTimeout:
                raise FetchError(
                    f"{host} did not confirm {what} in time; it may still have arrived. Retrying is safe."
                ) from None
            except _SendFailed:
                raise FetchError(f"Could not reach {host} to send {what}; nothing was sent twice.") from None
            try:
                if response.status_code in RETRY_STATUSES and attempt <= self.policy.max_retries:
                    delay = self._retry_delay(response, attempt, host)
                    self.cancel.sleep(delay)
                    continue
                if response.status_code >= 400:
                    raise self._error_for(response, host, what)
                body = self._read_capped(response, host, what)
            finally:
                response.close()
            return HttpResponse(url=response.url or url, status=response.status_code, headers={}, body=body).json(what)

    def delete(self, url: str, *, what: str, credential: Credential | None = None) -> None:
        """DELETE, not retried (deleting twice is harmless, but a retry loop here buys nothing).
        Like a request with a body, it never follows a redirect to another origin."""
        host = host_of(url)
        try:
            response = self._send(
                "DELETE", url, {}, what, credential=credential or self.credential, started=time.monotonic(), body={}
            )
        except (_SendTimeout, _SendFailed):
            raise FetchError(f"Could not reach {host} to remove {what}.") from None
        try:
            if response.status_code >= 400:
                raise self._error_for(response, host, what)
        finally:
            response.close()

    def probe(self, url: str) -> tuple[int, str | None]:
        """Status and redirect target of ``url``, without following redirects or reading a body.

        HEAD first; servers that refuse HEAD (405, 501) get a GET whose body is never read.
        """
        host = host_of(url)
        for method in ("HEAD", "GET"):
            self.cancel.raise_if_cancelled()
            self.requests_sent += 1
            try:
                with self._turn(host):
                    response = self.session.request(
                        method,
                        url,
                        timeout=(self.policy.connect_timeout, self.policy.read_timeout),
                        allow_redirects=False,
                        stream=True,
                    )
            except requests.exceptions.RequestException as exc:
                raise FetchError(f"{host} could not be reached ({type(exc).__name__}).") from None
            response.close()
            if method == "HEAD" and response.status_code in (405, 501):
                continue
            location = response.headers.get("location")
            return response.status_code, requests.compat.urljoin(url, location) if location else None
        raise FetchError(f"{host} answered neither HEAD nor GET.")  # pragma: no cover - loop always returns

    def _cache_key(self, url: str, authenticated: bool) -> str | None:
        if self.cache is None:
            return None
        # The identity behind a request changes the answer; key on whether one is sent, never on the secret.
        return f"{'auth' if authenticated else 'anon'} {url}"

    def _remember(self, key: str | None, response: HttpResponse) -> None:
        if self.cache is None or key is None or response.status != 200:
            return
        if "no-store" in response.headers.get("cache-control", "").lower():
            return
        etag = response.headers.get("etag")
        last_modified = response.headers.get("last-modified")
        if etag or last_modified:
            kept = {k: v for k, v in response.headers.items() if k in ("content-type", "link", "etag")}
            self.cache.put(key, CachedEntry(etag, last_modified, response.body, kept))

    @contextlib.contextmanager
    def _turn(self, host: str) -> Iterator[None]:
        """Wait for a turn at ``host`` (the per-host politeness limit), listening for cancel meanwhile.
        The turn covers waiting for the answer; the body is read after, which is quick."""
        if self.limiter is None:
            yield
            return
        slot = self.limiter.slot(host)
        while not slot.acquire(timeout=0.2):
            self.cancel.raise_if_cancelled()
        try:
            yield
        finally:
            slot.release()

    def _error_for(self, response: requests.Response, host: str, what: str) -> FetchError:
        error = self._status_error(response, host, what)
        if isinstance(error, HttpStatusError):
            error.detail = self._error_excerpt(response)
            error.headers = {k.lower(): v for k, v in response.headers.items()}
        return error

    def _send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        what: str,
        *,
        credential: Credential | None,
        started: float,
        body: Mapping[str, Any] | None = None,
    ) -> requests.Response:
        """One request, redirects followed by hand so the credential is checked at every hop.

        A GET follows any redirect to http(s), with the credential only where its origin matches;
        a request with a body follows only a 307/308 on the same origin (the body may hold a secret).
        """
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            hop_headers = dict(headers)
            if credential is not None and credential.applies_to(current):
                hop_headers.update(credential.headers)
            with self._turn(host_of(current)):
                response = self._send_now(method, current, hop_headers, what, started=started, body=body)
            location = response.headers.get("location")
            if response.status_code not in REDIRECT_STATUSES or not location:
                return response
            response.close()
            target = requests.compat.urljoin(current, location)
            if origin_of(target) is None:
                raise FetchError(f"{host_of(current)} redirected {what} to an address that is not a web page.")
            if method != "GET" and (origin_of(target) != origin_of(current) or response.status_code not in (307, 308)):
                raise FetchError(
                    f"{host_of(current)} redirected {what} to {_origin_text(target)}; the app does not follow such "
                    "a redirect, so nothing (and no password or token) was sent there."
                )
            current = target
        raise FetchError(f"{host_of(url)} sent {what} through too many redirects (a redirect loop?).")

    def _send_now(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        what: str,
        *,
        started: float,
        body: Mapping[str, Any] | None,
    ) -> requests.Response:
        self.requests_sent += 1
        host = host_of(url)
        timeout = (self.policy.connect_timeout, self.policy.read_timeout)
        try:
            return self.session.request(
                method, url, headers=headers, json=body, timeout=timeout, stream=True, allow_redirects=False
            )
        except requests.exceptions.ConnectTimeout:
            if body is not None:
                raise _SendFailed from None
            raise FetchError(f"Could not connect to {host} within {_seconds(self.policy.connect_timeout)}.") from None
        except requests.exceptions.ReadTimeout:
            if body is not None:
                raise _SendTimeout from None
            elapsed = time.monotonic() - started  # retries included: the wait the user actually had
            waited = round(elapsed, 1) if elapsed < 10 else round(elapsed)
            raise FetchError(
                f"{host} did not send {what} in time (no answer after {_seconds(waited)} in all)."
            ) from None
        except requests.exceptions.SSLError:
            raise FetchError(f"The secure connection to {host} failed (certificate problem?).") from None
        except requests.exceptions.ConnectionError as exc:
            if body is not None:
                raise _SendFailed from None
            if any(word in str(exc).lower() for word in ("reset", "aborted", "remotedisconnected", "broken pipe")):
                raise FetchError(f"{host} closed the connection unexpectedly; try again later.") from None
            raise FetchError(f"Could not connect to {host} (offline, or the address is wrong?).") from None
        except requests.exceptions.InvalidURL:
            raise FetchError(f"The address for {what} is not a valid URL.") from None
        except requests.exceptions.RequestException as exc:
            if body is not None:
                raise _SendFailed from None
            raise FetchError(f"Fetching {what} from {host} failed ({type(exc).__name__}).") from None
        except UnicodeError:  # requests decodes a redirect's Location as UTF-8, even one it will not follow
            raise FetchError(f"{host} answered {what} with an address that is not readable text.") from None

    def _retry_delay(self, response: requests.Response, attempt: int, host: str) -> float:
        hint = wait_hint(response.headers, response.status_code)
        if hint is not None and hint > self.policy.max_wait_seconds:
            raise RateLimited(f"{host} asks us to wait {_describe_wait(hint)} before trying again.")
        backoff = self.policy.backoff_base_seconds * 2 ** (attempt - 1) * (1 + random.random() / 4)
        return hint if hint is not None else backoff

    def _status_error(self, response: requests.Response, host: str, what: str) -> FetchError:
        status = response.status_code
        if status == 429:
            return RateLimited(
                f"{host} still limits our requests after {self.policy.max_retries} retries; try again later."
            )
        if status == 404:
            # Callers that know what the address was made from (a handle, a path) add their own advice.
            return HttpStatusError(f"{host} has nothing at the address of {what} (HTTP 404).", status)
        if status == 410:
            return HttpStatusError(f"{host} says {what} is gone for good (HTTP 410).", status)
        if status in (401, 403):
            return HttpStatusError(
                f"{host} refused access to {what} (HTTP {status}); it may be private or need a token.", status
            )
        if status >= 500:
            return HttpStatusError(f"{host} had a server problem (HTTP {status}); try again later.", status)
        return HttpStatusError(f"{host} answered HTTP {status} for {what}.", status)

    def _error_excerpt(self, response: requests.Response) -> str:
        try:
            raw = response.raw.read(4096, decode_content=True) if response.raw is not None else b""
        except Exception:  # an error body is a hint only; failing to read it changes nothing
            return ""
        return raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else ""

    def _read_capped(self, response: requests.Response, host: str, what: str) -> bytes:
        cap = self.policy.max_body_bytes
        too_large = ResponseTooLarge(f"{host} sent more than {_size(cap)} for {what}; the app stopped reading it.")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.policy.max_response_seconds
        raw = response.raw
        # read1 returns whatever has arrived, so the deadline and cancel are checked while a slow
        # server trickles; iter_content would block until a whole chunk was in.
        if isinstance(raw, urllib3.response.BaseHTTPResponse):

            def read(amount: int) -> bytes:
                return raw.read1(amount, decode_content=True)  # gzip and deflate undone here

        else:  # an in-memory body (the sample's replay adapter)
            read = raw.read
        try:
            while chunk := read(64 * 1024):
                self.cancel.raise_if_cancelled()
                size += len(chunk)
                if size > cap:
                    raise too_large
                if time.monotonic() > deadline:
                    raise FetchError(
                        f"{host} sent {what} too slowly (over {_seconds(self.policy.max_response_seconds)}); "
                        "the app stopped waiting."
                    )
                chunks.append(chunk)
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            cause = "timed out" if "timed out" in str(exc).lower() or isinstance(exc, TimeoutError) else "was cut off"
            raise FetchError(f"The answer from {host} for {what} {cause}.") from None
        self.bytes_received += size
        return b"".join(chunks)
