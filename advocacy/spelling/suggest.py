"""Ranked corrections for a misspelled word.

Candidates come from a bit-parallel edit-distance search (rapidfuzz) over dictionary words of a
similar length that start with the same letter, plus every first-letter slip, split words
(``alot`` → ``a lot``), dropped apostrophes (``dont`` → ``don't``) and the words that sound like
it (``resteraunts`` → ``restaurants``, ``nere`` → ``near``: see phonetic.py). They are ranked by a
typing-aware edit cost against how common each word is and how alike the two sound.
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from advocacy.spelling.context import pair_counts
from advocacy.spelling.distance import typing_distance
from advocacy.spelling.lexicon import Lexicon, Variant
from advocacy.spelling.phonetic import sound_key

# How much one Zipf step of frequency (10× more common) is worth against one edit. Measured on
# the DEV misspellings (top-3 flat between 0.3 and 0.45; DEV-hard agreed).
FREQUENCY_WEIGHT = 0.35
# A candidate that sounds exactly like the typed word is worth this much of an edit, and each
# edit between the two sound keys (at most three counted) costs this much: people who spell by
# ear keep the sound and lose the letters.
SAME_SOUND_BONUS = 0.4
SOUND_STEP_COST = 0.2
_SOUND_STEPS = 3
# A letter left out (foler → folder) costs this share of an edit when ranking: people drop letters
# far more often than they add or change them.
DROPPED_LETTER = 0.5  # measured on DEV top-1: 1.0 .841, 0.7 .866, 0.5 .877
# How much a power of ten in how often a split's two words stand together is worth (alot → a lot,
# eachother → each other: both pairs are written far more often than chance would have them).
SPLIT_PAIR_WEIGHT = 0.4  # measured on DEV: 0.3 to 0.6 alike; alot needs 0.3 or more
_SEARCH_DISTANCE = 2
_WIDE_DISTANCE = 3  # when nothing is within two edits, long words get a third
_WIDE_SOUND_LENGTH = 5  # and words this long get a third edit toward words that sound alike
_ALPHABET = string.ascii_lowercase
_SHORTLIST = 15
KEPT = 5  # suggestions offered at most
_RERANKED = 8  # candidates the context may reorder
# How much a power of ten in how well a candidate fits its neighbours is worth against one edit.
CONTEXT_WEIGHT = 0.2  # measured on DEV top-1: 0.1 to 0.35 help, 0.5 hurts
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


def _add_sounding_alike(lexicon: Lexicon, word: str, found: dict[str, float]) -> None:
    """Words with the same sound key, and for a longer word with nothing one edit away, words
    three edits off whose sound differs by one sound at most (critising → criticizing): too far to
    search blind, near enough when they sound alike."""
    key = sound_key(word)
    for alike in lexicon.by_sound.get(key, ()):
        if alike not in found:
            found[alike] = OSA.distance(word, alike)
    if len(word) < _WIDE_SOUND_LENGTH or any(d <= 1 for d in found.values()):
        return
    for choice, distance, _ in process.extract(
        word, _pool(lexicon, word, 2), scorer=OSA.distance, score_cutoff=_WIDE_DISTANCE, limit=None
    ):
        if choice not in found and Levenshtein.distance(key, lexicon.sound_of.get(choice, "")) <= 1:
            found[choice] = distance


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
        if slip != word and slip not in found and "'" not in slip and lexicon.zipf.get(slip, 0.0) > 0:
            found[slip] = OSA.distance(word, slip) + _FIRST_LETTER_PENALTY
    # dont → don't, and with one more slip, havnt → haven't.
    for bare, distance, _ in process.extract(
        word, list(lexicon.contractions), scorer=OSA.distance, score_cutoff=1, limit=None
    ):
        found[lexicon.contractions[bare]] = distance + _APOSTROPHE_COST
    for split in _splits(lexicon, word):
        found[split] = _SPLIT_COST
    _add_sounding_alike(lexicon, word, found)
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


def _sound_cost(lexicon: Lexicon, key: str, candidate: str) -> float:
    """What the difference in sound adds to a candidate's cost (negative when they sound alike)."""
    if " " in candidate:
        return SOUND_STEP_COST * _SOUND_STEPS  # a split is judged by its letters alone
    other = lexicon.sound_of.get(candidate)
    if other is None:
        other = sound_key(candidate)
    if other == key:
        return -SAME_SOUND_BONUS
    return SOUND_STEP_COST * min(Levenshtein.distance(key, other), _SOUND_STEPS)


