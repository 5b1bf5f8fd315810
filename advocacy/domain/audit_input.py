"""What a rule sees: the profile file, what each source returned, and an explicit clock."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from advocacy.domain.models import Finding, LinkStatus, Network, Post, Profile, ScoreCard, SourceOutcome
from advocacy.domain.networks import Presence
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.text_check import TextIssue


def text_key(network: Network, target: str) -> str:
    """Where a checked text lives: ``mastodon:bio``, ``x:post:123``."""
    return f"{network.value}:{target}"


@dataclass(frozen=True)
class PersonalDatum:
    """Contact details found in a text: ``kind`` says what ("a phone number"), ``text[start:end]`` where."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class CheckedText:
    """A text the audit runner has the spelling checked for, before the rules run."""

    key: str
    text: str
    language: str | None


@dataclass(frozen=True)
class AuditInput:
    config: ProfileConfig
    outcomes: tuple[SourceOutcome, ...]
    now: datetime
    links: tuple[LinkStatus, ...] = ()  # only when the user opted in to the live link check
    # Spelling and grammar, checked by the runner (I/O: dictionaries, LanguageTool) so rules stay pure.
    text_issues: Mapping[str, tuple[TextIssue, ...]] = field(default_factory=dict)
    # What the text check could not do (LanguageTool did not answer, the word list is damaged).
    text_notices: tuple[str, ...] = ()
    # The words of one-case multi-word hashtags (lower case), found with the word list by the runner.
    hashtag_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # The words the person added to their dictionary ("Add to my words"), lower-cased: never typos.
    my_words: frozenset[str] = frozenset()
    # Phone numbers and e-mail addresses in own posts, by text key, found by the runner with a library.
    personal_data: Mapping[str, tuple[PersonalDatum, ...]] = field(default_factory=dict)

    def texts_to_check(self) -> list[CheckedText]:
        """Bios, headlines and posts of one's own (not reposts, not GitHub activity, where a commit
        message is work rather than writing), for the runner to check before the rules run."""
        texts = []
        for outcome in self.with_profiles():
            profile = outcome.profile
            assert profile is not None
            for target, text in (("bio", profile.bio), ("headline", profile.headline)):
                if text.strip():
                    texts.append(CheckedText(text_key(profile.network, target), text, None))
            if outcome.network.facts.presence is Presence.CODE:  # commit messages are not prose
                continue
            texts.extend(
                CheckedText(text_key(post.network, f"post:{post.id}"), post.text, post.language)
                for post in outcome.posts
                if not post.is_repost and post.text.strip()
            )
        return texts

    def with_profiles(self) -> tuple[SourceOutcome, ...]:
        """Outcomes that have a profile to audit (fresh, or the last good snapshot)."""
        return tuple(o for o in self.outcomes if o.profile is not None)

    @property
    def profiles(self) -> tuple[Profile, ...]:
        return tuple(o.profile for o in self.outcomes if o.profile is not None)

    @property
    def posts(self) -> tuple[Post, ...]:
        return tuple(p for o in self.outcomes for p in o.posts)


# A rule is a pure function: same input, same findings. No I/O, no clock of its own.
Rule = Callable[[AuditInput], Sequence[Finding]]
# A scorer turns the findings (and the networks that were audited) into an explained score.
Scorer = Callable[[Sequence[Finding], Sequence[Network]], ScoreCard]
