"""Count a draft the way each network counts it, so "fits" in the app means it fits on the network.

- Mastodon: grapheme clusters, every URL as 23, ``@user@domain`` as ``@user``; the instance's own limit.
- Bluesky: 300 grapheme clusters and 3,000 UTF-8 bytes of the text as posted (links shortened).
- X: twitter-text v3 weighting (through ``twitter-text-parser``): most scripts weigh 1, CJK and emoji 2,
  URLs 23, limit 280.
- LinkedIn: 3,000 characters; the feed folds after about 210 characters or 3 lines ("…more").
"""

from __future__ import annotations

import unicodedata
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
# A lone surrogate is not a character at all: no network accepts it (nor can it be sent as UTF-8).
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
# twitter-text's invalid characters: U+FFFE, U+FEFF, U+FFFF and the directional embeddings and
# overrides U+202A-U+202E (its Ruby and Java tables), plus any lone surrogate.
X_INVALID = regex.compile(r"[\ufffe\ufeff\uffff\u202a-\u202e\ud800-\udfff]")
_NONCHARACTER = "a noncharacter"
_SINGULAR = {"characters": "character", "weighted characters": "weighted character", "bytes": "byte"}


def graphemes(text: str) -> int:
    return len(regex.findall(r"\X", text))


def _amount(number: int, unit: str) -> str:
    return f"{number:,} {_SINGULAR.get(unit, unit) if number == 1 else unit}"


def describe_character(character: str) -> str:
    """``U+202E (RIGHT-TO-LEFT OVERRIDE)``: the code point, and its name when it has one."""
    code = ord(character)
    if 0xD800 <= code <= 0xDFFF:
        what = "an unpaired surrogate"
    elif code in (0xFFFE, 0xFFFF):
        what = _NONCHARACTER
    else:
        what = unicodedata.name(character, "") or unicodedata.category(character)
    return f"U+{code:04X} ({what})"


def first_invalid(text: str, pattern: regex.Pattern[str] = _SURROGATE) -> str:
    """Which refused character comes first and where (1-based), or "" when there is none."""
    found = pattern.search(text)
    if found is None:
        return ""
    more = len(pattern.findall(text, found.end()))
    others = f" (and {more:,} more)" if more else ""
    return f"{describe_character(found.group())} at character {found.start() + 1:,}{others}"


# Fillers that render as nothing, though Unicode calls them letters or symbols.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def is_blank(text: str) -> bool:
    """Nothing a reader would see: empty, or only spaces, line breaks, controls and invisible marks."""
    return all(
        c.isspace() or c in _INVISIBLE or unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zs", "Zl", "Zp") for c in text
    )


def _countable(text: str) -> str:
    """Lone surrogates replaced, so that counting never fails; ``Count.invalid`` reports them."""
    return _SURROGATE.sub("\ufffd", text)


@dataclass(frozen=True)
class Count:
    network: Network
    length: int
    limit: int
    unit: str  # what is counted, for the user: "characters", "weighted characters"
    extra: str = ""  # a second measure or a note, shown after the count (Bluesky bytes, LinkedIn fold)
    size: int | None = None  # Bluesky: UTF-8 bytes of the text as posted
    size_limit: int | None = None
    invalid: str = ""  # a character the network refuses and where: "U+FFFE (a noncharacter) at character 3"
    blank: bool = False  # nothing visible (only spaces, line breaks, invisible marks): nothing to post

    @property
    def over_size(self) -> int:
        """Bytes over the byte limit (Bluesky); 0 when within it or not limited."""
        if self.size is None or self.size_limit is None:
            return 0
        return max(0, self.size - self.size_limit)

    @property
    def fits(self) -> bool:
        return 0 < self.length <= self.limit and not self.blank and not self.over_size and not self.invalid

    @property
    def remaining(self) -> int:
        return self.limit - self.length

    @property
    def state(self) -> str:
        """The verdict alone: "fits", "empty", "2,400 bytes too long", "U+FFFE … is not accepted"."""
        if self.length == 0 or self.blank:
            return "empty"
        if self.invalid:
            return f"{self.invalid} is not accepted by {self.network.label}"
        over = []
        if self.length > self.limit:
            over.append(_amount(self.length - self.limit, self.unit))
        if self.over_size:
            over.append(_amount(self.over_size, "bytes"))
        return " and ".join(over) + " too long" if over else "fits"

    def sentence(self) -> str:
        """One line for the user, e.g. "Bluesky: 300 of 300 characters, but 5,400 of 3,000 bytes:
        2,400 bytes too long"."""
        counted = f"{self.network.label}: {self.length:,} of {self.limit:,} {self.unit}"
        if self.length == 0 or self.blank:
            return f"{self.network.label}: the draft is empty" + (" (nothing visible in it)" if self.length else "")
        if self.invalid:
            return f"{counted}, but the draft contains {self.invalid}, which {self.network.label} does not accept"
        if self.over_size and self.length <= self.limit:
            return f"{counted}, but {self.size:,} of {self.size_limit:,} bytes: {self.state}"
        if self.over_size:
            return f"{counted} and {self.size:,} of {self.size_limit:,} bytes: {self.state}"
        return f"{counted}; {self.state}" + (f" ({self.extra})" if self.extra else "")


def mastodon_length(text: str) -> int:
    countable = URL.sub("x" * MASTODON_URL_LENGTH, text)
    countable = REMOTE_MENTION.sub(lambda m: m.group(1), countable)
    return graphemes(countable)


def count_mastodon(text: str, limit: int | None = None) -> Count:
    invalid = first_invalid(text)
    length = mastodon_length(_countable(text))
    limit = limit or MASTODON_DEFAULT_LIMIT
    return Count(Network.MASTODON, length, limit, "characters", invalid=invalid, blank=is_blank(text))


def count_bluesky(text: str, *, shorten_links: bool = True) -> Count:
    """Counted as posted: links appear shortened (their facets keep the full address)."""
    invalid, blank = first_invalid(text), is_blank(text)
    text = _countable(text)
    if shorten_links:
        text = bluesky_text_and_facets(text)[0]
    size = len(text.encode("utf-8"))
    extra = f"{size:,} of {BLUESKY_BYTES:,} bytes"
    length = graphemes(text)
    return Count(Network.BLUESKY, length, BLUESKY_GRAPHEMES, "characters", extra, size, BLUESKY_BYTES, invalid, blank)


def count_x(text: str) -> Count:
    from twitter_text import parse_tweet  # ships its own emoji and TLD tables; loaded on first use

    length = int(parse_tweet(_countable(text)).weightedLength)
    invalid = first_invalid(text, X_INVALID)
    return Count(Network.X, length, X_LIMIT, "weighted characters", invalid=invalid, blank=is_blank(text))


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
    extra = "all of it shows before “…more”" if fold >= len(text) else f"“…more” after character {fold:,}"
    invalid = first_invalid(text)
    return Count(
        Network.LINKEDIN, len(text), LINKEDIN_LIMIT, "characters", extra, invalid=invalid, blank=is_blank(text)
    )


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
