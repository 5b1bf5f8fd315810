"""Audit rules: pure functions from ``AuditInput`` to findings. No I/O, no Qt."""

from __future__ import annotations

from advocacy.domain.audit_input import Rule
from checks.scoring import score_findings
from checks.staleness import check_last_post

DEFAULT_RULES: tuple[Rule, ...] = (check_last_post,)

__all__ = ["DEFAULT_RULES", "check_last_post", "score_findings"]
