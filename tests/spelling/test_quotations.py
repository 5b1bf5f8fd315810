"""A long passage quoted from elsewhere, with its source's address, is not the person's spelling."""

from __future__ import annotations

from advocacy.spelling.checker import SpellChecker
from advocacy.spelling.quotations import quoted_passages

PASSAGE = (
    "Yet our engagement with technology has not removed struggle, chores and tedium from our lives. "
    "With the good has come the bad, the disappointing, the cludgy, and the intractable."
)


def test_a_long_quotation_followed_by_its_source_is_a_passage() -> None:
    text = f'"{PASSAGE}"\n\nhttps://example.org/essay'
    assert quoted_passages(text) == [(1, 1 + len(PASSAGE))]
    curly = f"“{PASSAGE}” — https://example.org/essay"
    assert quoted_passages(curly) == [(1, 1 + len(PASSAGE))]


def test_a_quoted_passage_over_paragraphs_opens_each_and_closes_once() -> None:
    first = "The first paragraph of the quotation runs on for a good dozen words or so"
    second = "and the second one, which opens with a mark of its own, closes the quotation here."
    text = f'"{first}\n\n"{second}"\nhttps://example.org'
    [(start, end)] = quoted_passages(text)
    assert text[start:end] == f'{first}\n\n"{second}'


def test_a_quotation_left_open_runs_to_the_end_of_its_paragraph() -> None:
    text = f'"{PASSAGE}\n\nhttps://example.org/essay'
    assert quoted_passages(text) == [(1, 1 + len(PASSAGE))]


def test_short_quotations_and_quotations_answered_in_the_persons_own_words_are_not_passages() -> None:
    assert quoted_passages('They called it "a cludgy mess" https://example.org') == []
    assert quoted_passages(f'"{PASSAGE}"\n\nI could not agree less with this.') == []
    assert quoted_passages(PASSAGE) == []


def test_a_coinage_in_a_shared_passage_is_not_flagged_but_the_persons_own_words_are() -> None:
    checker = SpellChecker.for_language("en")
    shared = f'"{PASSAGE}"\n\nhttps://example.org/essay'
    assert [m.word for m in checker.check(shared)] == []
    answered = f'"{PASSAGE}"\n\nSo true, and so cludgy.'  # answered, not sourced: the person's to fix
    assert [m.word for m in checker.check(answered)] == ["cludgy", "cludgy"]
    assert "recieve" in {m.word for m in checker.check(f'I recieve this daily: "{PASSAGE}" https://example.org')}
