"""How to address each account the profile names, and which adapter reads it."""

from __future__ import annotations

import logging

from advocacy.domain.models import AccountRef, Network
from advocacy.domain.profile import ProfileConfig
from advocacy.networks import adapter_for
from advocacy.sources.base import Fetcher

log = logging.getLogger(__name__)


def fetcher_for(network: Network) -> Fetcher | None:
    """The network's reader; None when this build lacks its adapter (a bundle that left it out)."""
    try:
        return adapter_for(network).fetch
    except ImportError:
        log.warning("no adapter for %s (%s)", network.label, network.facts.adapter)
        return None


def endpoint_for(config: ProfileConfig, network: Network) -> str | None:
    """The configured server for a network (a self-hosted instance, GitHub Enterprise, an AppView)."""
    return config.endpoints.get(network)


def account_refs(config: ProfileConfig) -> list[AccountRef]:
    return [
        AccountRef(network=network, handle=handle, base_url=endpoint_for(config, network))
        for network, handle in config.me.accounts.configured().items()
    ]
