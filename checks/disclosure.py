"""Disclosure: a post that promotes your employer should say you work there, in the post itself.

The US FTC's Endorsement Guides expect the disclosure in each post; a bio that says where you work
is not enough, and vague tags such as #ee or #spon do not count.
"""

from __future__ import annotations

import re

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Finding, Severity, post_finding
from advocacy.domain.profile import Company
from checks.company import own_posts
from checks.matching import company_names, excerpt, find_term, post_mentions_company

FTC_URL = "https://www.ftc.gov/business-guidance/resources/ftcs-endorsement-guides-what-people-are-asking"


def _squash(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


def accepted_disclosures(company: Company) -> list[str]:
    phrases = list(company.disclosures)
    for name in company_names(company):
        phrases += [f"I work at {name}", f"I work for {name}", f"#{_squash(name)}employee", f"#{_squash(name)}emp"]
    return phrases


def has_disclosure(text: str, hashtags: tuple[str, ...], company: Company) -> bool:
    lowered = text.lower()
    squashed_tags = {"#" + _squash(tag) for tag in hashtags}
    for phrase in accepted_disclosures(company):
        if phrase.startswith("#"):
            if _squash(phrase) in {t.lstrip("#") for t in squashed_tags} or find_term(text, phrase):
                return True
        elif phrase.lower() in lowered:
            return True
    return "my employer" in lowered


def suggested_disclosure(company: Company) -> str:
    if company.disclosures:
        return company.disclosures[0]
    return f"(I work at {company.name})"


def check_disclosure(audit: AuditInput) -> list[Finding]:
    """``disclosure.missing``: a post about the employer without a disclosure in that post."""
    company = audit.config.company
    if not company.name:
        return []
    disclosure = suggested_disclosure(company)
    findings = []
    for post in own_posts(audit):
        mention = post_mentions_company(post, company)
        if mention is None or has_disclosure(post.text, post.hashtags, company):
            continue
        span = find_term(post.text, mention)
        findings.append(
            post_finding(
                post,
                "disclosure.missing",
                Severity.WARNING,
                message=f"This post is about {company.name} but does not say you work there.",
                suggestion=f"Add “{disclosure}” to the post (edit it, or reply to it with the disclosure). "
                "A disclosure in your bio is not enough, and #ee or #spon are too vague to count.",
                evidence=post.text if span else f"{excerpt(post.text)} (links to {mention})",
                span=span,
                replacement=disclosure,
                help_url=FTC_URL,
            )
        )
    return findings


RULES = (check_disclosure,)
