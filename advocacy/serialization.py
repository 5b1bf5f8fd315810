"""Lossless JSON-ready dicts for domain models, used by the store.

The public report format lives in ``advocacy.report``; this one may change with the schema
version of the database, that one only with ``schema_version`` of the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from advocacy.domain.models import (
    AccountSuggestion,
    AuditReport,
    Deduction,
    Engagement,
    Finding,
    Link,
    Media,
    Network,
    Position,
    Post,
    Profile,
    ScoreCard,
    Severity,
    SkippedRecords,
    SourceOutcome,
    SourceStatus,
    VisibilityFacts,
)


def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_dt(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    return {
        "network": profile.network.value,
        "handle": profile.handle,
        "url": profile.url,
        "display_name": profile.display_name,
        "headline": profile.headline,
        "bio": profile.bio,
        "employer": profile.employer,
        "location": profile.location,
        "links": [
            {"url": k.url, "label": k.label, "verified_at": _dt(k.verified_at), "in_profile_field": k.in_profile_field}
            for k in profile.links
        ],
        "avatar_is_default": profile.avatar_is_default,
        "header_is_default": profile.header_is_default,
        "created_at": _dt(profile.created_at),
        "updated_at": _dt(profile.updated_at),
        "last_post_at": _dt(profile.last_post_at),
        "followers_count": profile.followers_count,
        "audience_by_month": [[month, count] for month, count in profile.audience_by_month],
        "read": profile.read,
        "following_count": profile.following_count,
        "post_count": profile.post_count,
        "post_length_limit": profile.post_length_limit,
        "visibility": profile.visibility.as_dict(),
        "positions": [
            {"company": p.company, "title": p.title, "started_on": p.started_on, "finished_on": p.finished_on}
            for p in profile.positions
        ],
        "skills": list(profile.skills),
        "former_handles": list(profile.former_handles),
    }


def _audience(value: object) -> tuple[tuple[str, int], ...]:
    """The stored growth curve; a damaged entry is dropped (a gap in a chart), never a failed read."""
    if not isinstance(value, list):
        return ()
    return tuple(
        (str(item[0]), item[1])
        for item in value
        if isinstance(item, list) and len(item) == 2 and isinstance(item[1], int) and not isinstance(item[1], bool)
    )


def profile_from_dict(data: Mapping[str, Any]) -> Profile:
    vis = data.get("visibility") or {}
    return Profile(
        network=Network(data["network"]),
        handle=data["handle"],
        url=data.get("url", ""),
        display_name=data.get("display_name", ""),
        headline=data.get("headline", ""),
        bio=data.get("bio", ""),
        employer=data.get("employer", ""),
        location=data.get("location", ""),
        links=tuple(
            Link(
                url=k["url"],
                label=k.get("label", ""),
                verified_at=_parse_dt(k.get("verified_at")),
                # Saved before the flag existed: only profile fields had a label then.
                in_profile_field=bool(k.get("in_profile_field", bool(k.get("label")))),
            )
            for k in data.get("links", [])
        ),
        avatar_is_default=data.get("avatar_is_default"),
        header_is_default=data.get("header_is_default"),
        created_at=_parse_dt(data.get("created_at")),
        updated_at=_parse_dt(data.get("updated_at")),
        last_post_at=_parse_dt(data.get("last_post_at")),
        followers_count=data.get("followers_count"),
        audience_by_month=_audience(data.get("audience_by_month")),
        read=data.get("read") is not False,
        following_count=data.get("following_count"),
        post_count=data.get("post_count"),
        post_length_limit=data.get("post_length_limit"),
        visibility=VisibilityFacts(
            public=vis.get("public"),
            discoverable=vis.get("discoverable"),
            indexable=vis.get("indexable"),
            noindex=vis.get("noindex"),
            locked=vis.get("locked"),
            bot=vis.get("bot"),
            moved_to=vis.get("moved_to"),
            labels=tuple(vis.get("labels", ())),
            handle_kind=vis.get("handle_kind"),
            company_org_member_public=vis.get("company_org_member_public"),
            feed_found=vis.get("feed_found"),
        ),
        positions=tuple(
            Position(
                company=p["company"],
                title=p.get("title", ""),
                started_on=p.get("started_on", ""),
                finished_on=p.get("finished_on"),
            )
            for p in data.get("positions", [])
        ),
        skills=tuple(data.get("skills", ())),
        former_handles=tuple(data.get("former_handles", ())),
    )


def post_to_dict(post: Post) -> dict[str, Any]:
    return {
        "network": post.network.value,
        "id": post.id,
        "url": post.url,
        "created_at": post.created_at.isoformat(),
        "text": post.text,
        "language": post.language,
        "is_reply": post.is_reply,
        "is_repost": post.is_repost,
        "links": list(post.links),
        "hashtags": list(post.hashtags),
        "mentions": list(post.mentions),
        "engagement": post.engagement.as_dict() if post.engagement else None,
        "media": [{"kind": m.kind, "alt": m.alt} for m in post.media],
    }


def post_from_dict(data: Mapping[str, Any]) -> Post:
    created_at = _parse_dt(data.get("created_at"))
    if created_at is None:
        raise ValueError("post without created_at")
    return Post(
        network=Network(data["network"]),
        id=data["id"],
        url=data.get("url", ""),
        created_at=created_at,
        text=data.get("text", ""),
        language=data.get("language"),
        is_reply=bool(data.get("is_reply")),
        is_repost=bool(data.get("is_repost")),
        links=tuple(data.get("links", ())),
        hashtags=tuple(data.get("hashtags", ())),
        mentions=tuple(data.get("mentions", ())),
        engagement=_engagement(data.get("engagement")),
        media=tuple(
            Media(str(m.get("kind", "image")), m.get("alt") if isinstance(m.get("alt"), str) else None)
            for m in data.get("media", ())
            if isinstance(m, Mapping)
        ),
    )


def _engagement(data: Any) -> Engagement | None:
    if not isinstance(data, Mapping):
        return None
    return Engagement(**{k: data.get(k) if isinstance(data.get(k), int) else None for k in _ENGAGEMENT_KEYS})


_ENGAGEMENT_KEYS = ("likes", "reposts", "replies", "quotes")


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "check": finding.check,
        "severity": finding.severity.value,
        "network": finding.network.value if finding.network else None,
        "target": finding.target,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "evidence": finding.evidence,
        "span": list(finding.span) if finding.span else None,
        "replacement": finding.replacement,
        "help_url": finding.help_url,
    }


def finding_from_dict(data: Mapping[str, Any]) -> Finding:
    span = data.get("span")
    return Finding(
        check=data["check"],
        severity=Severity(data["severity"]),
        network=Network(data["network"]) if data.get("network") else None,
        target=data.get("target", ""),
        message=data.get("message", ""),
        suggestion=data.get("suggestion", ""),
        evidence=data.get("evidence", ""),
        span=(int(span[0]), int(span[1])) if span else None,
        replacement=data.get("replacement"),
        help_url=data.get("help_url"),
    )


def outcome_to_dict(outcome: SourceOutcome) -> dict[str, Any]:
    return {
        "network": outcome.network.value,
        "account": outcome.account,
        "status": outcome.status.value,
        "error": outcome.error,
        "profile": profile_to_dict(outcome.profile) if outcome.profile else None,
        "posts": [post_to_dict(p) for p in outcome.posts],
        "fetched_at": _dt(outcome.fetched_at),
        "snapshot_taken_at": _dt(outcome.snapshot_taken_at),
        "skipped": [{"count": k.count, "what": k.what, "reason": k.reason, "total": k.total} for k in outcome.skipped],
        **({"connect_helps": True} if outcome.connect_helps else {}),
    }


def outcome_from_dict(data: Mapping[str, Any]) -> SourceOutcome:
    return SourceOutcome(
        network=Network(data["network"]),
        account=data["account"],
        status=SourceStatus(data["status"]),
        error=data.get("error"),
        profile=profile_from_dict(data["profile"]) if data.get("profile") else None,
        posts=tuple(post_from_dict(p) for p in data.get("posts", [])),
        fetched_at=_parse_dt(data.get("fetched_at")),
        snapshot_taken_at=_parse_dt(data.get("snapshot_taken_at")),
        skipped=tuple(
            SkippedRecords(int(k["count"]), k.get("what", "records"), k.get("reason", ""), k.get("total"))
            for k in data.get("skipped", [])
        ),
        connect_helps=data.get("connect_helps") is True,
    )


def report_to_dict(report: AuditReport) -> dict[str, Any]:
    return {
        "audited_at": report.audited_at.isoformat(),
        "score": report.score,
        "sources": [outcome_to_dict(s) for s in report.sources],
        "findings": [finding_to_dict(f) for f in report.findings],
        "discovered": [suggestion_to_dict(d) for d in report.discovered],
        "score_card": score_card_to_dict(report.score_card) if report.score_card else None,
    }


def deduction_to_dict(deduction: Deduction) -> dict[str, Any]:
    network = deduction.network
    return {
        "check": deduction.check,
        "network": network.value if network else None,
        "target": deduction.target,
        "points": deduction.points,
    }


def score_card_to_dict(card: ScoreCard) -> dict[str, Any]:
    return {
        "overall": card.overall,
        "by_network": [[network.value, score] for network, score in card.by_network],
        "deductions": [deduction_to_dict(d) for d in card.deductions],
    }


def score_card_from_dict(data: Mapping[str, Any]) -> ScoreCard:
    return ScoreCard(
        overall=int(data["overall"]),
        by_network=tuple((Network(n), int(score)) for n, score in data.get("by_network", [])),
        deductions=tuple(
            Deduction(
                d["check"], Network(d["network"]) if d.get("network") else None, d.get("target", ""), int(d["points"])
            )
            for d in data.get("deductions", [])
        ),
    )


def suggestion_to_dict(suggestion: AccountSuggestion) -> dict[str, Any]:
    return {
        "network": suggestion.network.value,
        "handle": suggestion.handle,
        "found_on": suggestion.found_on.value,
        "evidence": suggestion.evidence,
        "verified": suggestion.verified,
    }


def suggestion_from_dict(data: Mapping[str, Any]) -> AccountSuggestion:
    return AccountSuggestion(
        network=Network(data["network"]),
        handle=data["handle"],
        found_on=Network(data["found_on"]),
        evidence=data.get("evidence", ""),
        verified=bool(data.get("verified")),
    )


def report_from_dict(data: Mapping[str, Any]) -> AuditReport:
    audited_at = _parse_dt(data.get("audited_at"))
    if audited_at is None:
        raise ValueError("audit without audited_at")
    return AuditReport(
        audited_at=audited_at,
        score=int(data["score"]) if data.get("score") is not None else None,
        sources=tuple(outcome_from_dict(s) for s in data.get("sources", [])),
        findings=tuple(finding_from_dict(f) for f in data.get("findings", [])),
        discovered=tuple(suggestion_from_dict(d) for d in data.get("discovered", [])),
        score_card=score_card_from_dict(data["score_card"]) if data.get("score_card") else None,
    )
