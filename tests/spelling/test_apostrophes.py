"""Typos v2, part 4: an apostrophe where none belongs is ``typo.apostrophe``, with the fix."""

from __future__ import annotations

import pytest

from advocacy.spelling.checker import SpellChecker
from advocacy.spelling.service import TextCheckService


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker.for_language("en")


@pytest.mark.parametrize(
    ("text", "typed", "fix"),
    [
        ("Thank's for the warm welcome!", "Thank's", "Thanks"),
        ("Is this pen your's?", "your's", "yours"),
        ("The decision is their's to make", "their's", "theirs"),
        ("The company changed it's name last year", "it's", "its"),
        ("Every team has it’s own style", "it’s", "its"),
    ],
)
def test_a_stray_apostrophe_is_reported_with_the_word_to_write(
    checker: SpellChecker, text: str, typed: str, fix: str
) -> None:
    (issue,) = checker.check(text)
    assert (issue.word, issue.suggestions[0], issue.check) == (typed, fix, "typo.apostrophe")
    assert text[issue.start : issue.end] == typed


@pytest.mark.parametrize(
    "text",
    ["It's great to see you", "it's time to ship", "The team's best week", "Thanks, it's our users' idea"],
)
def test_apostrophes_that_belong_are_left_alone(checker: SpellChecker, text: str) -> None:
    assert checker.check(text) == []


def test_the_service_reports_apostrophes_apart_from_spelling() -> None:
    service = TextCheckService("en")
    issues = {i.word: i for i in service("Thank's for teh invite", None, frozenset())}
    assert issues["Thank's"].check == "typo.apostrophe"
    assert "Thanks" in issues["Thank's"].message
    assert issues["teh"].check == "typo.spelling"
