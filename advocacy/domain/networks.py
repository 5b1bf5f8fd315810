"""The networks the app knows, declared once: the ``Network`` type and one row of facts per network.

Everything that differs by network and is a fact rather than behaviour lives in its row: the label,
where it is named in the profile file, what a handle looks like, where its settings pages are, how
to add alt text there, its badge, what a token is for, how an account is connected, and which
adapter package reads and posts to it. Every list in the window, the command line, the rules and the
reports is derived from this table, and the behaviour (fetch, parse, count, share links, posting,
connecting) is reached through the adapter the row names (``advocacy.networks``). Adding a network
is one enum member and one row here, plus its adapter package.

Pure: the rules read these facts, so nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from advocacy.domain.handles import (
    Normalised,
    bluesky_handle,
    fediverse_handle,
    github_handle,
    mastodon_parts,
    website_handle,
)


class Network(StrEnum):
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    GITHUB = "github"
    WEBSITE = "website"
    LINKEDIN = "linkedin"
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    THREADS = "threads"
    MISSKEY = "misskey"

    @property
    def facts(self) -> NetworkFacts:
        return FACTS[self]

    @property
    def label(self) -> str:
        return FACTS[self].label

    @property
    def chart_colour(self) -> str:
        """Its line or bar in a chart: brand colours clash (GitHub, X and Threads are all black), so
        charts use a palette whose colours stay apart for colour-blind readers and on dark and light
        backgrounds alike, in the networks' order."""
        return CHART_PALETTE[list(Network).index(self) % len(CHART_PALETTE)]


# Okabe & Ito's colour-blind-safe set (less its black), then three more that stay apart from it.
CHART_PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#f0e442",
    "#8c6bb1",
    "#a6761d",
    "#999933",
)


class Presence(StrEnum):
    """What kind of presence an account is, which decides which rules and plans apply to it."""

    SOCIAL = "social"  # a person posts to followers: goals, drafts, reminders, company mentions
    CODE = "code"  # activity is commits and repositories: not posting, not an endorsement
    SITE = "site"  # a home page and perhaps a blog feed


class ConnectKind(StrEnum):
    """How a person connects an account so the app can use it (the network's ``connector`` does it)."""

    SIGN_IN = "sign-in"  # approve the app on the server's own page in the browser (OAuth, PKCE)
    APP_PASSWORD = "app-password"  # a password made for this app alone, pasted in and tested
    TOKEN = "token"  # a read-only token made on the network's settings page, pasted in and tested


class AccountKind(StrEnum):
    HANDLE = "handle"  # normalised by the row's handle syntax
    ADDRESS = "address"  # a web address
    FILE = "file"  # a downloaded export: a path on this computer, never found in a link


@dataclass(frozen=True)
class NetworkFacts:
    network: Network
    label: str
    adapter: str  # the package that fetches, counts, links and posts (see advocacy.networks)
    account_field: str  # the key in [me.accounts]
    handle_example: str  # how the user writes it
    form_label: str | None = None  # the setup form's label, when it says more than the network's name
    presence: Presence = Presence.SOCIAL
    account_kind: AccountKind = AccountKind.HANDLE
    normalise: Callable[[str], Normalised] | None = None
    company_field: str | None = None  # the key in [company.accounts]
    company_is_handle: bool = True  # written as @handle (LinkedIn names a page, not a handle)
    endpoint_fields: tuple[str, ...] = ()  # keys in [endpoints]: the server first, then any others
    # Every server is its own: the handle names it, it sets its own post length and has its own composer.
    federated: bool = False
    export_title: str | None = None  # how a card names an export (its folder's name says nothing)
    export_inside: Network | None = None  # its export comes inside another network's download
    api_posting: bool = False  # the app can post there itself, with the user's token or app password
    # The server holds a post and publishes it later, for a time at least this far ahead (None: it cannot).
    schedule_ahead: timedelta | None = None
    token_use: str | None = None  # what a token in the keyring is for, in the user's words
    connect: ConnectKind | None = None  # Connect… is offered, this way (else a token is pasted, if any)
    links_out: bool = False  # the profile shows links to other accounts (rel="me" verification)
    has_bio: bool = True
    has_header: bool = False  # a header image whose default looks neglected
    employer_field: str | None = None  # the profile has its own employer field, by this name
    profile_settings: str | None = None  # where the profile is edited; {host} and {handle} filled in
    privacy_settings: str | None = None  # where discoverability is set, when it has its own page
    alt_text_fix: str | None = None  # how to add a description to an image already posted
    badge: tuple[str, str] = ("?", "#607d8b")  # the card's badge: text and colour

    @property
    def posted_to(self) -> bool:
        """A person posts there: a weekly goal, a draft per item, a reminder make sense."""
        return self.presence is Presence.SOCIAL

    @property
    def schedules_on_server(self) -> bool:
        return self.schedule_ahead is not None

    @property
    def account_label(self) -> str:
        return self.form_label or self.export_title or self.label

    @property
    def addressable(self) -> bool:
        """An account found in a link can be added (exports are files, not addresses)."""
        return self.account_kind is not AccountKind.FILE

    def settings_url(self, handle: str, page: str = "profile") -> str | None:
        """Where the person changes this on the network (``page``: "profile" or "privacy")."""
        template = self.privacy_settings if page == "privacy" and self.privacy_settings else self.profile_settings
        if template is None:
            return None
        if "{host}" in template:
            parts = mastodon_parts(handle)
            if parts is None:
                return None
            return template.format(host=parts[1], handle=handle)
        return template.format(handle=handle)


