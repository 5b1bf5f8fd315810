"""Which networks the app can read today, and how to address each account."""

from __future__ import annotations

from advocacy.domain.models import AccountRef, Network
from advocacy.domain.profile import ProfileConfig
from advocacy.sources import bluesky, github, linkedin_export, mastodon, website, x_archive
from advocacy.sources.base import Fetcher

FETCHERS: dict[Network, Fetcher] = {
    Network.MASTODON: mastodon.fetch,
    Network.BLUESKY: bluesky.fetch,
    Network.GITHUB: github.fetch,
    Network.LINKEDIN: linkedin_export.fetch,
    Network.X: x_archive.fetch,
    Network.WEBSITE: website.fetch,
}


def account_refs(config: ProfileConfig) -> list[AccountRef]:
    endpoints = {
        Network.MASTODON: config.endpoints.mastodon,
        Network.BLUESKY: config.endpoints.bluesky,
        Network.GITHUB: config.endpoints.github,
    }
    return [
        AccountRef(network=network, handle=handle, base_url=endpoints.get(network))
        for network, handle in config.me.accounts.configured().items()
    ]
