"""Typos v2, part 2: the neighbouring words decide between close candidates."""

from __future__ import annotations

import pytest

from advocacy.spelling.checker import SpellChecker


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker.for_language("en")


def first_suggestion(checker: SpellChecker, text: str, typo: str) -> str:
    (found,) = [m for m in checker.check(text) if m.word == typo]
    return found.suggestions[0]


def test_devided_into_is_divided(checker: SpellChecker) -> None:
    assert first_suggestion(checker, "The cake was devided into four parts.", "devided") == "divided"


def test_devided_to_is_decided(checker: SpellChecker) -> None:
    assert first_suggestion(checker, "She devided to leave early.", "devided") == "decided"


def test_a_comma_ends_the_context(checker: SpellChecker) -> None:
    # Nothing joins "devided" to "into" across the comma, so the word alone ranks its candidates
    # and both readings stay on offer.
    found = {m.word: m.suggestions for m in checker.check("It was devided, into the night we went")}
    assert {"divided", "decided"} <= set(found["devided"][:3])


def test_context_reorders_but_never_replaces_the_candidates(checker: SpellChecker) -> None:
    alone = {m.word: set(m.suggestions) for m in checker.check("devided")}["devided"]
    in_context = {m.word: set(m.suggestions) for m in checker.check("we devided into teams")}["devided"]
    assert in_context <= alone | {"divided", "decided"}
