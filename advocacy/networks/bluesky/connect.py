"""Connecting a Bluesky account: an app password, tested with one login before it is kept.

Bluesky has no sign-in page for desktop apps yet that every server offers, and an app password is
what it asks apps to use: made for this app alone, revocable on its own, never the main password.
The login that tests it (``com.atproto.server.createSession``, on the configured PDS or the
entryway) also gives the session that posting then refreshes, so the test costs no extra login:
logins are limited hard.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from advocacy.connection import ConnectAccount, Connected, ConnectGuide, ConnectRefused, SignIn
from advocacy.domain.models import Network
from advocacy.domain.networks import ConnectKind
from advocacy.errors import AdvocacyError, MalformedResponse
from advocacy.http_session import Credential, HttpStatusError, host_of
from advocacy.networks.bluesky.publish import DEFAULT_PDS, refresh_account
from advocacy.networks.bluesky.source import normalise_handle

log = logging.getLogger(__name__)

APP_PASSWORDS_PAGE = "https://bsky.app/settings/app-passwords"
# Four groups of four, from the alphabet the reference PDS draws them from: what a main password is not.
_APP_PASSWORD = re.compile(r"[a-z2-7]{4}(?:-[a-z2-7]{4}){3}")


def pds_for(account: ConnectAccount) -> str:
    return (account.endpoints.field("bluesky_pds") or DEFAULT_PDS).rstrip("/")


class BlueskyConnector:
    """``advocacy.networks.adapter.Connector`` for Bluesky."""

    def guide(self, account: ConnectAccount) -> ConnectGuide:
        where = host_of(pds_for(account))
        return ConnectGuide(
            Network.BLUESKY,
            ConnectKind.APP_PASSWORD,
            account.handle,
            where=where,
            steps=(
                "Bluesky lets an app sign in with an app password, never your main password. On Bluesky’s App "
                "passwords page choose “Add App Password”, name it Advocacy, leave access to direct messages off, "
                "and copy the password it shows (four groups of four letters, like abcd-efgh-ijkl-mnop). Paste it "
                f"below: the app tests it with one login on {where} and keeps it in your system keyring."
            ),
            page=APP_PASSWORDS_PAGE,
            page_label="Open Bluesky’s App passwords page",
            secret_label="App password",
        )

    def begin(self, _account: ConnectAccount, *, posting: bool) -> SignIn:  # noqa: ARG002 - the protocol's
        raise AdvocacyError("Bluesky is connected with an app password, not by signing in in the browser.")

    def check(self, account: ConnectAccount, secret: str) -> Connected:
        password = secret.strip()
        if not _APP_PASSWORD.fullmatch(password):
            raise ConnectRefused(
                "That is not an app password (they look like abcd-efgh-ijkl-mnop): make one on Bluesky’s App "
                "passwords page, and never give the app your main password."
            )
        pds = pds_for(account)
        host = host_of(pds)
        try:
            session: Any = account.client.post_json(
                f"{pds}/xrpc/com.atproto.server.createSession",
                {"identifier": normalise_handle(account.handle), "password": password},
                what="a Bluesky login",
                retry_on=frozenset({429}),
                answer_holds_secrets=True,
            )
        except HttpStatusError as exc:
            if exc.status in (400, 401):
                raise ConnectRefused(
                    f"{host} did not accept this app password for {account.handle}: check the handle in your "
                    "profile, or make a new app password and paste it whole."
                ) from None
            raise
        handle = session.get("handle") if isinstance(session, Mapping) else None
        refresh = session.get("refreshJwt") if isinstance(session, Mapping) else None
        if not isinstance(handle, str) or not handle:
            raise MalformedResponse(f"{host} answered the login in an unexpected shape; nothing was saved.")
        note = None
        if normalise_handle(handle) != normalise_handle(account.handle):
            note = f"This is not the account your profile names ({account.handle})."
        secrets = [(account.handle, password)]
        if isinstance(refresh, str) and refresh:
            secrets.append((refresh_account(account.handle), refresh))  # posting picks up this session
        return Connected(Network.BLUESKY, account.handle, f"@{handle}", note, tuple(secrets))

    def status(self, account: ConnectAccount) -> Connected | None:
        """Without a login (they are limited): an app password kept is one that was tested when kept."""
        if not account.credentials.get(Network.BLUESKY, account.handle):
            return None
        return Connected(Network.BLUESKY, account.handle, f"@{normalise_handle(account.handle)}")

    def kept_under(self, account: ConnectAccount) -> tuple[str, ...]:
        return (account.handle, refresh_account(account.handle))

    def disconnect(self, account: ConnectAccount) -> str:
        """End the app's session (best effort); the app password itself is revoked on Bluesky only."""
        pds = pds_for(account)
        refresh = account.credentials.get(Network.BLUESKY, refresh_account(account.handle))
        if refresh:
            try:
                account.client.post_json(
                    f"{pds}/xrpc/com.atproto.server.deleteSession",
                    {},
                    what="the end of the Bluesky session",
                    credential=Credential.bearer(pds, refresh),
                    retry_on=frozenset(),
                )
            except AdvocacyError as exc:
                log.info("ending the Bluesky session failed: %s", exc.user_message)
        return (
            "Disconnected: the app password is deleted from this computer; to revoke it for good, delete it on "
            f"Bluesky’s App passwords page ({APP_PASSWORDS_PAGE})."
        )
