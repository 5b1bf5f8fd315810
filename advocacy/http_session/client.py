"""The client every source uses: one request loop for GET, POST, DELETE and probes."""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Iterator, Mapping
from typing import Any

import requests
import urllib3

from advocacy.cancellation import CancelToken
from advocacy.errors import FetchError, RateLimited
from advocacy.http_session.origins import MAX_REDIRECTS, REDIRECT_STATUSES, Credential, host_of, origin_of, origin_text
from advocacy.http_session.policy import RETRY_STATUSES, HostLimiter, HttpPolicy, make_session
from advocacy.http_session.reading import error_excerpt, read_capped, status_error
from advocacy.http_session.responses import (
    CachedEntry,
    ConditionalCache,
    HttpResponse,
    HttpStatusError,
    NotSent,
    parse_links,
)
from advocacy.http_session.waiting import describe_wait, seconds_phrase, wait_hint
from advocacy.redaction import SecretRedactor

log = logging.getLogger(__name__)


class _SendTimeout(Exception):
    """A request with a body was sent and not answered in time: it may have arrived."""


class _SendFailed(Exception):
    """A request with a body failed on the way. ``unclear``: the connection broke after it was made,
    so the request may have arrived; otherwise it never left (refused, unknown host, no connection)."""

    def __init__(self, *, unclear: bool) -> None:
        super().__init__()
        self.unclear = unclear


def _never_connected(exc: requests.exceptions.ConnectionError) -> bool:
    """Refused, or the host unknown: no byte of the request left this computer."""
    reason = getattr(exc.args[0] if exc.args else None, "reason", None)
    return isinstance(reason, urllib3.exceptions.NewConnectionError)


def without_secrets(body: bytes) -> bytes:
    """The body with every secret this process has seen scrubbed out: a server that echoes the token
    it was sent (in a bio, a post's address) must not carry it into reports, the store or the screen."""
    if not SecretRedactor.has_secrets():
        return body
    text = body.decode("utf-8", errors="surrogateescape")
    scrubbed = SecretRedactor.redact(text)
    return body if scrubbed == text else scrubbed.encode("utf-8", errors="surrogateescape")


