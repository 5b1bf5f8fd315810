"""Words English makes at will from words it has: *ranty*, *adulting*, *snarkily*, *griefwork*.

No list holds every derivation or every closed compound, and people coin them in every other post.
A word no list knows is taken for one of these only when it is built by the rules English spells
derivations with (*sunsetting* doubles its t, *believably* drops the e of *believable*, *useing*
keeps an e that English drops, so it is no derivation), and from a base word common enough to be
recognised. The checker still weighs what a slip of a commoner word would explain (*finaly* is
*final* + y, but one doubled letter from *finally*); this module only says how a word could have
been made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from advocacy.spelling.lexicon import Lexicon, Variant

_VOWELS = frozenset("aeiou")
# A base this common is one a reader recognises inside a derivation (Zipf: about once in ten
# million words); rarer bases make accidental derivations of typos too easily.
_BASE_ZIPF = 3.0
_SHORTEST_BASE = 3
# A word no slip explains may be made from a rarer base, one real text still uses (Zipf: about
# once in three hundred million words).
_RARE_BASE_ZIPF = 1.5
# Parts of a closed compound (griefwork, dreampop): everyday words, each long enough to stand
# alone, and not the commonest function words, which typos glue on (*alot*, *notonline*, *infact*).
_PART_ZIPF = 3.0
_SHORTEST_PART = 3
_FUNCTION_ZIPF = 6.0  # Zipf: the, and, not, all, you, for: glued on, a run-together slip
_SHORT_PART = 3

# Suffixes that start with a vowel change the end of their base (drop an e, double a consonant,
# y to i); the others are added as they are, with the few changes English spells (see _attach).
_VOWEL_SUFFIXES = ("ing", "ed", "er", "ers", "or", "ors", "y", "ish", "able", "ism", "isms", "ies", "iness")
_OTHER_SUFFIXES = ("s", "es", "ly", "ness", "less", "ful", "ability", "ibility", "ce", "cy")


def _ends_cvc(base: str) -> bool:
    """sub, fubar, sunset: one vowel before a final consonant, whose doubling English allows."""
    return (
        len(base) >= _SHORTEST_BASE
        and base[-1] not in _VOWELS
        and base[-1] not in "wxy"
        and base[-2] in _VOWELS
        and base[-3] not in _VOWELS
    )


def _one_syllable(base: str) -> bool:
    """map, ship, sub: one group of vowels, so a final consonant after it always doubles."""
    return len(re.findall(r"[aeiouy]+", base[1:])) + (base[0] in _VOWELS) <= 1


def _consonant_y(word: str) -> bool:
    """happy, snarky: a y after a consonant, which turns to i before most suffixes."""
    return word.endswith("y") and word[-2:-1] not in _VOWELS


def _attach_ability(base: str, suffix: str) -> set[str]:
    stem = suffix[:-5] + "le"  # configurable → configurability
    return {base[: -len(stem)] + suffix} if base.endswith(stem) else set()


def _attach_y_to_i(base: str, suffix: str) -> set[str]:
    return {base[:-1] + suffix} if _consonant_y(base) else set()  # tidies, wobbliness


def _attach_plural(base: str, suffix: str) -> set[str]:
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return {base + "es"} if suffix == "es" else set()
    return {base + "s"} if suffix == "s" and not _consonant_y(base) else set()


def _attach_ly(base: str, _suffix: str) -> set[str]:
    if base.endswith("ic"):
        return {base + "ally"}  # basically, never basicly
    if base.endswith("le") and base[-3:-2] not in _VOWELS:
        return {base[:-1] + "y"}  # believably
    return {base[:-1] + "ily"} if _consonant_y(base) else {base + "ly"}  # snarkily


def _attach_consonant(base: str, suffix: str) -> set[str]:
    if _consonant_y(base) and suffix != "less":
        return {base[:-1] + "i" + suffix}  # happiness, plentiful
    return {base + suffix}


def _attach_vowel(base: str, suffix: str) -> set[str]:
    """A suffix that starts with a vowel: drop a silent e, double a final consonant, y to i."""
    if base.endswith("e"):
        forms = {base[:-1] + suffix}  # colorize → colorizer, stone → stony
        kept = (base.endswith(("ee", "ye", "oe")) and suffix not in ("ed", "er", "ers")) or suffix == "ish"
        if kept or (suffix == "able" and base.endswith(("ce", "ge"))):
            forms.add(base + suffix)  # seeing, pancakeish, manageable
        return forms
    if _consonant_y(base) and suffix in ("ed", "er", "ers"):
        return {base[:-1] + "i" + suffix}  # tidied, copier
    if base.endswith("ic") and suffix[0] in "eiy":
        return {base + "k" + suffix}  # panicked, never *paniced*
    forms = set()
    if not (_ends_cvc(base) and _one_syllable(base)):
        forms.add(base + suffix)  # mapped, never maped; but offered and offerred both pass
    if _ends_cvc(base):
        forms.add(base + base[-1] + suffix)  # subbed, sunsetting
    return forms


def _attach_nce(base: str, suffix: str) -> set[str]:
    """idempotent → idempotence, idempotency: a noun of an adjective in -ent or -ant."""
    return {base[:-1] + suffix} if base.endswith(("ent", "ant")) else set()


_ATTACH = {
    "ce": _attach_nce,
    "cy": _attach_nce,
    "ability": _attach_ability,
    "ibility": _attach_ability,
    "ies": _attach_y_to_i,
    "iness": _attach_y_to_i,
    "s": _attach_plural,
    "es": _attach_plural,
    "ly": _attach_ly,
    "ness": _attach_consonant,
    "less": _attach_consonant,
    "ful": _attach_consonant,
}


def _attach(base: str, suffix: str) -> set[str]:
    """The spellings of ``base`` + ``suffix`` that English's rules allow."""
    return _ATTACH.get(suffix, _attach_vowel)(base, suffix)


