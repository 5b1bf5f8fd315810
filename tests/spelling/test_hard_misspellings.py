"""Typos v2, part 1: the hard human misspellings are caught, and the word meant comes first.

The examples are made up for these tests (none is in the DEV or DEV-hard corpora): misspellings by
ear, rare dictionary words that stand for a common one, short tokens, capitalised words in
English text full of names.
"""

from __future__ import annotations

import pytest

from advocacy.spelling.checker import SpellChecker


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker.for_language("en")


def flagged(checker: SpellChecker, text: str) -> dict[str, tuple[str, ...]]:
    return {m.word: m.suggestions for m in checker.check(text)}


@pytest.mark.parametrize(
    ("text", "typo", "meant"),
    [
        ("the sircus came to town", "sircus", "circus"),
        ("it was a nitemare to set up", "nitemare", "nightmare"),
        ("the wole team came", "wole", "whole"),
        ("I reely like it", "reely", "really"),
        ("a lack of nolledge", "nolledge", "knowledge"),
    ],
)
def test_a_misspelling_by_ear_gets_the_word_it_sounds_like_first(
    checker: SpellChecker, text: str, typo: str, meant: str
) -> None:
    assert flagged(checker, text)[typo][0] == meant


def test_a_word_two_slips_off_still_has_the_word_meant_in_the_top_three(checker: SpellChecker) -> None:
    assert "wrong" in flagged(checker, "that was a rong answer")["rong"][:3]


def test_a_corpus_misspelling_is_caught_even_when_a_rarer_word_is_nearer_in_letters(checker: SpellChecker) -> None:
    # "defiantly" is one swap away, but "definitely" is what the writer meant and far commoner.
    found = flagged(checker, "it was definatly fun")
    assert "definitely" in found["definatly"][:3]


def test_a_rare_dictionary_word_one_slip_from_a_common_word_is_a_typo(checker: SpellChecker) -> None:
    # "whished" is in the largest word lists (to whish: to hush), never in a post.
    assert flagged(checker, "I whished you were here")["whished"][0] == "wished"


def test_a_rare_word_that_real_text_uses_is_left_alone(checker: SpellChecker) -> None:
    assert checker.check("That show was rad, but check the mic first") == []


def test_a_short_token_one_slip_from_a_very_common_word_is_a_typo(checker: SpellChecker) -> None:
    assert flagged(checker, "Thank yeu so much for coming")["yeu"][0] == "you"


def test_short_slang_that_real_text_uses_a_lot_stays_unflagged(checker: SpellChecker) -> None:
    assert checker.check("love you bae, see you at the game ofc") == []


def test_names_do_not_make_an_english_tweet_look_foreign(checker: SpellChecker) -> None:
    # Names and one unheard-of misspelling: judged on its other words, the text is English.
    assert "wemt" in flagged(checker, "Sheesh Miley Cyrus wemt on insta")
    assert "wnet" in flagged(checker, "omg Harry Niall wnet on vlive")


def test_a_text_in_another_language_is_still_not_flagged_word_by_word(checker: SpellChecker) -> None:
    assert checker.check("Terima kasih banyak untuk semua yang sudah datang kemarin") == []
