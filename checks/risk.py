"""Risk: advice only, never blocking. Things in public posts you may want to think twice about.

Worded so that it never discourages lawful talk about pay or working conditions: posts about those
topics get no sentiment advice at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from advocacy.domain.audit_input import AuditInput, Rule, text_key
from advocacy.domain.models import Finding, Network, Post, Severity, post_finding
from checks.company import own_posts
from checks.matching import company_names, find_any

NEGATIVE_COMPOUND = -0.5
# Protected topics (pay, conditions, organising): no advice on tone, ever.
_WORKPLACE_TOPICS = re.compile(
    r"\b(pay|paid|salar(y|ies)|wages?|raise|bonus(es)?|overtime|hours|benefits|union(s|ise|ize)?|strike|"
    r"layoffs?|laid off|working conditions|workload|burnout|harass\w*|discriminat\w*|safety|unsafe|parental leave)\b",
    re.IGNORECASE,
)


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
    """``risk.personal_data``: a phone number or e-mail address in a public post (found by the runner
    before the rules run, in ``AuditInput.personal_data``)."""
    findings = []
    for post in own_posts(audit):
        found = audit.personal_data.get(text_key(post.network, f"post:{post.id}"))
        if not found:
            continue
        first = found[0]
        findings.append(
            post_finding(
                post,
                "risk.personal_data",
                Severity.INFO,
                message=f"This public post contains {first.kind}.",
                suggestion="If it is someone's personal contact, remove it; if it is a public business contact, "
                "you can keep it.",
                span=(first.start, first.end),
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
