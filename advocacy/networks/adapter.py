"""What a network's adapter package provides, so that nothing outside it branches on the network.

Each package under ``advocacy.networks`` exposes ``ADAPTER``: how to read an account (fetch and
parse), how to count a draft, the share link that opens its composer, where the app can post itself,
a ``Poster``, and where an account can be connected (the row's ``connect``), a ``Connector``. Facts
that are not behaviour (labels, profile fields, settings pages, badges) are in the network's row in
``advocacy.domain.networks``, which names the package.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from advocacy.domain.models import Network

if TYPE_CHECKING:
    from advocacy.connection import ConnectAccount, Connected, ConnectGuide, SignIn
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


class Connector(Protocol):
    """Connects an account the way its network expects (the row's ``connect`` says which way), and
    says whose it is. Every method may do network or keyring I/O: a worker's job."""

    def guide(self, account: ConnectAccount) -> ConnectGuide:
        """What the person is asked to do, and the page where they do it."""
        ...

    def begin(self, account: ConnectAccount, *, posting: bool) -> SignIn:
        """A sign-in in the browser (``ConnectKind.SIGN_IN`` only); ``posting``: ask to post as well as read."""
        ...

    def check(self, account: ConnectAccount, secret: str) -> Connected:
        """A pasted token or app password, tested on the network; ``ConnectRefused`` when it is refused."""
        ...

    def status(self, account: ConnectAccount) -> Connected | None:
        """The saved connection (None: nothing saved); ``ConnectionLost`` when the network refuses it now."""
        ...

    def kept_under(self, account: ConnectAccount) -> tuple[str, ...]:
        """The keyring entries (under the network's service) that disconnecting deletes."""
        ...

    def disconnect(self, account: ConnectAccount) -> str:
        """End the connection on the network where it can be ended (never raises for a failure to), and
        the sentence to say once the entries in ``kept_under`` are deleted."""
        ...


Counter = Callable[[str, "int | None"], "Count"]
ShareLink = Callable[[str, "str | None"], str]  # (text, the user's handle) -> the composer's address


@dataclass(frozen=True)
class NetworkAdapter:
    network: Network
    fetch: Fetcher
    count: Counter | None = None  # drafts: every network a person posts to
    share_link: ShareLink | None = None  # opens the network's composer with the text, no credentials
    poster: Poster | None = None  # the app posts itself (the row's ``api_posting``)
    connector: Connector | None = None  # Connect… (the row's ``connect``)
    company_content: bool = False  # the company's account here is read for content to share
