"""A language's word list: which words are correct, how common each word is, and which to offer.

Loaded from ``resources/dictionaries/<lang>.tsv.gz`` (built by ``build.py`` there). Adding a
language is adding a file: the same format, the same tags.
"""

from __future__ import annotations

import gzip
import re
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources

# Words rarer than this are never offered as a suggestion, unless SCOWL lists them in its core.
_SUGGEST_ZIPF = 1.5


_POSSESSIVE_BASE = re.compile(r"(?:'s|')$")


class Variant(StrEnum):
    """Which English spellings count as correct."""

    ANY = "any"  # American and British both (the default)
    US = "us"
    GB = "gb"


class UnknownLanguage(LookupError):
    """No word list ships for this language."""


@dataclass(eq=False)  # one lexicon per language, compared and hashed by identity
class Lexicon:
    """Words keyed in lower case, each with a Zipf frequency (0–8) and its source tags."""

    language: str
    zipf: dict[str, float] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    # Candidate suggestions grouped by (first letter, length).
    by_initial: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    # Apostrophe-less contractions and what they stand for: dont → don't.
    contractions: dict[str, str] = field(default_factory=dict)

    def frequency(self, word: str) -> float:
        return self.zipf.get(word.lower(), 0.0)

    def accepts(self, word: str, variant: Variant = Variant.ANY) -> bool:
        """True when ``word`` (any case) is a correct spelling in this variant."""
        tags = self.tags.get(word.lower())
        if tags is None:
            return False
        if "w" in tags or "a" in tags or "n" in tags:
            return True
        if "v" in tags and variant is Variant.ANY:
            return True
        if "u" in tags and variant is not Variant.GB:
            return True
        if "g" in tags and variant is not Variant.US:
            return True
        return "o" in tags

    def in_dictionary(self, word: str) -> bool:
        """Listed by a dictionary (any variant), not merely seen in a corpus."""
        key = word.lower()
        return any(t in self.tags.get(k, "") for k in (key, _POSSESSIVE_BASE.sub("", key)) for t in "wvugna")

    def is_name(self, word: str) -> bool:
        """Only ever written capitalised (Paris), unlike words that are also names (Bill, bill)."""
        tags = self.tags.get(word.lower(), "")
        return "n" in tags and not any(t in tags for t in "wvuga")

    def display_form(self, word: str) -> str:
        """Names are suggested capitalised (``paris`` → ``Paris``)."""
        return word[:1].upper() + word[1:] if self.is_name(word) else word


def _suggestable(word: str, zipf: float, tags: str) -> bool:
    if "'" in word or "d" in tags or "m" in tags or tags == "o":  # never suggest a known misspelling
        return False
    return zipf >= _SUGGEST_ZIPF


def parse(language: str, lines: Iterable[str]) -> Lexicon:
    lexicon = Lexicon(language)
    zipf, tags = lexicon.zipf, lexicon.tags
    by_initial: dict[tuple[str, int], list[str]] = defaultdict(list)
    for line in lines:
        if not line or line[0] == "#":
            continue
        word, frequency, word_tags = line.split("\t")
        key = word.lower()
        value = int(frequency) / 100
        if key in tags:  # "Bill" and "bill": keep both tag sets under one key
            tags[key] += word_tags
            continue
        zipf[key] = value
        tags[key] = word_tags
        if _suggestable(key, value, word_tags):
            by_initial[(key[0], len(key))].append(key)
    lexicon.contractions = {
        w.replace("'", ""): w for w, t in tags.items() if "'" in w and not w.endswith("'s") and "w" in t
    }
    lexicon.by_initial = dict(by_initial)
    return lexicon


_CACHE: dict[str, Lexicon] = {}
# The audit and the composer may both ask first, from two threads: one of them loads, once.
_LOADING = threading.Lock()


def available_languages() -> tuple[str, ...]:
    folder = resources.files("resources") / "dictionaries"
    return tuple(sorted(p.name.split(".")[0] for p in folder.iterdir() if p.name.endswith(".tsv.gz")))


def load(language: str) -> Lexicon:
    """The lexicon for a language code (``en``, ``en-GB``, ``en_US`` all give ``en``); cached."""
    base = language.replace("_", "-").split("-")[0].lower()
    with _LOADING:
        return _CACHE[base] if base in _CACHE else _load_file(base)


def _load_file(base: str) -> Lexicon:
    path = resources.files("resources") / "dictionaries" / f"{base}.tsv.gz"
    if not path.is_file():
        raise UnknownLanguage(base)
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        # Line by line, not read().splitlines(): one 5 MB C call would hold the GIL long
        # enough to stall the window while an audit loads the dictionary in the background.
        _CACHE[base] = parse(base, (line.rstrip("\n") for line in text))
    return _CACHE[base]
