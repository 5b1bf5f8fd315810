"""The user's profile file as typed values: who they are, where they work, and the limits they chose.

Loading and saving live in ``advocacy.profile_file``; these types are pure so the rules can read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advocacy.domain.models import Network
from advocacy.domain.networks import NETWORKS, POSTED_TO, facts


@dataclass(frozen=True)
class Accounts:
    mastodon: str | None = None
    bluesky: str | None = None
    github: str | None = None
    website: str | None = None
    linkedin_export: str | None = None
    x_archive: str | None = None

    def configured(self) -> dict[Network, str]:
        """Networks the user named, in the table's fixed order."""
        values = {f.network: getattr(self, f.account_field) for f in NETWORKS}
        return {network: value for network, value in values.items() if value}

    def get(self, network: Network) -> str | None:
        value = getattr(self, facts(network).account_field)
        return value if isinstance(value, str) and value else None


@dataclass(frozen=True)
class Me:
    name: str = ""
    title: str = ""
    former_employers: tuple[str, ...] = ()
    accounts: Accounts = field(default_factory=Accounts)


@dataclass(frozen=True)
class CompanyAccounts:
    mastodon: str | None = None
    bluesky: str | None = None
    github: str | None = None
    linkedin: str | None = None
    x: str | None = None


@dataclass(frozen=True)
class Feed:
    url: str
    name: str = ""


@dataclass(frozen=True)
class Company:
    name: str = ""
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    customers: tuple[str, ...] = ()
    competitors: tuple[str, ...] = ()
    sensitive_terms: tuple[str, ...] = ()
    glossary: tuple[str, ...] = ()
    disclosures: tuple[str, ...] = ()
    accounts: CompanyAccounts = field(default_factory=CompanyAccounts)
    feeds: tuple[Feed, ...] = ()


@dataclass(frozen=True)
class Endpoints:
    """Base-URL overrides: self-hosted servers, GitHub Enterprise, loopback servers in tests."""

    mastodon: str | None = None
    bluesky: str | None = None
    bluesky_pds: str | None = None
    github: str | None = None


@dataclass(frozen=True)
class Thresholds:
    last_post_warning_days: int = 30
    last_post_error_days: int = 90
    posting_target_days: int = 7  # one original post every this many days is the cadence goal
    profile_update_warning_days: int = 365
    blog_quiet_days: int = 120
    max_posts: int = 100
    max_post_age_days: int = 90


# Networks where a person posts on their own schedule: a goal in posts per week makes sense there.
# GitHub and a blog are judged by their own staleness checks instead.
GOAL_NETWORKS = tuple(network.value for network in POSTED_TO)


@dataclass(frozen=True)
class Goals:
    """Original posts per week the person aims for, per network; 0 means no goal there.

    A network not named gets the goal that ``[thresholds] posting_target_days`` implies (one post
    every 7 days is one a week): the older setting grows into this one."""

    posts_per_week: tuple[tuple[str, int], ...] = ()
    reminders: bool = False  # opt-in: a desktop notification when a reminder is due or a network goes quiet

    def for_network(self, network: str, thresholds: Thresholds) -> int:
        explicit = dict(self.posts_per_week)
        if network in explicit:
            return explicit[network]
        if network not in GOAL_NETWORKS:
            return 0
        return max(1, round(7 / max(1, thresholds.posting_target_days)))


@dataclass(frozen=True)
class AuditOptions:
    # Visiting every link on the profiles costs requests to other people's servers: opt-in.
    check_links: bool = False
    spelling: bool = True
    # The language of bios and of posts that declare none: "en" accepts American and British
    # spellings, "en-US" or "en-GB" only one of them.
    language: str = "en"
    # A LanguageTool server for grammar (self-hosted, or https://api.languagetoolplus.com/ with the
    # username and API key in the keyring), or "local" for a LanguageTool installation already on
    # this machine. None: offline spelling only.
    languagetool_url: str | None = None


@dataclass(frozen=True)
class ProfileConfig:
    me: Me = field(default_factory=Me)
    company: Company = field(default_factory=Company)
    endpoints: Endpoints = field(default_factory=Endpoints)
    thresholds: Thresholds = field(default_factory=Thresholds)
    audit: AuditOptions = field(default_factory=AuditOptions)
    goals: Goals = field(default_factory=Goals)
    company_file: str | None = None
    # What the loader rewrote and the user should hear about (a pasted profile URL read as a handle).
    notes: tuple[str, ...] = field(default=(), compare=False)