_FEDIVERSE_EXAMPLE = "@you@instance.social"

NETWORKS: tuple[NetworkFacts, ...] = (
    NetworkFacts(
        Network.MASTODON,
        "Mastodon",
        "advocacy.networks.mastodon",
        "mastodon",
        _FEDIVERSE_EXAMPLE,
        normalise=fediverse_handle("Mastodon"),
        company_field="mastodon",
        endpoint_fields=("mastodon",),
        federated=True,
        api_posting=True,
        schedule_ahead=timedelta(minutes=5),
        token_use="lets the app post for you, after you confirm each post",
        connect=ConnectKind.SIGN_IN,
        links_out=True,
        has_header=True,
        profile_settings="https://{host}/settings/profile",
        privacy_settings="https://{host}/settings/privacy",
        alt_text_fix="Edit the post, choose the image and fill in its description (alt text).",
        badge=("M", "#6364ff"),
    ),
    NetworkFacts(
        Network.BLUESKY,
        "Bluesky",
        "advocacy.networks.bluesky",
        "bluesky",
        "you.bsky.social or your own domain",
        normalise=bluesky_handle,
        company_field="bluesky",
        endpoint_fields=("bluesky", "bluesky_pds"),
        api_posting=True,
        token_use="an app password: lets the app post for you, after you confirm each post",
        connect=ConnectKind.APP_PASSWORD,
        links_out=True,
        has_header=True,
        profile_settings="https://bsky.app/profile/{handle}",
        privacy_settings="https://bsky.app/settings/privacy-and-security",
        alt_text_fix="Bluesky cannot add alt text to a published post: delete and repost it with "
        "“+ALT” filled in for each image, or add a reply that describes it.",
        badge=("B", "#1185fe"),
    ),
    NetworkFacts(
        Network.GITHUB,
        "GitHub",
        "advocacy.networks.github",
        "github",
        "you",
        presence=Presence.CODE,
        normalise=github_handle,
        company_field="github",
        endpoint_fields=("github",),
        token_use=(
            "lets the app read all of your GitHub in one go; "
            "without it, GitHub stops answering after a few audits an hour"
        ),
        connect=ConnectKind.TOKEN,
        links_out=True,
        employer_field="Company",
        profile_settings="https://github.com/settings/profile",
        badge=("G", "#24292f"),
    ),
    NetworkFacts(
        Network.WEBSITE,
        "Website",
        "advocacy.networks.website",
        "website",
        "https://you.example",
        form_label="Website or blog",
        presence=Presence.SITE,
        account_kind=AccountKind.ADDRESS,
        normalise=website_handle,
        has_bio=False,
        badge=("W", "#2e7d32"),
    ),
    NetworkFacts(
        Network.LINKEDIN,
        "LinkedIn",
        "advocacy.networks.linkedin",
        "linkedin_export",
        "~/Downloads/LinkedInDataExport.zip",
        account_kind=AccountKind.FILE,
        company_field="linkedin",
        company_is_handle=False,
        export_title="LinkedIn data export",
        has_bio=False,
        profile_settings="https://www.linkedin.com/in/me/",
        badge=("in", "#0a66c2"),
    ),
    NetworkFacts(
        Network.X,
        "X",
        "advocacy.networks.x",
        "x_archive",
        "~/Downloads/twitter-archive.zip",
        account_kind=AccountKind.FILE,
        company_field="x",
        export_title="X archive",
        has_header=True,
        profile_settings="https://x.com/settings/profile",
        badge=("X", "#000000"),
    ),
    NetworkFacts(
        Network.FACEBOOK,
        "Facebook",
        "advocacy.networks.facebook",
        "facebook_export",
        "~/Downloads/facebook-you.zip",
        account_kind=AccountKind.FILE,
        company_field="facebook",
        company_is_handle=False,  # a Page's name
        export_title="Facebook export",
        has_bio=False,  # the export does not hold the intro, so an empty one proves nothing
        employer_field="Work",
        profile_settings="https://www.facebook.com/me/about",
        privacy_settings="https://www.facebook.com/settings/?tab=privacy",
        alt_text_fix="Open the photo, choose ⋯ → Edit alt text, and describe it.",
        badge=("f", "#1877f2"),
    ),
    NetworkFacts(
        Network.INSTAGRAM,
        "Instagram",
        "advocacy.networks.instagram",
        "instagram_export",
        "~/Downloads/instagram-you.zip",
        account_kind=AccountKind.FILE,
        company_field="instagram",
        export_title="Instagram export",
        profile_settings="https://www.instagram.com/accounts/edit/",
        alt_text_fix="Open the post, choose ⋯ → Edit, then “Edit alt text” on the image, and describe it.",
        badge=("IG", "#c13584"),
    ),
    NetworkFacts(
        Network.THREADS,
        "Threads",
        "advocacy.networks.threads",
        "threads_export",
        "~/Downloads/instagram-you.zip (Threads is in it)",
        account_kind=AccountKind.FILE,
        company_field="threads",
        export_title="Threads (from the Instagram export)",
        export_inside=Network.INSTAGRAM,
        profile_settings="https://www.threads.com/{handle}",
        badge=("@", "#101010"),
    ),
    NetworkFacts(
        Network.MISSKEY,
        "Misskey",
        "advocacy.networks.misskey",
        "misskey",
        "@you@misskey.io",
        form_label="Misskey (or Sharkey, Iceshrimp, Firefish)",
        normalise=fediverse_handle("Misskey", "@you@misskey.io"),
        company_field="misskey",
        endpoint_fields=("misskey",),
        federated=True,
        api_posting=True,
        token_use="an access token (Settings → API on your server): lets the app post for you, after you confirm",
        links_out=True,
        has_header=True,
        profile_settings="https://{host}/settings/profile",
        privacy_settings="https://{host}/settings/privacy",
        alt_text_fix="Open Drive on your server, choose the image, choose “Edit caption” and describe it: the note "
        "shows the new description.",
        badge=("Mi", "#5f8a00"),
    ),
)
FACTS: dict[Network, NetworkFacts] = {facts.network: facts for facts in NETWORKS}


