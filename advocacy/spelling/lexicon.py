"""A language's word list: which words are correct, how common each word is, and which to offer.

Loaded from ``resources/dictionaries/<lang>.lex.gz`` (built by ``build.py`` there from rows of
word, frequency and tags). Adding a language is adding a file: the same format, the same tags.
"""

from __future__ import annotations

import array
import gzip
import json
import re
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import resources
from advocacy.errors import DamagedWordList, UnknownLanguage
from advocacy.spelling.phonetic import sound_keys

# Words rarer than this are never offered as a suggestion, unless SCOWL lists them in its core.
_SUGGEST_ZIPF = 1.5
# A variant spelling (tag v, neither American nor British) this common is everyday English.
_EVERYDAY_VARIANT_ZIPF = 3.0


_POSSESSIVE_BASE = re.compile(r"(?:'s|')$")


class Variant(StrEnum):
    """Which English spellings count as correct."""

    ANY = "any"  # American and British both (the default)
    US = "us"
    GB = "gb"


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
    # The sound key (phonetic.py) of every word offered as a suggestion, and the words of each key:
    # how a misspelling two or three letters off (nere, resteraunts) finds the word it sounds like.
    sound_of: dict[str, str] = field(default_factory=dict)
    by_sound: dict[str, list[str]] = field(default_factory=dict)
    # Long words real text writes, too seldom for the word list (skeuomorphic, holacracy): no
    # evidence that a word is right, only that one far from every word is not a slip of one.
    seen: frozenset[str] = frozenset()
    # Everyday words of other languages that English lacks, each with its languages (es, pt): how
    # a post that switches language mid-sentence is told from one with typos (other_languages.py).
    elsewhere: dict[str, frozenset[str]] = field(default_factory=dict)

    def frequency(self, word: str) -> float:
        return self.zipf.get(word.lower(), 0.0)

    def accepts(self, word: str, variant: Variant = Variant.ANY) -> bool:
        """True when ``word`` (any case) is a correct spelling in this variant."""
        tags = self.tags.get(word.lower())
        if tags is None:
            return False
        if "w" in tags or "a" in tags or "n" in tags:
            return True
        if "v" in tags and (variant is Variant.ANY or self._everyday_variant(word.lower(), tags)):
            # SCOWL lists some spellings of both Englishes only as variants (offline beside
            # off-line); one that real text uses every day is right in either.
            return True
        if "u" in tags and variant is not Variant.GB:
            return True
        if "g" in tags and variant is not Variant.US:
            return True
        return "o" in tags

    def _everyday_variant(self, key: str, tags: str) -> bool:
        # A variant of neither country's list alone (not color, not colour), common in real text.
        return "u" not in tags and "g" not in tags and self.zipf.get(key, 0.0) >= _EVERYDAY_VARIANT_ZIPF

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


# The shipped format: a JSON header line, then every word, every tag set (one per line each, in
# the same order), then each word's Zipf×100 as little-endian uint16; the sections are split by
# NUL bytes. Suggestable words come first, grouped by (first letter, length), so the groups are
# slices of the word list. Loading it is a handful of C calls instead of a loop over 250,000 lines.
_FORMAT = "advocacy-lexicon-2"
# Dictionaries are filled this many entries per C call, so a dictionary loading in the
# background never holds the interpreter long enough to stall the window.
_BATCH = 20_000


def encode(rows: Iterable[tuple[str, int, str]], note: str = "") -> bytes:
    """The shipped form of ``(word, zipf×100, tags)`` rows; ``Bill`` and ``bill`` share one entry."""
    zipf: dict[str, int] = {}
    tags: dict[str, str] = {}
    for word, frequency, word_tags in rows:
        key = word.lower()
        if key in tags:
            tags[key] = "".join(sorted(set(tags[key] + word_tags)))
            continue
        zipf[key], tags[key] = frequency, word_tags
    offered = sorted((w for w in tags if _suggestable(w, zipf[w] / 100, tags[w])), key=lambda w: (w[0], len(w), w))
    offered_set = set(offered)
    words = offered + sorted(w for w in tags if w not in offered_set)
    groups: list[list[str | int]] = []
    for word in offered:
        if groups and groups[-1][:2] == [word[0], len(word)]:
            groups[-1][2] = int(groups[-1][2]) + 1
        else:
            groups.append([word[0], len(word), 1])
    header = json.dumps({"format": _FORMAT, "note": note, "groups": groups}, ensure_ascii=False)
    frequencies = array.array("H", (min(zipf[w], 65535) for w in words))
    if sys.byteorder != "little":
        frequencies.byteswap()
    return b"\0".join(
        [
            header.encode() + b"\n" + "\n".join(words).encode(),
            "\n".join(tags[w] for w in words).encode(),
            frequencies.tobytes(),
        ]
    )


def _lines(blob: bytes, chunk: int = 1 << 18) -> list[str]:
    """``blob.decode().split("\\n")`` a quarter megabyte at a time (see ``_BATCH``)."""
    lines: list[str] = []
    start = 0
    while start <= len(blob):
        end = blob.find(b"\n", start + chunk)
        if end < 0:
            end = len(blob)
        lines.extend(blob[start:end].decode().split("\n"))
        start = end + 1
    return lines


