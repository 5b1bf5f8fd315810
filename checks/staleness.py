"""Staleness: is the profile still alive?"""

from __future__ import annotations

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Finding, Severity

_EXCERPT = 80


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT else flat[: _EXCERPT - 1].rstrip() + "…"


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def check_last_post(audit: AuditInput) -> list[Finding]:
    """``staleness.last_post``: days since the last original post (replies and reposts don't count)."""
    thresholds = audit.config.thresholds
    company = audit.config.company.name
    share_hint = f"share a recent item from {company}" if company else "share something you found useful"
    findings: list[Finding] = []
    for outcome in audit.with_profiles():
        network = outcome.network
        last_post = outcome.last_original_post()
        last_at = outcome.last_original_post_at()
        if last_at is None:
            findings.append(
                Finding(
                    check="staleness.last_post",
                    severity=Severity.WARNING,
                    network=network,
                    target="profile",
                    message=f"No original public posts found on {network.label}.",
                    suggestion=f"Introduce yourself with a first post: what you work on, and {share_hint}.",
                    evidence=(
                        f"{len(outcome.posts)} recent posts read, all replies or reposts"
                        if outcome.posts
                        else "No public posts were found."
                    ),
                )
            )
            continue
        age = max(0, (audit.now - last_at).days)
        if age < thresholds.last_post_warning_days:
            continue
        severity = Severity.ERROR if age >= thresholds.last_post_error_days else Severity.WARNING
        evidence = f"Last original post: {last_at:%Y-%m-%d}"
        if last_post is not None and last_post.text:
            evidence += f" — “{_excerpt(last_post.text)}”"
        findings.append(
            Finding(
                check="staleness.last_post",
                severity=severity,
                network=network,
                target=f"post:{last_post.id}" if last_post else "profile",
                message=f"Your last original {network.label} post was {_days(age)} ago.",
                suggestion=(
                    f"Post something this week: a short note on what you are working on, or {share_hint}. "
                    f"Readers treat accounts quiet for more than {_days(thresholds.last_post_warning_days)} "
                    "as abandoned."
                ),
                evidence=evidence,
            )
        )
    return findings
