"""A sound key for English words, to find corrections that look far but sound near.

People who spell by ear write *nere* for *near*, *fiels* for *phials*, *resteraunts* for
*restaurants*: two or three edits apart, which a plain edit-distance search either misses or
buries under dozens of nearer but unrelated words. Words that sound alike share a key here (a
simplified Metaphone: silent letters dropped, letters that sound alike merged, vowels after the
first letter dropped), so the words a misspelling may stand for are one dictionary look-up away.

The rules are regular expressions run over a newline-joined block of words, so the key of every
word in the dictionary is computed in a few passes of C code when the dictionary loads, and the
key of one typed word by the very same rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Ordered: each rule sees the output of the ones before it. ``^``/``$`` are the ends of one word
# (MULTILINE), and ``.`` never crosses into the next word.
_RULES: tuple[tuple[str, str], ...] = (
    (r"[^a-z\n]", ""),  # apostrophes, hyphens
    (r"^[gkp](?=n)|^w(?=r)|^a(?=e)", ""),  # knew, gnome, pneumatic, write, aesthetic: silent
    (r"^x", "s"),  # xylophone
    (r"^wh", "w"),
    (r"mb$", "m"),  # climb, thumb
    (r"([a-bd-z])\1", r"\1"),  # doubled letters sound once (but not "cc": accent)
    (r"ck", "k"),
    (r"ph", "f"),
    (r"sch", "sk"),
    (r"tch", "ch"),
    (r"c(?=i[ao])|ch", "x"),  # special, church: "sh"/"ch" sounds share x
    (r"sc(?=[iey])", "s"),  # science: the c is silent
    (r"c(?=[iey])", "s"),  # city, cent: soft c
    (r"c|q", "k"),
    (r"dg(?=[iey])", "j"),  # edge, judge
    (r"d", "t"),
    (r"gh(?=[^aeiou\n]|$)|gn$|gned$", ""),  # night, though, sign, signed
    (r"g(?=[iey])", "j"),  # giant, age: soft g (get and give are the exceptions that cost a slip)
    (r"g", "k"),
    (r"(?<=[aeiou])h|h(?![aeiouy])", ""),  # h is heard only before a vowel
    (r"sh|s(?=i[ao])|t(?=i[ao])", "x"),  # ship, vision, nation
    (r"th", "0"),
    (r"v", "f"),
    (r"x", "ks"),
    (r"z", "s"),
    (r"w(?![aeiou])|y(?![aeiou])", ""),  # w and y are consonants only before a vowel
    (r"^[aeiouy]", "A"),  # a first vowel is heard, but which one is a guess
    (r"(?<=.)[aeiouy]", ""),  # later vowels are where ear-spellers differ most
    (r"(.)\1+", r"\1"),
)
_COMPILED = tuple((re.compile(pattern, re.MULTILINE), replacement) for pattern, replacement in _RULES)


def _apply(block: str) -> str:
    for pattern, replacement in _COMPILED:
        block = pattern.sub(replacement, block)
    return block


def sound_key(word: str) -> str:
    """The key of one word (lower-cased first): ``near``, ``nere`` and ``neer`` all give ``NR``."""
    return _apply(word.lower().replace("\n", ""))


def sound_keys(words: Iterable[str]) -> list[str]:
    """Keys of many lower-case words at once, in order; the same as ``sound_key`` on each."""
    listed = list(words)
    if not listed:
        return []
    keys = _apply("\n".join(listed)).split("\n")
    if len(keys) != len(listed):  # cannot happen: no rule adds or removes a newline
        raise AssertionError("sound keys out of step with their words")
    return keys