def decode(language: str, blob: bytes) -> Lexicon:
    head, rest = blob.split(b"\n", 1)
    header = json.loads(head)
    if not isinstance(header, dict) or header.get("format") != _FORMAT:
        raise ValueError(f"not a {_FORMAT} word list")
    word_blob, tag_blob, frequency_blob = rest.split(b"\0", 2)
    words = _lines(word_blob)
    word_tags = _lines(tag_blob)
    frequencies = array.array("H")
    frequencies.frombytes(frequency_blob)
    if sys.byteorder != "little":
        frequencies.byteswap()
    if not len(words) == len(word_tags) == len(frequencies):
        raise ValueError("word list sections differ in length")
    lexicon = Lexicon(language)
    for at in range(0, len(words), _BATCH):
        batch = words[at : at + _BATCH]
        lexicon.zipf.update(zip(batch, [f / 100 for f in frequencies[at : at + _BATCH]], strict=True))
        lexicon.tags.update(zip(batch, word_tags[at : at + _BATCH], strict=True))
    at = 0
    for initial, length, count in header["groups"]:
        lexicon.by_initial[(initial, length)] = words[at : at + count]
        at += count
    offered = words[:at]
    lexicon.sound_of = dict(zip(offered, sound_keys(offered), strict=True))
    for word, key in lexicon.sound_of.items():
        lexicon.by_sound.setdefault(key, []).append(word)
    lexicon.contractions = {
        w.replace("'", ""): w for w, t in lexicon.tags.items() if "'" in w and not w.endswith("'s") and "w" in t
    }
    return lexicon


_SUFFIX = ".lex.gz"
FOLDER: Path = resources.folder("dictionaries")
_CACHE: dict[str, Lexicon] = {}
# The audit and the composer may both ask first, from two threads: one of them loads, once.
_LOADING = threading.Lock()


def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.name.split(".")[0] for p in FOLDER.iterdir() if p.name.endswith(_SUFFIX)))


def load(language: str) -> Lexicon:
    """The lexicon for a language code (``en``, ``en-GB``, ``en_US`` all give ``en``); cached."""
    base = language.replace("_", "-").split("-")[0].lower()
    with _LOADING:
        return _CACHE[base] if base in _CACHE else _load_file(base)


def _load_file(base: str) -> Lexicon:
    path = FOLDER / f"{base}{_SUFFIX}"
    if not path.is_file():
        raise UnknownLanguage(base)
    try:
        with path.open("rb") as raw:
            lexicon = decode(base, gzip.decompress(raw.read()))
    except (OSError, EOFError, ValueError) as exc:  # gzip, UTF-8 and JSON errors are all among these
        raise DamagedWordList(base) from exc
    _add_words(lexicon, FOLDER / f"{base}-additions.txt")
    seen = FOLDER / f"{base}{_SEEN_SUFFIX}"
    if seen.is_file():  # a language may have none: its checker then asks no such question
        try:
            lexicon.seen = _seen_words(seen)
        except (OSError, EOFError, ValueError) as exc:
            raise DamagedWordList(base) from exc
    others = FOLDER / f"{base}{_OTHERS_SUFFIX}"
    if others.is_file():
        try:
            lexicon.elsewhere = _other_languages(others)
        except (OSError, EOFError, ValueError) as exc:
            raise DamagedWordList(base) from exc
    _CACHE[base] = lexicon
    return lexicon


_OTHERS_SUFFIX = ".others.gz"


def _other_languages(path: Path) -> dict[str, frozenset[str]]:
    """``es,pt<TAB>word word …`` lines, gzipped (build.py writes them beside the word list)."""
    with path.open("rb") as raw:
        lines = gzip.decompress(raw.read()).decode().splitlines()
    found: dict[str, frozenset[str]] = {}
    for line in lines:
        languages, _, group = line.partition("\t")
        if not languages or not group:
            raise ValueError("a line without its languages or words")
        found.update(dict.fromkeys(group.split(" "), frozenset(languages.split(","))))
    return found


_SEEN_SUFFIX = ".seen.gz"


def _seen_words(path: Path) -> frozenset[str]:
    """One word per line, gzipped (build.py writes it beside the word list)."""
    with path.open("rb") as raw:
        return frozenset(gzip.decompress(raw.read()).decode().split())


_ADDED_ZIPF = 3.0  # an everyday word, neither rare nor among the most common


def _add_words(lexicon: Lexicon, path: Path) -> None:
    """Words vouched for since the list was built: correct, and offered as suggestions."""
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip().lower()
        if not word or word.startswith("#"):
            continue
        lexicon.tags[word] = "w" + lexicon.tags.get(word, "").replace("m", "").replace("r", "").replace("w", "")
        lexicon.zipf[word] = max(lexicon.zipf.get(word, 0.0), _ADDED_ZIPF)
        group = lexicon.by_initial.setdefault((word[0], len(word)), [])
        if word not in group:
            group.append(word)
