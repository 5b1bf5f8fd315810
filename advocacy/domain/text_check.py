"""The contract between the typo rule and whatever checks text (offline speller, LanguageTool)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from advocacy.domain.models import Profile
from advocacy.domain.profile import ProfileConfig

SPELLING = "typo.spelling"
APOSTROPHE = "typo.apostrophe"  # an apostrophe misused: Thank's, your's, it's as a possessive
GRAMMAR = "typo.grammar"


@dataclass(frozen=True)
class TextIssue:
    """One problem in a text: ``text[start:end] == word`` (Python string offsets)."""

    start: int
    end: int
    word: str
    suggestions: tuple[str, ...]
    check: str = SPELLING
    message: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "word": self.word,
            "suggestions": list(self.suggestions),
            "check": self.check,
            "message": self.message,
        }


class TextCheckSession(Protocol):
    """Checks texts for one audit: (text, language code or None for the user's default, words
    never to flag) -> issues. A language with no dictionary gives no issues: the text is skipped,
    not flagged word by word. It may have something to tell the user once (LanguageTool did not
    answer) and holds connections to close."""

    notices: list[str]

    def __call__(self, text: str, language: str | None, known: frozenset[str], /) -> Sequence[TextIssue]: ...

    def close(self) -> None: ...


# Makes the session for a profile: its language, its LanguageTool server and credentials.
TextCheckerFactory = Callable[[ProfileConfig], TextCheckSession]


_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")


def _words_of(phrases: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for phrase in phrases:
        for word in _WORDS.findall(phrase or ""):
            found.add(word.strip(".-'’").lower())
            found.update(part.lower() for part in re.split(r"[.\-'’]", word) if part)
    return found


def never_typos(config: ProfileConfig, profiles: Iterable[Profile] = ()) -> frozenset[str]:
    """Words that are right by definition for this person and company, lower-cased."""
    company = config.company
    accounts = config.me.accounts
    phrases: list[str] = [
        company.name,
        *company.aliases,
        *company.glossary,
        *company.customers,
        *company.competitors,
        *company.hashtags,
        *company.domains,
        config.me.name,
        *config.me.former_employers,
        *(handle for network, handle in accounts.configured().items() if network.facts.addressable),
    ]
    for profile in profiles:
        phrases += [profile.display_name, profile.handle, profile.employer, profile.location, *profile.skills]
        phrases += [p.company for p in profile.positions]
    return frozenset(w for w in _words_of(phrases) if w)


@dataclass(frozen=True)
class HashtagAdvice:
    """A one-case hashtag of several words, and how to write it so a screen reader reads the words."""

    written: str  # "#employeeadvocacy"
    better: str  # "#EmployeeAdvocacy"
    words: int

    @property
    def message(self) -> str:
        return f"{self.written} is read aloud as one long word; {self.better} is read as {self.words} words."

    @property
    def fix(self) -> str:
        return f"Write {self.better}: each word starts with a capital letter (CamelCase)."


def hashtag_advice(tag: str, words: Sequence[str]) -> HashtagAdvice | None:
    """The advice for ``tag`` given the words it is made of; None when there is nothing to say
    (one word, or a tag already written with capitals)."""
    bare = tag.lstrip("#")
    if len(words) < 2 or bare != bare.lower():
        return None
    return HashtagAdvice(f"#{bare}", "#" + "".join(w[:1].upper() + w[1:] for w in words), len(words))