class FormBody(dict[str, str]):
    """A body sent as an HTML form (``application/x-www-form-urlencoded``), as OAuth 2 wants its token
    requests, where every other body is JSON."""


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

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

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

        response = self._exchange("GET", prepared_url, request_headers, what, credential=credential)
        try:
            status = response.status_code
            if status == 304 and cached is not None:
                self.not_modified += 1
                return HttpResponse(
                    url=response.url or prepared_url,
                    status=200,
                    headers=dict(cached.headers),
                    body=cached.body,
                    revalidated=True,
                    links=parse_links(cached.headers.get("link")),
                )
            body = self._body_of(response, host_of(prepared_url), what)
        finally:
            response.close()
        result_headers = {k.lower(): v for k, v in response.headers.items()}
        result = HttpResponse(
            url=response.url or prepared_url,
            status=status,
            headers=result_headers,
            body=body,
            links=parse_links(result_headers.get("link")),
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
        retry_on: frozenset[int] = RETRY_STATUSES,
        answer_holds_secrets: bool = False,
    ) -> Any:
        """POST JSON, retried on the statuses in ``retry_on``. A post that publishes something passes
        only the statuses that prove nothing was stored (429): a 5xx after storing is unclear, and a
        server that ignores the Idempotency-Key would publish each retry. ``answer_holds_secrets``: a
        login's answer, whose tokens are the point (every other answer has known secrets scrubbed).

        The body may itself hold a secret (a login's password), so a redirect to another origin is
        never followed: the request fails with one sentence instead."""
        request_headers = dict(headers or {})
        if idempotency_key:
            request_headers["Idempotency-Key"] = idempotency_key
        response = self._exchange(
            "POST",
            url,
            request_headers,
            what,
            credential=credential or self.credential,
            body=dict(payload),
            retry_on=retry_on,
        )
        try:
            body = self._body_of(response, host_of(url), what, scrub=not answer_holds_secrets)
        finally:
            response.close()
        return HttpResponse(url=response.url or url, status=response.status_code, headers={}, body=body).json(what)

    def post_form(
        self,
        url: str,
        fields: Mapping[str, str],
        *,
        what: str,
        retry_on: frozenset[int] = RETRY_STATUSES,
        answer_holds_secrets: bool = False,
    ) -> Any:
        """POST a form and read the JSON answer: OAuth 2's token and revocation endpoints take forms
        (RFC 6749, 7009). Never sends a credential header: the form carries what the server needs.
        Like ``post_json``, a redirect to another origin is never followed."""
        response = self._exchange("POST", url, {}, what, credential=None, body=FormBody(fields), retry_on=retry_on)
        try:
            body = self._body_of(response, host_of(url), what, scrub=not answer_holds_secrets)
        finally:
            response.close()
        if not body.strip():
            return {}  # a revocation answers 200 with nothing in it
        return HttpResponse(url=response.url or url, status=response.status_code, headers={}, body=body).json(what)

    def delete(self, url: str, *, what: str, credential: Credential | None = None) -> None:
        """DELETE, not retried (deleting twice is harmless, but a retry loop here buys nothing).
        Like a request with a body, it never follows a redirect to another origin."""
        response = self._exchange(
            "DELETE", url, {}, what, credential=credential or self.credential, body={}, retry=False
        )
        try:
            if response.status_code >= 400:
                raise self._error_for(response, host_of(url), what)
        finally:
            response.close()

    def probe(self, url: str) -> tuple[int, str | None]:
        """Status and redirect target of ``url``, without following redirects or reading a body.

        HEAD first; servers that refuse HEAD (405, 501) get a GET whose body is never read.
        """
        for method in ("HEAD", "GET"):
            response = self._exchange(method, url, {}, "the link", credential=None, retry=False, follow=False)
            response.close()
            if method == "HEAD" and response.status_code in (405, 501):
                continue
            location = response.headers.get("location")
            return response.status_code, requests.compat.urljoin(url, location) if location else None
        raise FetchError(f"{host_of(url)} answered neither HEAD nor GET.")  # pragma: no cover - loop always returns

    # The one request loop ---------------------------------------------------------------------

    def _exchange(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        what: str,
        *,
        credential: Credential | None,
        body: Mapping[str, Any] | None = None,
        retry: bool = True,
        follow: bool = True,
        retry_on: frozenset[int] = RETRY_STATUSES,
    ) -> requests.Response:
        """Send until there is an answer to act on: retried on ``retry_on`` (honouring the server's
        wait) when ``retry``, redirects followed hop by hop when ``follow``. The caller reads or closes it."""
        host = host_of(url)
        attempt = 0
        started = time.monotonic()
        while True:
            self.cancel.raise_if_cancelled()
            attempt += 1
            try:
                response = self._send(
                    method, url, headers, what, credential=credential, started=started, body=body, follow=follow
                )
            except _SendTimeout:
                if method == "DELETE":
                    raise FetchError(f"Could not reach {host} to remove {what}.") from None
                raise FetchError(
                    f"{host} did not confirm {what} in time; it may still have arrived. Trying again is safe: "
                    "the app looks for it first and never sends it twice."
                ) from None
            except _SendFailed as failed:
                if method == "DELETE":
                    raise FetchError(f"Could not reach {host} to remove {what}.") from None
                if not failed.unclear:
                    raise NotSent(f"Could not reach {host} for {what}; nothing was sent.") from None
                raise FetchError(
                    f"The connection to {host} broke while sending {what}; it may have arrived. Trying again is "
                    "safe: the app looks for it first and never sends it twice."
                ) from None
            if retry and response.status_code in retry_on and attempt <= self.policy.max_retries:
                delay = self._retry_delay(response, attempt, host)
                log.info("HTTP %s from %s; retrying in %.1fs (attempt %d)", response.status_code, host, delay, attempt)
                response.close()
                self.cancel.sleep(delay)
                continue
            return response

    def _body_of(self, response: requests.Response, host: str, what: str, *, scrub: bool = True) -> bytes:
        """The body of a successful answer (capped), or the error its status means."""
        if response.status_code >= 400:
            raise self._error_for(response, host, what)
        body = read_capped(response, self.policy, self.cancel, host=host, what=what)
        self.bytes_received += len(body)
        return without_secrets(body) if scrub else body

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
        error = status_error(response.status_code, host, what, retries=self.policy.max_retries)
        if isinstance(error, HttpStatusError):
            error.detail = error_excerpt(response)
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
        follow: bool = True,
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
                try:
                    response = self._send_now(method, current, hop_headers, what, started=started, body=body)
                except FetchError as exc:
                    if host_of(current) == host_of(url):
                        raise
                    # The person configured the first address: the one that failed must be traced to it.
                    raise FetchError(
                        f"{host_of(url)} redirected {what} to {host_of(current)}, which failed: {exc.user_message}"
                    ) from None
            location = response.headers.get("location")
            if not follow or response.status_code not in REDIRECT_STATUSES or not location:
                return response
            response.close()
            target = requests.compat.urljoin(current, location)
            if origin_of(target) is None:
                raise FetchError(f"{host_of(current)} redirected {what} to an address that is not a web page.")
            if method != "GET" and (origin_of(target) != origin_of(current) or response.status_code not in (307, 308)):
                raise FetchError(
                    f"{host_of(current)} redirected {what} to {origin_text(target)}; the app does not follow such "
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
                method,
                url,
                headers=headers,
                json=None if isinstance(body, FormBody) else body,
                data=body if isinstance(body, FormBody) else None,
                timeout=timeout,
                stream=True,
                allow_redirects=False,
            )
        except requests.exceptions.ConnectTimeout:
            if body is not None:
                raise _SendFailed(unclear=False) from None
            raise FetchError(
                f"Could not connect to {host} within {seconds_phrase(self.policy.connect_timeout)}."
            ) from None
        except requests.exceptions.ReadTimeout:
            if body is not None:
                raise _SendTimeout from None
            elapsed = time.monotonic() - started  # retries included: the wait the user actually had
            waited = round(elapsed, 1) if elapsed < 10 else round(elapsed)
            raise FetchError(
                f"{host} did not send {what} in time (no answer after {seconds_phrase(waited)} in all)."
            ) from None
        except requests.exceptions.SSLError:
            raise FetchError(
                f"The secure connection to {host} failed: its security certificate could not be checked "
                "(on a company network, your IT team can tell why)."
            ) from None
        except requests.exceptions.ConnectionError as exc:
            if body is not None:
                raise _SendFailed(unclear=not _never_connected(exc)) from None
            if any(word in str(exc).lower() for word in ("reset", "aborted", "remotedisconnected", "broken pipe")):
                raise FetchError(f"{host} closed the connection unexpectedly; try again later.") from None
            raise FetchError(f"Could not connect to {host} (offline, or the address is wrong?).") from None
        except requests.exceptions.InvalidURL:
            raise FetchError(f"The address for {what} is not a valid URL.") from None
        except requests.exceptions.RequestException as exc:
            if body is not None:
                raise _SendFailed(unclear=True) from None
            raise FetchError(f"Fetching {what} from {host} failed ({type(exc).__name__}).") from None
        except UnicodeError:  # requests decodes a redirect's Location as UTF-8, even one it will not follow
            raise FetchError(f"{host} answered {what} with an address that is not readable text.") from None

    def _retry_delay(self, response: requests.Response, attempt: int, host: str) -> float:
        hint = wait_hint(response.headers, response.status_code)
        if hint is not None and hint > self.policy.max_wait_seconds:
            raise RateLimited(f"{host} asks us to wait {describe_wait(hint)} before trying again.")
        backoff = self.policy.backoff_base_seconds * 2 ** (attempt - 1) * (1 + random.random() / 4)
        return hint if hint is not None else backoff