def _stems(word: str, suffix: str) -> Iterator[str]:
    """The bases ``word`` may have been made from with ``suffix``, undoing each spelling change
    (_attach keeps only those English would really spell this way)."""
    if not word.endswith(suffix) or len(word) - len(suffix) < _SHORTEST_BASE - 1:
        return
    rest = word[: -len(suffix)]
    yield from (rest, rest + "e", rest + "le", rest + suffix[:-5] + "le")
    if rest.endswith("i"):
        yield rest[:-1] + "y"
    if len(rest) >= 2 and rest[-1] == rest[-2]:
        yield rest[:-1]
    if rest.endswith("ck"):
        yield rest[:-1]
    if suffix in ("ies", "iness"):
        yield rest + "y"
    if suffix in ("ce", "cy"):
        yield rest + "t"


def _everyday(lexicon: Lexicon, word: str, variant: Variant, least: float) -> bool:
    tags = lexicon.tags.get(word, "")
    return (
        len(word) >= _SHORTEST_BASE
        and "r" not in tags
        and lexicon.accepts(word, variant)
        and not lexicon.is_name(word)
        and lexicon.frequency(word) >= least
    )


def _listed(lexicon: Lexicon, word: str, variant: Variant) -> bool:
    return (
        len(word) >= _SHORTEST_BASE
        and lexicon.in_dictionary(word)
        and lexicon.accepts(word, variant)
        and not lexicon.is_name(word)
        and lexicon.frequency(word) >= _RARE_BASE_ZIPF
    )


# Endings of adjectives: -ly makes adverbs of these (aspirationally, wateringly, believably), and
# -y never follows them (*initialy*, *hopefuly* are slips of -ly).
_ADJECTIVE_ENDINGS = ("al", "ful", "less", "ous", "ive", "ic", "ish", "able", "ible", "ing", "ed")
_ADVERB_BASES = (*_ADJECTIVE_ENDINGS, "ent", "ant", "ar", "ary", "y", "le")
_INFLECTED = ("ed", "ing", "est")
# Endings that make nouns of other words: English does not make verbs of such nouns again
# (*amendmenting*, *neighborhooding*, *happinesser*), so a verb's ending on them is a slip.
_NOUN_ENDINGS = ("ment", "ness", "ity", "hood", "ship", "ism", "ance", "ence")
_VERB_SUFFIXES = ("ing", "ed", "er", "ers")


def _fits(lexicon: Lexicon, base: str, suffix: str, variant: Variant) -> bool:
    """Whether English puts ``suffix`` on a word like ``base``. The commonest words (another,
    today, children, could) take none: *anothers*, *todays* are slips, not derivations; nor does a
    word already inflected (*provideded*, *listensed*), nor an abbreviation (*txted*)."""
    if lexicon.frequency(base) >= _FUNCTION_ZIPF - 1 or not any(t in lexicon.tags.get(base, "") for t in "wugv"):
        return False
    if suffix == "ly":
        return base.endswith(_ADVERB_BASES)
    if suffix in ("s", "es"):
        return not base.endswith(("s", "est", "a"))  # criteria, data: plurals already
    inflected = base.endswith(_INFLECTED) or (base.endswith("s") and lexicon.accepts(base[:-1], variant))
    if suffix in _VERB_SUFFIXES and any(base.endswith(e) and len(base) > len(e) + 2 for e in _NOUN_ENDINGS):
        return False
    if suffix == "y":
        # ranty, blinky, squirrely: a noun or a verb; an adjective takes -ly (quick → quickly), and
        # a word ending in a vowel takes no -y (*memoy*, *ignory*).
        return not (
            inflected
            or base[-1] in _VOWELS
            or base.endswith(_ADJECTIVE_ENDINGS)
            or lexicon.accepts(base + "ly", variant)
        )
    return not inflected and (suffix not in ("or", "ors") or base.endswith("ate"))  # meditator, not *advertisor*


