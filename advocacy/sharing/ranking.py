"""Rank company content for one employee: fresh, relevant to them (with the reason in one line),
never already shared, not expired, and not ten items on the same topic."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from advocacy.domain.models import Post, Profile
from advocacy.sharing.content import ContentItem

HALF_LIFE_DAYS = 7.0
FRESH_WEIGHT, RELEVANCE_WEIGHT = 0.6, 0.4
FRESH_DAYS = 30  # only this young is an item called "fresh" in its reason
VARIETY_PENALTY = 0.75  # per topic already covered by a higher-ranked item
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|io|dev|app|social|example)(?:/\S*)?")
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ0-9+#-]{3,}")
_STOP = frozenset(
    [
        "about",
        "after",
        "again",
        "also",
        "been",
        "before",
        "being",
        "could",
        "does",
        "doing",
        "from",
        "have",
        "having",
        "here",
        "into",
        "just",
        "like",
        "more",
        "most",
        "much",
        "need",
        "only",
        "other",
        "over",
        "really",
        "should",
        "some",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "very",
        "want",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
        "yours",
        "today",
        "week",
        "year",
        "make",
        "made",
        "great",
        "good",
        "thanks",
        "thank",
        "https",
        "http",
        "www",
        "first",
        "last",
        "next",
        "join",
    ]
)
# Where a word of the employee's comes from, strongest signal first, with how to say it.
ORIGINS = (
    ("skills", "your skills in {}"),
    ("hashtags", "your hashtag #{}"),
    ("bio", "your bio ({})"),
    ("posts", "your posts about {}"),
)


def words(text: str) -> list[str]:
    """Topic words of a text. Addresses are left out: "github" or "example" in a link is not
    something the person writes about."""
    text = _URL.sub(" ", text.lower())
    return [w.strip("#-") for w in _WORD.findall(text) if w.strip("#-") not in _STOP]


def _never_common(_word: str) -> bool:
    return False


@dataclass(frozen=True)
class Interests:
    """What this employee talks about, by where it shows.

    ``common`` tells the everyday words of the language ("built", "people", "using"): they are in
    most posts and most items, so sharing one says nothing about a shared topic. They count only
    when they are one of the item's own tags.
    """

    by_origin: dict[str, Counter[str]]
    common: Callable[[str], bool] = _never_common

    @classmethod
    def of(
        cls, profiles: Iterable[Profile], posts: Iterable[Post], common: Callable[[str], bool] = _never_common
    ) -> Interests:
        origins: dict[str, Counter[str]] = {name: Counter() for name, _ in ORIGINS}
        for profile in profiles:
            origins["skills"].update(w for skill in profile.skills for w in words(skill))
            origins["bio"].update(words(f"{profile.headline} {profile.bio}"))
        for post in posts:
            if post.is_original:
                origins["hashtags"].update(t.lower() for t in post.hashtags)
                origins["posts"].update(words(post.text))
        return cls(origins, common)

    def match(self, item: ContentItem) -> tuple[float, str]:
        """Relevance in 0..1 and the reason, e.g. "matches your posts about accessibility"."""
        tags = {t.lower() for t in item.tags}
        item_words = Counter(w for w in words(f"{item.title} {item.summary}") if w in tags or not self.common(w))
        item_words += Counter(tags)
        best: tuple[float, str] = (0.0, "")
        total = 0.0
        for weight, (origin, phrase) in zip((1.0, 0.9, 0.7, 0.5), ORIGINS, strict=True):
            counts = self.by_origin[origin]
            shared = [w for w in item_words if counts[w]]
            if not shared:
                continue
            score = weight * sum(math.log1p(counts[w]) for w in shared)
            total += score
            # Explain with the most telling word: one of the item's own tags, then the more specific.
            top = max(shared, key=lambda w: (w in tags, counts[w], len(w)))
            if score > best[0]:
                best = (score, "matches " + phrase.format(top))
        return 1 - math.exp(-total / 3), best[1]


@dataclass(frozen=True)
class Ranked:
    item: ContentItem
    score: float
    reason: str


def freshness(item: ContentItem, now: datetime) -> float:
    if item.published is None:
        return 0.3  # undated library items: neither fresh nor stale
    age_days = max(0.0, (now - item.published).total_seconds() / 86400)
    return 0.5 ** (age_days / HALF_LIFE_DAYS)


def _plain_reason(item: ContentItem, now: datetime) -> str:
    """Why an item with nothing matching this person is listed at all, its age said honestly."""
    if item.published is None:
        return f"from {item.source} (undated)"
    days = max(0, (now - item.published).days)
    age = f"{days} day{'s' if days != 1 else ''} old" if days < 2 * 365 else f"{days // 365} years old"
    return f"{'fresh' if days <= FRESH_DAYS else 'older'} from {item.source} ({age})"


def rank(
    items: Sequence[ContentItem],
    *,
    interests: Interests,
    shared: set[str],
    now: datetime,
    limit: int = 10,
) -> list[Ranked]:
    seen: set[str] = set()
    candidates: list[Ranked] = []
    for item in items:
        key = item.url or item.id
        if key in seen or item.id in shared or item.url in shared:
            continue  # duplicates across sources, and anything this person already shared
        if item.expires is not None and item.expires < now.date():
            continue
        seen.add(key)
        relevance, reason = interests.match(item)
        score = FRESH_WEIGHT * freshness(item, now) + RELEVANCE_WEIGHT * relevance
        candidates.append(Ranked(item, score, reason or _plain_reason(item, now)))
    # Greedy pick with a penalty for topics already covered, so the list is not all one launch.
    picked: list[Ranked] = []
    covered: Counter[str] = Counter()
    while candidates and len(picked) < limit:

        def adjusted(candidate: Ranked) -> float:
            topics = {t.lower() for t in candidate.item.tags}
            return candidate.score * VARIETY_PENALTY ** sum(covered[t] for t in topics)

        best = max(candidates, key=adjusted)
        candidates.remove(best)
        picked.append(Ranked(best.item, adjusted(best), best.reason))
        covered.update(t.lower() for t in best.item.tags)
    return picked
