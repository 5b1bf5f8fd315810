"""Audit rules: pure functions from ``AuditInput`` to findings. No I/O, no Qt."""

from __future__ import annotations

from collections.abc import Callable

from advocacy.domain.audit_input import Rule
from advocacy.domain.text_check import TextCheckerFactory
from checks import company, consistency, disclosure, risk, staleness, typos, visibility
from checks.scoring import score_card, score_findings
from checks.staleness import check_last_post


def default_rules(
    *, sentiment: Callable[[str], float] | None = None, text_checker: TextCheckerFactory | None = None
) -> tuple[Rule, ...]:
    """Every rule. ``sentiment`` scores text from -1 to +1; without it the tone advice is left out.
    ``text_checker`` makes the spelling/grammar checker for a profile; without it, no typo rule."""
    rules: list[Rule] = [
        *staleness.RULES,
        *company.RULES,
        *disclosure.RULES,
        *risk.RULES,
        *visibility.RULES,
        *consistency.RULES,
    ]
    if sentiment is not None:
        rules.append(risk.make_sentiment_rule(sentiment))
    if text_checker is not None:
        rules.append(typos.make_typo_rule(text_checker))
    return tuple(rules)


DEFAULT_RULES: tuple[Rule, ...] = default_rules()

__all__ = ["DEFAULT_RULES", "check_last_post", "default_rules", "score_card", "score_findings"]
