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
    posted_to: bool = True  # a person posts there: a weekly goal, a draft per item, a reminder make sense
    api_posting: bool = False  # the app can post there itself, with the user's token or app password


NETWORKS: tuple[NetworkFacts, ...] = (
    NetworkFacts(Network.MASTODON, "mastodon", "@you@instance.social", "mastodon", "mastodon", api_posting=True),
    NetworkFacts(Network.BLUESKY, "bluesky", "you.bsky.social", "bluesky", "bluesky", api_posting=True),
    NetworkFacts(Network.GITHUB, "github", "you", "github", "github", posted_to=False),
    NetworkFacts(Network.WEBSITE, "website", "https://you.example", posted_to=False),
    NetworkFacts(
        Network.LINKEDIN, "linkedin_export", "~/Downloads/LinkedInDataExport.zip", "linkedin", addressable=False
    ),
    NetworkFacts(Network.X, "x_archive", "~/Downloads/twitter-archive.zip", "x", addressable=False),
)
FACTS: dict[Network, NetworkFacts] = {facts.network: facts for facts in NETWORKS}


# Derived, in the table's order: what the Share tab drafts for, where goals apply, where the app posts.
POSTED_TO: tuple[Network, ...] = tuple(f.network for f in NETWORKS if f.posted_to)
API_POSTING: tuple[Network, ...] = tuple(f.network for f in NETWORKS if f.api_posting)
ACCOUNT_FIELDS: tuple[str, ...] = tuple(f.account_field for f in NETWORKS)


def facts(network: Network) -> NetworkFacts:
    return FACTS[network]
