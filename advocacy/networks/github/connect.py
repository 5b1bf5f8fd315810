"""Connecting a GitHub (or GitHub Enterprise) account: a fine-grained token that reads public data only.

The audit reads public data; a token only lifts GitHub's hourly limit on anonymous reading, so the
token asked for is the narrowest there is: public repositories, read-only, no account permissions.
It is tested with ``GET /user``, which names the login it belongs to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advocacy.connection import ConnectAccount, Connected, ConnectGuide, ConnectRefused, SignIn
from advocacy.domain.models import Network
from advocacy.domain.networks import ConnectKind
from advocacy.errors import AdvocacyError, ConnectionLost, MalformedResponse
from advocacy.http_session import Credential, HttpClient, HttpStatusError, host_of
from advocacy.http_session.origins import origin_text
from advocacy.networks.github.source import DEFAULT_API, request_headers

TOKEN_PAGE = "/settings/personal-access-tokens/new"
TOKENS_PAGE = "/settings/personal-access-tokens"
# The narrowest token there is: the audit reads public data only.
PERMISSIONS = "Repository access: Public repositories (read-only). Permissions: none (no account permissions needed)."


def api_for(account: ConnectAccount) -> str:
    return (account.endpoints.get(Network.GITHUB) or DEFAULT_API).rstrip("/")


def web_for(api: str) -> str:
    """Where people make tokens: github.com for its API, and an Enterprise server itself (whose API
    lives under /api/v3 on the same host) for anything else."""
    return "https://github.com" if host_of(api).lower() == "api.github.com" else origin_text(api)


def token_page(api: str) -> str:
    return web_for(api) + TOKEN_PAGE


def _login(client: HttpClient, api: str, token: str) -> str:
    """The login ``token`` belongs to; ``HttpStatusError`` 401 when GitHub does not accept it."""
    user: Any = client.get_json(
        f"{api}/user", headers=request_headers(), what="your GitHub account", credential=Credential.bearer(api, token)
    )
    login = user.get("login") if isinstance(user, Mapping) else None
    if not isinstance(login, str) or not login:
        raise MalformedResponse(f"{host_of(api)} did not say which account the token belongs to.")
    return login


class GitHubConnector:
    """``advocacy.networks.adapter.Connector`` for GitHub and GitHub Enterprise."""

    def guide(self, account: ConnectAccount) -> ConnectGuide:
        api = api_for(account)
        web = host_of(web_for(api))
        return ConnectGuide(
            Network.GITHUB,
            ConnectKind.TOKEN,
            account.handle,
            where=web,
            steps=(
                f"The app reads your public profile on {web}; a token lifts the hourly limit GitHub puts on reading "
                "without one. On the new token page, name it Advocacy, choose when it expires, and set exactly "
                f"this: {PERMISSIONS} Then choose Generate token, copy it, and paste it below: the app tests it and "
                "keeps it in your system keyring."
            ),
            page=token_page(api),
            page_label="Open GitHub’s new token page",
            secret_label="Token",
        )

    def begin(self, _account: ConnectAccount, *, posting: bool) -> SignIn:  # noqa: ARG002 - the protocol's
        raise AdvocacyError("GitHub is connected with a token made on its token page.")

    def _connected(self, account: ConnectAccount, login: str, token: str) -> Connected:
        web = host_of(web_for(api_for(account)))
        note = None
        if login.casefold() != account.handle.strip().lstrip("@").casefold():
            note = f"This is not the account your profile names ({account.handle})."
        return Connected(Network.GITHUB, account.handle, f"{login} on {web}", note, ((account.handle, token),))

    def check(self, account: ConnectAccount, secret: str) -> Connected:
        api = api_for(account)
        token = secret.strip()
        try:
            login = _login(account.client, api, token)
        except HttpStatusError as exc:
            if exc.status == 401:
                raise ConnectRefused(
                    f"{host_of(api)} did not accept this token: copy it again whole, or make a new one if it has "
                    "expired."
                ) from None
            raise
        return self._connected(account, login, token)

    def status(self, account: ConnectAccount) -> Connected | None:
        token = account.credentials.get(Network.GITHUB, account.handle)
        if not token:
            return None
        api = api_for(account)
        try:
            login = _login(account.client, api, token)
        except HttpStatusError as exc:
            if exc.status == 401:
                raise ConnectionLost(
                    f"{host_of(api)} no longer accepts the saved token (it may have expired or been revoked); "
                    "connect again.",
                    network=Network.GITHUB,
                ) from None
            raise
        return self._connected(account, login, token)

    def kept_under(self, account: ConnectAccount) -> tuple[str, ...]:
        return (account.handle,)

    def disconnect(self, account: ConnectAccount) -> str:
        """GitHub lets only its owner revoke a fine-grained token: say where."""
        tokens = web_for(api_for(account)) + TOKENS_PAGE
        return f"Disconnected: the token is deleted from this computer; to revoke it for good, delete it on {tokens}."
