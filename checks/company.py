"""Company mentions: do your profiles say where you work, spelled the way the company spells itself?"""

from __future__ import annotations

import re
from datetime import timedelta

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Finding, Network, Post, Profile, Severity
from advocacy.domain.networks import facts
from advocacy.domain.profile import Company
from checks.matching import (
    company_handles,
    company_terms,
    excerpt,
    find_any,
    links_to_company,
    post_mentions_company,
    profile_text,
    settings_url,
)

RECENT_DAYS = 90
PRESS_RELEASE_SHARE = 0.6
_LEGAL_SUFFIX = r"(?:\s+(?:corp(?:oration)?|inc|ltd|llc|gmbh|co|company)\.?)?"


def is_company_account(profile: Profile, company: Company) -> bool:
    handle = profile.handle.lower().lstrip("@")
    return any(h.lower().lstrip("@") == handle for h in company_handles(company))


def personal_profiles(audit: AuditInput) -> list[Profile]:
    return [p for p in audit.profiles if not is_company_account(p, audit.config.company)]


def judged_profiles(audit: AuditInput) -> list[Profile]:
    """The person's profiles that were read: a stand-in for one that was not is never judged."""
    return [p for p in personal_profiles(audit) if p.read]


def company_account_on(network: Network, company: Company) -> str | None:
    # A company page (LinkedIn) is not a handle: only networks with @handles are written with an @.
    value = company.accounts.get(network) if facts(network).company_is_handle else None
    if not value:
        return None
    return value if value.startswith("@") else f"@{value}"


def says_where_you_work(profile: Profile, company: Company) -> bool:
    """The profile names the company (its name, an alias, a handle) or links to one of its sites."""
    text = profile_text(profile)
    return bool(find_any(text, company_terms(company)) or links_to_company([k.url for k in profile.links], company))


def check_says_where_you_work(audit: AuditInput) -> list[Finding]:
    """``company.not_mentioned``: the profile does not say where you work."""
    company = audit.config.company
    if not company.name:
        return []
    title = audit.config.me.title
    findings = []
    for profile in judged_profiles(audit):
        if says_where_you_work(profile, company):
            continue
        handle = company_account_on(profile.network, company)
        employer_field = profile.network.facts.employer_field
        if employer_field:
            fix = f"Set {employer_field} to {handle or company.name} in your {profile.network.label} profile settings."
            replacement = handle or company.name
        else:
            phrase = f"{title} at {handle or company.name}" if title else f"Working at {handle or company.name}"
            fix = f"Add “{phrase}” to your {profile.network.label} bio."
            replacement = phrase
        findings.append(
            Finding(
                check="company.not_mentioned",
                severity=Severity.WARNING,
                network=profile.network,
                target="bio",
                message=f"Your {profile.network.label} profile does not say that you work at {company.name}.",
                suggestion=fix,
                evidence=excerpt(profile.bio) if profile.bio else "(empty bio)",
                replacement=replacement,
                help_url=settings_url(profile.network, profile.handle),
            )
        )
    return findings


