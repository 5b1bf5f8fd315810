"""Count a draft the way each network counts it, so "fits" in the app means it fits on the network.

- Mastodon: grapheme clusters, every URL as 23, ``@user@domain`` as ``@user``; the instance's own limit.
- Bluesky: 300 grapheme clusters and 3,000 UTF-8 bytes of the text as posted (links shortened).
- X: twitter-text v3 weighting (through ``twitter-text-parser``): most scripts weigh 1, CJK and emoji 2,
  URLs 23, limit 280.
- LinkedIn: 3,000 characters; the feed folds after about 210 characters or 3 lines ("…more").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from advocacy.domain.models import Network
from advocacy.sharing.richtext import URL, bluesky_text_and_facets

MASTODON_DEFAULT_LIMIT = 500
MASTODON_URL_LENGTH = 23
BLUESKY_GRAPHEMES = 300
BLUESKY_BYTES = 3000
X_LIMIT = 280
LINKEDIN_LIMIT = 3000
LINKEDIN_FOLD_CHARS = 210
LINKEDIN_FOLD_LINES = 3

# A remote mention: Mastodon counts only the local part of @user@domain.
REMOTE_MENTION = regex.compile(r"(?<![\w@])(@[A-Za-z0-9_]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def graphemes(text: str) -> int:
    return len(regex.findall(r"\X", text))


@dataclass(frozen=True)
class Count:
    network: Network
    length: int
    limit: int
    unit: str  # what is counted, for the user: "characters", "graphemes"
    extra: str = ""  # a second constraint or a note (Bluesky bytes, LinkedIn fold)

    @property
    def fits(self) -> bool:
        return 0 < self.length <= self.limit and "over" not in self.extra

    @property
    def remaining(self) -> int:
        return self.limit - self.length


def mastodon_length(text: str) -> int:
    countable = URL.sub("x" * MASTODON_URL_LENGTH, text)
    countable = REMOTE_MENTION.sub(lambda m: m.group(1), countable)
    return graphemes(countable)


def count_mastodon(text: str, limit: int | None = None) -> Count:
    return Count(Network.MASTODON, mastodon_length(text), limit or MASTODON_DEFAULT_LIMIT, "characters")


def count_bluesky(text: str, *, shorten_links: bool = True) -> Count:
    """Counted as posted: links appear shortened (their facets keep the full address)."""
    if shorten_links:
        text = bluesky_text_and_facets(text)[0]
    size = len(text.encode("utf-8"))
    extra = f"{size} of {BLUESKY_BYTES} bytes" + (" (over the byte limit)" if size > BLUESKY_BYTES else "")
    return Count(Network.BLUESKY, graphemes(text), BLUESKY_GRAPHEMES, "characters", extra)


def count_x(text: str) -> Count:
    from twitter_text import parse_tweet  # ships its own emoji and TLD tables; loaded on first use

    return Count(Network.X, int(parse_tweet(text).weightedLength), X_LIMIT, "weighted characters")


def linkedin_fold(text: str) -> int:
    """Where LinkedIn's "…more" cuts the post in the feed: after 3 lines or about 210 characters."""
    position = 0
    for line_number, line in enumerate(text.split("\n"), start=1):
        if line_number == LINKEDIN_FOLD_LINES:
            return min(position + len(line), LINKEDIN_FOLD_CHARS, len(text))
        position += len(line) + 1
    return min(LINKEDIN_FOLD_CHARS, len(text))


def count_linkedin(text: str) -> Count:
    fold = linkedin_fold(text)
    extra = "all of it shows before “…more”" if fold >= len(text) else f"“…more” after character {fold}"
    return Count(Network.LINKEDIN, len(text), LINKEDIN_LIMIT, "characters", extra)


def count(network: Network, text: str, *, mastodon_limit: int | None = None) -> Count:
    if network is Network.MASTODON:
        return count_mastodon(text, mastodon_limit)
    if network is Network.BLUESKY:
        return count_bluesky(text)
    if network is Network.X:
        return count_x(text)
    if network is Network.LINKEDIN:
        return count_linkedin(text)
    raise ValueError(f"{network.label} posts are not drafted in the app")