# Derived, in the table's order: what the Share tab drafts for, where goals apply, where the app posts.
POSTED_TO: tuple[Network, ...] = tuple(f.network for f in NETWORKS if f.posted_to)
API_POSTING: tuple[Network, ...] = tuple(f.network for f in NETWORKS if f.api_posting)
LINKS_OUT: tuple[Network, ...] = tuple(f.network for f in NETWORKS if f.links_out)
TOKEN_USES: dict[Network, str] = {f.network: f.token_use for f in NETWORKS if f.token_use}
CONNECTABLE: tuple[Network, ...] = tuple(f.network for f in NETWORKS if f.connect)
ACCOUNT_FIELDS: tuple[str, ...] = tuple(f.account_field for f in NETWORKS)
COMPANY_FIELDS: tuple[str, ...] = tuple(f.company_field for f in NETWORKS if f.company_field)
ENDPOINT_FIELDS: tuple[str, ...] = tuple(field for f in NETWORKS for field in f.endpoint_fields)


def facts(network: Network) -> NetworkFacts:
    return FACTS[network]


def normalise(network: Network, value: str) -> Normalised:
    """The handle in the app's form, or ``BadHandle``. Exports (file paths) pass unchanged."""
    normaliser = FACTS[network].normalise
    return normaliser(value) if normaliser else Normalised(value.strip())


def from_account_field(field: str) -> Network | None:
    return next((f.network for f in NETWORKS if f.account_field == field), None)
