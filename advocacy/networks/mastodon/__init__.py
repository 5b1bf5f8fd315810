"""Mastodon and the servers that speak its API (GoToSocial, Pleroma, Akkoma, Friendica, …)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from advocacy.domain.models import Network
from advocacy.errors import MissingCredential
from advocacy.networks.adapter import NetworkAdapter, PostingAccount
from advocacy.networks.mastodon.connect import MastodonConnector, server_for
from advocacy.networks.mastodon.count import count_mastodon
from advocacy.networks.mastodon.source import fetch

if TYPE_CHECKING:
    from advocacy.sharing.publish import Published


def server_of(account: PostingAccount) -> str:
    """The server this account posts through: the configured endpoint, else the handle's host."""
    return server_for(account.handle, account.endpoints)


def _token(account: PostingAccount) -> str:
    token = account.credentials.get(Network.MASTODON, account.handle)
    if not token:
        raise MissingCredential(
            "Connect your Mastodon account first (in the app: File → Accounts and tokens → Connect…).",
            network=Network.MASTODON,
        )
    return token


class MastodonPoster:
    def publish(
        self, account: PostingAccount, text: str, item_key: str, *, scheduled_at: datetime | None, again: bool
    ) -> Published:
        from advocacy.networks.mastodon.publish import publish_mastodon

        base, token = server_of(account), _token(account)
        return publish_mastodon(
            account.client,
            account.store,
            again=again,
            base_url=base,
            token=token,
            text=text,
            item_key=item_key,
            scheduled_at=scheduled_at,
        )

    def cancel_scheduled(self, account: PostingAccount, remote_id: str) -> None:
        from advocacy.networks.mastodon.publish import cancel_scheduled_mastodon

        base, token = server_of(account), _token(account)
        cancel_scheduled_mastodon(account.client, account.store, base_url=base, token=token, remote_id=remote_id)

    def scheduled_exists(self, account: PostingAccount, remote_id: str) -> bool:
        from advocacy.networks.mastodon.publish import scheduled_mastodon_exists

        base, token = server_of(account), _token(account)
        return scheduled_mastodon_exists(account.client, base_url=base, token=token, remote_id=remote_id)


def share_link(text: str, server: str | None) -> str:
    from advocacy.sharing.intents import fediverse_share_url

    return fediverse_share_url(server, text)


ADAPTER = NetworkAdapter(
    Network.MASTODON,
    fetch=fetch,
    count=count_mastodon,
    share_link=share_link,
    poster=MastodonPoster(),
    company_content=True,
    connector=MastodonConnector(),
)
