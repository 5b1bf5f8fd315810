"""Connect, check and disconnect the profile's accounts, for both front ends (``Workspace.connections``).

Each call finds the network's connector through its adapter and the account through the profile,
opens an HTTP client for it and closes it after; the secrets a connector hands back are kept here,
in the workspace's one credential store. Every call may wait on the network or the keyring: a
worker's job in the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from advocacy.cancellation import CancelToken
from advocacy.connection import ConnectAccount, Connected, ConnectGuide, NotKept, SignIn
from advocacy.domain.models import Network
from advocacy.errors import AdvocacyError, CredentialsUnavailable

if TYPE_CHECKING:
    from advocacy.http_session import HttpClient
    from advocacy.networks.adapter import Connector
    from advocacy.workspace import Workspace

log = logging.getLogger(__name__)


class _ClientClosingSignIn:
    """A sign-in that owns its HTTP client: the code is exchanged with it, long after ``begin`` returned."""

    def __init__(self, inner: SignIn, client: HttpClient) -> None:
        self._inner, self._client = inner, client

    @property
    def authorize_url(self) -> str:
        return self._inner.authorize_url

    def wait(self, *, cancel: CancelToken, timeout: float | None = None) -> Connected:
        self._client.cancel = cancel  # a cancel also stops the exchange that follows the browser's answer
        try:
            return self._inner.wait(cancel=cancel, timeout=timeout)
        finally:
            self.close()

    def close(self) -> None:
        self._inner.close()
        self._client.close()


class Connections:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def can_connect(self, network: Network) -> bool:
        """Whether Connect… is offered for this network's account in this profile."""
        return network.facts.connect is not None and bool(self._workspace.config.me.accounts.get(network))

    def _connector(self, network: Network) -> Connector:
        from advocacy.networks import adapter_for

        connector = adapter_for(network).connector if network.facts.connect is not None else None
        if connector is None:
            raise AdvocacyError(f"{network.label} accounts are not connected from the app; paste a token instead.")
        return connector

    def _handle(self, network: Network) -> str:
        if self._workspace.is_sample:
            raise AdvocacyError("The sample’s accounts are made up and cannot be connected; set up your own profile.")
        handle = self._workspace.config.me.accounts.get(network)
        if not handle:
            raise AdvocacyError(f"Your profile names no {network.label} account to connect; add it in Settings first.")
        return handle

    @contextmanager
    def _account(self, network: Network) -> Iterator[tuple[Connector, ConnectAccount]]:
        from advocacy.paths import config_dir

        connector, handle = self._connector(network), self._handle(network)
        with self._workspace.http_client() as client:
            yield connector, self._account_for(handle, client, config_dir())

    def _account_for(self, handle: str, client: HttpClient, folder: Path) -> ConnectAccount:
        return ConnectAccount(
            handle, self._workspace.config.endpoints, client, self._workspace.credentials, folder=folder
        )

    def guide(self, network: Network) -> ConnectGuide:
        """What the Connect dialog says for this account (no network I/O)."""
        with self._account(network) as (connector, account):
            return connector.guide(account)

    def begin(self, network: Network, *, posting: bool = False) -> SignIn:
        """Start a sign-in in the browser: the app registered on the server if need be, and the listener
        the browser comes back to already open. ``finish`` it, or ``close`` it to give up."""
        from advocacy.paths import config_dir

        connector, handle = self._connector(network), self._handle(network)
        client = self._workspace.http_client()
        try:
            sign_in = connector.begin(self._account_for(handle, client, config_dir()), posting=posting)
        except BaseException:
            client.close()
            raise
        return _ClientClosingSignIn(sign_in, client)

    def sign_in(
        self,
        network: Network,
        *,
        posting: bool = False,
        open_browser: Callable[[str], object],
        cancel: CancelToken,
        timeout: float | None = None,
    ) -> Connected:
        """Sign in in the browser, start to end: ``open_browser`` is handed the server's authorize page
        once the listener is open (the window passes it to the desktop; a test follows it itself)."""
        pending = self.begin(network, posting=posting)
        try:
            cancel.raise_if_cancelled()
            open_browser(pending.authorize_url)
        except BaseException:
            pending.close()
            raise
        return self.finish(pending, cancel=cancel, timeout=timeout)

    def finish(self, sign_in: SignIn, *, cancel: CancelToken, timeout: float | None = None) -> Connected:
        """Wait for the browser's answer, then keep the token; ``NotKept`` when the keyring will not."""
        return self.keep(sign_in.wait(cancel=cancel, timeout=timeout))

    def use_secret(self, network: Network, secret: str) -> Connected:
        """Test a pasted token or app password, then keep it; nothing is kept when the network refuses it."""
        if not secret.strip():
            raise AdvocacyError("Paste the token first; nothing was saved.")
        with self._account(network) as (connector, account):
            return self.keep(connector.check(account, secret))

    def keep(self, connected: Connected) -> Connected:
        try:
            for name, value in connected.secrets:
                self._workspace.credentials.set(connected.network, name, value)
        except CredentialsUnavailable as exc:
            raise NotKept(exc.user_message, connected) from None
        return connected

    def keep_for_session(self, connected: Connected) -> None:
        """The person's choice when the keyring cannot keep it: memory only, gone when the app quits."""
        for name, value in connected.secrets:
            self._workspace.credentials.remember_for_session(connected.network, name, value)

    def status(self, network: Network) -> Connected | None:
        """The saved connection as the network sees it now (None: nothing saved); ``ConnectionLost``
        when it no longer accepts it."""
        with self._account(network) as (connector, account):
            return connector.status(account)

    def disconnect(self, network: Network) -> str:
        """End the connection on the network where it can be, and delete it here whatever the network
        said: one sentence saying what was done."""
        with self._account(network) as (connector, account):
            said = connector.disconnect(account)
            for name in connector.kept_under(account):
                self._workspace.credentials.delete(network, name)
        return said
