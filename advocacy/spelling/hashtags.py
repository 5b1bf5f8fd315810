"""The words inside a hashtag written in one case: ``employeeadvocacy`` → ``employee``, ``advocacy``.

Used for the accessibility advice (CamelCase hashtags are read aloud word by word). A split is only
offered when every part is a dictionary word of three letters or more (or a very common short one)
and the split is clearly the likeliest: the parts' combined frequency beats the tag read as one word.
"""

from __future__ import annotations

import math
import re
from functools import cache

from advocacy.domain.text_check import TextIssue, hashtag_advice
from advocacy.spelling.lexicon import Lexicon, load

MAX_TAG = 40
MIN_PART_ZIPF = 2.5  # rare words make nonsense splits of ordinary tags
_SHORT_WORDS = frozenset(
    {"a", "an", "at", "by", "do", "go", "in", "is", "it", "my", "of", "on", "or", "to", "up", "we"}
)


def split_hashtag(lexicon: Lexicon, tag: str) -> tuple[str, ...] | None:
    """The words of a one-case hashtag, or ``None`` when it is one word or no clear split exists."""
    word = tag.lstrip("#")
    if not word.isalpha() or not word.islower() or len(word) > MAX_TAG or len(word) < 6:
        return None
    if lexicon.in_dictionary(word):
        return None  # one word already
    best = _best_split(lexicon, word)
    # A coinage often ends in a short real word by chance (books-to-don): the last word must be long.
    return best if best is not None and len(best) >= 2 and len(best[-1]) >= 4 else None


def _usable(lexicon: Lexicon, part: str) -> bool:
    if len(part) < 3:
        return part in _SHORT_WORDS
    return lexicon.in_dictionary(part) and lexicon.frequency(part) >= MIN_PART_ZIPF


def _best_split(lexicon: Lexicon, word: str) -> tuple[str, ...] | None:
    @cache
    def best_from(start: int) -> tuple[float, tuple[str, ...]] | None:
        if start == len(word):
            return 0.0, ()
        options = []
        for end in range(len(word), start, -1):
            part = word[start:end]
            if not _usable(lexicon, part):
                continue
            rest = best_from(end)
            if rest is not None:
                # Fewer, commoner words win: each part costs, its frequency pays some of it back.
                cost = rest[0] + 10.0 - lexicon.frequency(part)
                options.append((cost, (part, *rest[1])))
        return min(options) if options else None

    found = best_from(0)
    return found[1] if found is not None and math.isfinite(found[0]) else None


_ONE_CASE_TAG = re.compile(r"(?<![\w#])#([a-z]{6,40})\b")


def hashtag_issues(text: str) -> list[TextIssue]:
    """One-case multi-word hashtags in a draft, with their CamelCase as the fix: the composer
    underlines them like a typo, before anything is posted."""
    tags = list(_ONE_CASE_TAG.finditer(text))
    if not tags:
        return []
    lexicon = load("en")
    issues = []
    for match in tags:
        advice = hashtag_advice(match.group(0), split_hashtag(lexicon, match.group(1)) or ())
        if advice is not None:
            issues.append(
                TextIssue(
                    match.start(),
                    match.end(),
                    match.group(0),
                    (advice.better,),
                    "accessibility.hashtag_case",
                    advice.message,
                )
            )
    return issues
