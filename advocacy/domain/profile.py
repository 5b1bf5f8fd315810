"""The user's profile file as typed values: who they are, where they work, and the limits they chose.

Loading and saving live in ``advocacy.profile_file``; these types are pure so the rules can read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Self

from advocacy.domain.models import Network
from advocacy.domain.networks import ACCOUNT_FIELDS, COMPANY_FIELDS, ENDPOINT_FIELDS, NETWORKS, POSTED_TO, facts


class _ByNetwork:
    """Values per network, written in the profile file under the keys the network table names.

    Built from those keys (``Accounts(mastodon="@me@host")``) or from a mapping by network; read
    with ``get(network)``. Immutable and hashable like the frozen dataclasses around it. No field
    per network: a network added to the table is accepted here without a change."""

    __slots__ = ("_values",)
    _values: tuple[tuple[str, str], ...]

    @staticmethod
    def _keys() -> tuple[str, ...]:
        raise NotImplementedError

    @staticmethod
    def _key_of(network: Network) -> str | None:
        raise NotImplementedError

    def __init__(self, by_network: Mapping[Network, str | None] | None = None, /, **by_key: str | None) -> None:
        values = dict(by_key)
        for network, value in (by_network or {}).items():
            key = self._key_of(network)
            if key is None:
                raise TypeError(f"{type(self).__name__} has no place for {network.label}")
            values[key] = value
        unknown = set(values) - set(self._keys())
        if unknown:
            raise TypeError(f"{type(self).__name__} has no {', '.join(sorted(unknown))}")
        kept = tuple((key, values[key]) for key in self._keys() if values.get(key))
        object.__setattr__(self, "_values", tuple((k, v) for k, v in kept if isinstance(v, str)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def field(self, key: str) -> str | None:
        """The value under a profile-file key."""
        return dict(self._values).get(key)

    def get(self, network: Network) -> str | None:
        key = self._key_of(network)
        return self.field(key) if key else None

    def configured(self) -> dict[Network, str]:
        """The networks with a value, in the table's fixed order."""
        values = {f.network: self.get(f.network) for f in NETWORKS}
        return {network: value for network, value in values.items() if value}

    def fields(self) -> dict[str, str | None]:
        """Every key the table names, in its order, with its value or None: for writing the file."""
        values = dict(self._values)
        return {key: values.get(key) for key in self._keys()}

    def replaced(self, network: Network, value: str | None) -> Self:
        key = self._key_of(network)
        if key is None:
            raise TypeError(f"{type(self).__name__} has no place for {network.label}")
        return type(self)(**{**dict(self._values), key: value})

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._values == self._values

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self._values)})"

    def __bool__(self) -> bool:
        return bool(self._values)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuilt, (type(self), self._values))


def _rebuilt(kind: type[_ByNetwork], values: tuple[tuple[str, str], ...]) -> _ByNetwork:
    return kind(**dict(values))


class Accounts(_ByNetwork):
    """The person's own accounts: handles, a web address, the paths of downloaded exports."""

    @staticmethod
    def _keys() -> tuple[str, ...]:
        return ACCOUNT_FIELDS

    @staticmethod
    def _key_of(network: Network) -> str | None:
        return facts(network).account_field


@dataclass(frozen=True)
class Me:
    name: str = ""
    title: str = ""
    former_employers: tuple[str, ...] = ()
    accounts: Accounts = field(default_factory=Accounts)


class CompanyAccounts(_ByNetwork):
    """The company's own accounts, where it has them."""

    @staticmethod
    def _keys() -> tuple[str, ...]:
        return COMPANY_FIELDS

    @staticmethod
    def _key_of(network: Network) -> str | None:
        return facts(network).company_field


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


class Endpoints(_ByNetwork):
    """Base-URL overrides: self-hosted servers, GitHub Enterprise, loopback servers in tests.

    ``get(network)`` is the network's server (its first endpoint key); a network with more than one
    (Bluesky's AppView and PDS) reads the others with ``field``."""

    @staticmethod
    def _keys() -> tuple[str, ...]:
        return ENDPOINT_FIELDS

    @staticmethod
    def _key_of(network: Network) -> str | None:
        keys = facts(network).endpoint_fields
        return keys[0] if keys else None


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


MAX_POSTS_PER_WEEK = 50  # more is a typo for a number of days, or a bot


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


# The languagetool_url value for a LanguageTool installation on this machine: no account needed.
LOCAL_LANGUAGETOOL = "local"


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


@dataclass(frozen=True)
class FieldProblem:
    """Why a profile (typed into a form) would be refused: the profile-file key it is about
    (``[me.accounts] mastodon``; None for the profile as a whole) and the sentence about it."""

    key: str | None
    problem: str  # as it follows the key: " must be…", ": 'sam' is not…"

    def sentence(self, label: str | None = None) -> str:
        """The problem for the user, naming the field as the form labels it."""
        name = label or self.key
        return f"{name}{self.problem}" if name else self.problem.lstrip(": ")
