"""Names in a list: *adroll, rfihub, quantserve and google ads*; *dgroups, email, skype, flickr*.

A list of products, tools or places is written in lower case as often as not, and its items are
names no dictionary has. An item the dictionaries do not know is a name when other items of the
same list are names too: a brand or a name real text uses, or another word nobody lists. A slip
sits among ordinary words (*apples, bananna and pears*) and is still one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from advocacy.spelling.tokens import Word

# A stretch of text a list can run through: sentence marks end it, but a full stop inside a word
# (blip.tv) does not. Its items are separated by commas, the last perhaps by "and", "or" or "&"
# (emphasis marks around it allowed: *and*).
_STRETCH_END = re.compile(r"[;:!?\n]|\.(?!\w)")
_JOINER = re.compile(r"\s*(?:[*_]*(?:and|or|&)[*_]*\s+)?", re.IGNORECASE)
_ITEM_WORDS = 3  # an item longer than this is a clause: a sentence with commas, not a list
_OTHER_NAMES = 2  # besides the item itself
_LEAST_ITEMS = _OTHER_NAMES + 1


def _stretches(text: str) -> list[tuple[int, int]]:
    bounds = [0]
    for end in _STRETCH_END.finditer(text):
        bounds += [end.start(), end.end()]
    bounds.append(len(text))
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def names_in_lists(text: str, candidates: Iterable[Word], is_name: Callable[[Word], bool]) -> set[Word]:
    """The one-word items of lists whose other items hold at least two names (``is_name``)."""
    ordered = sorted(candidates, key=lambda w: w.start)
    found: set[Word] = set()
    for first, last in _stretches(text):
        if text.count(",", first, last) < _LEAST_ITEMS - 1:
            continue
        items: list[list[Word]] = []
        start = first
        for part in text[first:last].split(","):
            joiner = _JOINER.match(part)
            begin = start + (joiner.end() if joiner else 0)
            end = start + len(part)
            items.append([w for w in ordered if begin <= w.start and w.end <= end])
            start = end + 1
        if len(items[0]) > _ITEM_WORDS:
            items[0] = items[0][-1:]  # the lead-in's last word is the first item (with adroll, …)
        items = [item for item in items if item]  # an address or a number: no word to judge
        short = [item for item in items if len(item) <= _ITEM_WORDS]
        if len(short) < len(items) or len(short) < _LEAST_ITEMS:
            continue  # a clause among the items: prose with commas
        named = [any(is_name(w) for w in item) for item in short]
        for index, item in enumerate(short):
            if len(item) == 1 and sum(named) - named[index] >= _OTHER_NAMES:
                found.add(item[0])
    return found
