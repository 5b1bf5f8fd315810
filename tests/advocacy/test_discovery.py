"""Proposing linked accounts from links the person published."""

from __future__ import annotations

from datetime import UTC, datetime

from advocacy.discovery import classify, discover
from advocacy.domain.models import Link, Network, Profile, SourceOutcome, SourceStatus
from advocacy.domain.profile import Accounts


def _outcome(network: Network, *links: Link) -> SourceOutcome:
    profile = Profile(network=network, handle="me", links=links)
    return SourceOutcome(network=network, account="me", status=SourceStatus.OK, profile=profile)


def test_classify_links() -> None:
    assert classify("https://fosstodon.org/@ada") == (Network.MASTODON, "@ada@fosstodon.org")
    assert classify("https://bsky.app/profile/Ada.Example") == (Network.BLUESKY, "ada.example")
    assert classify("https://github.com/ada") == (Network.GITHUB, "ada")
    assert classify("https://github.com/ada/project") is None
    assert classify("https://medium.com/@ada") is None  # /@name is not always Mastodon
    assert classify("https://ada.example/") == (Network.WEBSITE, "https://ada.example/")
    assert classify("https://x.com/ada") is None  # X is read from the archive, not by address
    assert classify("mailto:ada@example.com") is None


def test_proposes_only_new_accounts_and_prefers_verified_evidence() -> None:
    verified = datetime(2026, 1, 1, tzinfo=UTC)
    outcomes = [
        _outcome(
            Network.GITHUB, Link("https://fosstodon.org/@ada", "Mastodon"), Link("https://ada.example", "Website")
        ),
        _outcome(
            Network.WEBSITE,
            Link("https://fosstodon.org/@ada", "rel=me", verified_at=verified),
            Link("https://bsky.app/profile/ada.example", "rel=me"),
            Link("https://github.com/ada", "rel=me"),
        ),
    ]
    accounts = Accounts(github="Ada", website="https://ada.example/")
    found = discover(outcomes, accounts)
    assert [(s.network, s.handle) for s in found] == [
        (Network.BLUESKY, "ada.example"),
        (Network.MASTODON, "@ada@fosstodon.org"),
    ]
    mastodon = found[1]
    assert mastodon.verified and mastodon.found_on is Network.WEBSITE


def test_failed_sources_without_data_propose_nothing() -> None:
    outcome = SourceOutcome(network=Network.GITHUB, account="ada", status=SourceStatus.ERROR, error="down")
    assert discover([outcome], Accounts()) == []


def test_accepting_a_suggestion_adds_or_replaces_the_account() -> None:
    from advocacy.discovery import accept, replaced_account
    from advocacy.domain.models import AccountSuggestion
    from advocacy.domain.profile import Me, ProfileConfig

    config = ProfileConfig(me=Me(accounts=Accounts(github="ada")))
    mastodon = AccountSuggestion(Network.MASTODON, "ada@fosstodon.org", Network.GITHUB, "https://fosstodon.org/@ada")
    assert replaced_account(config.me.accounts, mastodon) is None
    updated = accept(config, mastodon)
    assert (
        updated.me.accounts.get(Network.MASTODON) == "@ada@fosstodon.org"
        and updated.me.accounts.get(Network.GITHUB) == "ada"
    )
    other = AccountSuggestion(Network.GITHUB, "ada-work", Network.WEBSITE, "https://github.com/ada-work")
    assert replaced_account(updated.me.accounts, other) == "ada"
