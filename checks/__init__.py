"""Audit rules: pure functions from ``AuditInput`` to findings. No I/O, no Qt."""

from __future__ import annotations

from collections.abc import Callable

from advocacy.domain.audit_input import Rule
from checks import accessibility, company, consistency, disclosure, rhythm, risk, staleness, typos, visibility
from checks.scoring import score_card, score_findings
from checks.staleness import check_last_post


def default_rules(*, sentiment: Callable[[str], float] | None = None) -> tuple[Rule, ...]:
    """Every rule. ``sentiment`` scores text from -1 to +1; without it the tone advice is left out.
    The typo rule reports what the runner's text check found; with no text check it finds nothing."""
    rules: list[Rule] = [
        *staleness.RULES,
        *company.RULES,
        *disclosure.RULES,
        *risk.RULES,
        *visibility.RULES,
        *consistency.RULES,
        *rhythm.RULES,
        *accessibility.RULES,
        typos.check_typos,
    ]
    if sentiment is not None:
        rules.append(risk.make_sentiment_rule(sentiment))
    return tuple(rules)


DEFAULT_RULES: tuple[Rule, ...] = default_rules()

__all__ = ["DEFAULT_RULES", "check_last_post", "default_rules", "score_card", "score_findings"]
