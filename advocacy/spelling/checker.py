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
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import partial

from advocacy.domain.text_check import APOSTROPHE
from advocacy.spelling.apostrophes import message as apostrophe_message
from advocacy.spelling.apostrophes import possessive_its, stray_apostrophe
from advocacy.spelling.context import Neighbours, PairCounts, neighbours, pair_counts
from advocacy.spelling.distance import typing_distance
from advocacy.spelling.language_mix import LanguageMix, Mix
from advocacy.spelling.lexicon import Lexicon, Variant, load
from advocacy.spelling.lists import names_in_lists
from advocacy.spelling.morphology import clipped, compound, derivations
from advocacy.spelling.other_languages import switched
from advocacy.spelling.quotations import quoted_passages
from advocacy.spelling.suggest import candidate_frequency, suggest
from advocacy.spelling.tokens import Word, words

_ELONGATED = re.compile(r"(\w)\1\1")
# Laughter and interjections: hahaha, hehe, lmao, aww, ahh, mmm.
_INTERJECTION = re.compile(r"(?:ha|he|hi|ho|ah|a?w|e?h|m|lo|l[mo]+a?o+|o+h|u+gh|z)+h*", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|'|s')$")
# 're after these is spoken English written down (there're, what're): SCOWL lists only some, and
# the corpora have the rest one letter from another word (there're: therefore).
_CONTRACTED_ARE = re.compile(r"(?:there|here|where|what|who|how|why|when)'re")
_ABBREVIATION_ENDING = re.compile(r"([a-z]{2,})'(?:d|ed|ing|er|ers)")
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
_EVERYDAY = 6.0  # Zipf: the, this, you: in every sentence, and never names
_PHRASE = 1.5  # log10: a word pair written thirty times as often as chance would have it
_PROSE_WORDS = 2  # a sentence with fewer words in lower case is too short to tell
_TITLE_WORDS = 3  # capitalised words inside a sentence that make it a headline in Title Case
_TITLE_TYPO_LENGTH = 4  # shorter capitals in a headline are acronyms and names as often
_ESTABLISHED = 3.3  # Zipf: a word this common in real text is one, whatever dictionaries say,
_ESTABLISHED_LENGTH = 5  # unless it is short enough to be a slip of a very common word (bing → big)
# English's productive prefixes, each with the shortest rest that vouches for the whole: the short
# ones make accidental words too easily (co-motion for commotion, re-palace for replace).
_PREFIXES = {
    "auto": 6,
    "pre": 6,
    "hot": 6,
    "self": 6,
    "multi": 6,
    "micro": 6,
    "mega": 6,
    "cyber": 6,
    "hyper": 6,
    "anti": 6,
    "semi": 6,
    "post": 6,
    "over": 6,
    "under": 6,
    "super": 6,
    "non": 6,
    "para": 6,
    "poly": 6,
    "meta": 6,
    "proto": 6,
    "pseudo": 6,
    "ultra": 6,
    "counter": 6,
    "un": 7,
    "re": 8,
}
_FAR_SLIPS = 2.5
_SHORTEST_ABBREVIATION = 3
_ABBREVIATION_IN_USE = 2.5  # Zipf: an abbreviation written often enough to be known for itself
_SHORTEST_OWN_PLURAL = 5  # shorter, an own word with or without an s is as likely a slip of a common one
_LONG_UNKNOWN_WORD = 8  # longer unknown words are typos however far they stray (unnessecarry)
_LONG_WORD = 7  # names are mostly shorter; long capitalised slips are mostly words
# A rare dictionary word (tag r) this common in real text is meant, whatever its neighbours.
_RARE_IN_USE = 3.0
_SHORT_GAP = 2.5  # three-letter tokens: a slip of a word three hundred times as common
_SHORT_IN_USE = 2.8
_EVIDENCE_DEPTH = 3  # suggestions weighed as the word a corpus token slipped from
_RUNNER_UP_GAP = 2.5  # Zipf steps: three hundred times as common
_RARE_GAP = 1.2  # sixteen times as common: the neighbour a rare word most likely slipped from
_SLACK = 0.1


