"""Ranked corrections for a misspelled word.

Candidates come from a bit-parallel edit-distance search (rapidfuzz) over dictionary words of a
similar length that start with the same letter, plus every first-letter slip, split words
(``alot`` → ``a lot``) and dropped apostrophes (``dont`` → ``don't``). They are ranked by a
typing-aware edit cost against how common each word is.
"""

from __future__ import annotations

import math
import string
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from advocacy.spelling.distance import typing_distance
from advocacy.spelling.lexicon import Lexicon, Variant

# How much one Zipf step of frequency (10× more common) is worth against one edit.
FREQUENCY_WEIGHT = 0.25
_SEARCH_DISTANCE = 2
_WIDE_DISTANCE = 3  # when nothing is within two edits, long words get a third
_ALPHABET = string.ascii_lowercase
_SHORTLIST = 15
KEPT = 5  # suggestions offered at most
_FIRST_LETTER_PENALTY = 0.2  # people rarely get the first letter wrong
_APOSTROPHE_COST = 0.3  # dont → don't
_SPLIT_COST = 1.05  # alot → a lot
_SPLIT_MIN_ZIPF = 4.0  # only common words: "eachother" → "each other", never into rare fragments


def _pool(lexicon: Lexicon, word: str, spread: int) -> list[str]:
    pool: list[str] = []
    for length in range(max(1, len(word) - spread), len(word) + spread + 1):
        pool.extend(lexicon.by_initial.get((word[0], length), ()))
    return pool


def _first_letter_slips(word: str) -> set[str]:
    rest = word[1:]
    slips = {c + rest for c in _ALPHABET} | {c + word for c in _ALPHABET} | {rest}
    if len(word) > 1:
        slips.add(word[1] + word[0] + word[2:])
    return slips


def _splits(lexicon: Lexicon, word: str) -> list[str]:
    found = []
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if (
            all("w" in lexicon.tags.get(part, "") and (len(part) > 1 or part in "ai") for part in (left, right))
            and min(lexicon.frequency(left), lexicon.frequency(right)) >= _SPLIT_MIN_ZIPF
        ):
            found.append(f"{left} {right}")
    return found


def candidates(lexicon: Lexicon, word: str) -> dict[str, float]:
    """Candidate corrections of a lower-case word, each with its plain edit distance (or a fixed
    cost for splits and apostrophes)."""
    found: dict[str, float] = {}
    for choice, distance, _ in process.extract(
        word, _pool(lexicon, word, 1), scorer=OSA.distance, score_cutoff=_SEARCH_DISTANCE, limit=None
    ):
        found[choice] = distance
    if not any(d <= 1 for d in found.values()):
        # Two letters more or fewer only matter when nothing is a single edit away: a one-edit
        # candidate outranks them unless it is thousands of times rarer.
        far = [w for n in (-2, 2) for w in lexicon.by_initial.get((word[0], len(word) + n), ())]
        for choice, distance, _ in process.extract(
            word, far, scorer=OSA.distance, score_cutoff=_SEARCH_DISTANCE, limit=None
        ):
            found[choice] = distance
    for slip in _first_letter_slips(word):
        if slip != word and slip not in found and "'" not in slip and lexicon.frequency(slip) > 0:
            found[slip] = OSA.distance(word, slip) + _FIRST_LETTER_PENALTY
    # dont → don't, and with one more slip, havnt → haven't.
    for bare, distance, _ in process.extract(
        word, list(lexicon.contractions), scorer=OSA.distance, score_cutoff=1, limit=None
    ):
        found[lexicon.contractions[bare]] = distance + _APOSTROPHE_COST
    for split in _splits(lexicon, word):
        found[split] = _SPLIT_COST
    if not found and len(word) >= 6:
        wide = _pool(lexicon, word, _WIDE_DISTANCE)
        for choice, distance, _ in process.extract(
            word, wide, scorer=OSA.distance, score_cutoff=_WIDE_DISTANCE, limit=None
        ):
            found[choice] = distance
    return found


def candidate_frequency(lexicon: Lexicon, candidate: str) -> float:
    """How common a suggestion is; a split (``a lot``) is as common as its rarer word."""
    if " " in candidate:
        return min(lexicon.frequency(part) for part in candidate.split())
    return lexicon.frequency(candidate)


def _ranked(lexicon: Lexicon, word: str, variant: Variant) -> list[str]:
    found = {c: d for c, d in candidates(lexicon, word).items() if " " in c or lexicon.accepts(c, variant)}
    plain = {c: found[c] - FREQUENCY_WEIGHT * candidate_frequency(lexicon, c) for c in found}
    shortlist = sorted(found, key=plain.__getitem__)[:_SHORTLIST]
    # The typing cost lies between half the plain distance (every edit a cheap slip) and the
    # plain distance, so the kept best can only get better, and a candidate whose best case
    # cannot beat the last one kept is never scored: the slow typing cost runs on few words.
    exact: dict[str, float] = {}
    for c in shortlist:
        if len(exact) >= KEPT:
            worst_kept = sorted(exact.values())[KEPT - 1]
            if plain[c] - found[c] + _least_typing_cost(found[c]) > worst_kept:
                continue
        exact[c] = _typing_cost(word, c, found[c]) - FREQUENCY_WEIGHT * candidate_frequency(lexicon, c)
    return sorted(exact, key=lambda c: (exact[c], c))[:KEPT]


def _least_typing_cost(plain: float) -> float:
    if plain in (_APOSTROPHE_COST, _SPLIT_COST):
        return plain
    return math.floor(plain) / 2  # every edit at least 0.5; the floor drops a first-letter penalty


def _typing_cost(word: str, candidate: str, plain: float) -> float:
    if plain == _SPLIT_COST:
        return plain
    if "'" in candidate and "'" not in word:
        return typing_distance(word, candidate.replace("'", "")) + _APOSTROPHE_COST
    penalty = _FIRST_LETTER_PENALTY if candidate[0] != word[0] else 0.0
    return typing_distance(word, candidate) + penalty


@lru_cache(maxsize=4096)
def _cached(lexicon: Lexicon, word: str, variant: Variant) -> tuple[str, ...]:
    return tuple(_ranked(lexicon, word, variant))


def suggest(lexicon: Lexicon, word: str, variant: Variant = Variant.ANY, limit: int = KEPT) -> list[str]:
    """Best corrections first (at most ``KEPT``), in the case the word was typed in."""
    key = word.lower().replace("’", "'")
    ranked = _cached(lexicon, key, variant)
    return [_match_case(word, lexicon.display_form(c)) for c in ranked[:limit]]


def _match_case(typed: str, suggestion: str) -> str:
    if typed[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
