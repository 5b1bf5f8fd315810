"""The opt-in live check of links found on the profiles: dead, redirected, or fine.

Runs through the shared HTTP client, in parallel, within the per-host politeness limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

import requests

from advocacy.cancellation import CancelToken
from advocacy.domain.models import LinkState, LinkStatus, SourceOutcome
from advocacy.errors import Cancelled, FetchError
from advocacy.http_session import HostLimiter, HttpClient, HttpPolicy

MAX_PARALLEL = 6
MAX_LINKS = 50  # a profile with hundreds of links is a link farm, not a bio


def profile_links(outcomes: Iterable[SourceOutcome]) -> list[str]:
    urls: list[str] = []
    for outcome in outcomes:
        if outcome.profile is not None:
            urls.extend(link.url for link in outcome.profile.links if link.url.startswith(("http://", "https://")))
    return list(dict.fromkeys(urls))[:MAX_LINKS]


def classify(url: str, status: int, location: str | None) -> LinkStatus:
    if status in (404, 410):
        return LinkStatus(url, LinkState.DEAD, status)
    if 300 <= status < 400 and location:
        # http -> https of the same address is housekeeping, not a moved page.
        if location.rstrip("/") == url.replace("http://", "https://", 1).rstrip("/"):
            return LinkStatus(url, LinkState.OK, status, location)
        return LinkStatus(url, LinkState.REDIRECTED, status, location)
    return LinkStatus(url, LinkState.OK, status)


def check_links(
    urls: list[str],
    *,
    session_factory: Callable[[], requests.Session],
    policy: HttpPolicy,
    limiter: HostLimiter,
    cancel: CancelToken,
) -> tuple[LinkStatus, ...]:
    def one(url: str) -> LinkStatus:
        client = HttpClient(session_factory(), policy=policy, cancel=cancel, limiter=limiter)
        try:
            status, location = client.probe(url)
        except Cancelled:
            raise
        except FetchError as exc:
            return LinkStatus(url, LinkState.UNREACHABLE, detail=exc.user_message)
        finally:
            client.close()
        return classify(url, status, location)

    if not urls:
        return ()
    with ThreadPoolExecutor(max_workers=min(MAX_PARALLEL, len(urls)), thread_name_prefix="links") as pool:
        return tuple(pool.map(one, urls))