def _spelling_pattern(official: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@#./-]){re.escape(official)}{_LEGAL_SUFFIX}(?![\w-]|\.\w)", re.IGNORECASE)


def _misspelling(text: str, company: Company) -> tuple[str, tuple[int, int], str] | None:
    """(as written, span, official form) for the first name written differently from the official form."""
    official_forms = [company.name, *company.aliases]
    for official in sorted((o for o in official_forms if o), key=len, reverse=True):
        for match in _spelling_pattern(official).finditer(text):
            written = match.group(0)
            if written not in official_forms:
                return written, (match.start(), match.end()), official
    return None


def check_spelling(audit: AuditInput) -> list[Finding]:
    """``company.misspelled``: the company written in another form than its own (``ACME corp`` → ``Acme``)."""
    company = audit.config.company
    if not company.name:
        return []
    findings = []
    for profile in judged_profiles(audit):
        fields = [("headline", profile.headline), ("bio", profile.bio), ("employer", profile.employer)]
        for field, text in fields:
            found = _misspelling(text, company)
            if found:
                findings.append(
                    _misspelled(profile.network, field, text, found, settings_url(profile.network, profile.handle))
                )
    for post in own_posts(audit):
        found = _misspelling(post.text, company)
        if found:
            findings.append(_misspelled(post.network, f"post:{post.id}", post.text, found, post.url or None))
    return findings


def _misspelled(
    network: Network, target: str, text: str, found: tuple[str, tuple[int, int], str], url: str | None
) -> Finding:
    written, span, official = found
    return Finding(
        check="company.misspelled",
        severity=Severity.INFO,
        network=network,
        target=target,
        message=f"“{written}” is written “{official}” by the company itself.",
        suggestion=f"Write “{official}”: brand spelling is the first thing colleagues notice.",
        evidence=text,
        span=span,
        replacement=official,
        help_url=url,
    )


def check_handle_linked(audit: AuditInput) -> list[Finding]:
    """``company.handle_not_linked``: the bio names the company but not its account on that network."""
    company = audit.config.company
    findings = []
    for profile in judged_profiles(audit):
        handle = company_account_on(profile.network, company)
        if handle is None or (profile.network.facts.employer_field and profile.employer):
            continue
        text = "\n".join([profile.headline, profile.bio, profile.employer])
        named = find_any(text, [company.name, *company.aliases])
        if named is None or find_any(text, company_handles(company)):
            continue
        findings.append(
            Finding(
                check="company.handle_not_linked",
                severity=Severity.INFO,
                network=profile.network,
                target="bio",
                message=f"Your bio names {named[0]} as plain text; its {profile.network.label} account is {handle}.",
                suggestion=f"Write {handle} instead, so readers can follow the company in one click.",
                evidence=text.strip(),
                span=named[1],
                replacement=handle,
                help_url=settings_url(profile.network, profile.handle),
            )
        )
    return findings


def own_posts(audit: AuditInput) -> list[Post]:
    """What the person wrote on their own accounts: no reposts, no company accounts, and no GitHub
    activity (a commit message naming the company is work, not an endorsement)."""
    personal = {(p.network, p.handle) for p in personal_profiles(audit)}
    return [
        post
        for outcome in audit.with_profiles()
        if outcome.profile is not None
        and outcome.network.facts.posted_to
        and (outcome.network, outcome.profile.handle) in personal
        for post in outcome.posts
        if not post.is_repost
    ]


def check_share_of_company_posts(audit: AuditInput) -> list[Finding]:
    """``company.no_posts`` / ``company.press_release``: how much of your feed is about the company."""
    company = audit.config.company
    if not company.name:
        return []
    since = audit.now - timedelta(days=RECENT_DAYS)
    findings = []
    for network in dict.fromkeys(p.network for p in personal_profiles(audit)):
        if not network.facts.posted_to:
            continue
        recent = [p for p in own_posts(audit) if p.network is network and p.is_original and p.created_at >= since]
        if len(recent) < 3:
            continue
        about = [p for p in recent if post_mentions_company(p, company)]
        share = len(about) / len(recent)
        if not about:
            findings.append(
                Finding(
                    check="company.no_posts",
                    severity=Severity.INFO,
                    network=network,
                    target="posts",
                    message=f"None of your {len(recent)} recent {network.label} posts mention {company.name}.",
                    suggestion=f"Share one thing from {company.name} you find genuinely interesting, in your own words "
                    "(the Share tab has fresh items).",
                    evidence=f"0 of {len(recent)} original posts since {since:%Y-%m-%d}",
                )
            )
        elif share > PRESS_RELEASE_SHARE and len(recent) >= 5:
            findings.append(
                Finding(
                    check="company.press_release",
                    severity=Severity.WARNING,
                    network=network,
                    target="posts",
                    message=f"{len(about)} of your {len(recent)} recent {network.label} posts are about "
                    f"{company.name}: the feed reads like a press-release channel.",
                    suggestion="Mix in your own work, opinions and things you learned; people follow people, "
                    "not brochures.",
                    evidence=f"{round(share * 100)}% of original posts since {since:%Y-%m-%d} mention {company.name}",
                )
            )
    return findings


RULES = (check_says_where_you_work, check_spelling, check_handle_linked, check_share_of_company_posts)
