"""Propose the person's other accounts from links they published themselves.

Only links the person put on their own profiles count (Mastodon fields, rel="me" and sameAs on
their site, GitHub's blog and social accounts, Bluesky's website and bio). Nothing is guessed
from a username, and nothing is audited until the user confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

from advocacy.domain.models import AccountSuggestion, Network, SourceOutcome
from advocacy.domain.networks import facts
from advocacy.domain.profile import Accounts, ProfileConfig

# Hosts whose /@name pages are not Mastodon accounts.
_NOT_MASTODON = {
    "medium.com",
    "www.youtube.com",
    "youtube.com",
    "www.tiktok.com",
    "tiktok.com",
    "threads.net",
    "www.threads.net",
    "www.threads.com",
    "threads.com",
}
_GITHUB_RESERVED = {"orgs", "sponsors", "about", "features", "topics", "marketplace", "settings", "login"}
_NETWORK_HOSTS = {
    "x.com",
    "twitter.com",
    "www.linkedin.com",
    "linkedin.com",
    "github.com",
    "bsky.app",
    "www.facebook.com",
    "facebook.com",
    "www.instagram.com",
    "instagram.com",
}


def classify(url: str) -> tuple[Network, str] | None:
    """What account a link points to, if it is one the app can audit by address."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    host = parts.netloc.lower()
    segments = [s for s in parts.path.split("/") if s]
    if host == "bsky.app" and len(segments) == 2 and segments[0] == "profile":
        return Network.BLUESKY, segments[1].lower()
    if host in ("github.com", "www.github.com") and len(segments) == 1 and segments[0].lower() not in _GITHUB_RESERVED:
        return Network.GITHUB, segments[0]
    if len(segments) == 1 and re.fullmatch(r"@[A-Za-z0-9_]+", segments[0]) and host not in _NOT_MASTODON:
        return Network.MASTODON, f"{segments[0]}@{host}"
    platform = host in _NETWORK_HOSTS or host in _NOT_MASTODON or host.endswith((".linkedin.com", ".facebook.com"))
    home_page = not segments or (len(segments) == 1 and not segments[0].startswith("@"))
    if not platform and home_page:
        return Network.WEBSITE, f"{parts.scheme}://{parts.netloc}{parts.path or '/'}"
    return None


def _normalise(network: Network, handle: str) -> str:
    handle = handle.strip().lower()
    if network is Network.WEBSITE:
        return handle.rstrip("/").removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return handle.lstrip("@")


def discover(outcomes: Iterable[SourceOutcome], accounts: Accounts) -> list[AccountSuggestion]:
    known = {(network, _normalise(network, handle)) for network, handle in accounts.configured().items()}
    suggestions: dict[tuple[Network, str], AccountSuggestion] = {}
    for outcome in outcomes:
        if outcome.profile is None:
            continue
        for link in outcome.profile.links:
            found = classify(link.url)
            if found is None:
                continue
            network, handle = found
            if network is Network.WEBSITE and accounts.get(Network.WEBSITE):
                continue  # one website is enough; do not propose every link on it
            key = (network, _normalise(network, handle))
            if key in known or (network is outcome.network and network is not Network.WEBSITE):
                continue
            candidate = AccountSuggestion(network, handle, outcome.network, link.url, link.verified_at is not None)
            if key not in suggestions or (candidate.verified and not suggestions[key].verified):
                suggestions[key] = candidate
    return sorted(suggestions.values(), key=lambda s: (s.network.value, s.handle))


def replaced_account(accounts: Accounts, suggestion: AccountSuggestion) -> str | None:
    """The account the suggestion would replace (one account per network), if any."""
    return accounts.get(suggestion.network) if facts(suggestion.network).addressable else None


def account_entry(suggestion: AccountSuggestion) -> tuple[str, str]:
    """The ``[me.accounts]`` field a suggestion fills, and the value it writes there."""
    network_facts = facts(suggestion.network)
    field_name = network_facts.account_field
    if not network_facts.addressable:
        raise ValueError(f"{suggestion.network.label} accounts are added from an export file, not an address")
    handle = suggestion.handle
    if suggestion.network is Network.MASTODON and not handle.startswith("@"):
        handle = "@" + handle
    return field_name, handle


def accept(config: ProfileConfig, suggestion: AccountSuggestion) -> ProfileConfig:
    """The profile with the confirmed account added. Only ever called after the user said yes."""
    _field, handle = account_entry(suggestion)
    return replace(config, me=replace(config.me, accounts=config.me.accounts.replaced(suggestion.network, handle)))
