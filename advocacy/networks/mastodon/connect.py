"""Connecting a Mastodon account (or one on a server that speaks its API): sign in on the server.

The app registers itself on the person's server (``POST /api/v1/apps``) asking only for what it
uses: ``read``, to say whose account it is and to look for an earlier post before posting again, and
``write:statuses`` only when the person lets it post. The browser opens the server's own authorize
page; the code comes back to the loopback listener and is exchanged, with the PKCE verifier, for a
token kept in the keyring under the profile's handle. The registration is kept per server in the
app's config folder (its client secret in the keyring) with the loopback address it names, so the
next sign-in reuses it while that port is free. Disconnecting revokes the token on the server first.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from advocacy.connection import ConnectAccount, Connected, ConnectGuide, ConnectRefused
from advocacy.connection.loopback import RedirectListener
from advocacy.connection.oauth import BrowserSignIn, Proof
from advocacy.domain.handles import mastodon_parts
from advocacy.domain.models import Network
from advocacy.domain.networks import ConnectKind
from advocacy.domain.profile import Endpoints
from advocacy.errors import AdvocacyError, ConnectionLost, CredentialsUnavailable, MalformedResponse, MissingCredential
from advocacy.http_session import Credential, HttpClient, HttpStatusError, host_of
from advocacy.redaction import SecretRedactor

log = logging.getLogger(__name__)

CLIENT_NAME = "Advocacy"
READ = "read"
POST = "write:statuses"
REGISTRATIONS = "mastodon-apps.json"  # in the app's config folder: nothing in it is secret
_ONCE = frozenset({429})  # only an answer that proves nothing happened is sent again


def server_for(handle: str, endpoints: Endpoints) -> str:
    """The server this account signs in and posts through: the configured endpoint, else the handle's host."""
    configured = endpoints.get(Network.MASTODON)
    if configured:
        return configured.rstrip("/")
    parts = mastodon_parts(handle)
    if parts is None:
        raise MissingCredential(f"{handle} names no Mastodon server; write it as @you@instance.social.")
    return f"https://{parts[1]}"


def scopes_for(posting: bool) -> str:
    return f"{READ} {POST}" if posting else READ


def _domain(handle: str, server: str) -> str:
    """Where the account's address says it lives (a server may serve a shorter domain's accounts)."""
    parts = mastodon_parts(handle)
    return parts[1] if parts else host_of(server)


def _oauth_error(detail: str) -> str:
    try:
        data = json.loads(detail)
    except ValueError:
        return ""
    error = data.get("error") if isinstance(data, Mapping) else None
    return error if isinstance(error, str) else ""


@dataclass(frozen=True)
class Registration:
    """The app as one server knows it."""

    client_id: str
    redirect_uri: str
    scopes: str
    client_secret: str = field(repr=False)

    def covers(self, scopes: str) -> bool:
        return set(scopes.split()) <= set(self.scopes.split())

    @property
    def port(self) -> int:
        return urlsplit(self.redirect_uri).port or 0


REGISTRATION_SUFFIX = " (app)"


def _secret_name(server: str) -> str:
    """The keyring entry of a server's app registration, beside the account's token."""
    return f"{server}{REGISTRATION_SUFFIX}"


