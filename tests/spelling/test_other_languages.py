"""A clause in another language inside an English post is that language's, not a row of typos."""

from __future__ import annotations

import pytest

from advocacy.spelling.checker import SpellChecker
from advocacy.spelling.lexicon import load
from advocacy.spelling.other_languages import switched
from advocacy.spelling.tokens import words


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker.for_language("en")


def flagged(checker: SpellChecker, text: str) -> set[str]:
    return {m.word for m in checker.check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Me parece que solamente debemos usar the new tag. It is a miracle we agree.",  # Spanish
        "Tools for the day, herramientas incluidas: email and chat",
        "Great talk today, obrigado pessoal, see you next year",  # Portuguese
        "Finally shipped it! Ini sangat bagus dan murah, thanks all",  # Indonesian
    ],
)
def test_a_clause_in_another_language_is_not_flagged_word_by_word(checker: SpellChecker, text: str) -> None:
    assert flagged(checker, text) == set()


def test_a_word_of_another_language_alone_in_an_english_post_is_still_judged_as_english(
    checker: SpellChecker,
) -> None:
    # usar is Spanish, and one slip from user: with no other Spanish beside it, a typo.
    assert "usar" in load("en").elsewhere
    found = {m.word: m.suggestions for m in checker.check("The usar clicked the button twice")}
    assert found["usar"][0] == "user"


def test_english_typos_beside_a_clause_in_another_language_are_still_found(checker: SpellChecker) -> None:
    assert flagged(checker, "Me parece que solamente debemos usar it. I will recieve the form today.") == {"recieve"}


def test_only_a_word_of_the_same_language_witnesses_and_names_witness_nothing() -> None:
    elsewhere = {"debemos": frozenset({"es"}), "usar": frozenset({"es", "pt"}), "kamu": frozenset({"id"})}
    found = {w.text for w in switched(list(words("debemos usar kamu")), elsewhere)}
    assert found == {"debemos", "usar"}  # kamu is Indonesian: no other word of its language
    found = {w.text for w in switched(list(words("we usar it for Debemos")), elsewhere)}
    assert found == set()  # Debemos capitalised mid-sentence is a name
    assert switched(list(words("usar and usar again")), elsewhere) == set()  # one word twice is one word
