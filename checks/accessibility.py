"""Accessible posts: images described for people who cannot see them, text a screen reader can read.

``accessibility.missing_alt``: images or videos in your own posts with no description, where the
network records one (an X archive does not say, so it is never flagged). ``accessibility.emoji_heavy``:
posts that are mostly emoji, each read aloud by name. ``accessibility.hashtag_case``: a hashtag of
several words written in one case (``#employeeadvocacy``), read as one long word; the runner's text
check finds the words (``AuditInput.hashtag_words``), the rule only reports them.
"""

from __future__ import annotations

import unicodedata

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Finding, Post, Severity, post_finding
from advocacy.domain.text_check import hashtag_advice
from checks.company import own_posts
from checks.matching import excerpt

EMOJI_SHARE = 0.5
MIN_EMOJI = 5


_BOX_AND_BLOCKS = range(0x2500, 0x25A0)  # ─ ▓ █: symbols for drawing, read as nothing like an emoji


def _is_emoji(character: str) -> bool:
    if ord(character) in _BOX_AND_BLOCKS:
        return False
    return unicodedata.category(character) == "So" or character in "\u200d\ufe0f"


def mostly_emoji(text: str) -> tuple[int, int] | None:
    """(emoji, visible characters) when a text is mostly emoji, else ``None``."""
    visible = [c for c in text if not c.isspace()]
    emoji = sum(1 for c in visible if _is_emoji(c))
    return (emoji, len(visible)) if emoji >= MIN_EMOJI and emoji / max(1, len(visible)) >= EMOJI_SHARE else None


def _described(post: Post) -> tuple[int, int]:
    """(media with no description, media whose description the network records)."""
    known = [m for m in post.media if m.alt is not None and m.kind in ("image", "video", "gifv")]
    return sum(1 for m in known if not m.alt), len(known)


def check_alt_text(audit: AuditInput) -> list[Finding]:
    """``accessibility.missing_alt``: attached images or videos without a description."""
    findings = []
    for post in own_posts(audit):
        missing, known = _described(post)
        if not missing:
            continue
        which = "the image" if known == 1 else f"{missing} of the {known} images"
        findings.append(
            post_finding(
                post,
                "accessibility.missing_alt",
                Severity.WARNING,
                message=f"{which[0].upper()}{which[1:]} in this post {'has' if missing == 1 else 'have'} no "
                "description: people who use a screen reader learn nothing from it.",
                suggestion=(post.network.facts.alt_text_fix or "Add a description (alt text) to each image.")
                + " Say what the image shows and why it is there, in a sentence or two.",
                evidence=excerpt(post.text) or post.url,
            )
        )
    return findings


def check_emoji_heavy(audit: AuditInput) -> list[Finding]:
    """``accessibility.emoji_heavy``: posts that are mostly emoji."""
    findings = []
    for post in own_posts(audit):
        counted = mostly_emoji(post.text)
        if counted is None:
            continue
        emoji, visible = counted
        findings.append(
            post_finding(
                post,
                "accessibility.emoji_heavy",
                Severity.INFO,
                message=f"This post is mostly emoji ({emoji} of {visible} characters): a screen reader reads "
                "out the name of each one.",
                suggestion="Say it in words and keep one or two emoji, at the end.",
                evidence=excerpt(post.text),
            )
        )
    return findings


def check_hashtag_case(audit: AuditInput) -> list[Finding]:
    """``accessibility.hashtag_case``: multi-word hashtags a screen reader reads as one word."""
    findings = []
    for post in own_posts(audit):
        for tag in dict.fromkeys(post.hashtags):
            advice = hashtag_advice(tag, audit.hashtag_words.get(tag.lower()) or ())
            if advice is None:
                continue
            findings.append(
                post_finding(
                    post,
                    "accessibility.hashtag_case",
                    Severity.INFO,
                    message=advice.message,
                    suggestion=advice.fix,
                    evidence=advice.written,
                    replacement=advice.better,
                )
            )
    return findings


RULES = (check_alt_text, check_emoji_heavy, check_hashtag_case)
