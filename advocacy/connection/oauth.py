"""Signing in on the server's own page: OAuth 2's authorization code, with PKCE, to a loopback listener.

The network's connector registers the app, builds the server's authorize address from a ``Proof``
and says how a code becomes a connected account; ``BrowserSignIn`` waits for the browser's answer,
refuses one whose ``state`` is not this sign-in's, and turns a refusal into one sentence. PKCE is
always sent (S256): a server that ignores it still signs the person in, and one that checks it knows
the code was not stolen on the way.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from advocacy.cancellation import CancelToken
from advocacy.connection import Connected
from advocacy.connection.loopback import PATIENCE, RedirectListener
from advocacy.errors import AdvocacyError


class SignInRefused(AdvocacyError):
    """The person said no, or the answer was not for this sign-in: nothing was saved."""


@dataclass(frozen=True)
class Proof:
    """What ties the browser's answer to this sign-in: ``state`` comes back with it, and the PKCE
    ``verifier`` is sent with the code, so a code taken on the way is no use to anyone else."""

    state: str
    verifier: str = field(repr=False)

    @classmethod
    def new(cls) -> Proof:
        # 64 random bytes make 86 characters, within RFC 7636's 43 to 128.
        return cls(state=secrets.token_urlsafe(24), verifier=secrets.token_urlsafe(64))

    @property
    def challenge(self) -> str:
        digest = hashlib.sha256(self.verifier.encode("ascii")).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


Exchange = Callable[[str, str], Connected]  # (code, redirect_uri) -> the account it connected


class BrowserSignIn:
    """A sign-in under way (``advocacy.connection.SignIn``): the listener is open from the start, so
    the browser may come back at any time; ``wait`` closes it whatever happens."""

    def __init__(self, listener: RedirectListener, authorize_url: str, *, where: str, exchange: Exchange) -> None:
        self._listener = listener
        self._authorize_url = authorize_url
        self._where = where
        self._exchange = exchange

    @property
    def authorize_url(self) -> str:
        return self._authorize_url

    def wait(self, *, cancel: CancelToken, timeout: float | None = None) -> Connected:
        try:
            callback = self._listener.wait(cancel=cancel, timeout=PATIENCE if timeout is None else timeout)
        finally:
            self._listener.close()
        if not callback.state_matches:
            raise SignInRefused(
                "The answer that reached the app was not for the sign-in it started, so it was refused and nothing "
                "was saved; press Connect… to try again."
            )
        if callback.error == "access_denied":
            raise SignInRefused(f"You did not allow the app on {self._where}, so nothing was saved.")
        if callback.error or not callback.code:
            raise SignInRefused(
                f"{self._where} did not finish the sign-in, so nothing was saved; press Connect… to try again."
            )
        cancel.raise_if_cancelled()
        return self._exchange(callback.code, self._listener.redirect_uri)

    def close(self) -> None:
        self._listener.close()
