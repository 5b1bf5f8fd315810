"""Typos in bios, headlines and posts: ``typo.spelling``, ``typo.apostrophe`` and ``typo.grammar``.

The rule does no I/O: the audit runner checks the texts first (the offline speller, optionally with
LanguageTool merged in, told which words are never typos here: the company's names, glossary,
customers and hashtags, the person's own name and handles, and any proper name the same person
already uses elsewhere in their profiles) and passes the issues in ``AuditInput.text_issues``.
"""

from __future__ import annotations

from advocacy.domain.audit_input import AuditInput, text_key
from advocacy.domain.models import Finding, Network, Severity
from advocacy.domain.text_check import SPELLING, TextIssue
from checks.company import own_posts, personal_profiles


def _finding(issue: TextIssue, text: str, network: Network, target: str, where: str, url: str) -> Finding:
    best = issue.suggestions[0] if issue.suggestions else None
    if issue.check == SPELLING:
        message = f"“{issue.word}” in your {where} looks misspelled."
    else:
        message = issue.message or f"“{issue.word}” in your {where} may be wrong."
    if best is not None:
        others = ", ".join(f"“{s}”" for s in issue.suggestions[1:3])
        suggestion = f"Write “{best}” instead of “{issue.word}”." + (f" Or: {others}." if others else "")
    else:
        suggestion = f"Check the spelling of “{issue.word}”."
    return Finding(
        check=issue.check,
        severity=Severity.WARNING if target in ("bio", "headline") else Severity.INFO,
        network=network,
        target=target,
        message=message,
        suggestion=suggestion,
        evidence=text,
        span=(issue.start, issue.end),
        replacement=best,
        help_url=url or None,
    )


def _notice(text: str) -> Finding:
    return Finding(
        check="notice.text_check",
        severity=Severity.INFO,
        network=None,
        target="profile",
        message=text,
        suggestion="Check the LanguageTool server in Settings, or leave it empty for offline spelling only.",
    )


def check_typos(audit: AuditInput) -> list[Finding]:
    """``typo.spelling`` / ``typo.grammar``: misspellings in bios, headlines and own posts.

    The runner checked the texts before the rules ran (``AuditInput.text_issues``); this rule only
    decides which of them are findings: a company account's texts are the company's business."""
    if not audit.config.audit.spelling:
        return []
    findings: list[Finding] = []
    issues = audit.text_issues
    for profile in personal_profiles(audit):
        for target, text in (("bio", profile.bio), ("headline", profile.headline)):
            for issue in issues.get(text_key(profile.network, target), ()):
                findings.append(_finding(issue, text, profile.network, target, target, profile.url))
    for post in own_posts(audit):
        for issue in issues.get(text_key(post.network, f"post:{post.id}"), ()):
            findings.append(_finding(issue, post.text, post.network, f"post:{post.id}", "post", post.url))
    return findings + [_notice(text) for text in audit.text_notices]
