"""Consistency: the same person should read the same everywhere, and the profiles should link up."""

from __future__ import annotations

import re
import unicodedata

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Finding, Network, Profile, Severity
from advocacy.domain.networks import LINKS_OUT, Presence
from checks.company import judged_profiles
from checks.matching import company_handles, company_names, find_any, settings_url
from checks.visibility import rel_me_snippet

LINKED_NETWORKS = LINKS_OUT


def normalise_name(name: str) -> str:
    """Compare names as people read them: no emoji, pronouns in brackets, accents or case."""
    name = re.sub(r"[(\[].*?[)\]]", " ", name)
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c for c in decomposed if c.isalpha() or c.isspace())
    return " ".join(letters.casefold().split())


def _url_key(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip().lower()).rstrip("/")


def check_names(audit: AuditInput) -> list[Finding]:
    """``consistency.name``: the display name differs from the name in your profile file."""
    reference = audit.config.me.name
    if not reference:
        return []
    findings = []
    for profile in judged_profiles(audit):
        if profile.network.facts.presence is Presence.SITE or not profile.display_name:
            continue
        if normalise_name(profile.display_name) == normalise_name(reference):
            continue
        findings.append(
            Finding(
                check="consistency.name",
                severity=Severity.INFO,
                network=profile.network,
                target="display_name",
                message=f"Your name reads “{profile.display_name}” on {profile.network.label} but “{reference}” "
                "elsewhere.",
                suggestion=f"Use “{reference}” everywhere so people recognise you across networks.",
                evidence=profile.display_name,
                replacement=reference,
                help_url=settings_url(profile.network, profile.handle),
            )
        )
    return findings


def check_employer(audit: AuditInput) -> list[Finding]:
    """``consistency.employer``: a profile's company field names someone other than your employer."""
    company = audit.config.company
    if not company.name:
        return []
    former = [f.lower() for f in audit.config.me.former_employers]
    findings = []
    for profile in judged_profiles(audit):
        employer = profile.employer.strip()
        if not employer or find_any(employer, [*company_names(company), *company_handles(company)]):
            continue
        if any(f in employer.lower() for f in former):
            continue  # reported by staleness.former_employer already
        findings.append(
            Finding(
                check="consistency.employer",
                severity=Severity.WARNING,
                network=profile.network,
                target="employer",
                message=f"Your {profile.network.label} profile gives your employer as “{employer}”, not "
                f"{company.name}.",
                suggestion=f"Change it to {company.name} so every profile tells the same story.",
                evidence=employer,
                replacement=company.name,
                help_url=settings_url(profile.network, profile.handle),
            )
        )
    return findings


def check_title(audit: AuditInput) -> list[Finding]:
    """``consistency.title``: a headline that does not carry the job title from your profile file."""
    title = audit.config.me.title
    if not title:
        return []
    findings = []
    for profile in judged_profiles(audit):
        if not profile.headline or title.casefold() in profile.headline.casefold():
            continue
        findings.append(
            Finding(
                check="consistency.title",
                severity=Severity.INFO,
                network=profile.network,
                target="headline",
                message=f"Your {profile.network.label} headline does not mention your title, {title}.",
                suggestion=f"Lead with “{title}” so the same role shows everywhere.",
                evidence=profile.headline,
                help_url=settings_url(profile.network, profile.handle),
            )
        )
    return findings


def _links(profile: Profile) -> set[str]:
    return {_url_key(link.url) for link in profile.links}


def check_cross_links(audit: AuditInput) -> list[Finding]:
    """``consistency.links``: your website links to your profiles, and they link back."""
    profiles = judged_profiles(audit)
    site = next((p for p in profiles if p.network is Network.WEBSITE), None)
    if site is None:
        return []
    site_key = _url_key(site.url or site.handle)
    site_links = _links(site)
    findings = []
    for profile in profiles:
        if profile.network not in LINKED_NETWORKS or not profile.url:
            continue
        if _url_key(profile.url) not in site_links:
            findings.append(
                Finding(
                    check="consistency.links",
                    severity=Severity.INFO,
                    network=Network.WEBSITE,
                    target=f"link:{profile.url}",
                    message=f"Your website does not link to your {profile.network.label} profile.",
                    suggestion=f"Add {rel_me_snippet(profile)} to your home page.",
                    evidence=site.url,
                    replacement=rel_me_snippet(profile),
                    help_url=site.url or None,
                )
            )
        if not any(link == site_key or link.startswith(site_key + "/") for link in _links(profile)):
            findings.append(
                Finding(
                    check="consistency.links",
                    severity=Severity.INFO,
                    network=profile.network,
                    target=f"link:{site.url}",
                    message=f"Your {profile.network.label} profile does not link to your website.",
                    suggestion=f"Add {site.url} to your {profile.network.label} profile.",
                    evidence=", ".join(link.url for link in profile.links) or "(no links)",
                    replacement=site.url,
                    help_url=settings_url(profile.network, profile.handle),
                )
            )
    return findings


RULES = (check_names, check_employer, check_title, check_cross_links)
