"""Apostrophes where none belongs: *Thank's*, *your's*, and *it's* where the sentence shows a
possessive (*the team changed it's name*).

These are real words with a stray mark, so a dictionary that strips possessives accepts them;
they are reported as ``typo.apostrophe``, apart from misspellings, with the word to write.

- ``X's`` that real text uses ten times less than ``Xs`` and that the word list marks as a corpus
  misspelling (tag m: *thank's*, *your's*, *their's*) is ``Xs``: possessive pronouns and
  *thanks* never take an apostrophe.
- ``it's`` followed by a word that follows *its* far more often than it follows *is* (*own*,
  *name*) is the possessive *its*; before *great* or *time* it stays *it's*.
"""

from __future__ import annotations

from advocacy.spelling.context import PairCounts
from advocacy.spelling.lexicon import Lexicon

_STRAY_GAP = 1.0  # Zipf steps: the form without the apostrophe ten times as common
_POSSESSIVE_ODDS = 1.0  # log10: "its X" ten times as common as "is X"
_APOSTROPHES = "'’"


def stray_apostrophe(lexicon: Lexicon, typed: str) -> str | None:
    """``Thank's`` → ``Thanks``: the word to write, or None when the apostrophe may be right."""
    key = typed.lower().replace("’", "'")
    if not key.endswith("'s") or "m" not in lexicon.tags.get(key, ""):
        return None
    plain = key[:-2] + "s"
    if not lexicon.accepts(plain) or lexicon.frequency(plain) < lexicon.frequency(key) + _STRAY_GAP:
        return None
    return typed[:1] + plain[1:] if typed[:1].isupper() else plain


def possessive_its(pairs: PairCounts | None, typed: str, after: str | None) -> str | None:
    """``it's`` before a word that *its* takes and *is* does not: ``its`` (case kept)."""
    if pairs is None or after is None or typed.lower().replace("’", "'") != "it's":
        return None
    if pairs.odds(("its", after), ("is", after)) < _POSSESSIVE_ODDS:
        return None
    return typed[0] + "ts"


def message(typed: str, fix: str) -> str:
    return f"“{typed}” takes no apostrophe here: write “{fix}”."