def _split_cost(lexicon: Lexicon, candidate: str) -> float:
    """A split (alot → a lot) is as likely as its two words are to stand together in real text."""
    pairs = pair_counts(lexicon.language)
    if pairs is None:
        return 0.0
    first, second = candidate.split(" ", 1)
    return -SPLIT_PAIR_WEIGHT * max(0.0, pairs.association(lexicon, first, second))


def _ranked(lexicon: Lexicon, word: str, variant: Variant) -> list[tuple[str, float]]:
    found = {c: d for c, d in candidates(lexicon, word).items() if " " in c or lexicon.accepts(c, variant)}
    key = sound_key(word)
    # Everything but the letter-by-letter cost: how common the word is and how it sounds.
    zipf = lexicon.zipf  # candidates are lower-case already: the hot loop skips frequency()
    rest: dict[str, float] = {}
    for c in found:
        if " " in c:
            rest[c] = _sound_cost(lexicon, key, c) - FREQUENCY_WEIGHT * candidate_frequency(lexicon, c)
            rest[c] += _split_cost(lexicon, c)
        else:
            rest[c] = _sound_cost(lexicon, key, c) - FREQUENCY_WEIGHT * zipf.get(c, 0.0)
    shortlist = sorted(found, key=lambda c: found[c] + rest[c])[:_SHORTLIST]
    # The typing cost lies between half the plain distance (every edit a cheap slip) and the
    # plain distance, so the kept best can only get better, and a candidate whose best case
    # cannot beat the last one kept is never scored: the slow typing cost runs on few words.
    exact: dict[str, float] = {}
    for c in shortlist:
        if len(exact) >= _RERANKED:
            worst_kept = sorted(exact.values())[_RERANKED - 1]
            if rest[c] + _least_typing_cost(found[c]) > worst_kept:
                continue
        exact[c] = _typing_cost(word, c, found[c]) + rest[c]
    return sorted(exact.items(), key=lambda item: (item[1], item[0]))[:_RERANKED]


def _least_typing_cost(plain: float) -> float:
    if plain in (_APOSTROPHE_COST, _SPLIT_COST):
        return plain
    # Every edit costs at least a dropped doubled letter; the floor drops a first-letter penalty.
    return math.floor(plain) * 0.5 * min(1.0, DROPPED_LETTER)


def _typing_cost(word: str, candidate: str, plain: float) -> float:
    if plain == _SPLIT_COST:
        return plain
    if "'" in candidate and "'" not in word:
        return typing_distance(word, candidate.replace("'", ""), DROPPED_LETTER) + _APOSTROPHE_COST
    penalty = _FIRST_LETTER_PENALTY if candidate[0] != word[0] else 0.0
    return typing_distance(word, candidate, DROPPED_LETTER) + penalty


@lru_cache(maxsize=4096)
def _cached(lexicon: Lexicon, word: str, variant: Variant) -> tuple[tuple[str, float], ...]:
    return tuple(_ranked(lexicon, word, variant))


def suggest(
    lexicon: Lexicon,
    word: str,
    variant: Variant = Variant.ANY,
    limit: int = KEPT,
    fit: Callable[[str], float] | None = None,
) -> list[str]:
    """Best corrections first (at most ``KEPT``), in the case the word was typed in. ``fit`` says
    how well a candidate suits the words around it (log10 odds, context.py): it reorders the
    candidates the word alone ranks closest, never brings in others."""
    key = word.lower().replace("’", "'")
    ranked = _cached(lexicon, key, variant)
    if fit is not None and len(ranked) > 1:
        ranked = tuple(sorted(ranked, key=lambda item: (item[1] - CONTEXT_WEIGHT * fit(item[0]), item[0])))
    return [_match_case(word, lexicon.display_form(c)) for c, _ in ranked[:limit]]


def _match_case(typed: str, suggestion: str) -> str:
    if typed[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
