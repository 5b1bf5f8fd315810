"""Visibility: can people actually find and see the profile, and does it look cared for?"""

from __future__ import annotations

from collections.abc import Callable

from advocacy.domain.addresses import site_of
from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Finding, Network, Profile, Severity
from checks.company import company_account_on, judged_profiles, says_where_you_work
from checks.matching import find_any, settings_url

GITHUB_ORG_PEOPLE = "{web}/orgs/{org}/people"  # {web}: github.com, or the Enterprise server's own address
BLUESKY_HANDLE_HELP = "https://bsky.social/about/blog/4-28-2023-domain-handle-tutorial"


def _finding(
    profile: Profile,
    check: str,
    severity: Severity,
    message: str,
    suggestion: str,
    *,
    evidence: str,
    page: str = "profile",
    help_url: str | None = None,
    replacement: str | None = None,
    target: str = "profile",
) -> Finding:
    return Finding(
        check=check,
        severity=severity,
        network=profile.network,
        target=target,
        message=message,
        suggestion=suggestion,
        evidence=evidence,
        replacement=replacement,
        help_url=help_url or settings_url(profile.network, profile.handle, page),
    )


def rel_me_snippet(profile: Profile) -> str:
    return f'<a rel="me" href="{profile.url}">{profile.network.label}</a>'


def _common(profile: Profile) -> list[Finding]:
    found = []
    label = profile.network.label
    if profile.network.facts.has_bio and not profile.bio.strip():
        found.append(
            _finding(
                profile,
                "visibility.empty_bio",
                Severity.WARNING,
                f"Your {label} bio is empty.",
                "Write one or two sentences: what you do, where, and what you post about.",
                target="bio",
                evidence="Bio: (empty)",
            )
        )
    if profile.avatar_is_default:
        found.append(
            _finding(
                profile,
                "visibility.default_avatar",
                Severity.WARNING,
                f"Your {label} profile still shows the default picture.",
                "Upload a clear photo or avatar: accounts without one look abandoned or fake.",
                evidence="Profile picture: the network's default image",
            )
        )
    if profile.header_is_default and profile.network.facts.has_header:
        found.append(
            _finding(
                profile,
                "visibility.default_header",
                Severity.INFO,
                f"Your {label} profile has no header image.",
                "Add a header image; your company's brand kit may have one for employees.",
                evidence="Header image: none",
            )
        )
    return found


def _mastodon(profile: Profile) -> list[Finding]:
    found = []
    facts = profile.visibility
    if facts.discoverable is not True:
        # null is what servers that never asked (older Mastodon, some forks) answer: worth a look, no alarm.
        stated = facts.discoverable is False
        found.append(
            _finding(
                profile,
                "visibility.not_discoverable",
                Severity.WARNING if stated else Severity.INFO,
                "Your Mastodon profile is not discoverable: it is left out of profile directories, "
                "suggestions and trends."
                if stated
                else "Your Mastodon server does not say whether your profile is discoverable; it may be left "
                "out of profile directories, suggestions and trends.",
                "Turn on “Feature profile and posts in discovery algorithms” in Preferences → Privacy and reach.",
                page="privacy",
                # As the server's JSON writes it, like the other fields quoted in evidence.
                evidence="discoverable: false" if facts.discoverable is False else "discoverable: not set (null)",
            )
        )
    if facts.noindex:
        found.append(
            _finding(
                profile,
                "visibility.noindex",
                Severity.WARNING,
                "Your Mastodon profile asks search engines not to index it.",
                "Turn off “Opt-out of search engine indexing” in Preferences → Privacy and reach.",
                page="privacy",
                evidence="noindex: true",
            )
        )
    if facts.indexable is False:
        found.append(
            _finding(
                profile,
                "visibility.not_indexable",
                Severity.INFO,
                "Your public Mastodon posts cannot be found with full-text search.",
                "Turn on “Include public posts in search results” in Preferences → Privacy and reach.",
                page="privacy",
                evidence="indexable: false",
            )
        )
    for link in profile.links:
        if link.in_profile_field and link.verified_at is None and link.url.startswith(("http://", "https://")):
            found.append(
                _finding(
                    profile,
                    "visibility.link_not_verified",
                    Severity.INFO,
                    f"The link {link.url} on your Mastodon profile is not verified (no green tick).",
                    f"Add this to the page at {link.url}, then save your Mastodon profile again: "
                    f"{rel_me_snippet(profile)}",
                    evidence=f"{link.label}: {link.url}" if link.label else link.url,
                    replacement=rel_me_snippet(profile),
                    target=f"link:{link.url}",
                )
            )
    return found


