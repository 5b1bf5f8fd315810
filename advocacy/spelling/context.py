"""The words around a misspelling decide between close candidates: *devided into* → *divided*,
*devided to* → *decided*.

Counts of word pairs in real text (SymSpell's English bigram list, from Google Books; see
``resources/dictionaries/LICENSES.md``) say how much more often two words stand together than
chance would have them: their pointwise mutual information, ``log10(pair / expected)``. The list
keeps only pairs seen at least 6.4 million times, so a missing pair is no evidence unless chance
alone would have put it on the list. Chance comes from the lexicon's word frequencies (wordfreq
Zipf values) scaled to the pair counts' corpus.
"""

from __future__ import annotations

import gzip
import re
import threading
from dataclasses import dataclass

from advocacy.spelling.lexicon import FOLDER, Lexicon

# log10 of the pair list's corpus size in words over a billion: the pair counts total 1.24e13, and
# Zipf values are log10 of occurrences per billion words.
_SCALE = 4.09
_LISTED_FROM = 6.8  # log10 of the smallest count on the list (6.4 million)
_MOST = 3.0  # how much one neighbour may weigh, in powers of ten, either way
_LEAST = -2.0
_BEFORE = re.compile(r"([A-Za-z]+(?:['’][a-z]+)?)[ \t]+$")
_AFTER = re.compile(r"^[ \t]+([A-Za-z]+(?:['’][a-z]+)?)")
_REACH = 40  # characters looked at on either side


@dataclass(frozen=True)
class Neighbours:
    """The words right before and after a word in the same clause (None at a break)."""

    before: str | None
    after: str | None


def neighbours(text: str, start: int, end: int) -> Neighbours:
    """Only words joined by spaces count: a comma, a line break or a full stop ends the clause."""
    before = _BEFORE.search(text[max(0, start - _REACH) : start])
    after = _AFTER.match(text[end : end + _REACH])
    return Neighbours(
        before.group(1).lower().replace("’", "'") if before else None,
        after.group(1).lower().replace("’", "'") if after else None,
    )


class PairCounts:
    """``log10(count)`` of each listed word pair, stored in tenths."""

    def __init__(self, pairs: dict[str, int]) -> None:
        self._pairs = pairs

    def association(self, lexicon: Lexicon, first: str, second: str) -> float:
        """How much more often ``first second`` is written than chance predicts (log10), 0 when
        the list cannot tell."""
        first_zipf, second_zipf = lexicon.frequency(first), lexicon.frequency(second)
        if not first_zipf or not second_zipf:
            return 0.0
        expected = _SCALE + first_zipf + second_zipf - 9.0
        listed = self._pairs.get(f"{first} {second}")
        if listed is None:
            # Not on the list: seen fewer times than its threshold, which says something only
            # when chance alone would have put it there.
            return max(_LEAST, min(0.0, _LISTED_FROM - expected))
        return max(_LEAST, min(_MOST, listed / 10 - expected))

    def odds(self, likely: tuple[str, str], other: tuple[str, str]) -> float:
        """How many times (log10) the pair ``likely`` is written more than ``other``, at least: a
        pair missing from the list counts as its threshold. 0 when ``likely`` is not listed."""
        listed = self._pairs.get(" ".join(likely))
        if listed is None:
            return 0.0
        return listed / 10 - self._pairs.get(" ".join(other), round(10 * _LISTED_FROM)) / 10

    def fit(self, lexicon: Lexicon, candidate: str, around: Neighbours) -> float:
        """How well ``candidate`` fits between its neighbours (log10, higher is better)."""
        if " " in candidate or "'" in candidate:
            return 0.0  # splits and contractions: their own pair is weighed where they are made
        key = candidate.lower()
        fit = 0.0
        if around.before is not None:
            fit += self.association(lexicon, around.before, key)
        if around.after is not None:
            fit += self.association(lexicon, key, around.after)
        return fit


_LOADED: dict[str, PairCounts | None] = {}
_LOCK = threading.Lock()


def pair_counts(language: str) -> PairCounts | None:
    """The pair counts for a language's base code, or None where none ship (then the ranking goes
    by the word alone)."""
    base = language.replace("_", "-").split("-")[0].lower()
    with _LOCK:
        if base not in _LOADED:
            _LOADED[base] = _read(base)
        return _LOADED[base]


def _read(base: str) -> PairCounts | None:
    path = FOLDER / f"{base}.bigrams.gz"
    if not path.is_file():
        return None
    try:
        with path.open("rb") as raw:
            fields = gzip.decompress(raw.read()).decode().split()
    except (OSError, EOFError, UnicodeDecodeError):
        return None  # a damaged pair list costs context, never the spelling check
    pairs = {f"{a} {b}": int(n) for a, b, n in zip(fields[0::3], fields[1::3], fields[2::3], strict=True)}
    return PairCounts(pairs)
