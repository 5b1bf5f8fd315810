"""Misskey and the servers built from it (Sharkey, Iceshrimp, Firefish, Catodon), through their own API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from advocacy.domain.handles import mastodon_parts
from advocacy.domain.models import Network
from advocacy.errors import AdvocacyError, MissingCredential
from advocacy.networks.adapter import NetworkAdapter, PostingAccount
from advocacy.networks.misskey.count import count_misskey
from advocacy.networks.misskey.source import fetch

if TYPE_CHECKING:
    from advocacy.sharing.publish import Published

_NO_SCHEDULE = "Misskey cannot hold a note for later through the app; post it when the time comes."


def server_of(account: PostingAccount) -> str:
    configured = account.endpoints.get(Network.MISSKEY)
    if configured:
        return configured
    parts = mastodon_parts(account.handle)
    if parts is None:
        raise MissingCredential(f"{account.handle} names no Misskey server; write it as @you@misskey.io.")
    return f"https://{parts[1]}"


class MisskeyPoster:
    def publish(
        self, account: PostingAccount, text: str, item_key: str, *, scheduled_at: datetime | None, again: bool
    ) -> Published:
        from advocacy.networks.misskey.publish import publish_misskey

        if scheduled_at is not None:
            raise AdvocacyError(_NO_SCHEDULE)
        token = account.credentials.get(Network.MISSKEY, account.handle)
        if not token:
            raise MissingCredential(
                "Add your Misskey access token in File → Accounts and tokens first (make it on your server under "
                "Settings → API, with permission to compose notes)."
            )
        return publish_misskey(
            account.client,
            account.store,
            base_url=server_of(account),
            token=token,
            text=text,
            item_key=item_key,
            again=again,
        )

    def cancel_scheduled(self, _account: PostingAccount, _remote_id: str) -> None:
        raise AdvocacyError(_NO_SCHEDULE)

    def scheduled_exists(self, _account: PostingAccount, _remote_id: str) -> bool:
        return False


def share_link(text: str, server: str | None) -> str:
    from advocacy.sharing.intents import fediverse_share_url

    return fediverse_share_url(server, text)


ADAPTER = NetworkAdapter(
    Network.MISSKEY,
    fetch=fetch,
    count=count_misskey,
    share_link=share_link,
    poster=MisskeyPoster(),
    company_content=True,
)
