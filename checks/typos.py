"""Typos in bios, headlines and posts: ``typo.spelling``, ``typo.apostrophe`` and ``typo.grammar``.

The rule does no I/O: the audit runner checks the texts first (the offline speller, optionally with
LanguageTool merged in, told which words are never typos here: the company's names, glossary,
customers and hashtags, the person's own name and handles, and any proper name the same person
already uses elsewhere in their profiles) and passes the issues in ``AuditInput.text_issues``.
"""

from __future__ import annotations

import re

from advocacy.domain.audit_input import AuditInput, text_key
from advocacy.domain.models import Finding, Network, Severity
from advocacy.domain.text_check import SPELLING, TextIssue
from checks.company import own_posts, personal_profiles

EVIDENCE_LIMIT = 240
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentence_around(text: str, start: int, end: int, limit: int = EVIDENCE_LIMIT) -> tuple[str, int, int]:
    """The sentence holding ``text[start:end]`` (the whole text when it is short), cut to ``limit``
    characters around the word, and the word's span inside it."""
    if len(text) <= limit:
        return text, start, end
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    if right - left > limit:  # one very long sentence: a window centred on the word
        half = max(0, (limit - (end - start)) // 2)
        left = max(left, start - half)
        right = min(right, left + limit)
        left = max(0, min(left, right - limit))
    piece = text[left:right]
    stripped = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    return piece, start - left - stripped, end - left - stripped


def _finding(issues: list[TextIssue], text: str, network: Network, target: str, where: str, url: str) -> Finding:
    """One finding for every occurrence of one word in one text: the first shown in its sentence."""
    issue = issues[0]
    best = issue.suggestions[0] if issue.suggestions else None
    times = f" ({len(issues)} times)" if len(issues) > 1 else ""
    if issue.check == SPELLING:
        message = f"“{issue.word}” in your {where} looks misspelled{times}."
    else:
        message = (issue.message or f"“{issue.word}” in your {where} may be wrong.") + (
            f" It appears {len(issues)} times." if times else ""
        )
    if best is not None:
        others = ", ".join(f"“{s}”" for s in issue.suggestions[1:3])
        suggestion = f"Write “{best}” instead of “{issue.word}”." + (f" Or: {others}." if others else "")
    else:
        suggestion = f"Check the spelling of “{issue.word}”."
    evidence, start, end = sentence_around(text, issue.start, issue.end)
    return Finding(
        check=issue.check,
        severity=Severity.WARNING if target in ("bio", "headline") else Severity.INFO,
        network=network,
        target=target,
        message=message,
        suggestion=suggestion,
        evidence=evidence,
        span=(start, end),
        replacement=best,
        help_url=url or None,
    )


def _grouped(issues: tuple[TextIssue, ...]) -> list[list[TextIssue]]:
    """Issues of one text grouped by word and kind, in the order they first appear."""
    groups: dict[tuple[str, str, str], list[TextIssue]] = {}
    for issue in sorted(issues, key=lambda i: i.start):
        groups.setdefault(
            (issue.check, issue.word.lower(), (issue.suggestions[:1] and issue.suggestions[0]) or ""), []
        ).append(issue)
    return list(groups.values())


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
            for group in _grouped(issues.get(text_key(profile.network, target), ())):
                findings.append(_finding(group, text, profile.network, target, target, profile.url))
    for post in own_posts(audit):
        for group in _grouped(issues.get(text_key(post.network, f"post:{post.id}"), ())):
            findings.append(_finding(group, post.text, post.network, f"post:{post.id}", "post", post.url))
    return findings + [_notice(text) for text in audit.text_notices]
