"""The overall score: 100 minus a weight per finding, so every point lost has a reason."""

from __future__ import annotations

from collections.abc import Iterable

from advocacy.domain.models import Finding, Severity

PENALTY = {Severity.ERROR: 15, Severity.WARNING: 6, Severity.INFO: 1}


def score_findings(findings: Iterable[Finding]) -> int:
    return max(0, 100 - sum(PENALTY[f.severity] for f in findings))
