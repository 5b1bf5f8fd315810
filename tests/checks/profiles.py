"""A well-kept six-network presence for the rule tests: every rule must stay quiet on it.

Built from small, explicit domain objects (the parsers are tested on recorded data elsewhere).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import (
    Link,
    Network,
    Position,
    Post,
    Profile,
    SourceOutcome,
    SourceStatus,
    VisibilityFacts,
)
from advocacy.domain.profile import Accounts, Company, CompanyAccounts, Me, ProfileConfig

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
SITE = "https://sam.example/"

COMPANY = Company(
    name="Acme Widgets",
    aliases=("Acme",),
    domains=("acme.example",),
    hashtags=("AcmeWidgets",),
    customers=("Initech",),
    competitors=("Umbrella Gadgets",),
    sensitive_terms=("Project Falcon",),
    disclosures=("I work at Acme",),
    accounts=CompanyAccounts(mastodon="@acme@social.example", bluesky="acme.example", github="acme", x="acme"),
)
CONFIG = ProfileConfig(
    me=Me(
        name="Sam Rivera",
        title="Developer Advocate",
        former_employers=("Globex",),
        accounts=Accounts(mastodon="@sam@social.example", bluesky="sam.example", github="samrivera", website=SITE),
    ),
    company=COMPANY,
)
GOOD_VISIBILITY = VisibilityFacts(public=True, discoverable=True, indexable=True, noindex=False)

PROFILES = {
    Network.MASTODON: Profile(
        network=Network.MASTODON,
        handle="@sam@social.example",
        url="https://social.example/@sam",
        display_name="Sam Rivera",
        bio="Developer Advocate at @acme@social.example. I write about APIs and docs.",
        links=(Link(SITE, "Website", verified_at=NOW - timedelta(days=3)),),
        avatar_is_default=False,
        header_is_default=False,
        visibility=GOOD_VISIBILITY,
    ),
    Network.BLUESKY: Profile(
        network=Network.BLUESKY,
        handle="sam.example",
        url="https://bsky.app/profile/sam.example",
        display_name="Sam Rivera 🦋",
        bio="Developer Advocate at @acme.example. APIs, docs, accessibility.",
        links=(Link(SITE, "Website"),),
        avatar_is_default=False,
        header_is_default=False,
        updated_at=NOW - timedelta(days=20),
        visibility=VisibilityFacts(public=True, handle_kind="custom-domain"),
    ),
    Network.GITHUB: Profile(
        network=Network.GITHUB,
        handle="samrivera",
        url="https://github.com/samrivera",
        display_name="Sam Rivera",
        bio="Developer Advocate. I maintain small API tools.",
        employer="@acme",
        links=(Link(SITE, "Website"),),
        updated_at=NOW - timedelta(days=40),
        visibility=VisibilityFacts(public=True, company_org_member_public=True),
    ),
    Network.WEBSITE: Profile(
        network=Network.WEBSITE,
        handle=SITE,
        url=SITE,
        display_name="Sam Rivera",
        headline="Developer Advocate",
        bio="Notes on APIs and docs.",
        employer="Acme Widgets",
        links=(
            Link("https://social.example/@sam", "rel=me"),
            Link("https://bsky.app/profile/sam.example", "rel=me"),
            Link("https://github.com/samrivera", "rel=me"),
        ),
        visibility=VisibilityFacts(public=True, indexable=True, noindex=False, feed_found=True),
    ),
    Network.LINKEDIN: Profile(
        network=Network.LINKEDIN,
        handle="Sam Rivera",
        display_name="Sam Rivera",
        headline="Developer Advocate at Acme Widgets",
        bio="I help developers ship with Acme's APIs.",
        employer="Acme Widgets",
        positions=(
            Position("Acme Widgets", "Developer Advocate", "Jan 2025"),
            Position("Globex", "Engineer", "Jan 2020", "Dec 2024"),
        ),
    ),
    Network.X: Profile(
        network=Network.X,
        handle="@samrivera",
        url="https://x.com/samrivera",
        display_name="Sam Rivera",
        bio="Developer Advocate at @acme.",
        avatar_is_default=False,
        header_is_default=False,
    ),
}

_TOPICS = [
    "Good API docs answer three questions on the first screen.",
    "Cursor pagination beats offset pagination for feeds that change.",
    "Wrote up my notes from the accessibility meetup.",
    "Our new WidgetOS release ships today: https://acme.example/blog/widgetos-5 (I work at Acme)",
]


def posts(network: Network, *, count: int = 18, every_days: int = 5) -> tuple[Post, ...]:
    """A healthy feed: an original post every few days, one in four about the company, disclosed."""
    return tuple(
        Post(
            network=network,
            id=f"{network.value}-{i}",
            url=f"https://example.invalid/{network.value}/{i}",
            created_at=NOW - timedelta(days=1 + i * every_days),
            text=_TOPICS[i % len(_TOPICS)],
            links=("https://acme.example/blog/widgetos-5",) if i % len(_TOPICS) == 3 else (),
        )
        for i in range(count)
    )


def outcome(profile: Profile, feed: tuple[Post, ...] | None = None) -> SourceOutcome:
    if feed is None:
        feed = () if profile.network is Network.GITHUB else posts(profile.network)
    return SourceOutcome(
        network=profile.network, account=profile.handle, status=SourceStatus.OK, profile=profile, posts=feed
    )


def well_kept(**overrides: Profile) -> AuditInput:
    profiles = dict(PROFILES)
    for name, profile in overrides.items():
        profiles[Network(name)] = profile
    return AuditInput(config=CONFIG, outcomes=tuple(outcome(p) for p in profiles.values()), now=NOW)


def with_profile(network: Network, **changes: object) -> AuditInput:
    return well_kept(**{network.value: replace(PROFILES[network], **changes)})  # type: ignore[arg-type]


def with_posts(network: Network, feed: tuple[Post, ...]) -> AuditInput:
    outcomes = tuple(outcome(p, feed if p.network is network else None) for p in PROFILES.values())
    return AuditInput(config=CONFIG, outcomes=outcomes, now=NOW)


def post(network: Network, text: str, *, days_ago: int = 2, **changes: object) -> Post:
    base = Post(
        network=network, id="x1", url="https://example.invalid/x1", created_at=NOW - timedelta(days=days_ago), text=text
    )
    return replace(base, **changes)  # type: ignore[arg-type]