def _bluesky(profile: Profile) -> list[Finding]:
    found = []
    facts = profile.visibility
    if "!no-unauthenticated" in facts.labels:
        found.append(
            _finding(
                profile,
                "visibility.logged_out_hidden",
                Severity.WARNING,
                "Logged-out readers (and search engines) see nothing of your Bluesky profile.",
                "Turn off “Discourage apps from showing my account to logged-out users” in Settings → "
                "Privacy and security.",
                page="privacy",
                evidence="label: !no-unauthenticated",
            )
        )
    if facts.handle_kind == "invalid":
        found.append(
            _finding(
                profile,
                "visibility.handle_invalid",
                Severity.ERROR,
                "Your Bluesky handle no longer verifies; it shows as “handle.invalid”.",
                "Fix the DNS TXT record or /.well-known/atproto-did file for your domain, or pick a "
                "handle again in Settings → Account.",
                help_url=BLUESKY_HANDLE_HELP,
                evidence=profile.handle,
            )
        )
    elif facts.handle_kind == "bsky.social":
        found.append(
            _finding(
                profile,
                "visibility.handle_not_own_domain",
                Severity.INFO,
                f"Your Bluesky handle {profile.handle} is not on a domain you own.",
                "Use your own domain as your handle (Settings → Account → Handle): it verifies you are who you say.",
                help_url=BLUESKY_HANDLE_HELP,
                evidence=profile.handle,
            )
        )
    return found


def _github(profile: Profile, audit: AuditInput) -> list[Finding]:
    found = []
    org = audit.config.company.accounts.get(Network.GITHUB)
    if profile.visibility.company_org_member_public is False and org:
        org = org.lstrip("@")
        web = site_of(profile.url) or "https://github.com"
        people = GITHUB_ORG_PEOPLE.format(web=web, org=org)
        found.append(
            _finding(
                profile,
                "visibility.org_membership_private",
                Severity.WARNING,
                f"Your membership in the {org} organisation on GitHub is private.",
                f"Open {people}, find yourself and set “Organization visibility” to Public.",
                help_url=people,
                evidence=f"Public members of {org}: you are not listed",
            )
        )
    # A profile that does not say where you work at all has company.not_mentioned, with this same
    # fix; an empty Company field is worth its own note only when the bio or links already say it.
    if not profile.employer and says_where_you_work(profile, audit.config.company):
        handle = company_account_on(Network.GITHUB, audit.config.company) or audit.config.company.name
        if handle:
            found.append(
                _finding(
                    profile,
                    "visibility.no_company",
                    Severity.INFO,
                    "Your GitHub profile has no Company.",
                    f"Set Company to {handle} in your GitHub profile settings.",
                    replacement=handle,
                    evidence="Company: (empty)",
                )
            )
    if not any(link.label == "Website" for link in profile.links):
        website = audit.config.me.accounts.get(Network.WEBSITE)
        found.append(
            _finding(
                profile,
                "visibility.no_blog",
                Severity.INFO,
                "Your GitHub profile links to no website or blog.",
                f"Set Website to {website} in your GitHub profile settings."
                if website
                else "Add your website or blog in your GitHub profile settings.",
                replacement=website,
                evidence="Website: (empty)",
            )
        )
    return found


