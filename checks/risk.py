"""Risk: advice only, never blocking. Things in public posts you may want to think twice about.

Worded so that it never discourages lawful talk about pay or working conditions: posts about those
topics get no sentiment advice at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from advocacy.domain.audit_input import AuditInput, Rule
from advocacy.domain.models import Finding, Network, Post, Severity, post_finding
from checks.company import own_posts
from checks.matching import company_names, find_any

NEGATIVE_COMPOUND = -0.5
_URL = re.compile(r"https?://\S+")
_EMAIL = re.compile(r"(?<![\w.+@-])[\w.+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w@])")
# International or national numbers with 9+ digits, optionally grouped; not dates or plain years.
_PHONE = re.compile(r"(?<![\w/.-])(\+\d{1,3}[\s.-]?)?(\(\d{2,4}\)[\s.-]?)?\d{2,4}([\s.-]\d{2,4}){2,4}(?![\w/-])")
# Protected topics (pay, conditions, organising): no advice on tone, ever.
_WORKPLACE_TOPICS = re.compile(
    r"\b(pay|paid|salar(y|ies)|wages?|raise|bonus(es)?|overtime|hours|benefits|union(s|ise|ize)?|strike|"
    r"layoffs?|laid off|working conditions|workload|burnout|harass\w*|discriminat\w*|safety|unsafe|parental leave)\b",
    re.IGNORECASE,
)


def _phone_or_email(text: str) -> tuple[str, tuple[int, int]] | None:
    without_urls = _URL.sub(lambda m: " " * len(m.group(0)), text)
    email = _EMAIL.search(without_urls)
    if email:
        return "an e-mail address", email.span()
    for match in _PHONE.finditer(without_urls):
        if sum(c.isdigit() for c in match.group(0)) >= 9 and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", match.group(0)):
            return "a phone number", match.span()
    return None


def check_customers(audit: AuditInput) -> list[Finding]:
    """``risk.customer_named``: a customer or partner from the profile file named in a post."""
    customers = audit.config.company.customers
    findings = []
    for post in own_posts(audit):
        found = find_any(post.text, customers)
        if found is None:
            continue
        name, span = found
        findings.append(
            post_finding(
                post,
                "risk.customer_named",
                Severity.INFO,
                message=f"This post names {name}, a customer.",
                suggestion=f"If {name} has not agreed to be named in public, say “a customer” instead.",
                span=span,
                replacement="a customer",
            )
        )
    return findings


def check_sensitive_terms(audit: AuditInput) -> list[Finding]:
    """``risk.sensitive_term``: a code name or confidential term in a post or profile."""
    terms = audit.config.company.sensitive_terms
    if not terms:
        return []
    findings = []
    places: list[tuple[Post | None, str, str, Network]] = [(None, "bio", p.bio, p.network) for p in audit.profiles]
    places += [(post, f"post:{post.id}", post.text, post.network) for post in own_posts(audit)]
    for post, target, text, network in places:
        found = find_any(text, terms)
        if found is None:
            continue
        term, span = found
        findings.append(
            Finding(
                check="risk.sensitive_term",
                severity=Severity.WARNING,
                network=network,
                target=target,
                message=f"“{term}” is on your company's list of confidential terms.",
                suggestion="Check with your team that it is public before it stays online; otherwise remove it.",
                evidence=text,
                span=span,
                replacement="",
                help_url=post.url if post and post.url else None,
            )
        )
    return findings


def check_personal_data(audit: AuditInput) -> list[Finding]:
    """``risk.personal_data``: a phone number or e-mail address in a public post."""
    findings = []
    for post in own_posts(audit):
        found = _phone_or_email(post.text)
        if found is None:
            continue
        kind, span = found
        findings.append(
            post_finding(
                post,
                "risk.personal_data",
                Severity.INFO,
                message=f"This public post contains {kind}.",
                suggestion="If it is someone's personal contact, remove it; if it is a public business contact, "
                "you can keep it.",
                span=span,
            )
        )
    return findings


def make_sentiment_rule(score: Callable[[str], float]) -> Rule:
    """``risk.negative_tone``: a strongly negative post naming the company, a customer or a competitor."""

    def check_negative_tone(audit: AuditInput) -> list[Finding]:
        company = audit.config.company
        names = [*company_names(company), *company.customers, *company.competitors]
        findings = []
        for post in own_posts(audit):
            found = find_any(post.text, names)
            if found is None or _WORKPLACE_TOPICS.search(post.text):
                continue
            compound = score(post.text)
            if compound > NEGATIVE_COMPOUND:
                continue
            name, span = found
            findings.append(
                post_finding(
                    post,
                    "risk.negative_tone",
                    Severity.INFO,
                    message=f"This post about {name} reads as strongly negative (tone {compound:+.2f} on a -1 to +1 "
                    "scale).",
                    suggestion="Only advice: posts naming customers or competitors are read as speaking for your "
                    "employer. If that is not what you mean, say it is your own view, or make the point in a "
                    "calmer voice. Talking about your own pay and working conditions is always your right.",
                    span=span,
                )
            )
        return findings

    return check_negative_tone


RULES = (check_customers, check_sensitive_terms, check_personal_data)
