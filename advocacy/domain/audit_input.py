"""What a rule sees: the profile file, what each source returned, and an explicit clock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from advocacy.domain.models import Finding, LinkStatus, Network, Post, Profile, ScoreCard, SourceOutcome
from advocacy.domain.profile import ProfileConfig


@dataclass(frozen=True)
class AuditInput:
    config: ProfileConfig
    outcomes: tuple[SourceOutcome, ...]
    now: datetime
    links: tuple[LinkStatus, ...] = ()  # only when the user opted in to the live link check

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
