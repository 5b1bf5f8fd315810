"""Connecting an account so the app can use it: what each network's connector is given and gives back.

How a network is connected is its own business (``advocacy.networks.<name>.connect``, declared by the
row's ``connect`` and reached through its adapter's ``connector``): Mastodon signs in on the server's
own page (``advocacy.connection.oauth``), Bluesky takes an app password, GitHub a read-only token.
Each says what the person must do (``ConnectGuide``), tests what it got, and names the account it
belongs to (``Connected``). ``Connections`` (``advocacy.connection.service``) keeps the secrets in the
keyring, under the names ``advocacy.credentials`` gives every token.

Importing this module loads no HTTP stack and no keyring: the window names these types at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from advocacy.domain.models import Network
from advocacy.domain.networks import ConnectKind
from advocacy.domain.profile import Endpoints
from advocacy.errors import AdvocacyError, CredentialsUnavailable

if TYPE_CHECKING:
    from advocacy.cancellation import CancelToken
    from advocacy.credentials import CredentialStore
    from advocacy.http_session import HttpClient


@dataclass(frozen=True)
class ConnectAccount:
    """The account to connect, as the profile names it, with what connecting it needs."""

    handle: str  # the profile's handle: every secret of this account is kept under it
    endpoints: Endpoints
    client: HttpClient
    credentials: CredentialStore
    folder: Path  # where a network may keep what is not secret (a server's app registration)


@dataclass(frozen=True)
class ConnectGuide:
    """What the Connect dialog says and offers for one account; all of it plain text."""

    network: Network
    kind: ConnectKind
    account: str
    where: str  # the server or site it connects to, as people write it: "social.example", "github.com"
    steps: str  # what to do, in sentences
    page: str | None = None  # the exact page to open (where the token or app password is made)
    page_label: str | None = None  # the button that opens it
    secret_label: str = "Token"  # what is pasted, when something is
    posting_choice: bool = False  # the person chooses whether the app may post (a narrower sign-in)
    paste_steps: str | None = None  # a sign-in's fallback: how to make a token by hand and paste it


@dataclass(frozen=True)
class Connected:
    """An account the network accepted: who it is, and the secrets to keep (keyring name, value)."""

    network: Network
    account: str  # the profile's handle, under which the secrets are kept
    who: str  # the account the network says it is: "@sam@social.example", "samrivera on github.com"
    note: str | None = None  # said after: it is not the profile's account, posting was not allowed…
    secrets: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    @property
    def sentence(self) -> str:
        return f"Connected as {self.who}." + (f" {self.note}" if self.note else "")


class SignIn(Protocol):
    """A sign-in under way: the page to open in the browser, and the wait for its answer."""

    @property
    def authorize_url(self) -> str: ...

    def wait(self, *, cancel: CancelToken, timeout: float | None = None) -> Connected:
        """The account, once the browser came back with the person's approval; ``Cancelled``,
        or one sentence (``AdvocacyError``) when it was refused, timed out or failed."""
        ...

    def close(self) -> None: ...


class NotKept(CredentialsUnavailable):
    """The account was connected but the keyring would not keep its secrets: the person may keep
    them for this session only (``Connections.keep_for_session``) or not at all."""

    def __init__(self, user_message: str, connected: Connected) -> None:
        super().__init__(user_message)
        self.connected = connected


class ConnectRefused(AdvocacyError):
    """The network refused what was given (a wrong app password, a token it does not know): nothing kept."""