def derivations(
    lexicon: Lexicon, word: str, variant: Variant = Variant.ANY, rare: bool = False
) -> list[tuple[str, str]]:
    """How ``word`` is a regular derivation of a common word, as (base, suffix) pairs: ``ranty`` →
    (rant, y), ``sunsetting`` → (sunset, ing), ``believably`` → (believable, ly); commonest base
    first, empty when there is none. ``rare``: of any word a dictionary lists that real text uses
    (wordsmith → wordsmithing, configurable → configurability), for a word no slip explains."""
    key = word.lower()
    found = {
        (base, suffix)
        for suffix in _VOWEL_SUFFIXES + _OTHER_SUFFIXES
        for base in _stems(key, suffix)
        if key in _attach(base, suffix)
        and (_listed(lexicon, base, variant) if rare else _everyday(lexicon, base, variant, _BASE_ZIPF))
        and _fits(lexicon, base, suffix, variant)
    }
    return sorted(found, key=lambda pair: (-lexicon.frequency(pair[0]), pair))


def compound(lexicon: Lexicon, word: str, variant: Variant = Variant.ANY) -> tuple[str, str] | None:
    """Two everyday words written as one (``griefwork``, ``onlineforums``), or None. A function
    word glued to another (``alot``, ``notonline``) is a run-together slip, never a compound."""
    key = word.lower()
    for at in range(_SHORTEST_PART, len(key) - _SHORTEST_PART + 1):
        left, right = key[:at], key[at:]
        if _part(lexicon, left, variant) and _part(lexicon, right, variant):
            return left, right
    return None


def _part(lexicon: Lexicon, part: str, variant: Variant) -> bool:
    if not _everyday(lexicon, part, variant, _PART_ZIPF):
        return False
    if not any(t in lexicon.tags.get(part, "") for t in "wugv"):
        return False  # an abbreviation or a name is no part of a compound (exp, ion, Ali)
    return len(part) > _SHORT_PART or lexicon.frequency(part) < _FUNCTION_ZIPF


# Clippings: the front of a long word, written for the whole (equiv, coord, merch). A slip
# drops a letter or two (offic, suppor); a clipping keeps little more than half the word.
_CLIPPED_LONGEST = 6
_CLIPPED_SHORTEST = 4
_COMPLETION = 2  # letters that finish a word a slip cut short (promis, righ, chanc)
_CLIPPED_SHARE = 0.55  # of the whole word's letters, at most
_WHOLE_ZIPF = 3.5  # the whole word: common, so that readers know what the clipping stands for
_LONGEST_WORD = 24


def clipped(lexicon: Lexicon, word: str, variant: Variant = Variant.ANY) -> str | None:
    """The common word ``word`` is the front of (``coord`` → coordinate, ``equivs`` → equivalent;
    a plural -s and a past 'd are the clipping's own), or None. The front of a word that one or two
    more letters would finish (*promis*, *chanc*) is a slip that cut it short."""
    key = word.lower().replace("’", "'")
    stem = key.removesuffix("'d")
    if stem == key and key.endswith("s") and len(key) > _CLIPPED_SHORTEST:
        stem = key[:-1]
    if not (_CLIPPED_SHORTEST <= len(stem) <= _CLIPPED_LONGEST) or not stem.isalpha():
        return None
    if len(stem) == _CLIPPED_SHORTEST and lexicon.frequency(stem[:-1]) >= _BASE_ZIPF:
        return None  # the shortest are as often a short word and a stray letter (manh)
    for length in range(len(stem) + 1, len(stem) + _COMPLETION + 1):
        for whole in lexicon.by_initial.get((stem[0], length), ()):
            if whole.startswith(stem) and lexicon.frequency(whole) >= _BASE_ZIPF and not lexicon.is_name(whole):
                return None  # a word cut short by a letter or two (promis, depth → dept): a slip
    shortest = int(len(stem) / _CLIPPED_SHARE) + 1
    for length in range(shortest, _LONGEST_WORD):
        for whole in lexicon.by_initial.get((stem[0], length), ()):
            if (
                whole.startswith(stem)
                and lexicon.frequency(whole) >= _WHOLE_ZIPF
                and lexicon.accepts(whole, variant)
                and not lexicon.is_name(whole)
            ):
                return whole
    return None
