"""Reading an answer: its body within the policy's limits, or the sentence its error status means."""

from __future__ import annotations

import logging
import time

import requests
import urllib3

from advocacy.cancellation import CancelToken
from advocacy.domain.models import status_words
from advocacy.errors import FetchError, RateLimited, ResponseTooLarge
from advocacy.http_session.policy import HttpPolicy
from advocacy.http_session.responses import HttpStatusError
from advocacy.http_session.waiting import seconds_phrase, size_phrase

log = logging.getLogger(__name__)


def status_error(status: int, host: str, what: str, *, retries: int) -> FetchError:
    """The one sentence an error status means for the user; ``HttpStatusError`` keeps the status."""
    if status == 429:
        return RateLimited(f"{host} still limits our requests after {retries} retries; try again later.")
    # The status itself goes to the log, never into the sentence.
    log.info("%s answered HTTP %s for %s", host, status, what)
    if status == 404:
        # Callers that know what the address was made from (a handle, a path) add their own advice.
        return HttpStatusError(f"{host} has nothing at the address of {what}.", status)
    if status == 410:
        return HttpStatusError(f"{host} says {what} is gone for good.", status)
    if status in (401, 403):
        return HttpStatusError(f"{host} refused access to {what}; it may be private or need a token.", status)
    if status >= 500:
        return HttpStatusError(f"{host} had a problem on its side; try again later.", status)
    return HttpStatusError(f"{host} gave {status_words(status)} for {what}; try again later.", status)


def error_excerpt(response: requests.Response) -> str:
    """The start of an error body, for sources to interpret; never shown to the user."""
    try:
        raw = response.raw.read(4096, decode_content=True) if response.raw is not None else b""
    except Exception:  # an error body is a hint only; failing to read it changes nothing
        return ""
    return raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else ""


def read_capped(response: requests.Response, policy: HttpPolicy, cancel: CancelToken, *, host: str, what: str) -> bytes:
    """The body, refused past the policy's size cap or deadline, listening for cancel as it arrives."""
    cap = policy.max_body_bytes
    too_large = ResponseTooLarge(f"{host} sent more than {size_phrase(cap)} for {what}; the app stopped reading it.")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + policy.max_response_seconds
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
            cancel.raise_if_cancelled()
            size += len(chunk)
            if size > cap:
                raise too_large
            if time.monotonic() > deadline:
                raise FetchError(
                    f"{host} sent {what} too slowly (over {seconds_phrase(policy.max_response_seconds)}); "
                    "the app stopped waiting."
                )
            chunks.append(chunk)
    except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        cause = "timed out" if "timed out" in str(exc).lower() or isinstance(exc, TimeoutError) else "was cut off"
        raise FetchError(f"The answer from {host} for {what} {cause}.") from None
    return b"".join(chunks)
