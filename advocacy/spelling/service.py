"""The text checker the audit, the composer and the command line use: offline spelling for every
language that has a dictionary, plus LanguageTool grammar when a server is configured.

LanguageTool's own spelling matches are dropped: the offline engine knows the company glossary,
the person's names and social text, so it is the one authority on spelling. A grammar match that
overlaps an offline spelling flag is dropped too, so one mistake is never reported twice.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from advocacy.domain.profile import ProfileConfig
from advocacy.domain.text_check import GRAMMAR, TextIssue
from advocacy.errors import CredentialsUnavailable
from advocacy.spelling.checker import SpellChecker
from advocacy.spelling.languagetool import LOCAL, GrammarChecker, GrammarUnavailable, HostedCredentials
from advocacy.spelling.lexicon import DamagedWordList, UnknownLanguage

if TYPE_CHECKING:
    from advocacy.credentials import CredentialStore


def _normalise(language: str) -> str:
    parts = language.replace("_", "-").split("-")
    return parts[0].lower() + (f"-{parts[1].upper()}" if len(parts) > 1 and parts[1] else "")


class TextCheckService:
    """A ``TextCheckSession``. Thread-safe; one per audit, composer or command."""

    def __init__(self, default_language: str = "en", grammar: GrammarChecker | None = None) -> None:
        self.default_language = _normalise(default_language)
        self._grammar = grammar
        self._spellers: dict[str, SpellChecker | None] = {}
        self._lock = threading.Lock()
        self.notices: list[str] = []

    def _speller(self, language: str) -> SpellChecker | None:
        with self._lock:
            if language not in self._spellers:
                try:
                    self._spellers[language] = SpellChecker.for_language(language)
                except UnknownLanguage:
                    self._spellers[language] = None  # no dictionary: skipped, never flagged word by word
                except DamagedWordList as exc:
                    self._spellers[language] = None
                    self.notices.append(str(exc))
            return self._spellers[language]

    def _language_for(self, declared: str | None) -> str:
        if not declared:
            return self.default_language
        declared = _normalise(declared)
        # A bare "en" post in a profile set to en-GB keeps the user's chosen spelling.
        if declared == self.default_language.split("-")[0]:
            return self.default_language
        return declared

    @staticmethod
    def _spelling(speller: SpellChecker, text: str, known: frozenset[str]) -> list[TextIssue]:
        if known:
            speller = speller.with_known(known)
        return [TextIssue(m.start, m.end, m.word, m.suggestions, m.check, m.message) for m in speller.check(text)]

    def _grammar_issues(self, text: str, language: str, keep_spelling: bool) -> list[TextIssue]:
        grammar = self._grammar
        if grammar is None:
            return []
        try:
            issues = grammar.check(text, language)
        except GrammarUnavailable as exc:
            with self._lock:
                self._grammar = None  # one notice, not one timeout per post
                self.notices.append(str(exc))
            return []
        return [i for i in issues if i.check == GRAMMAR or keep_spelling]

    def __call__(
        self, text: str, language: str | None = None, known: frozenset[str] = frozenset()
    ) -> Sequence[TextIssue]:
        chosen = self._language_for(language)
        speller = self._speller(chosen)
        spelling = self._spelling(speller, text, known) if speller is not None else []
        # Without a dictionary of ours, LanguageTool's spelling is the only judge there is.
        grammar = self._grammar_issues(text, chosen, keep_spelling=speller is None)
        merged = list(spelling)
        for issue in grammar:
            overlaps = any(issue.start < s.end and s.start < issue.end for s in spelling)
            if not overlaps and issue.word.lower() not in known:
                merged.append(issue)
        return sorted(merged, key=lambda i: (i.start, i.end))

    def close(self) -> None:
        if self._grammar is not None:
            self._grammar.close()


def _hosted_credentials(store: CredentialStore | None) -> HostedCredentials | None:
    # The keyring is imported only when a server needs credentials: checking text offline
    # (the command line, the composer) starts faster without it.
    from advocacy.credentials import LANGUAGETOOL, CredentialStore

    store = store or CredentialStore()
    try:
        username = store.get(LANGUAGETOOL, "username")
        api_key = store.get(LANGUAGETOOL, "api_key")
    except CredentialsUnavailable:
        return None  # the hosted API then answers as the free tier would, or refuses: one notice
    if username and api_key:
        return HostedCredentials(username, api_key)
    return None


def session_for(config: ProfileConfig, store: CredentialStore | None = None) -> TextCheckService:
    """The checker for one audit of this profile: its language, and its LanguageTool if any."""
    grammar = None
    server = config.audit.languagetool_url
    if server:
        credentials = _hosted_credentials(store) if server != LOCAL else None
        grammar = GrammarChecker(server, credentials)
    return TextCheckService(config.audit.language, grammar)
