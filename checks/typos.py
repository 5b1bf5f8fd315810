"""Typos in bios, headlines and posts: ``typo.spelling`` and ``typo.grammar``.

The rule itself does no I/O: it is given a ``TextCheckSession`` factory (the offline speller, optionally with
LanguageTool merged in) and decides what to check and which words are never typos here: the
company's names, glossary, customers and hashtags, the person's own name and handles, and any
proper name the same person already uses elsewhere in their profiles.
"""

from __future__ import annotations

from advocacy.domain.audit_input import AuditInput, Rule
from advocacy.domain.models import Finding, Network, Severity
from advocacy.domain.text_check import SPELLING, TextCheckerFactory, TextIssue, never_typos
from checks.company import own_posts


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


def make_typo_rule(checker_for: TextCheckerFactory) -> Rule:
    def check_typos(audit: AuditInput) -> list[Finding]:
        """``typo.spelling`` / ``typo.grammar``: misspellings in bios, headlines and own posts."""
        if not audit.config.audit.spelling:
            return []
        known = never_typos(audit.config, audit.profiles)
        check_text = checker_for(audit.config)
        findings: list[Finding] = []
        try:
            for profile in audit.profiles:
                for target, text in (("bio", profile.bio), ("headline", profile.headline)):
                    if text.strip():
                        for issue in check_text(text, None, known):
                            findings.append(_finding(issue, text, profile.network, target, target, profile.url))
            for post in own_posts(audit):
                for issue in check_text(post.text, post.language, known):
                    findings.append(_finding(issue, post.text, post.network, f"post:{post.id}", "post", post.url))
        finally:
            check_text.close()
        return findings + [_notice(text) for text in check_text.notices]

    return check_typos
