"""The tokenizer decides what is never spell-checked; offsets must stay exact."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocacy.spelling.tokens import words


def texts(text: str) -> list[str]:
    return [w.text for w in words(text)]


@pytest.mark.parametrize(
    "skipped",
    [
        "https://example.com/some/pathh?q=wrng",
        "www.exampel.org",
        "exampel.com/blgo",
        "someone.elese@example.com",
        "@sammm",
        "@sammm@mastodn.social",
        "@sam.bsky.socail",
        "#MondayMotivaton",
        "#wrng",
        "`consle.log(x)`",
        "3pm",
        "B2B",
        "NASA",
        "GitHub",
        "iPhone",
        "snake_case_nmae",
        "config.loadr",  # a dotted name
        "reportt.csv",  # a file name
        ".bashrcc",  # a dotfile or an extension
        "reduse()",  # a call
        "frobnicat(x=1)",
        "{tidyvers}",  # a package, as R people write it
        "--dry-rnu",  # command-line flags
        "-xvzf",
        "Djnago+Postgres+Celeyr",  # a stack
        "APIs",  # an acronym's plural
        "URL's",
        "Привет",
        "東京",
        "🙂🚀",
    ],
)
def test_not_prose_is_never_offered_for_checking(skipped: str) -> None:
    assert texts(f"see {skipped} now") == ["see", "now"]


def test_offsets_point_at_the_word_in_the_original_text() -> None:
    text = "Ship it ✨ — we’re “live” at https://acme.example today, well-knwon folks!"
    for word in words(text):
        assert text[word.start : word.end] == word.text
    assert texts(text) == ["Ship", "it", "we’re", "live", "at", "today", "well", "knwon", "folks"]


def test_sentence_starts_are_told_apart_from_mid_sentence_capitals() -> None:
    found = {w.text: w.sentence_start for w in words("Hello there. Paris is nice!\n• Bullet item and Rome")}
    assert found == {
        "Hello": True,
        "there": False,
        "Paris": True,
        "is": False,
        "nice": False,
        "Bullet": True,
        "item": False,
        "and": False,
        "Rome": False,
    }


def test_quotes_around_a_word_are_not_part_of_it() -> None:
    assert texts("'quoted' and ‘curly’ and the users' and don't") == [
        "quoted",
        "and",
        "curly",
        "and",
        "the",
        "users",
        "and",
        "don't",
    ]


@given(st.text(max_size=300))
def test_any_text_gives_exact_in_range_offsets(text: str) -> None:
    last_end = 0
    for word in words(text):
        assert 0 <= last_end <= word.start < word.end <= len(text)
        assert text[word.start : word.end] == word.text
        last_end = word.end


@pytest.mark.parametrize(
    "blob",
    [
        "a" + "b" * 5000,  # no word is this long: a hash, a base64 blob, a key pasted by mistake
        "x@" * 3000,
        "a.b-" * 3000,
        "word-" * 1000,
    ],
)
def test_a_run_too_long_to_be_a_word_is_stepped_over_and_the_words_around_it_are_kept(blob: str) -> None:
    text = f"Recieve this {blob} and teh rest."
    assert texts(text) == ["Recieve", "this", "and", "teh", "rest"]


def test_addresses_and_domains_are_still_stepped_over_after_other_words() -> None:
    text = "Mail jane.doe+news@example.org or see docs.example.com/start, ok-then."
    assert texts(text) == ["Mail", "or", "see", "ok", "then"]


@pytest.mark.parametrize(
    "text", [":blobthinkingeyes: indeed", "indeed :flag-gb:", "indeed :+1:", "(:ablobcatbongo:) indeed"]
)
def test_custom_emoji_shortcodes_are_never_words(text: str) -> None:
    assert [w.text for w in words(text)] == ["indeed"]


def test_a_colon_in_prose_is_still_prose() -> None:
    assert [w.text for w in words("Note: this works")] == ["Note", "this", "works"]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Chúc mừng sinh nhật", {"mừng", "nhật"}),  # Vietnamese letters
        ("Chu\u0301c mu\u031b\u0300ng sinh", {"mừng"}),  # the same written with combining accents
        ("Dziękuję bardzo, Łukasz", {"Dziękuję", "Łukasz"}),
        ("næsten ikke", {"næsten"}),
        ("a café, a naïve façade, über-jalapeño", set()),  # English writes these
    ],
)
def test_words_with_letters_english_never_uses_are_whole_and_marked(text: str, other: set[str]) -> None:
    import unicodedata

    found = list(words(text))
    assert {unicodedata.normalize("NFC", w.text) for w in found if w.other_letters} == other
    assert all(text[w.start : w.end] == w.text for w in found)  # never cut inside a word


def test_a_short_quotation_holding_a_command_is_code_but_a_quoted_phrase_is_prose() -> None:
    assert texts('try "frobctl -xv main.conf" first') == ["try", "first"]
    assert texts("try 'grpe --colour' first") == ["try", "first"]
    assert texts('a "wrng" word and a "quoted phrse" here') == [
        "a",
        "wrng",
        "word",
        "and",
        "a",
        "quoted",
        "phrse",
        "here",
    ]


def test_a_dash_between_words_and_a_plural_in_brackets_stay_prose() -> None:
    assert texts("friend(s) and a well-knwon - dash") == ["friend", "s", "and", "a", "well", "knwon", "dash"]


def test_a_line_of_code_pasted_whole_is_not_prose_but_the_lines_around_it_are() -> None:
    text = "Try this:\nsed 's/^[0-9\\:]*. From //' chat.txt | sed 's/ : /:  /' > clean.txt\nIt wroks for me"
    assert [w.text for w in words(text)] == ["Try", "this", "It", "wroks", "for", "me"]


@pytest.mark.parametrize(
    "prose",
    [
        "I <3 you so much <3 <3 ^_^ :) >>> wroks",
        "and/or his/her w/o the 1/2 price | wroks",
        "[update] the $5 plan = the {old} one; wroks",
    ],
)
def test_a_line_with_a_few_marks_or_emoticons_is_still_prose(prose: str) -> None:
    assert "wroks" in [w.text for w in words(prose)]


def test_a_handle_written_with_a_stray_space_is_a_handle_but_a_place_after_it_is_still_read() -> None:
    # "@ feraldat" is @feraldat typed with a space; "@ The Masonic" names a place, in words
    assert [w.text for w in words("Genevieve Bell at @ feraldat tonight")] == ["Genevieve", "Bell", "at", "tonight"]
    assert [w.text for w in words("Costume night @ The Masonic")] == ["Costume", "night", "The", "Masonic"]
