"""The offline spell checker: which words of a text are misspelled, and what to write instead.

A word is flagged on evidence, not merely for being absent from the dictionary. Social text is
full of names, brands, slang and other languages, and a checker that cries wolf gets switched
off, so the evidence asked for depends on the word:

- a lower-case word that no list and no corpus knows is flagged;
- a word that real text uses (wordfreq's corpora) is a name, brand or slang, not a typo, unless
  it is one slip away from a far more common word (``recieve``): then it is a known misspelling;
- a capitalised word mid-sentence is taken for a name unless it is one typing slip from a common
  word and no corpus has it;
- in a text that is mostly not English, only a word one typing slip from a common English word
  is flagged; the rest is the other language, which this dictionary cannot judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from advocacy.spelling.distance import typing_distance
from advocacy.spelling.lexicon import Lexicon, Variant, load
from advocacy.spelling.suggest import candidate_frequency, suggest
from advocacy.spelling.tokens import Word, words

_ELONGATED = re.compile(r"(\w)\1\1")
# Laughter and interjections: hahaha, hehe, lmao, aww, ahh, mmm.
_INTERJECTION = re.compile(r"(?:ha|he|hi|ho|ah|a?w|e?h|m|lo|l[mo]+a?o+|o+h|u+gh|z)+h*", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|'|s')$")
# Above this share of unknown words (in a text of a few words), the text is another language.
_FOREIGN_SHARE = 0.6
_FOREIGN_MIN_WORDS = 5  # a short text has too few words to tell its language
_MIXED_SHARE = 0.5
_MIXED_MIN_WORDS = 4
_FOREIGN_TYPO_LENGTH = 5
_LONG_FOREIGN_WORD = 8
_TWO_SLIPS = 2.0
_ONE_SLIP = 1.0  # typing cost of a single ordinary slip (see distance.py)
_TRANSPOSITION = 0.7
_DOUBLING = 0.5
_COMMON = 3.0  # Zipf: a word seen about once per million words
_LISTED = 1.5  # Zipf: rare, but common enough to be offered as a suggestion
_NAME_MARGIN = 2.0  # Zipf steps: a hundred times as common
_SENTENCE_NAME_MARGIN = 1.5  # thirty times
_SLIP_GAP = 1.2  # sixteen times
_FAR_SLIPS = 2.5
_LONG_UNKNOWN_WORD = 8  # longer unknown words are typos however far they stray (unnessecarry)
_LONG_WORD = 7  # names are mostly shorter; long capitalised slips are mostly words


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int
    word: str
    suggestions: tuple[str, ...]


class _Mix(Enum):
    """How much of a text is English, judged by the share of its words no dictionary lists."""

    ENGLISH = "english"
    MIXED = "mixed"  # half another language (code-switching: "Manis banget, I like it")
    FOREIGN = "foreign"


@dataclass(frozen=True)
class _Evidence:
    best: str | None
    cost: float


class SpellChecker:
    """Checks text in one language. ``known`` words (company glossary, names, handles) are never
    flagged, in any case."""

    def __init__(self, lexicon: Lexicon, variant: Variant = Variant.ANY, known: Iterable[str] = ()) -> None:
        self.lexicon = lexicon
        self.variant = variant
        self.known = frozenset(k.lower() for k in known)

    @classmethod
    def for_language(cls, language: str = "en", known: Iterable[str] = ()) -> SpellChecker:
        code = language.replace("_", "-").lower()
        variant = {"en-us": Variant.US, "en-gb": Variant.GB}.get(code, Variant.ANY)
        return cls(load(code), variant, known)

    def with_known(self, known: Iterable[str]) -> SpellChecker:
        return SpellChecker(self.lexicon, self.variant, self.known | {k.lower() for k in known})

    def _correct(self, text: str) -> bool:
        key = text.lower()
        if _ELONGATED.search(key):
            return False  # sooooo: fine in a chat, never in a bio or a post you want read
        if key in self.known or self.lexicon.accepts(key, self.variant):
            return True
        stripped = _POSSESSIVE.sub("", key)  # the company's, users'
        return stripped != key and (stripped in self.known or self.lexicon.accepts(stripped, self.variant))

    def _evidence(self, key: str, past_splits: bool = True) -> _Evidence:
        """The nearest single word and its typing cost. ``compare able`` may rank first for
        ``compareable``, but only a single word one slip away is evidence of a typo. A capitalised
        word that splits best (Nicki → Nick I) is more likely a name: ``past_splits=False``."""
        suggestions = suggest(self.lexicon, key, self.variant)
        if not past_splits:
            suggestions = suggestions[:1]
        best = next((s for s in suggestions if " " not in s), None)
        if best is None:
            return _Evidence(None, 99.0)
        return _Evidence(best, typing_distance(key.lower(), best.lower()))

    def _is_slip_of_common_word(
        self,
        key: str,
        margin: float = 0.0,
        max_cost: float = _ONE_SLIP,
        common: float = _COMMON,
        past_splits: bool = True,
    ) -> bool:
        evidence = self._evidence(key, past_splits)
        return (
            evidence.best is not None
            and evidence.cost <= max_cost
            and self.lexicon.frequency(evidence.best) >= max(common, self.lexicon.frequency(key) + margin)
            and not self.lexicon.is_name(evidence.best)
        )

    def _misspelled(self, word: Word, language: _Mix) -> bool:
        key = word.text.replace("’", "'")
        tags = self.lexicon.tags.get(key.lower(), "")
        if "o" in tags or _ELONGATED.search(key.lower()):
            # Real text uses it as written (a name, a brand, slang, a deliberate "sooo"), or it
            # is an unknown stretched word: fine in a chat, never in a bio or a post you want read.
            return "o" not in tags
        if language is _Mix.FOREIGN and "d" not in tags:
            return self._foreign_is_typo(key, tags)
        short_or_in_use = "m" in tags or (not tags and len(key) <= _FOREIGN_TYPO_LENGTH)
        if language is _Mix.MIXED and short_or_in_use and self._evidence(key).cost > _TRANSPOSITION:
            # Half the words are another language's: a short or corpus word is a typo only when
            # it is one cheap slip (a doubled, swapped or neighbouring letter) from a word.
            return False
        if word.is_capitalized:
            return self._capitalised_is_typo(key, tags, mid_sentence=not word.sentence_start)
        if "m" in tags:
            return self._in_use_is_typo(key)
        # Unknown to every list and corpus, yet more than two slips from every word: a coinage,
        # a name or another language far more often than a typo (juseyo, angpaos), unless long.
        return len(key) >= _LONG_UNKNOWN_WORD or self._evidence(key).cost <= _FAR_SLIPS

    def _foreign_is_typo(self, key: str, tags: str) -> bool:
        """Another language: its words fill the corpora too (tagged m) and short ones sit one slip
        from some English word. Only a longer word no corpus knows can be a typo."""
        if tags:
            return False
        if len(key) >= _LONG_FOREIGN_WORD:
            # A long word is rarely two slips from an English word by chance, even a rare one.
            return self._is_slip_of_common_word(key, max_cost=_TWO_SLIPS, common=_LISTED)
        return len(key) >= _FOREIGN_TYPO_LENGTH and self._is_slip_of_common_word(key)

    def _in_use_is_typo(self, key: str) -> bool:
        """A lower-case word real text uses, one edit from a commoner word (tagged m)."""
        evidence = self._evidence(key)
        if len(key) <= 3:
            # Short tokens are a slip away from many words; only a doubled or swapped letter
            # (teh, wel) is plainly a typo rather than an abbreviation.
            return evidence.cost <= _DOUBLING or abs(evidence.cost - _TRANSPOSITION) < 1e-9
        frequency = self.lexicon.frequency(key)
        top = suggest(self.lexicon, key, self.variant, limit=1)
        if top and " " in top[0]:  # alot → a lot: two common words run together
            return candidate_frequency(self.lexicon, top[0]) >= frequency + _SLIP_GAP
        if evidence.best is None:
            return True
        # A typo only if the word it slipped from is far commoner (recieve, publically); a smaller
        # gap is a name or slang (aunty, jace, collab). Two full slips away, the gap must be wider.
        gap = _SLIP_GAP if evidence.cost <= _ONE_SLIP + _DOUBLING else _NAME_MARGIN
        return self.lexicon.frequency(evidence.best) >= frequency + gap

    def _capitalised_is_typo(self, key: str, tags: str, mid_sentence: bool) -> bool:
        """Mid-sentence a capitalised word is most likely a name; opening a sentence it may be one."""
        if mid_sentence and len(key) < 4:
            return False  # too short to tell from an acronym or a name
        if mid_sentence and ("m" in tags or "d" in tags):
            # In use: a name (Sehun, Calum), unless it is a long word and a slip of a word a
            # hundred times as common (Goverment).
            return len(key) >= _LONG_WORD and self._is_slip_of_common_word(key, margin=_NAME_MARGIN, past_splits=False)
        if not tags and (len(key) >= _LONG_FOREIGN_WORD or (not mid_sentence and len(key) >= _LONG_WORD)):
            # Unknown to every corpus and long: rarely a name, so two slips of a common word are
            # still a typo (Perfomeance, Congratualtion, and opening a sentence, Bisness).
            return self._is_slip_of_common_word(key, max_cost=_TWO_SLIPS, past_splits=False)
        # Opening a sentence, a name in use (Manny, Calum) needs a word thirty times as common nearby.
        margin = _SENTENCE_NAME_MARGIN if "m" in tags else 0.0
        return self._is_slip_of_common_word(key, margin=margin, past_splits=False)

    def _suggestions(self, typed: str) -> tuple[str, ...]:
        key = typed.replace("’", "'")
        if _ELONGATED.search(key.lower()):
            key = re.sub(r"(\w)\1{2,}", r"\1", key)
        possessive = re.search(r"['’]s?$", typed) if re.search(r"\w['’]s?$", typed) else None
        if possessive is None:
            return tuple(suggest(self.lexicon, key, self.variant))
        # compnay’s → company’s: correct the word, keep the possessive as typed.
        base = typed[: possessive.start()]
        return tuple(s + possessive.group(0) for s in suggest(self.lexicon, base, self.variant) if " " not in s)

    def check(self, text: str) -> list[Misspelling]:
        candidates = [w for w in words(text) if not (len(w.text) > 2 and _INTERJECTION.fullmatch(w.text))]
        unknown = [w for w in candidates if not self._correct(w.text.replace("’", "'"))]
        # Corpus-only tokens count as foreign here: other languages' words fill English corpora too.
        outside = sum(1 for w in candidates if not self.lexicon.in_dictionary(w.text.replace("’", "'")))
        language = _Mix.ENGLISH
        if len(candidates) >= _FOREIGN_MIN_WORDS and outside > len(candidates) * _FOREIGN_SHARE:
            language = _Mix.FOREIGN
        elif len(candidates) >= _MIXED_MIN_WORDS and outside > len(candidates) * _MIXED_SHARE:
            language = _Mix.MIXED
        found = []
        for word in unknown:
            if not self._misspelled(word, language):
                continue
            found.append(Misspelling(word.start, word.end, word.text, self._suggestions(word.text)))
        return found
