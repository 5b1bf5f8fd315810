"""Typos v2, part 3: real words stay unflagged; variant lists agree with each other."""

from __future__ import annotations

import pytest

from advocacy.spelling.checker import SpellChecker


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker.for_language("en")


def flagged(checker: SpellChecker, text: str) -> dict[str, tuple[str, ...]]:
    return {m.word: m.suggestions for m in checker.check(text)}


@pytest.mark.parametrize(
    "word",
    [
        *("likers", "spammy", "unresearched", "reposts", "repost", "fediverse", "unfollow", "onboarding"),
        *("subtweeting", "webhook", "async", "repo", "Thx", "pessimise"),  # the last from en-additions.txt
    ],
)
def test_the_vocabulary_of_social_media_and_work_is_known(checker: SpellChecker, word: str) -> None:
    assert checker.check(f"we talked about {word} today") == []


def test_a_hyphenated_compound_is_checked_as_a_whole(checker: SpellChecker) -> None:
    assert checker.check("a few work-arounds for the login bug") == []


def test_a_rhyming_coinage_is_meant_as_a_sound(checker: SpellChecker) -> None:
    assert checker.check("and tah-daah, the new site is live") == []


def test_the_parts_of_an_unknown_compound_are_still_checked(checker: SpellChecker) -> None:
    assert "wrok" in flagged(checker, "a clever wrok-around for the bug")


@pytest.mark.parametrize("language", ["en-US", "en-GB", "en"])
def test_offline_is_right_in_every_english(language: str) -> None:
    assert SpellChecker.for_language(language).check("we went offline for the weekend") == []


def test_a_plural_suggestion_takes_a_bare_apostrophe() -> None:
    american = SpellChecker.for_language("en-US")
    (miss,) = american.check("the organisation’s plans")
    assert miss.suggestions[0] == "organization’s"
    assert "organizations’s" not in miss.suggestions


def test_motherload_is_offered_motherlode(checker: SpellChecker) -> None:
    assert "motherlode" in flagged(checker, "we hit the motherload of data")["motherload"][:3]


@pytest.mark.parametrize(
    ("text", "start"),
    [("I should of known", 9), ("It would of been fine", 9), ("we mustn't of", 11), ("Could Of been", 6)],
)
def test_of_after_could_should_would_is_have(checker: SpellChecker, text: str, start: int) -> None:
    (flag,) = checker.check(text)
    assert (flag.start, flag.end, flag.word.lower()) == (start, start + 2, "of")
    assert flag.suggestions[0].lower() == "have"


@pytest.mark.parametrize("text", ["You could of course ask", "the best we could offer", "a lot of work"])
def test_of_that_belongs_is_left_alone(checker: SpellChecker, text: str) -> None:
    assert checker.check(text) == []


def test_a_word_added_since_the_list_was_built_is_also_a_suggestion(checker: SpellChecker) -> None:
    assert flagged(checker, "the webhok failed")["webhok"][0] == "webhook"


@pytest.mark.parametrize(("text", "start"), [("Its a shame", 0), ("I think its not fair", 8), ("its been long", 0)])
def test_its_before_an_article_not_or_been_is_it_is(checker: SpellChecker, text: str, start: int) -> None:
    (flag,) = checker.check(text)
    assert (flag.start, flag.end) == (start, start + 3) and flag.suggestions[0].lower() == "it's"


@pytest.mark.parametrize("text", ["the team and its goals", "its very existence", "its going rate", "its own way"])
def test_its_as_a_possessive_is_left_alone(checker: SpellChecker, text: str) -> None:
    assert checker.check(text) == []
