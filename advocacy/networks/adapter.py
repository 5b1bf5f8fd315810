"""What a network's adapter package provides, so that nothing outside it branches on the network.

Each package under ``advocacy.networks`` exposes ``ADAPTER``: how to read an account (fetch and
parse), how to count a draft, the share link that opens its composer, and, where the app can post
itself, a ``Poster``. Facts that are not behaviour (labels, profile fields, settings pages, badges)
are in the network's row in ``advocacy.domain.networks``, which names the package.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from advocacy.domain.models import Network

if TYPE_CHECKING:
    from advocacy.credentials import CredentialStore
    from advocacy.domain.profile import Endpoints
    from advocacy.http_session import HttpClient
    from advocacy.sharing.counting import Count
    from advocacy.sharing.publish import Published
    from advocacy.sources.base import Fetcher
    from advocacy.storage import Store


@dataclass(frozen=True)
class PostingAccount:
    """What posting needs, gathered by the workspace: whose account, its servers, the keyring, the
    store that claims each share, and the HTTP client (every credential bound to its own host)."""

    handle: str
    endpoints: Endpoints
    client: HttpClient
    store: Store
    credentials: CredentialStore


class Poster(Protocol):
    def publish(
        self, account: PostingAccount, text: str, item_key: str, *, scheduled_at: datetime | None, again: bool
    ) -> Published:
        """Post ``text`` once (claimed in the store first); ``scheduled_at`` only where the network's
        row says it schedules on the server. Raises ``ClaimRefused`` when the share is taken."""
        ...

    def cancel_scheduled(self, account: PostingAccount, remote_id: str) -> None: ...

    def scheduled_exists(self, account: PostingAccount, remote_id: str) -> bool: ...


Counter = Callable[[str, "int | None"], "Count"]
ShareLink = Callable[[str, "str | None"], str]  # (text, the user's handle) -> the composer's address


@dataclass(frozen=True)
class NetworkAdapter:
    network: Network
    fetch: Fetcher
    count: Counter | None = None  # drafts: every network a person posts to
    share_link: ShareLink | None = None  # opens the network's composer with the text, no credentials
    poster: Poster | None = None  # the app posts itself (the row's ``api_posting``)
    company_content: bool = False  # the company's account here is read for content to share
