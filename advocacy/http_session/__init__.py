"""The one way every source talks HTTP.

``make_session()`` builds a ``requests.Session`` with our User-Agent; ``HttpClient`` wraps it with
what every call needs: timeouts, retries with back-off that honour ``Retry-After`` and Mastodon's
ISO-8601 ``X-RateLimit-Reset``, a cap on body size, conditional requests (ETag/Last-Modified), and
cancellation between requests. Failures come out as ``FetchError`` subclasses whose message is one
sentence naming the host, never a URL with credentials or a header value.

One request loop (``HttpClient._exchange``) serves GET, POST, DELETE and probes: retries, redirects
checked hop by hop for the credential's origin, the per-host turn, and the mapping of failures.
"""

from advocacy.http_session.client import HttpClient
from advocacy.http_session.origins import MAX_REDIRECTS, REDIRECT_STATUSES, Credential, host_of, origin_of
from advocacy.http_session.policy import RETRY_STATUSES, USER_AGENT, HostLimiter, HttpPolicy, make_session
from advocacy.http_session.responses import CachedEntry, ConditionalCache, HttpResponse, HttpStatusError, NotSent
from advocacy.http_session.waiting import wait_hint

__all__ = [
    "MAX_REDIRECTS",
    "REDIRECT_STATUSES",
    "RETRY_STATUSES",
    "USER_AGENT",
    "CachedEntry",
    "ConditionalCache",
    "Credential",
    "HostLimiter",
    "HttpClient",
    "HttpPolicy",
    "HttpResponse",
    "HttpStatusError",
    "NotSent",
    "host_of",
    "make_session",
    "origin_of",
    "wait_hint",
]
