"""The public renderings of an audit: the documented JSON format and a plain-text summary."""

from __future__ import annotations

import json
from typing import Any

from advocacy.domain.models import AuditReport, Finding, Network, Profile, SourceOutcome
from advocacy.serialization import finding_to_dict

SCHEMA_VERSION = 1


def _profile_json(outcome: SourceOutcome, profile: Profile) -> dict[str, Any]:
    last = outcome.last_original_post_at()
    return {
        "network": profile.network.value,
        "handle": profile.handle,
        "display_name": profile.display_name,
        "headline": profile.headline,
        "bio": profile.bio,
        "employer": profile.employer,
        "location": profile.location,
        "url": profile.url,
        "links": [
            {"url": link.url, "label": link.label, "verified": link.verified_at is not None} for link in profile.links
        ],
        "last_post_at": last.isoformat() if last else None,
        "post_count": profile.post_count if profile.post_count is not None else len(outcome.posts),
        "visibility": {
            **profile.visibility.as_dict(),
            "avatar_is_default": profile.avatar_is_default,
            "header_is_default": profile.header_is_default,
        },
        "stale_snapshot_from": outcome.snapshot_taken_at.isoformat() if outcome.snapshot_taken_at else None,
    }


PUBLIC_FINDING_KEYS = ("check", "severity", "network", "target", "message", "suggestion", "evidence", "replacement")


def _finding_json(finding: Finding) -> dict[str, Any]:
    full = finding_to_dict(finding)
    return {key: full[key] for key in PUBLIC_FINDING_KEYS}


def report_to_json_dict(report: AuditReport) -> dict[str, Any]:
    card = report.score_card
    return {
        "schema_version": SCHEMA_VERSION,
        "audited_at": report.audited_at.isoformat(),
        "score": report.score,
        "sources": [
            {"network": s.network.value, "account": s.account, "status": s.status.value, "error": s.error}
            for s in report.sources
        ],
        "profiles": [_profile_json(s, s.profile) for s in report.sources if s.profile is not None],
        "posts": [
            {
                "network": p.network.value,
                "id": p.id,
                "url": p.url,
                "created_at": p.created_at.isoformat(),
                "text": p.text,
                "is_reply": p.is_reply,
                "is_repost": p.is_repost,
            }
            for p in report.posts
        ],
        "findings": [_finding_json(f) for f in report.findings],
        "score_by_network": {network.value: score for network, score in card.by_network} if card else {},
        "score_explanation": [
            {
                "check": d.check,
                "network": d.network.value if d.network else None,
                "target": d.target,
                "points": d.points,
            }
            for d in card.deductions
            if d.points
        ]
        if card
        else [],
        "discovered_accounts": [
            {
                "network": d.network.value,
                "handle": d.handle,
                "found_on": d.found_on.value,
                "evidence": d.evidence,
                "verified": d.verified,
            }
            for d in report.discovered
        ],
    }


def render_json(report: AuditReport) -> str:
    return json.dumps(report_to_json_dict(report), indent=2, ensure_ascii=False) + "\n"


def render_text(report: AuditReport) -> str:
    lines = [f"Audit of {report.audited_at:%Y-%m-%d %H:%M} UTC — score {report.score}/100"]
    if report.score_card and report.score_card.by_network:
        lines.append("  " + ", ".join(f"{n.label} {score}" for n, score in report.score_card.by_network))
    lines.append("")
    for source in report.sources:
        label = Network(source.network).label
        if source.status.value == "ok":
            state = "ok"
        elif source.status.value == "skipped":
            state = f"skipped: {source.error}"
        else:
            state = f"failed: {source.error}"
            if source.snapshot_taken_at:
                state += f" (showing data from {source.snapshot_taken_at:%Y-%m-%d})"
        lines.append(f"  {label} {source.account}: {state}")
    lines.append("")
    if report.discovered:
        lines.append("Also found (audited once you add them to your profile):")
        lines.extend(
            f"  {d.network.label} {d.handle} — linked from your {d.found_on.label} profile"
            + (" (verified)" if d.verified else "")
            for d in report.discovered
        )
        lines.append("")
    if not report.findings:
        lines.append("No findings: nothing to fix right now.")
    ordered = sorted(report.findings, key=lambda f: (f.network or "", -f.severity.rank))
    for finding in ordered:
        where = finding.network.label if finding.network else "General"
        lines.append(f"[{finding.severity.value.upper()}] {where}: {finding.message}")
        if finding.suggestion:
            lines.append(f"    → {finding.suggestion}")
    return "\n".join(lines) + "\n"
