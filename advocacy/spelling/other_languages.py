"""Words of other languages written inside English posts: *Me parece que solamente debemos usar…*.

A bilingual person switches language mid-post. The checker cannot judge Spanish, and a Spanish word
one slip from an English one must not be reported as a typo of it (*usar*: user). A word is taken
for another language's when that language's everyday words (wordfreq's commonest, English's own
left out; build.py) include it and another word of the same post: one such word alone is as likely
an English slip that happens to be a word elsewhere (*The usar clicked*).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from advocacy.spelling.tokens import Word


def switched(words: Sequence[Word], elsewhere: Mapping[str, frozenset[str]]) -> set[Word]:
    """The words of ``words`` that belong to another language the post is partly written in.
    ``elsewhere``: word → the languages whose everyday words include it. Capitalised words inside
    a sentence are names, in any language, and witness nothing. A witness anywhere in the post will
    do: on the typo corpora, asking for one within the same clause found no typo more and
    flagged 24 more words of other languages (Indonesian and Tagalog replies, mostly)."""
    languages = {
        word: elsewhere[word.text.lower()]
        for word in words
        if word.text.lower() in elsewhere and not (word.is_capitalized and not word.sentence_start)
    }
    found: set[Word] = set()
    for word, own in languages.items():
        if any(theirs & own and other.text.lower() != word.text.lower() for other, theirs in languages.items()):
            found.add(word)
    return found
