"""Bluesky, through any AppView (reading) and the account's PDS (posting)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import quote

from advocacy.domain.models import Network
from advocacy.errors import AdvocacyError
from advocacy.networks.adapter import NetworkAdapter, PostingAccount
from advocacy.networks.bluesky.connect import BlueskyConnector
from advocacy.networks.bluesky.count import count_bluesky
from advocacy.networks.bluesky.source import fetch

if TYPE_CHECKING:
    from advocacy.sharing.publish import Published

_NO_SCHEDULE = "Bluesky cannot hold a post to publish later."


class BlueskyPoster:
    def publish(
        self, account: PostingAccount, text: str, item_key: str, *, scheduled_at: datetime | None, again: bool
    ) -> Published:
        from advocacy.networks.bluesky.publish import DEFAULT_PDS, publish_bluesky
        from advocacy.sharing.richtext import bluesky_text_and_facets

        if scheduled_at is not None:
            raise AdvocacyError(_NO_SCHEDULE)
        visible, facets = bluesky_text_and_facets(text)
        return publish_bluesky(
            account.client,
            account.store,
            account.credentials,
            again=again,
            handle=account.handle,
            text=visible,
            facets=facets,
            item_key=item_key,
            pds=account.endpoints.field("bluesky_pds") or DEFAULT_PDS,
            appview=account.endpoints.get(Network.BLUESKY),
        )

    def cancel_scheduled(self, _account: PostingAccount, _remote_id: str) -> None:
        raise AdvocacyError(_NO_SCHEDULE)

    def scheduled_exists(self, _account: PostingAccount, _remote_id: str) -> bool:
        return False


def share_link(text: str, _server: str | None) -> str:
    return f"https://bsky.app/intent/compose?text={quote(text, safe='')}"


ADAPTER = NetworkAdapter(
    Network.BLUESKY,
    fetch=fetch,
    count=count_bluesky,
    share_link=share_link,
    poster=BlueskyPoster(),
    company_content=True,
    connector=BlueskyConnector(),
)
