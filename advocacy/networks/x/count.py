"""Count a draft as X does: twitter-text v3 weighting (through ``twitter-text-parser``): most scripts
weigh 1, CJK and emoji 2, URLs 23, limit 280."""

from __future__ import annotations

import regex

from advocacy.domain.models import Network
from advocacy.sharing.counting import Count, countable, first_invalid, is_blank

X_LIMIT = 280

# twitter-text's invalid characters (its conformance suite: U+FFFE, U+FEFF, U+FFFF; the directional
# marks U+202A-U+202E and U+2066-U+2069 are valid), plus any lone surrogate, which is no character.
X_INVALID = regex.compile(r"[\ufffe\ufeff\uffff\ud800-\udfff]")


def count_x(text: str, limit: int | None = None) -> Count:
    from twitter_text import parse_tweet  # ships its own emoji and TLD tables; loaded on first use

    length = int(parse_tweet(countable(text)).weightedLength)
    invalid = first_invalid(text, X_INVALID)
    return Count(Network.X, length, limit or X_LIMIT, "weighted characters", invalid=invalid, blank=is_blank(text))
