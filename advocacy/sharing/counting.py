"""What a draft's count says, and the counting every network shares (graphemes, refused characters,
blank texts). Each network counts in its own adapter (``advocacy.networks.<name>.count``)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from advocacy.domain.models import Network

# A lone surrogate is not a character at all: no network accepts it (nor can it be sent as UTF-8).
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
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


def countable(text: str) -> str:
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
    fold: int | None = None  # where the feed cuts the post short ("…more"), where the network does

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
