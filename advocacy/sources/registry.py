"""Which networks the app can read today, and how to address each account."""

from __future__ import annotations

from advocacy.domain.models import AccountRef, Network
from advocacy.domain.networks import facts
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


def endpoint_for(config: ProfileConfig, network: Network) -> str | None:
    """The configured server for a network (a self-hosted instance, GitHub Enterprise, an AppView)."""
    field = facts(network).endpoint_field
    value = getattr(config.endpoints, field) if field else None
    return value if isinstance(value, str) and value else None


def account_refs(config: ProfileConfig) -> list[AccountRef]:
    return [
        AccountRef(network=network, handle=handle, base_url=endpoint_for(config, network))
        for network, handle in config.me.accounts.configured().items()
    ]
