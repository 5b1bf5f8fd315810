"""Names in lists: a lower-case item nobody lists is a name when other items are names too."""

from __future__ import annotations

import pytest

from advocacy.spelling.checker import SpellChecker
from advocacy.spelling.lists import names_in_lists
from advocacy.spelling.tokens import Word, words


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker.for_language("en")


def flagged(checker: SpellChecker, text: str) -> list[str]:
    return [m.word for m in checker.check(text)]


def listed(text: str, names: set[str]) -> list[str]:
    found = names_in_lists(text, words(text), lambda w: w.text in names)
    return sorted(w.text for w in found)


@pytest.mark.parametrize(
    "text",
    [
        "Our tools: zorvex, plimbly, flickr and Skype.",
        "we track you with zorvex, plimbly, quoddle, *and* google ads?",
        "tools: zorvex, email, skype (chat / audio), blip.tv, flickr",
    ],
)
def test_unknown_items_among_names_are_names(checker: SpellChecker, text: str) -> None:
    assert flagged(checker, text) == []


def test_the_same_words_outside_a_list_are_still_judged(checker: SpellChecker) -> None:
    assert "plimbly" in flagged(checker, "I think plimbly is what she meant")


@pytest.mark.parametrize(
    "text",
    [
        "I bought apples, bannanas, and pears",  # a slip among ordinary words
        "nike, adidas, bootsstraps, puma and reebok",  # a cheap slip of a listed word, even among names
    ],
)
def test_a_slip_in_a_list_is_still_a_slip(checker: SpellChecker, text: str) -> None:
    assert len(flagged(checker, text)) == 1


def test_only_one_word_items_of_lists_with_two_other_names() -> None:
    names = {"Skype", "flickr", "zorvex"}
    assert listed("zorvex, Skype, flickr", names) == ["Skype", "flickr", "zorvex"]
    assert listed("zorvex, apples, pears", names) == []  # one name among them: not enough
    # a lead-in's last word is the first item
    assert listed("we track you with zorvex, Skype, flickr", names) == ["Skype", "flickr", "zorvex"]
    assert listed("plimbo, zorvex, Skype, flickr", names) == ["Skype", "flickr", "plimbo", "zorvex"]
    # a clause among the items: prose with commas, not a list
    assert listed("plimbo, zorvex, Skype, and then we all went home for the night", names) == []
    # sentence marks end a list; a full stop inside a word does not
    assert listed("plimbo. zorvex, Skype, flickr", names) == ["Skype", "flickr", "zorvex"]
    assert listed("zorvex, blip.tv, Skype, flickr", names) == ["Skype", "flickr", "zorvex"]


def test_words_are_found_whatever_order_they_come_in() -> None:
    text = "zorvex, Skype, flickr"
    shuffled: list[Word] = list(words(text))[::-1]
    assert len(names_in_lists(text, shuffled, lambda w: True)) == 3
