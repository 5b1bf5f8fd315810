"""The contract between the typo rule and whatever checks text (offline speller, LanguageTool)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from advocacy.domain.profile import ProfileConfig

SPELLING = "typo.spelling"
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


# (text, language code or None for the user's default, words never to flag) -> issues.
# A language with no dictionary gives no issues: the text is skipped, not flagged word by word.
TextChecker = Callable[[str, str | None, frozenset[str]], Sequence[TextIssue]]


class TextCheckSession(Protocol):
    """A ``TextChecker`` for one audit, which may also have something to tell the user once
    (LanguageTool did not answer) and holds connections to close."""

    notices: list[str]

    def __call__(self, text: str, language: str | None, known: frozenset[str], /) -> Sequence[TextIssue]: ...

    def close(self) -> None: ...


# Makes the session for a profile: its language, its LanguageTool server and credentials.
TextCheckerFactory = Callable[[ProfileConfig], TextCheckSession]
