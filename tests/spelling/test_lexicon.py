"""The shipped word-list format: what ``build.py`` writes is what the checker reads back."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from advocacy.spelling import lexicon
from advocacy.spelling.lexicon import DamagedWordList, Variant, decode, encode
from advocacy.spelling.service import TextCheckService

ROWS = [
    ("Bill", 350, "n"),
    ("bill", 420, "w"),
    ("colour", 450, "g"),
    ("color", 460, "u"),
    ("don't", 550, "w"),
    ("dont", 300, "d"),
    ("recieve", 250, "m"),
    ("receive", 480, "w"),
    ("rare", 100, "w"),  # below the suggestion floor
    ("lol", 500, "o"),
    ("cat", 500, "w"),
    ("car", 520, "w"),
]


@pytest.fixture
def words() -> lexicon.Lexicon:
    return decode("en", encode(ROWS, "test rows"))


def test_every_word_comes_back_with_its_frequency_and_tags(words: lexicon.Lexicon) -> None:
    assert words.frequency("receive") == 4.8 and words.frequency("RARE") == 1.0
    assert words.accepts("Bill") and words.is_name("bill") is False  # "bill" is a word too
    assert set(words.tags["bill"]) == {"n", "w"}
    assert words.accepts("colour", Variant.GB) and not words.accepts("colour", Variant.US)
    assert not words.accepts("recieve") and not words.accepts("dont")
    assert words.contractions == {"dont": "don't"}


def test_only_suggestable_words_are_offered_grouped_by_initial_and_length(words: lexicon.Lexicon) -> None:
    offered = {w for group in words.by_initial.values() for w in group}
    assert offered == {"bill", "colour", "color", "receive", "cat", "car"}
    assert sorted(words.by_initial[("c", 3)]) == ["car", "cat"]
    assert all(
        len(w) == length and w[0] == initial for (initial, length), group in words.by_initial.items() for w in group
    )


def test_something_else_is_refused_as_not_a_word_list() -> None:
    with pytest.raises(ValueError, match="not a"):
        decode("en", b'{"format": "other"}\nwords\0tags\0\0\0')
    with pytest.raises(ValueError, match="not a"):
        decode("en", b"[1]\nwords\0tags\0\0\0")  # JSON, but not a header
    blob = encode(ROWS)
    header, rest = blob.split(b"\n", 1)
    with pytest.raises(ValueError, match="differ in length"):
        decode("en", header + b"\n" + rest[:-2])  # one frequency short


def test_the_shipped_english_list_round_trips(tmp_path: Path) -> None:
    shipped = lexicon.load("en")
    rows = [(w, round(shipped.zipf[w] * 100), shipped.tags[w]) for w in shipped.tags]
    again = decode("en", encode(rows))
    assert again.zipf == shipped.zipf and again.tags == shipped.tags
    assert {k: sorted(v) for k, v in again.by_initial.items()} == {k: sorted(v) for k, v in shipped.by_initial.items()}


def test_a_damaged_word_list_is_one_notice_and_checking_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real loader reads a real damaged file from a folder of our choosing.
    (tmp_path / "en.lex.gz").write_bytes(gzip.compress(b"this is not a word list"))
    monkeypatch.setattr(lexicon, "FOLDER", tmp_path)
    monkeypatch.setattr(lexicon, "_CACHE", {})
    with pytest.raises(DamagedWordList, match="cannot be read"):
        lexicon.load("en")
    service = TextCheckService("en")
    assert service("Thsi has a typo") == []
    assert service("And this one too") == []
    assert len(service.notices) == 1 and "reinstalling the app" in service.notices[0]


def test_a_damaged_list_of_words_seen_in_real_text_is_a_damaged_word_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not a quietly shorter list: without it, long written words would be flagged as typos.
    shipped = lexicon.FOLDER
    (tmp_path / "en.lex.gz").write_bytes((shipped / "en.lex.gz").read_bytes())
    monkeypatch.setattr(lexicon, "FOLDER", tmp_path)
    monkeypatch.setattr(lexicon, "_CACHE", {})
    assert lexicon.load("en").seen == frozenset()  # none beside it: a language may have none
    monkeypatch.setattr(lexicon, "_CACHE", {})
    (tmp_path / "en.seen.gz").write_bytes(b"\x1f\x8b not gzip at all")
    with pytest.raises(DamagedWordList, match="cannot be read"):
        lexicon.load("en")
    monkeypatch.setattr(lexicon, "_CACHE", {})
    (tmp_path / "en.seen.gz").write_bytes(gzip.compress(b"skeuomorphic\nholacracy\n"))
    assert lexicon.load("en").seen == {"skeuomorphic", "holacracy"}


def test_a_damaged_list_of_other_languages_words_is_a_damaged_word_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = lexicon.FOLDER
    (tmp_path / "en.lex.gz").write_bytes((shipped / "en.lex.gz").read_bytes())
    monkeypatch.setattr(lexicon, "FOLDER", tmp_path)
    monkeypatch.setattr(lexicon, "_CACHE", {})
    (tmp_path / "en.others.gz").write_bytes(gzip.compress(b"es\tdebemos usar\nno languages here\n"))
    with pytest.raises(DamagedWordList, match="cannot be read"):
        lexicon.load("en")
    monkeypatch.setattr(lexicon, "_CACHE", {})
    (tmp_path / "en.others.gz").write_bytes(gzip.compress(b"es\tdebemos\nes,pt\tusar\n"))
    assert lexicon.load("en").elsewhere == {"debemos": {"es"}, "usar": {"es", "pt"}}
