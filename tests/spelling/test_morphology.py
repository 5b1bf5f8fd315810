"""Words English makes at will from common words are not typos; slips that merely look like them are."""

from __future__ import annotations

import pytest

from advocacy.spelling.checker import SpellChecker
from advocacy.spelling.lexicon import load
from advocacy.spelling.morphology import clipped, compound, derivations


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker.for_language("en")


def flagged(checker: SpellChecker, text: str) -> set[str]:
    return {m.word for m in checker.check(text)}


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("spreadsheeting", "spreadsheet"),  # a noun made a verb
        ("roadmapping", "roadmap"),  # the final consonant doubled
        ("mentorish", "mentor"),
        ("pancakeish", "pancake"),
        ("passwordless", "password"),
    ],
)
def test_a_regular_derivation_names_its_base(word: str, base: str) -> None:
    assert base in {b for b, _ in derivations(load("en"), word)}


@pytest.mark.parametrize(
    "word",
    [
        "makeing",  # English drops the e
        "shiped",  # and doubles the p of a one-syllable word
        "basicly",  # -ic takes -ally
        "initialy",  # an adjective takes -ly, never -y
        "anothers",  # the commonest words take no suffix
        "provideded",  # nor does a word already inflected
    ],
)
def test_a_spelling_english_does_not_make_is_no_derivation(word: str) -> None:
    assert derivations(load("en"), word) == []


def test_two_everyday_words_make_a_compound_but_a_function_word_glued_on_does_not() -> None:
    lexicon = load("en")
    assert compound(lexicon, "budgetsheet") == ("budget", "sheet")
    assert compound(lexicon, "lunchtable") == ("lunch", "table")
    assert compound(lexicon, "notready") is None  # not + ready: a missing space
    assert compound(lexicon, "inthe") is None


@pytest.mark.parametrize(
    "word", ["spreadsheeting", "roadmapping", "mentorish", "toasterish", "budgetsheet", "gardenhose"]
)
def test_coinages_from_common_words_are_not_flagged(checker: SpellChecker, word: str) -> None:
    assert flagged(checker, f"We talked about {word} today") == set()


@pytest.mark.parametrize(
    "slip",
    [
        "limitted",  # limit + ed, but one doubled letter from limited
        "hopefuly",  # hopeful + y, but a slip of hopefully
        "backround",  # back + round, but one letter from background
        "everthing",  # ever + thing, but one letter from everything
        "podcasty",  # one letter more than a word is as likely a slip
    ],
)
def test_a_slip_that_looks_made_from_words_is_still_flagged(checker: SpellChecker, slip: str) -> None:
    assert slip in flagged(checker, f"We talked about {slip} today")


@pytest.mark.parametrize("word", ["snacky", "clicky"])
def test_one_letter_more_than_a_word_is_a_coinage_when_real_text_uses_it(checker: SpellChecker, word: str) -> None:
    assert flagged(checker, f"We talked about {word} today") == set()


def test_an_adverb_of_an_adjective_in_le_is_a_derivation(checker: SpellChecker) -> None:
    assert derivations(load("en"), "readably") == [("readable", "ly")]


def test_the_front_of_a_long_word_is_a_clipping_but_a_word_cut_short_is_a_slip() -> None:
    lexicon = load("en")
    assert (clipped(lexicon, "interp") or "").startswith("interp")  # a clipping keeps about half the word
    assert clipped(lexicon, "chanc") is None  # one letter from chance: a slip
    assert clipped(lexicon, "manh") is None  # man and a stray letter


def test_a_clipping_real_text_uses_is_not_flagged(checker: SpellChecker) -> None:
    assert flagged(checker, "We talked about interp today") == set()


@pytest.mark.parametrize("word", ["amendmenting", "neighborhooding", "membershipers", "happinessed"])
def test_a_noun_made_with_a_noun_ending_takes_no_verb_ending(word: str) -> None:
    assert derivations(load("en"), word) == []


@pytest.mark.parametrize(("slip", "meant"), [("tickness", "thickness"), ("advicing", "advising")])
def test_a_dictionary_word_made_with_the_same_ending_one_slip_away_was_meant(
    checker: SpellChecker, slip: str, meant: str
) -> None:
    # tick + ness and advice + ing are built by the rules, but the dictionary's own word with that
    # ending is one slip away.
    assert derivations(load("en"), slip) != []
    found = {m.word: m.suggestions for m in checker.check(f"We talked about {slip} today")}
    assert slip in found and found[slip][0] == meant


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("wordsmithing", "wordsmith"),
        ("configurability", "configurable"),
        ("extensibilities", "extensibility"),
        ("idempotence", "idempotent"),  # two slips from impotence
    ],
)
def test_a_word_far_from_every_word_may_be_made_from_a_rarer_one(checker: SpellChecker, word: str, base: str) -> None:
    lexicon = load("en")
    assert derivations(lexicon, word) == []  # not from an everyday word
    assert base in {b for b, _ in derivations(lexicon, word, rare=True)}
    assert checker.check(f"It was {word} for us") == []


def test_a_word_made_from_a_rarer_one_but_one_slip_from_a_word_is_still_judged_as_a_slip() -> None:
    lexicon = load("en")
    # stewardship + s is made by the rules, but one letter more than a word is as likely a slip
    assert derivations(lexicon, "stewardships", rare=True)
    assert [m.word for m in SpellChecker(lexicon).check("It was stewardships for us")] == ["stewardships"]


@pytest.mark.parametrize(("word", "base"), [("aspirationally", "aspirational"), ("wankery", "wanker")])
def test_a_word_made_from_a_rarer_one_whose_nearest_word_is_that_one_is_meant(
    checker: SpellChecker, word: str, base: str
) -> None:
    # Nearest to the very word it was made from, however near: the base was meant, with its ending.
    lexicon = load("en")
    assert base in {b for b, _ in derivations(lexicon, word, rare=True)}
    assert checker.check(f"It was {word} for us") == []


def test_a_rarer_words_regular_form_near_the_form_english_spells_is_still_a_slip(checker: SpellChecker) -> None:
    # superhero + s is made by the rules, but English spells superheroes, one letter away
    assert derivations(load("en"), "superheros", rare=True)
    assert flagged(checker, "We are superheros today") == {"superheros"}


@pytest.mark.parametrize(
    ("word", "base"),
    [("idempotency", "idempotent"), ("emergence", "emergent"), ("redundancy", "redundant"), ("relevance", "relevant")],
)
def test_a_noun_in_ence_or_ancy_is_made_from_its_adjective_in_ent_or_ant(word: str, base: str) -> None:
    assert (base, word[len(base) - 1 :]) in derivations(load("en"), word, rare=True)


@pytest.mark.parametrize("slip", ["independance", "existance", "persistance"])
def test_the_wrong_vowel_before_nce_is_still_a_slip(checker: SpellChecker, slip: str) -> None:
    assert flagged(checker, f"We talked about {slip} today") == {slip}
