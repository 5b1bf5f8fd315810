"""The person's own vocabulary, learned from their public data, so that it is never flagged.

A developer writes the names of their projects, their tools and their field (``tidyverse``,
``cran``, ``rstats``, ``gotosocial``) far more often than any dictionary does. What counts as theirs:

- every word of a hashtag they used (a tag is a word chosen on purpose), and a word they write
  that begins or ends one (mooc beside #ivmooc);
- the names of the repositories their public GitHub activity is about, split into words;
- the labels of their profile fields and links, and the names in their bios (capitalised words
  within a sentence);
- a word they write at least ``MIN_USES`` times, spelled the same way every time: in two posts, or,
  for a word no corpus has seen (a name, a coinage), twice in one. A slip is seldom made twice
  alike, but one that real text is full of (``recieve``) may be, so only separate posts count for
  those; and if they also write a dictionary word one slip away from it (``recieve`` beside
  ``receive``), the odd one out is a slip, not their vocabulary. Odd, that is, when it is a known
  misspelling or a cheap slip of that word (a swap, a doubled or neighbouring letter), or when the
  word is what they write more often (``preso`` twice beside ``press`` once is theirs).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from rapidfuzz.distance import DamerauLevenshtein

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Post, Profile
from advocacy.domain.networks import Presence
from advocacy.spelling.distance import typing_distance
from advocacy.spelling.lexicon import Lexicon
from advocacy.spelling.tokens import words

MIN_USES = 2
_CHEAP_SLIP = 0.7  # typing cost of a swapped, doubled or neighbouring letter (distance.py)
_SHORTEST_LINKED = 4  # shorter parts of addresses are mostly abbreviations and ids (www, en, p)
_REPOSITORY = re.compile(r"(?:github\.com/|^|\s)[\w.-]+/([\w.-]+)")
_NAME_PARTS = re.compile(r"[A-Za-z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
# An address written in the text: older posts (tweets before 2011, feeds) carry no list of links.
_WRITTEN_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"'“”‘’]+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{2,})")


def _name_words(name: str) -> list[str]:
    """``tidy-data_tools``, ``TidyTools`` → tidy, data, tools."""
    return [part.lower() for part in _NAME_PARTS.findall(name) if len(part) > 1]


def _repositories(posts: Iterable[Post]) -> set[str]:
    found: set[str] = set()
    for post in posts:
        for text in (post.url, post.text, *post.links):
            for match in _REPOSITORY.finditer(text):
                found.update(_name_words(match.group(1).removesuffix(".git")))
    return found


def _linked_names(posts: Iterable[Post]) -> set[str]:
    """The words of the addresses they link to: a thing linked to is named in its address
    (github.com/sstephenson/rbenv, twibes.com/DigitalHabitats), so its name is no slip."""
    found: set[str] = set()
    for post in posts:
        for link in {*post.links, *_WRITTEN_ADDRESS.findall(post.text)}:
            parts = urlsplit(link if "//" in link else f"//{link}")
            labels = (parts.hostname or "").split(".")[:-1]  # the top-level domain says nothing
            for part in (*labels, *parts.path.split("/")):
                found.update(w for w in _name_words(part) if len(w) >= _SHORTEST_LINKED)
    return found


def _named_in_handles(texts: list[str], posts: Iterable[Post]) -> set[str]:
    """A name written out whose letters are a handle the person mentions: Bev Trayner beside
    @bevtrayner, Ward beside @ward. A name is no slip of the word it happens to resemble."""
    handles = {h.lower() for text in texts for h in _HANDLE.findall(text)}
    handles |= {m.lstrip("@").split("@")[0].lower() for post in posts for m in post.mentions}
    found: set[str] = set()
    for text in texts:
        found_words = [w for w in words(text) if w.text.isalpha()]
        for word, after in zip(found_words, [*found_words[1:], None], strict=False):
            if not word.is_capitalized:
                continue
            if word.text.lower() in handles:
                found.add(word.text.lower())
            if (
                after is not None
                and after.is_capitalized
                and text[word.end : after.start].isspace()
                and (word.text + after.text).lower() in handles
            ):
                found.update((word.text.lower(), after.text.lower()))
    return found


def _profile_names(profile: Profile) -> set[str]:
    found = {w for link in profile.links for w in _name_words(link.label)}
    for text in (profile.bio, profile.headline):
        found.update(word.text.lower() for word in words(text) if word.is_capitalized and not word.sentence_start)
    return found


def _own_texts(audit: AuditInput) -> list[str]:
    texts = []
    for outcome in audit.with_profiles():
        profile = outcome.profile
        assert profile is not None
        texts += [profile.bio, profile.headline]
        if outcome.network.facts.presence is not Presence.CODE:
            texts += [post.text for post in outcome.posts if not post.is_repost]
    return [text for text in texts if text.strip()]


def _used_often(texts: list[str], lexicon: Lexicon) -> set[str]:
    uses: Counter[str] = Counter()
    in_lower_case: set[str] = set()
    for text in texts:
        found = list(words(text))
        in_text = Counter(word.text.lower() for word in found)
        uses.update({w: n if w not in lexicon.tags else 1 for w, n in in_text.items()})
        in_lower_case.update(word.text for word in found if word.text.islower())
    written = set(uses)
    often = {word for word, count in uses.items() if count >= MIN_USES}
    # A dictionary word (curation, beside duration) is a word, however rare. Any other, one slip
    # from a dictionary word the person also writes, is an inconsistent spelling of that word
    # (recieve beside receive): never learned. A name no corpus has (Quimet, always capitalised)
    # is no spelling of the word it happens to resemble (quiet).
    dictionary_words = [w for w in written if lexicon.accepts(w)]

    def usual(word: str, other: str) -> bool:
        # The neighbour is the spelling they usually write: a known misspelling (recieve) or a
        # cheap slip (wrold: a swap) is odd beside any use of the word; another word (preso beside
        # press, written once) only beside a word they write more often than it.
        return (
            "m" in lexicon.tags.get(word, "") or typing_distance(word, other) <= _CHEAP_SLIP or uses[other] > uses[word]
        )

    return {
        word
        for word in often
        if lexicon.accepts(word)
        or (word not in lexicon.tags and word not in in_lower_case)
        or not any(
            abs(len(word) - len(other)) <= 1
            and DamerauLevenshtein.distance(word, other, score_cutoff=1) <= 1
            and usual(word, other)
            for other in dictionary_words
            if other != word
        )
    }


_SHORTEST_TAG_PART = 4  # shorter ends of a tag are as often a stray abbreviation (iv, pdx)


def _tag_ends(tags: set[str], texts: list[str]) -> set[str]:
    """Words they write that begin or end one of their hashtags (mooc beside #ivmooc, lang
    beside #pdxrlang): a tag is a word chosen on purpose, and so are its parts."""
    written = {w.text.lower() for text in texts for w in words(text)}
    return {
        word
        for word in written
        if len(word) >= _SHORTEST_TAG_PART
        and any(tag != word and (tag.startswith(word) or tag.endswith(word)) for tag in tags)
    }


def vocabulary(audit: AuditInput, lexicon: Lexicon) -> frozenset[str]:
    """Lower-case words that are this person's own: never reported as misspelled."""
    posts = [post for outcome in audit.outcomes for post in outcome.posts]
    found = {word.lower() for post in posts for tag in post.hashtags for word in (tag, *_name_words(tag))}
    found |= _repositories(p for o in audit.outcomes if o.network.facts.presence is Presence.CODE for p in o.posts)
    found |= _linked_names(post for post in posts if not post.is_repost)
    for profile in audit.profiles:
        found |= _profile_names(profile)
    texts = _own_texts(audit)
    found |= _tag_ends({tag.lower() for post in posts for tag in post.hashtags}, texts)
    found |= _used_often(texts, lexicon)
    found |= _named_in_handles(texts, posts)
    return frozenset(found)
