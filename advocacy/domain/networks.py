"""What the app knows about each network, in one table: where its account is named in the profile
file, where the company's account and a self-hosted server are named, and what a handle looks like.

Adding a network is one row here, one source module and its rules; everything that maps a network
to a profile field reads this table instead of keeping its own copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from advocacy.domain.models import Network


@dataclass(frozen=True)
class NetworkFacts:
    network: Network
    account_field: str  # the key in [me.accounts]
    handle_example: str  # how the user writes it
    company_field: str | None = None  # the key in [company.accounts], for networks with handles
    endpoint_field: str | None = None  # the key in [endpoints]: a self-hosted server or an AppView
    addressable: bool = True  # an account found in a link can be added (exports are files, not addresses)


NETWORKS: tuple[NetworkFacts, ...] = (
    NetworkFacts(Network.MASTODON, "mastodon", "@you@instance.social", "mastodon", "mastodon"),
    NetworkFacts(Network.BLUESKY, "bluesky", "you.bsky.social", "bluesky", "bluesky"),
    NetworkFacts(Network.GITHUB, "github", "you", "github", "github"),
    NetworkFacts(Network.WEBSITE, "website", "https://you.example"),
    NetworkFacts(
        Network.LINKEDIN, "linkedin_export", "~/Downloads/LinkedInDataExport.zip", "linkedin", addressable=False
    ),
    NetworkFacts(Network.X, "x_archive", "~/Downloads/twitter-archive.zip", "x", addressable=False),
)
FACTS: dict[Network, NetworkFacts] = {facts.network: facts for facts in NETWORKS}


def facts(network: Network) -> NetworkFacts:
    return FACTS[network]
