"""staleness.last_post: a pure function of the input and an explicit clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Network, Post, Profile, Severity, SourceOutcome, SourceStatus
from advocacy.domain.profile import Company, ProfileConfig, Thresholds
from checks.scoring import score_findings
from checks.staleness import check_last_post

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _post(days_ago: int, *, pid: str, reply: bool = False, repost: bool = False) -> Post:
    return Post(
        network=Network.MASTODON,
        id=pid,
        url=f"https://x/{pid}",
        created_at=NOW - timedelta(days=days_ago),
        text=f"post {pid} " + "word " * 40,
        is_reply=reply,
        is_repost=repost,
    )


def _input(*posts: Post, last_post_at: datetime | None = None, thresholds: Thresholds | None = None) -> AuditInput:
    profile = Profile(network=Network.MASTODON, handle="@a@x", last_post_at=last_post_at)
    outcome = SourceOutcome(
        network=Network.MASTODON, account="@a@x", status=SourceStatus.OK, profile=profile, posts=posts
    )
    config = ProfileConfig(company=Company(name="Acme"), thresholds=thresholds or Thresholds())
    return AuditInput(config=config, outcomes=(outcome,), now=NOW)


def test_recent_original_post_gives_no_finding() -> None:
    assert check_last_post(_input(_post(3, pid="1"))) == []


def test_warning_then_error_by_threshold() -> None:
    warning = check_last_post(_input(_post(45, pid="1")))
    assert [(f.check, f.severity, f.target) for f in warning] == [("staleness.last_post", Severity.WARNING, "post:1")]
    assert warning[0].message == "Your last original Mastodon post was 45 days ago."
    assert "Acme" in warning[0].suggestion
    assert warning[0].evidence.startswith(f"Last original post: {(NOW - timedelta(days=45)):%Y-%m-%d} — “post 1")
    assert warning[0].evidence.endswith("…”")  # long posts are shortened
    error = check_last_post(_input(_post(120, pid="1")))
    assert error[0].severity is Severity.ERROR


def test_replies_and_reposts_do_not_count_as_posting() -> None:
    findings = check_last_post(
        _input(_post(1, pid="r", reply=True), _post(2, pid="b", repost=True), _post(50, pid="o"))
    )
    assert findings[0].target == "post:o" and "50 days" in findings[0].message


def test_only_replies_fetched_is_reported_as_no_original_posts() -> None:
    findings = check_last_post(_input(_post(1, pid="r", reply=True)))
    assert findings[0].message == "No original public posts found on Mastodon."
    assert "1 recent posts read, all replies or reposts" in findings[0].evidence


def test_falls_back_to_the_networks_own_date_when_no_posts_were_read() -> None:
    findings = check_last_post(_input(last_post_at=NOW - timedelta(days=100)))
    assert findings[0].severity is Severity.ERROR and findings[0].target == "profile"


def test_thresholds_come_from_the_profile_file() -> None:
    strict = Thresholds(last_post_warning_days=7, last_post_error_days=14)
    assert check_last_post(_input(_post(10, pid="1"), thresholds=strict))[0].severity is Severity.WARNING
    assert check_last_post(_input(_post(10, pid="1"))) == []


def test_failed_sources_without_snapshot_are_not_judged() -> None:
    outcome = SourceOutcome(network=Network.MASTODON, account="@a@x", status=SourceStatus.ERROR, error="down")
    assert check_last_post(AuditInput(config=ProfileConfig(), outcomes=(outcome,), now=NOW)) == []


def test_score_drops_with_severity() -> None:
    warning = check_last_post(_input(_post(45, pid="1")))
    error = check_last_post(_input(_post(120, pid="1")))
    assert score_findings([]) == 100
    assert 100 > score_findings(warning) > score_findings(error) >= 0
    # One check repeated on one network costs at most three times: 100 - 3 x 15.
    assert score_findings(error * 50) == 55
