"""The sound key that finds the words a misspelling by ear stands for."""

from __future__ import annotations

import pytest

from advocacy.spelling.phonetic import sound_key, sound_keys


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("nere", "near"),
        ("fiels", "phials"),
        ("resteraunts", "restaurants"),
        ("nolledge", "knowledge"),
        ("nitemare", "nightmare"),
        ("sircus", "circus"),
        ("Skool", "school"),
    ],
)
def test_words_that_sound_alike_share_a_key(typed: str, meant: str) -> None:
    assert sound_key(typed) == sound_key(meant)


def test_words_that_sound_different_do_not(typed: str = "cat", other: str = "dog") -> None:
    assert sound_key(typed) != sound_key(other)


def test_many_keys_at_once_are_the_keys_one_at_a_time() -> None:
    words = ["knight", "phone", "", "it's", "judge", "xylophone", "aesthetic"]
    assert sound_keys(words) == [sound_key(w) for w in words]
    assert sound_keys([]) == []