def registration_entries(folder: Path) -> list[str]:
    """The keyring entries of every server's app registration kept in ``folder``: what deleting all
    of the app's data must remove besides the accounts' tokens."""
    try:
        servers = json.loads((folder / REGISTRATIONS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [_secret_name(server) for server in servers] if isinstance(servers, dict) else []


def remembered(account: ConnectAccount, server: str) -> Registration | None:
    """The registration kept for ``server``, if its file entry and its secret are both still there."""
    try:
        entry = json.loads((account.folder / REGISTRATIONS).read_text(encoding="utf-8")).get(server)
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(entry, Mapping) or not all(
        isinstance(entry.get(key), str) for key in ("client_id", "redirect_uri", "scopes")
    ):
        return None
    try:
        secret = account.credentials.get(Network.MASTODON, _secret_name(server))
    except CredentialsUnavailable:
        return None
    if not secret:
        return None
    return Registration(entry["client_id"], entry["redirect_uri"], entry["scopes"], secret)


def _remember(account: ConnectAccount, server: str, registration: Registration | None) -> None:
    """Keep (or, with None, forget) a server's registration. Best effort: without it, the next sign-in
    registers the app again, which costs nothing but an entry in the server's list of apps."""
    from advocacy.store_files import write_text_atomically

    path = account.folder / REGISTRATIONS
    try:
        if registration is not None:
            account.credentials.set(Network.MASTODON, _secret_name(server), registration.client_secret)
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if not isinstance(data, dict):
            data = {}
        if registration is None:
            data.pop(server, None)
        else:
            data[server] = {
                "client_id": registration.client_id,
                "redirect_uri": registration.redirect_uri,
                "scopes": registration.scopes,
            }
        write_text_atomically(path, json.dumps(data, indent=2, sort_keys=True) + "\n")
    except (CredentialsUnavailable, OSError, ValueError) as exc:
        log.info("the app's registration on %s is not kept: %s", host_of(server), type(exc).__name__)


def register(client: HttpClient, server: str, redirect_uri: str, scopes: str) -> Registration:
    host = host_of(server)
    cannot = f"{host} does not let the app register, so it cannot sign in there; paste a token made on {host} instead."
    try:
        answer: Any = client.post_json(
            f"{server}/api/v1/apps",
            {"client_name": CLIENT_NAME, "redirect_uris": redirect_uri, "scopes": scopes},
            what="the app's registration",
            retry_on=_ONCE,
            answer_holds_secrets=True,
        )
    except HttpStatusError as exc:
        if 400 <= exc.status < 500 and exc.status != 429:
            raise ConnectRefused(cannot) from None
        raise
    client_id = answer.get("client_id") if isinstance(answer, Mapping) else None
    secret = answer.get("client_secret") if isinstance(answer, Mapping) else None
    if not isinstance(client_id, str) or not client_id or not isinstance(secret, str) or not secret:
        raise MalformedResponse(cannot)
    SecretRedactor.register(secret)
    return Registration(client_id, redirect_uri, scopes, secret)


def authorize_url(server: str, registration: Registration, scopes: str, proof: Proof) -> str:
    query = {
        "response_type": "code",
        "client_id": registration.client_id,
        "redirect_uri": registration.redirect_uri,
        "scope": scopes,
        "state": proof.state,
        "code_challenge": proof.challenge,
        "code_challenge_method": "S256",
    }
    return f"{server}/oauth/authorize?{urlencode(query)}"


def verified_username(client: HttpClient, server: str, token: str) -> str:
    """The username the token belongs to; ``ConnectionLost`` when the server no longer accepts it."""
    try:
        me: Any = client.get_json(
            f"{server}/api/v1/accounts/verify_credentials",
            what="your account",
            credential=Credential.bearer(server, token),
        )
    except HttpStatusError as exc:
        if exc.status in (401, 403):
            raise ConnectionLost(
                f"{host_of(server)} no longer accepts this connection; connect again.", network=Network.MASTODON
            ) from None
        raise
    username = me.get("username") if isinstance(me, Mapping) else None
    if not isinstance(username, str) or not username:
        raise MalformedResponse(f"{host_of(server)} did not say which account this is; connect again later.")
    return username


class MastodonConnector:
    """``advocacy.networks.adapter.Connector`` for Mastodon and the servers that speak its API."""

    def guide(self, account: ConnectAccount) -> ConnectGuide:
        server = server_for(account.handle, account.endpoints)
        host = host_of(server)
        return ConnectGuide(
            Network.MASTODON,
            ConnectKind.SIGN_IN,
            account.handle,
            where=host,
            steps=(
                f"Your browser opens {host}, where you sign in (if you are not signed in already) and allow Advocacy. "
                f"The app never sees your password: {host} gives it a token, which your system keyring keeps. "
                "The app can read your account, and post only if you allow it here, after you confirm each post."
            ),
            page=f"{server}/settings/applications",
            page_label=f"Open {host}’s Development page",
            secret_label="Access token",
            posting_choice=True,
            paste_steps=(
                f"If signing in does not work, make a token yourself on {host}: Preferences → Development → "
                "New application, with the read and write:statuses scopes; then copy “Your access token” here."
            ),
        )

    def begin(self, account: ConnectAccount, *, posting: bool) -> BrowserSignIn:
        server = server_for(account.handle, account.endpoints)
        scopes = scopes_for(posting)
        earlier = remembered(account, server)
        proof = Proof.new()
        listener = RedirectListener(proof.state, port=earlier.port if earlier and earlier.covers(scopes) else 0)
        try:
            registration = earlier
            if earlier is None or not earlier.covers(scopes) or earlier.redirect_uri != listener.redirect_uri:
                registration = register(account.client, server, listener.redirect_uri, scopes)
                _remember(account, server, registration)
            assert registration is not None
            url = authorize_url(server, registration, scopes, proof)
        except BaseException:
            listener.close()
            raise
        signed_in = registration

        def exchange(code: str, redirect_uri: str) -> Connected:
            return self._exchange(account, server, signed_in, code, redirect_uri, proof, scopes)

        return BrowserSignIn(listener, url, where=host_of(server), exchange=exchange)

    def _exchange(
        self,
        account: ConnectAccount,
        server: str,
        registration: Registration,
        code: str,
        redirect_uri: str,
        proof: Proof,
        scopes: str,
    ) -> Connected:
        host = host_of(server)
        try:
            answer: Any = account.client.post_form(
                f"{server}/oauth/token",
                {
                    "grant_type": "authorization_code",
                    "code": code,
                    "client_id": registration.client_id,
                    "client_secret": registration.client_secret,
                    "redirect_uri": redirect_uri,
                    "code_verifier": proof.verifier,
                    "scope": scopes,
                },
                what="the sign-in",
                retry_on=frozenset(),  # a code is good once: a second try would only be refused
                answer_holds_secrets=True,
            )
        except HttpStatusError as exc:
            error = _oauth_error(exc.detail)
            if error == "invalid_client":
                _remember(account, server, None)
                raise ConnectRefused(
                    f"{host} no longer knows the app's registration, so nothing was saved; press Connect… to "
                    "register it again."
                ) from None
            if exc.status in (400, 401):
                raise ConnectRefused(
                    f"{host} did not accept the sign-in (it may have taken too long), so nothing was saved; "
                    "press Connect… to try again."
                ) from None
            raise
        token = answer.get("access_token") if isinstance(answer, Mapping) else None
        if not isinstance(token, str) or not token:
            raise MalformedResponse(f"{host} finished the sign-in without a token, so nothing was saved.")
        SecretRedactor.register(token)
        granted = answer.get("scope")
        note = None
        if POST in scopes.split() and isinstance(granted, str) and not {POST, "write"} & set(granted.split()):
            note = f"{host} did not allow posting, so the app can only read."
        return self._connected(account, server, token, note)

    def _connected(self, account: ConnectAccount, server: str, token: str, note: str | None = None) -> Connected:
        username = verified_username(account.client, server, token)
        domain = _domain(account.handle, server)
        parts = mastodon_parts(account.handle)
        if parts is not None and parts[0].casefold() != username.casefold():
            other = (
                f"This is not the account your profile names ({account.handle}); to connect that one, sign in "
                "as it and connect again."
            )
            note = f"{note} {other}" if note else other
        return Connected(Network.MASTODON, account.handle, f"@{username}@{domain}", note, ((account.handle, token),))

    def check(self, account: ConnectAccount, secret: str) -> Connected:
        server = server_for(account.handle, account.endpoints)
        try:
            return self._connected(account, server, secret.strip())
        except ConnectionLost:
            raise ConnectRefused(
                f"{host_of(server)} did not accept this token: copy it again whole, or make a new one."
            ) from None

    def status(self, account: ConnectAccount) -> Connected | None:
        token = account.credentials.get(Network.MASTODON, account.handle)
        return self._connected(account, server_for(account.handle, account.endpoints), token) if token else None

    def kept_under(self, account: ConnectAccount) -> tuple[str, ...]:
        return (account.handle,)

    def disconnect(self, account: ConnectAccount) -> str:
        """Revoke the token on the server; the sentence to say once it is deleted here too."""
        server = server_for(account.handle, account.endpoints)
        host = host_of(server)
        token = account.credentials.get(Network.MASTODON, account.handle)
        if not token:
            return f"{account.handle} was not connected; nothing is kept for it on this computer."
        not_told = (
            f"The connection is deleted from this computer, but {host} could not be told to end it: end it there "
            f"too, on {server}/oauth/authorized_applications."
        )
        registration = remembered(account, server)
        if registration is None:
            return not_told
        try:
            account.client.post_form(
                f"{server}/oauth/revoke",
                {"client_id": registration.client_id, "client_secret": registration.client_secret, "token": token},
                what="the end of the connection",
            )
        except AdvocacyError as exc:
            log.info("revoking on %s failed: %s", host, exc.user_message)
            return not_told
        return f"Disconnected: {host} no longer accepts the app’s token, and it is deleted from this computer."
