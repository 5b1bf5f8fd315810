"""Reach over audits: each audit keeps its followers and median interactions per network, audits
saved before that was kept are filled in from their reports, and the charts draw only what a
network said (never an unknown as 0)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from advocacy.domain.models import AuditReport, Engagement, Network, Post, Profile, SourceOutcome, SourceStatus
from advocacy.domain.reach import reach_of
from advocacy.storage import Store
from ui.panels.dashboard_charts import reach_points

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)


def _post(n: int, likes: int | None, reposts: int | None, *, reply: bool = False) -> Post:
    engagement = None if likes is None and reposts is None else Engagement(likes=likes, reposts=reposts)
    return Post(
        Network.MASTODON, str(n), f"https://example.social/{n}", NOW, "hi", is_reply=reply, engagement=engagement
    )


def _report(followers: int | None, posts: tuple[Post, ...], when: datetime = NOW) -> AuditReport:
    mastodon = SourceOutcome(
        Network.MASTODON,
        "@me@example.social",
        SourceStatus.OK,
        profile=Profile(Network.MASTODON, "@me@example.social", followers_count=followers),
        posts=posts,
    )
    linkedin = SourceOutcome(Network.LINKEDIN, "export", SourceStatus.OK, profile=Profile(Network.LINKEDIN, "me"))
    return AuditReport(when, 80, (mastodon, linkedin), ())


def test_reach_is_the_median_of_original_posts_with_figures_and_none_where_unknown() -> None:
    posts = (_post(1, 4, 1), _post(2, 10, 0), _post(3, 2, None), _post(4, None, None), _post(5, 99, 99, reply=True))
    mastodon, linkedin = reach_of(_report(120, posts))
    assert (mastodon.followers, mastodon.median_engagement, mastodon.posts_with_figures) == (120, 5.0, 3)
    assert (linkedin.followers, linkedin.median_engagement, linkedin.posts_with_figures) == (None, None, 0)


def test_the_history_carries_reach_and_fills_in_audits_saved_before(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    store.save_audit(_report(100, (_post(1, 3, 0),), NOW - timedelta(days=14)))
    store.save_audit(_report(None, (), NOW - timedelta(days=7)))  # the server hid its counts that time
    store.save_audit(_report(130, (_post(2, 8, 1),), NOW))
    with sqlite3.connect(tmp_path / "a.sqlite3") as connection:  # as an audit saved before reach was kept
        connection.execute("UPDATE audits SET reach = NULL WHERE id = 1")
    history = store.history()
    assert [a.reach[0].followers for a in history] == [130, None, 100]  # newest first
    with sqlite3.connect(tmp_path / "a.sqlite3") as connection:
        (kept,) = connection.execute("SELECT reach FROM audits WHERE id = 1").fetchone()
    assert json.loads(kept)[0]["followers"] == 100  # filled in once, from the report
    followers = reach_points(history, followers=True)
    assert followers == {Network.MASTODON: [(1, 100.0), (3, 130.0)]}  # no point for the audit that did not say
    assert reach_points(history, followers=False) == {Network.MASTODON: [(1, 3.0), (3, 9.0)]}


def test_a_damaged_reach_figure_is_a_gap_not_a_failed_history(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    store.save_audit(_report(100, ()))
    with sqlite3.connect(tmp_path / "a.sqlite3") as connection:
        connection.execute("UPDATE audits SET reach = '{not json'")
    (summary,) = store.history()
    assert summary.reach == () and summary.score == 80
