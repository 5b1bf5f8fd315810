"""The public renderings of an audit: the documented JSON format and a plain-text summary."""

from __future__ import annotations

import json
from typing import Any

from advocacy.domain.models import AuditReport, Finding, Profile, SourceOutcome
from advocacy.domain.reach import reach_of
from advocacy.serialization import deduction_to_dict, finding_to_dict
from advocacy.terminal import for_terminal, json_for_terminal
from advocacy.wording import (
    coverage_phrase,
    found_account,
    no_findings_sentence,
    not_audited_reason,
    score_headline,
    skipped_lines,
    source_state,
)

# 2: "score" may be null (nothing could be read), "coverage" added, "sources[].skipped" added.
# 3: "reach" (followers, following, posts per network) and "posts[].engagement" added.
# 4: findings carry "span" (the flagged word inside "evidence") and "help_url"; a typo's evidence is the
#    sentence around the word (at most 240 characters), one finding per distinct word per post.
SCHEMA_VERSION = 5


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
        # The account's own total as the network states it (null where it does not: exports), and
        # how many this audit read: two different figures, never one standing in for the other.
        "post_count": profile.post_count,
        "posts_read": len(outcome.posts),
        "visibility": {
            **profile.visibility.as_dict(),
            "avatar_is_default": profile.avatar_is_default,
            "header_is_default": profile.header_is_default,
        },
        "stale_snapshot_from": outcome.snapshot_taken_at.isoformat() if outcome.snapshot_taken_at else None,
    }


def _coverage_json(report: AuditReport) -> dict[str, Any]:
    coverage = report.coverage
    return {
        "read": coverage.read,
        "from_snapshot": coverage.from_snapshot,
        "failed": coverage.failed,
        "skipped": coverage.skipped,
        "total": coverage.total,
        "summary": coverage_phrase(coverage),
    }


def _source_json(source: SourceOutcome) -> dict[str, Any]:
    return {
        "network": source.network.value,
        "account": source.account,
        "status": source.status.value,
        "error": source.error,
        "from_snapshot": source.snapshot_taken_at.isoformat() if source.snapshot_taken_at else None,
        "skipped": {
            "count": source.skipped_count,
            "reason": " ".join(skipped_lines(source)) or None,
            "details": [
                {"count": k.count, "total": k.total, "what": k.what, "reason": k.reason} for k in source.skipped
            ],
        },
    }


PUBLIC_FINDING_KEYS = (
    "check",
    "severity",
    "network",
    "target",
    "message",
    "suggestion",
    "evidence",
    "span",
    "replacement",
    "help_url",
)


def _finding_json(finding: Finding) -> dict[str, Any]:
    full = finding_to_dict(finding)
    return {key: full[key] for key in PUBLIC_FINDING_KEYS}


def report_to_json_dict(report: AuditReport) -> dict[str, Any]:
    medians = {r.network: r for r in reach_of(report)}
    card = report.score_card
    return {
        "schema_version": SCHEMA_VERSION,
        "audited_at": report.audited_at.isoformat(),
        "score": report.score,
        "not_audited_reason": not_audited_reason(report) or None,
        "coverage": _coverage_json(report),
        "sources": [_source_json(s) for s in report.sources],
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
                "engagement": p.engagement.as_dict() if p.engagement else None,
                "media": [{"kind": m.kind, "alt": m.alt} for m in p.media],
            }
            for p in report.posts
        ],
        "reach": [
            {
                "network": s.network.value,
                "account": s.account,
                "followers": s.profile.followers_count,
                "following": s.profile.following_count,
                "posts_total": s.profile.post_count,
                "from_snapshot": s.snapshot_taken_at.isoformat() if s.snapshot_taken_at else None,
                "median_engagement": medians[s.network].median_engagement,
                "audience_by_month": [[month, count] for month, count in s.profile.audience_by_month],
            }
            for s in report.sources
            if s.profile is not None
        ],
        "findings": [_finding_json(f) for f in report.findings],
        "score_by_network": {network.value: score for network, score in card.by_network} if card else {},
        "score_explanation": [deduction_to_dict(d) for d in card.deductions if d.points] if card else [],
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
    return json_for_terminal(json.dumps(report_to_json_dict(report), indent=2, ensure_ascii=False)) + "\n"


def _post_named(finding: Finding, report: AuditReport) -> str:
    """Which post a finding is about: its address, else the start of the text quoted."""
    url = report.link_for(finding)
    if url and url.startswith(("http://", "https://")):
        return url
    quoted = " ".join(finding.evidence.split())
    return f"“{quoted[:80]}…”" if len(quoted) > 80 else f"“{quoted}”"


def render_text(report: AuditReport) -> str:
    """Plain text for a terminal: every value from a server or a file passes ``for_terminal``."""
    lines = [f"Audit of {report.audited_at:%Y-%m-%d %H:%M} UTC — {score_headline(report).lower()}"]
    if report.score_card and report.score_card.by_network:
        lines.append("  " + ", ".join(f"{n.label} {score}" for n, score in report.score_card.by_network))
    if report.score is None:
        lines.append(not_audited_reason(report))
    lines.append("")
    for source in report.sources:
        lines.append(f"  {source.network.label} {source.account}: {source_state(source)}")
        lines.extend(f"    {line}" for line in skipped_lines(source))
    lines.append("")
    if report.discovered:
        lines.append("Also found (audited once you add them to your profile):")
        lines.extend(f"  {found_account(d)}" for d in report.discovered)
        lines.append("")
    if not report.findings and report.score is not None:
        lines.append(no_findings_sentence(report))
    ordered = sorted(report.findings, key=lambda f: (f.network or "", -f.severity.rank))
    for finding in ordered:
        where = finding.network.label if finding.network else "General"
        lines.append(f"[{finding.severity.label}] {where}: {finding.message}")
        if finding.target.startswith("post:"):
            lines.append(f"    in: {_post_named(finding, report)}")
        if finding.suggestion:
            lines.append(f"    → {finding.suggestion}")
    return for_terminal("\n".join(lines)) + "\n"
