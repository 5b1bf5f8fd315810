"""Audit rules: pure functions from ``AuditInput`` to findings. No I/O, no Qt.

The rule modules load the first time the rules are read (when an audit runs them), not when this
package is imported: the window is handed the rules before its first paint and runs none until later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, overload

from checks.scoring import score_card, score_findings

if TYPE_CHECKING:
    from advocacy.domain.audit_input import Rule


def _every_rule(sentiment: Callable[[str], float] | None) -> tuple[Rule, ...]:
    from checks import accessibility, company, consistency, disclosure, rhythm, risk, staleness, typos, visibility

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


class Rules(Sequence["Rule"]):
    """Every rule, in order, read like a tuple; the rule modules are imported on the first read."""

    def __init__(self, sentiment: Callable[[str], float] | None = None) -> None:
        self._sentiment = sentiment
        self._rules: tuple[Rule, ...] | None = None

    def _loaded(self) -> tuple[Rule, ...]:
        if self._rules is None:  # two threads at once build the same tuple: either one may stay
            self._rules = _every_rule(self._sentiment)
        return self._rules

    @overload
    def __getitem__(self, index: int) -> Rule: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Rule]: ...
    def __getitem__(self, index: int | slice) -> Rule | Sequence[Rule]:
        return self._loaded()[index]

    def __len__(self) -> int:
        return len(self._loaded())

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._loaded())

    def __repr__(self) -> str:
        state = "not loaded yet" if self._rules is None else f"{len(self._rules)} rules"
        return f"Rules({state})"


def default_rules(*, sentiment: Callable[[str], float] | None = None) -> Sequence[Rule]:
    """Every rule. ``sentiment`` scores text from -1 to +1; without it the tone advice is left out.
    The typo rule reports what the runner's text check found; with no text check it finds nothing."""
    return Rules(sentiment)


DEFAULT_RULES: Sequence[Rule] = default_rules()

__all__ = ["DEFAULT_RULES", "Rules", "default_rules", "score_card", "score_findings"]