SPELLING = "typo.spelling"


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int
    word: str
    suggestions: tuple[str, ...]
    check: str = SPELLING  # or APOSTROPHE (apostrophes.py): a real word with a stray mark
    message: str = ""


@dataclass(frozen=True)
class _Evidence:
    best: str | None
    cost: float


class SpellChecker:
    """Checks text in one language. ``known`` words (company glossary, names, handles) are never
    flagged, in any case."""

    def __init__(
        self,
        lexicon: Lexicon,
        variant: Variant = Variant.ANY,
        known: Iterable[str] = (),
        pairs: PairCounts | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.variant = variant
        self.known = frozenset(k.lower() for k in known)
        self.pairs = pairs  # word-pair counts that let the neighbours rank close candidates

    @classmethod
    def for_language(cls, language: str = "en", known: Iterable[str] = ()) -> SpellChecker:
        code = language.replace("_", "-").lower()
        variant = {"en-us": Variant.US, "en-gb": Variant.GB}.get(code, Variant.ANY)
        return cls(load(code), variant, known, pair_counts(code))

    def with_known(self, known: Iterable[str]) -> SpellChecker:
        return SpellChecker(self.lexicon, self.variant, self.known | {k.lower() for k in known}, self.pairs)

    def _derived(self, key: str) -> bool:
        """A common word with one of English's productive prefixes (pre-compile, auto-capitalize,
        multi-membership, un-grouped): English makes these at will and no list has them all. The
        rest must be a common word, long enough to vouch for the whole ("till" does not vouch for
        "untill"); a prefix doubled (preprepared) or un- where English says in- (unconvenient) is
        a slip, not a derivation."""
        for prefix, shortest in _PREFIXES.items():
            rest = key[len(prefix) :]
            if not key.startswith(prefix) or len(rest) < shortest or not rest.isalpha() or rest.startswith(prefix):
                continue
            if prefix == "un" and any(self.lexicon.accepts(other + rest) for other in ("in", "im", "il", "ir")):
                continue
            if not self.lexicon.accepts(rest, self.variant):
                continue
            if self.lexicon.frequency(rest) >= _COMMON:
                return True
            # A rarer word vouches too (recontextualized, uncrappy) when no slip of a common
            # word explains the whole better.
            if self.lexicon.frequency(rest) >= _LISTED and not self._is_slip_of_common_word(key):
                return True
        return False

    def _own_in_number(self, key: str) -> bool:
        return (key.endswith("s") and key[:-1] in self.known) or f"{key}s" in self.known

    def _plural_in_use(self, key: str) -> bool:
        """pomodoros, sanghas: the plural of a word real text uses as written (tagged o: a loanword,
        a brand, a coinage) that no dictionary lists, so none lists its plural either; unless one slip
        of a common word explains it better (precios: precious)."""
        base = key[:-1]
        return (
            key.endswith("s")
            and not key.endswith("ss")
            and len(base) >= _SHORTEST_OWN_PLURAL
            and self.lexicon.tags.get(base, "") == "o"
            and self.lexicon.frequency(base) >= _LISTED
            and not self._is_slip_of_common_word(key)
        )

    def _abbreviations(self, key: str) -> bool:
        """libs, reqs, depts: the plural of an abbreviation real text uses, written as real text
        writes it (the corpora have the plural too)."""
        base = key[:-1]
        return (
            key.endswith("s")
            and len(base) >= _SHORTEST_ABBREVIATION
            and "a" in self.lexicon.tags.get(base, "")
            and self.lexicon.frequency(base) >= _ABBREVIATION_IN_USE
            and self.lexicon.frequency(key) >= _LISTED
        )

    def _abbreviation_inflected(self, key: str) -> bool:
        """req'd, dev'ing, PR'd: an abbreviation in use made a verb, its ending set off by an
        apostrophe because the abbreviation cannot take it as a word would."""
        made = _ABBREVIATION_ENDING.fullmatch(key.replace("’", "'"))
        if made is None:
            return False
        tags = self.lexicon.tags.get(made.group(1), "")
        return (
            ("a" in tags or "o" in tags)
            and "m" not in tags
            and self.lexicon.frequency(made.group(1)) >= _ABBREVIATION_IN_USE
        )

    def _accented_loanword(self, key: str) -> bool:
        """café, naïve, résumé: English writes these words with or without their accents."""
        folded = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode("ascii")
        if not folded or len(folded) != len(unicodedata.normalize("NFC", key)):
            return False
        return self.lexicon.accepts(folded, self.variant) or self.lexicon.frequency(folded) >= _COMMON

    def _correct(self, text: str) -> bool:
        key = text.lower()
        if key in self.known or (len(key) >= _SHORTEST_OWN_PLURAL and self._own_in_number(key)):
            # The person's own word, or a name in their profile (and its plural or singular,
            # twinterests beside #twinterest, twibe beside twibes.com): theirs to decide.
            return True
        # thank's, your's: corpora have them, as mistakes (see apostrophes.py); sooooo: fine in a
        # chat, never in a bio or a post you want read.
        if self._abbreviations(key) or self._abbreviation_inflected(key) or _CONTRACTED_ARE.fullmatch(key):
            return True
        if "m" in self.lexicon.tags.get(key, "") or _ELONGATED.search(key):
            return False
        stripped = _POSSESSIVE.sub("", key)  # the company's, users'
        return (
            self.lexicon.accepts(key, self.variant)
            or (not key.isascii() and self._accented_loanword(key))
            or self._derived(key)
            or self._plural_in_use(key)
            or (stripped != key and (stripped in self.known or self.lexicon.accepts(stripped, self.variant)))
        )

    def _evidence(self, key: str, past_splits: bool = True) -> _Evidence:
        """The nearest single word and its typing cost. ``compare able`` may rank first for
        ``compareable``, but only a single word one slip away is evidence of a typo. A capitalised
        word that splits best (Nicki → Nick I) is more likely a name: ``past_splits=False``."""
        suggestions = [s for s in suggest(self.lexicon, key, self.variant) if s.lower() != key.lower()]
        if not past_splits:
            suggestions = suggestions[:1]
        singles = [s for s in suggestions if " " not in s][:_EVIDENCE_DEPTH]
        if not singles:
            return _Evidence(None, 99.0)
        # Suggestions are ranked with dropped letters cheap (suggest.py); whether a word is a slip
        # at all is judged at full cost, so the nearest of the first few at full cost is the evidence.
        costs = [typing_distance(key.lower(), s.lower()) for s in singles]
        nearest = min(range(len(singles)), key=costs.__getitem__)
        return _Evidence(singles[nearest], costs[nearest])

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

    def _misspelled(self, word: Word, language: Mix, named: str | None = None, titled: bool = False) -> bool:
        key = word.text.replace("’", "'")
        tags = self.lexicon.tags.get(key.lower(), "")
        if "o" in tags or _ELONGATED.search(key.lower()):
            # Real text uses it as written (a name, a brand, slang, a deliberate "sooo"), or it
            # is an unknown stretched word: fine in a chat, never in a bio or a post you want read.
            return "o" not in tags
        if language in (Mix.FOREIGN, Mix.SENTENCE) and "d" not in tags:
            return self._foreign_is_typo(key, tags, language)
        short_or_in_use = "m" in tags or (not tags and len(key) <= _FOREIGN_TYPO_LENGTH)
        if language is Mix.MIXED and short_or_in_use and self._evidence(key).cost > _TRANSPOSITION:
            # Half the words are another language's: a short or corpus word is a typo only when
            # it is one cheap slip (a doubled, swapped or neighbouring letter) from a word.
            return False
        if word.is_capitalized:
            return self._capitalised_is_typo(key, tags, not word.sentence_start, named, titled)
        if "m" in tags:
            # A coinage, or a clipping (equiv, coord: the front of a word twice as long), is meant.
            return self._in_use_is_typo(key) and not self._coined(key) and clipped(self.lexicon, key) is None
        # Unknown to every list and corpus, yet more than two slips from every word: a coinage,
        # a name or another language far more often than a typo (juseyo, angpaos), unless long
        # and never seen in real text (unnessecarry; but skeuomorphic, pechakucha are written).
        seen = len(key) < _LONG_UNKNOWN_WORD or key.lower() in self.lexicon.seen
        far = seen and self._evidence(key).cost > _FAR_SLIPS
        return not far and not self._coined(key)

    def _coined(self, key: str) -> bool:
        """Made by English's own rules from common words (ranty, adulting, griefwork; see
        morphology.py), and no slip of a commoner word explains it better: *finaly* is one doubled
        letter from *finally*, *playwrite* two letters from *playwright*."""
        key = _POSSESSIVE.sub("", key.lower())
        made = derivations(self.lexicon, key, self.variant)
        if not made:
            return self._compounded(key) or self._made_from_rarer(key)
        bases = {base for base, _ in made}
        if not self.lexicon.tags.get(key) and all(
            suffix != "ly" and len(key) - len(base) <= 1 for base, suffix in made
        ):
            # One letter more than a word (defaulty, additionals) is as likely a slip, unless real
            # text uses the longer word too (blinky, mids): the corpora have it.
            return False
        evidence = self._evidence(key)
        best = (evidence.best or "").lower()
        if not best or best in bases:
            return True  # sunsetting → sunset: the nearest word is the one it was made from
        suffixes = {suffix for _, suffix in made}
        if evidence.cost <= _ONE_SLIP + _SLACK and any(
            suffix in suffixes for _, suffix in derivations(self.lexicon, best, self.variant)
        ):
            # The dictionary already has a word made with the same ending one slip away (tickness:
            # thickness; advicing: advising): that word was meant, not a new one.
            return False
        # A cheap slip (a doubled, swapped or neighbouring letter) of a word, or one slip of a word
        # commoner than the base, explains it better.
        commonest = max(self.lexicon.frequency(base) for base in bases)
        near = evidence.cost <= _ONE_SLIP + _SLACK
        common = self.lexicon.frequency(best) > max(commonest, _COMMON - _SLACK)
        return evidence.cost > _TRANSPOSITION and not (near and common)

    def _compounded(self, key: str) -> bool:
        """Two words run together, meant as such only far from any single word, and from any word
        that shares one of them (firmwear → firmware, childbird → childbirth)."""
        parts = compound(self.lexicon, key, self.variant)
        if parts is None:
            return False
        nearest = self._evidence(key)
        word = (nearest.best or "").lower()
        shares = bool(word) and (word.startswith(parts[0]) or word.endswith(parts[1]))
        return nearest.cost > _TWO_SLIPS and not shares

    def _made_from_rarer(self, key: str) -> bool:
        """Made from a rarer word (wordsmithing, configurability, idempotence), and two slips or
        more from every word (impotence), or nearest to the very word it was made from
        (aspirationally, wankery). Not merely near its other forms: superheros is nearest to
        superheroes, the plural English spells."""
        rare = {base for base, _ in derivations(self.lexicon, key, self.variant, rare=True)}
        if not rare:
            return False
        nearest = self._evidence(key)
        return nearest.cost >= _TWO_SLIPS or (nearest.best or "").lower() in rare

    def _rare_is_typo(self, word: Word) -> bool:
        """A word only the largest dictionaries list (tagged r: *diaster*, *withing*, *loos*), that
        real text seldom uses, one slip from a word far more common: the common word was meant.
        Everyday dictionaries leave such words out for this very reason."""
        key = word.text.replace("’", "'").lower()
        tags = self.lexicon.tags.get(key, "")
        if "r" not in tags or key in self.known or "'" in key:
            return False
        if word.is_capitalized and not word.sentence_start:
            return False  # a rare word capitalised mid-sentence is a name (Dor, Tope)
        frequency = self.lexicon.frequency(key)
        if frequency >= _RARE_IN_USE or self._coined(key) or clipped(self.lexicon, key, self.variant):
            return False
        evidence = self._evidence(key)
        return (
            evidence.best is not None
            and evidence.cost <= _ONE_SLIP
            and self.lexicon.frequency(evidence.best) >= max(_COMMON, frequency + _RARE_GAP)
            and not self.lexicon.is_name(evidence.best)
        )

    def _foreign_is_typo(self, key: str, tags: str, language: Mix) -> bool:
        """Another language: its words fill the corpora too (tagged m) and short ones sit one slip
        from some English word. Only a longer word no corpus knows can be a typo; in a sentence its
        function words show is another language's, only a long one a cheap slip (a doubled, swapped
        or neighbouring letter) from a common English word."""
        if tags:
            return False
        if language is Mix.SENTENCE:
            return len(key) >= _LONG_FOREIGN_WORD and self._is_slip_of_common_word(
                key, max_cost=_TRANSPOSITION, common=_LISTED
            )
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
            if evidence.cost <= _DOUBLING or abs(evidence.cost - _TRANSPOSITION) < 1e-9:
                return True
            # Any other slip counts only from a word in every sentence (owt → out, teo → two), and
            # only for a token seldom written: a common one is slang or an abbreviation (bae, ofc).
            return (
                evidence.best is not None
                and self.lexicon.frequency(key) < _SHORT_IN_USE
                and evidence.cost <= _ONE_SLIP
                and self.lexicon.frequency(evidence.best) >= self.lexicon.frequency(key) + _SHORT_GAP
            )
        frequency = self.lexicon.frequency(key)
        top = suggest(self.lexicon, key, self.variant, limit=_EVIDENCE_DEPTH)
        split = next((s for s in top if " " in s), None)
        if split is not None and candidate_frequency(self.lexicon, split) >= frequency + _SLIP_GAP:
            return True  # alot → a lot: two common words run together
        # Real text uses it often (gmail, merch, improv): a word of its own, not a slip.
        established = frequency >= _ESTABLISHED and len(key) >= _ESTABLISHED_LENGTH
        if established or evidence.best is None:
            return not established
        # A typo only if the word it slipped from is far commoner (recieve, publically); a smaller
        # gap is a name or slang (aunty, jace, collab). Two full slips away, the gap must be wider.
        # Any of the closest few words will do: the nearest in letters (definatly → defiantly)
        # is not always the one meant (definitely).
        # A runner-up must be far commoner still: many names and slang words sit near some word.
        for rank, candidate in enumerate(self._nearest(key)):
            cost = typing_distance(key, candidate.lower())
            gap = _SLIP_GAP if cost <= _ONE_SLIP + _DOUBLING else _NAME_MARGIN
            if rank:
                gap = max(gap, _RUNNER_UP_GAP)
            if cost <= _FAR_SLIPS and self.lexicon.frequency(candidate) >= frequency + gap:
                return True
        return False

    def _nearest(self, key: str) -> list[str]:
        """The best few single-word suggestions, the word itself left out."""
        found = suggest(self.lexicon, key, self.variant, limit=_EVIDENCE_DEPTH)
        return [s for s in found if " " not in s and s.lower() != key]

    def _capitalised_is_typo(
        self, key: str, tags: str, mid_sentence: bool, named: str | None = None, titled: bool = False
    ) -> bool:
        """Mid-sentence a capitalised word is most likely a name; opening a sentence it may be one.
        ``named``: the word before it, when it stands where names go (see _named)."""
        if named is not None and (not tags or (tags == "m" and not mid_sentence)):
            # A name, unless it is one slip from a word that opens sentences (a run-on "... toolkit
            # Thist shows"), from a word that makes a common phrase with the one before (a late
            # Sprin), or long and one slip from a common word (Perfomance): long names are rarely
            # that close to a word.
            return (
                self._is_slip_of_common_word(key, common=_EVERYDAY, past_splits=False)
                or self._makes_a_phrase(named, key)
                or (len(key) >= _LONG_FOREIGN_WORD and self._is_slip_of_common_word(key, past_splits=False))
            )
        if (
            titled
            and mid_sentence
            and not tags
            and len(key) >= _TITLE_TYPO_LENGTH
            and self._is_slip_of_common_word(key)
        ):
            # In a Title Case headline a capital is no sign of a name: a slip of a common word is
            # one whether or not it is the nearest suggestion (Stuido: study, then studio).
            return True
        if mid_sentence and len(key) < 4:
            return False  # too short to tell from an acronym or a name
        if mid_sentence and ("m" in tags or "d" in tags):
            # In use: a name (Sehun, Calum), unless it is a long word and a slip of a word a
            # hundred times as common (Goverment).
            return len(key) >= _LONG_WORD and self._is_slip_of_common_word(key, margin=_NAME_MARGIN, past_splits=False)
        if not tags and (len(key) >= _LONG_FOREIGN_WORD or (not mid_sentence and len(key) >= _LONG_WORD)):
            # Unknown to every corpus and long: rarely a name, so two slips of a common word are
            # still a typo (Perfomeance, Congratualtion, and opening a sentence, Bisness), unless
            # they change its first letter (Elluminate: illuminate, a brand's play on the word).
            return self._first_letter_kept(key) and self._is_slip_of_common_word(
                key, max_cost=_TWO_SLIPS, past_splits=False
            )
        return self._opening_name_is_typo(key) if "m" in tags else self._is_slip_of_common_word(key, past_splits=False)

    def _opening_name_is_typo(self, key: str) -> bool:
        """Opening a sentence, a name in use (Manny, Calum) is a typo only of a word thirty times
        as common, with the same first letter (see _first_letter_kept), and only when real text
        writes it seldom: one written as often as an established word (Manu, Bae) is a name or a
        word of its own, however short (the capital says nothing more at a sentence's start)."""
        return (
            self.lexicon.frequency(key) < _ESTABLISHED
            and self._first_letter_kept(key)
            and self._is_slip_of_common_word(key, margin=_SENTENCE_NAME_MARGIN, past_splits=False)
        )

    def _first_letter_kept(self, key: str) -> bool:
        """The nearest word starts with the same letter. A slip seldom strikes a word's first
        letter, and a name plays on a word by changing it (Qwest: west), so a capitalised word that
        only a changed first letter explains is taken for a name."""
        nearest = self._evidence(key, past_splits=False).best
        return nearest is not None and nearest[0].lower() == key[0].lower()

    def _names_something(self, word: Word) -> bool:
        """A name or a brand real text uses (Skype, flickr), or a capital mid-sentence."""
        tags = self.lexicon.tags.get(word.text.lower(), "")
        return "n" in tags or tags == "o" or (word.is_capitalized and not word.sentence_start)

    def _listed_slip(self, typed: str) -> bool:
        """A known misspelling, or one cheap slip (a doubled, swapped or neighbouring letter) of a
        listed word (bootsstraps among shoe brands): a slip even among names."""
        key = typed.replace("’", "'").lower()
        return "m" in self.lexicon.tags.get(key, "") or self._is_slip_of_common_word(
            key, max_cost=_TRANSPOSITION, common=_LISTED
        )

    def _makes_a_phrase(self, before: str, key: str) -> bool:
        """The word ``key`` is one slip from makes a common phrase with the word before it."""
        if not before or self.pairs is None:
            return False
        evidence = self._evidence(key, past_splits=False)
        return (
            evidence.best is not None
            and evidence.cost <= _ONE_SLIP
            and self.pairs.association(self.lexicon, before, evidence.best.lower()) >= _PHRASE
        )

    def _suggestions(self, typed: str, around: Neighbours | None = None) -> tuple[str, ...]:
        key = typed.replace("’", "'")
        if _ELONGATED.search(key.lower()):
            key = re.sub(r"(\w)\1{2,}", r"\1", key)
        pairs = self.pairs
        fit = None
        if pairs is not None and around is not None:
            fit = partial(pairs.fit, self.lexicon, around=around)
        possessive = re.search(r"['’]s?$", typed) if re.search(r"\w['’]s?$", typed) else None
        if possessive is None:
            typed_key = typed.lower().replace("’", "'")
            return tuple(s for s in suggest(self.lexicon, key, self.variant, fit=fit) if s.lower() != typed_key)
        # compnay’s → company’s: correct the word, keep the possessive as typed.
        base = typed[: possessive.start()]
        found: list[str] = []
        for s in suggest(self.lexicon, base, self.variant, fit=fit):
            if " " in s or s.lower() == base.lower():
                continue
            mark = possessive.group(0)
            if mark[-1:] == "s" and self._is_plural(s):
                mark = mark[:-1]  # organisation’s → organization’s, never organizations’s
            if s + mark not in found:
                found.append(s + mark)
        return tuple(found)

    def _is_plural(self, word: str) -> bool:
        """``organizations`` (a plural takes a bare apostrophe), not ``bus`` or ``James``."""
        key = word.lower()
        return key.endswith("s") and self.lexicon.accepts(key[:-1], self.variant)

    def _known_compound(self, compound: str) -> bool:
        """``work-arounds``, ``e-mail``: the whole is a word (hyphenated or closed up), or its parts
        rhyme (``tah-daah``, ``hoity-toity``: a coinage meant as a sound, not a spelling)."""
        key = compound.replace("’", "'").lower()
        if self._correct(key) or self._correct(key.replace("-", "")):
            return True
        parts = key.split("-")
        return len(parts) == 2 and _rhyme(parts[0]) == _rhyme(parts[1]) != ""

    def _apostrophe(self, word: Word, around: Neighbours) -> Misspelling | None:
        fix = stray_apostrophe(self.lexicon, word.text) or possessive_its(self.pairs, word.text, around.after)
        if fix is None:
            return None
        return Misspelling(word.start, word.end, word.text, (fix,), APOSTROPHE, apostrophe_message(word.text, fix))

    def check(self, text: str) -> list[Misspelling]:
        candidates = [
            w if "\u00ad" not in w.text else replace(w, text=w.text.replace("\u00ad", ""))  # soft hyphens
            for w in words(text)
            if not (len(w.text) > 2 and _INTERJECTION.fullmatch(w.text))
        ]
        compounds = {w.compound for w in candidates if w.compound is not None}
        known_compounds = {c for c in compounds if self._known_compound(text[c[0] : c[1]])}
        candidates = [w for w in candidates if w.compound not in known_compounds]
        unknown = {w for w in candidates if not self._correct(w.text.replace("’", "'"))}
        mix = LanguageMix(self.lexicon, candidates)
        named = _named(text, candidates)
        titled = _titled(candidates)
        quoted = _quoted_alone(text, candidates)
        listed = names_in_lists(text, candidates, lambda w: w in unknown or self._names_something(w))
        elsewhere = switched(candidates, self.lexicon.elsewhere)
        passages = quoted_passages(text)
        found = []
        for word in candidates:
            if word.other_letters or (elsewhere and word in elsewhere):
                continue  # another language's word: it counted towards the mix, and that is all
            if passages and any(start <= word.start < end for start, end in passages):
                continue  # someone else's words, quoted as written (quotations.py)
            if "'" in word.text or "’" in word.text:
                stray = self._apostrophe(word, neighbours(text, word.start, word.end))
                if stray is not None:
                    found.append(replace(stray, word=text[word.start : word.end]))
                    continue
            language = mix.around(word)
            if word in unknown:
                if word in quoted and "m" not in self.lexicon.tags.get(word.text.lower(), ""):
                    continue  # a term named, not used ("samgyetang"), unless a known misspelling
                if word in listed and not self._listed_slip(word.text):
                    continue  # a name among names (lists.py)
                if not self._misspelled(word, language, named.get(word), word in titled):
                    continue
            elif language is not Mix.ENGLISH or not self._rare_is_typo(word):
                continue
            around = neighbours(text, word.start, word.end)
            written = text[word.start : word.end]  # as written, soft hyphens and all: the span a fix replaces
            found.append(Misspelling(word.start, word.end, written, self._suggestions(word.text, around)))
        return sorted(found + _real_word_slips(text), key=lambda m: m.start)


# "should of": every word spelled right, so no dictionary sees it; "could of course" is fine.
_MODAL_OF = re.compile(r"\b(?:could|should|would|must|might|may)n?(?:'t|’t)?\s+(of)\b(?!\s+course\b)", re.IGNORECASE)


# "its" is a possessive, and a possessive is never followed by an article, "not" or "been": "its a
# shame" is always "it's". Only those followers, because "its very existence", "its going rate" are right.
_ITS_IS = re.compile(r"\b(its)\s+(?:a|an|the|not|been)\b(?![-’'])", re.IGNORECASE)


_SLIPS = ((_MODAL_OF, "have"), (_ITS_IS, "it's"))


# Between two capitalised words that name together: a space (Fellene Gaylord), or an ampersand
# (Tukey & Wilk, Simon & Garfunkel).
_NAME_JOINER = re.compile(r"\s+(?:&\s+)?")


def _named(text: str, candidates: list[Word]) -> dict[Word, str]:
    """Capitalised words placed where names go, in a sentence written in lower case (in a headline
    in Title Case a capital marks nothing): right after a word of the sentence (by Ian Bogost, to
    Carla Tortelli, the Boox reader), or opening it right before another capital (Fellene Gaylord
    explains). A word after anything else (an emoticon, a handle, a comma) may open a sentence
    the punctuation does not show, and is judged as any other. Each with the word before it in the
    sentence ("" for one that opens it). Names joined by an ampersand (Tukey & Wilk) are such a pair."""
    prose = _in_lowercase_sentences(candidates)
    found: dict[Word, str] = {}
    if not prose:
        return found
    for before, word, after in zip([None, *candidates[:-1]], candidates, [*candidates[1:], None], strict=True):
        if word not in prose or not word.is_capitalized:
            continue
        if not word.sentence_start:
            if before is not None and len(before.text) > 1 and text[before.end : word.start].isspace():
                found[word] = before.text.lower()
        elif (
            after is not None
            and after.is_capitalized
            and len(after.text) > 1
            and after in prose
            and _NAME_JOINER.fullmatch(text[word.end : after.start])
        ):
            found[word] = ""
    return found


_QUOTED_ALONE = re.compile(r"[\"“]([^\W\d_][\w'’-]*)[.,!?]*[\"”]")


def _quoted_alone(text: str, candidates: list[Word]) -> set[Word]:
    """Words alone in double quotes: a term named rather than used (had a "michelada", sharing
    "powerpoints"), a name or a foreign word as often as not."""
    spans = {(m.start(1), m.end(1)) for m in _QUOTED_ALONE.finditer(text)}
    return {w for w in candidates if (w.start, w.end) in spans}


def _sentences(candidates: list[Word]) -> list[list[Word]]:
    sentences: list[list[Word]] = []
    for word in candidates:
        if word.sentence_start or not sentences:
            sentences.append([])
        sentences[-1].append(word)
    return sentences


def _titled(candidates: list[Word]) -> set[Word]:
    """The words of sentences in Title Case (headlines, product names): most words inside the
    sentence capitalised. There a capital marks nothing, so it is no sign of a name."""
    found: set[Word] = set()
    for sentence in _sentences(candidates):
        inside = [w for w in sentence if not w.sentence_start]
        capitals = sum(1 for w in inside if w.is_capitalized)
        if capitals >= _TITLE_WORDS and capitals > len(inside) - capitals:
            found.update(sentence)
    return found


def _in_lowercase_sentences(candidates: list[Word]) -> set[Word]:
    """The words whose sentence is written in lower case: most of its other words, its first left
    out, start with a small letter."""
    found: set[Word] = set()
    for sentence in _sentences(candidates):
        inside = [w for w in sentence if not w.sentence_start]
        small = sum(1 for w in inside if not w.is_capitalized)
        for word in sentence:
            others = len(inside) - (word in inside)
            lower = small - (word in inside and not word.is_capitalized)
            if lower >= _PROSE_WORDS and lower > others - lower:
                found.add(word)
    return found


def _real_word_slips(text: str) -> list[Misspelling]:
    found = []
    for pattern, meant in _SLIPS:
        for match in pattern.finditer(text):
            typed = match.group(1)
            fix = meant.capitalize() if typed[0].isupper() else meant
            found.append(Misspelling(match.start(1), match.end(1), typed, (fix,)))
    return found


def _rhyme(part: str) -> str:
    """What is left of a word after its opening consonants, repeated letters said once:
    ``daah`` → ``ah``, ``toity`` → ``oity``."""
    return re.sub(r"(.)\1+", r"\1", part).lstrip("bcdfghjklmnpqrstvwxz")