def _website(profile: Profile, audit: AuditInput) -> list[Finding]:
    found = []
    facts = profile.visibility
    if facts.noindex:
        found.append(
            _finding(
                profile,
                "visibility.noindex",
                Severity.WARNING,
                "Your website asks search engines not to index it (robots noindex).",
                'Remove noindex from the page\'s <meta name="robots"> tag or X-Robots-Tag header.',
                evidence="robots: noindex",
                help_url=profile.url or None,
            )
        )
    if not any(link.label == "rel=me" for link in profile.links):
        others = [p for p in audit.profiles if p.network.facts.links_out]
        snippet = " ".join(rel_me_snippet(p) for p in others if p.url) or '<a rel="me" href="…">…</a>'
        found.append(
            _finding(
                profile,
                "visibility.no_rel_me",
                Severity.INFO,
                'Your website has no rel="me" links to your profiles.',
                f"Add these links to your home page so networks can verify it is yours: {snippet}",
                replacement=snippet,
                help_url=profile.url or None,
                evidence=f'rel="me" links on {profile.url or profile.handle}: none',
            )
        )
    if facts.feed_found is False:
        found.append(
            _finding(
                profile,
                "visibility.no_feed",
                Severity.INFO,
                "Your website does not announce a feed, so readers and apps cannot follow it.",
                'Add <link rel="alternate" type="application/rss+xml" href="/feed.xml"> (your feed\'s '
                "address) to the page's <head>.",
                help_url=profile.url or None,
                evidence=f'<link rel="alternate"> on {profile.url or profile.handle}: none',
            )
        )
    return found


def _linkedin(profile: Profile, audit: AuditInput) -> list[Finding]:
    found = []
    company = audit.config.company
    if not any(p.is_current for p in profile.positions):
        found.append(
            _finding(
                profile,
                "visibility.no_current_position",
                Severity.WARNING,
                "Your LinkedIn profile lists no current position.",
                f"Add your current role ({audit.config.me.title or 'your title'} at "
                f"{company.name or 'your employer'}) under Experience.",
                evidence="Positions without an end date: none",
            )
        )
    if company.name and profile.headline and find_any(profile.headline, [company.name, *company.aliases]) is None:
        replacement = f"{profile.headline} at {company.name}"
        found.append(
            _finding(
                profile,
                "visibility.headline_without_employer",
                Severity.INFO,
                f"Your LinkedIn headline does not name {company.name}.",
                f"Headlines are what people see next to your name everywhere: try “{replacement}”.",
                evidence=profile.headline,
                replacement=replacement,
                target="headline",
            )
        )
    return found


def _private_account(profile: Profile, _audit: AuditInput) -> list[Finding]:
    """Instagram and Threads: a private account shows its posts only to the followers it approved."""
    if profile.visibility.public is not False:
        return []
    label = profile.network.label
    return [
        _finding(
            profile,
            "visibility.private_account",
            Severity.WARNING,
            f"Your {label} account is private: only the followers you approved see your posts.",
            f"Turn off “Private account” in {label}{'’' if label.endswith('s') else '’s'} settings (Account privacy), "
            "so that what you share "
            "reaches people who do not follow you yet.",
            page="privacy",
            evidence="Private Account: True",
        )
    ]


def check_visibility(audit: AuditInput) -> list[Finding]:
    """``visibility.*``: per-network settings that hide the profile or make it look neglected."""
    findings: list[Finding] = []
    for profile in judged_profiles(audit):
        findings += _common(profile)
        own_rules = _OWN_SETTINGS.get(profile.network)
        if own_rules is not None:
            findings += own_rules(profile, audit)
    return findings


# The settings only one network has, with its own words for them; every network gets _common.
_OWN_SETTINGS: dict[Network, Callable[[Profile, AuditInput], list[Finding]]] = {
    Network.MASTODON: lambda profile, _audit: _mastodon(profile),
    Network.BLUESKY: lambda profile, _audit: _bluesky(profile),
    Network.GITHUB: _github,
    Network.WEBSITE: _website,
    Network.LINKEDIN: _linkedin,
    Network.INSTAGRAM: _private_account,
    Network.THREADS: _private_account,
}


RULES = (check_visibility,)
