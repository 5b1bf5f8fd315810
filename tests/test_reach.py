"""Reach and engagement equal the recorded counts, and are null where the network does not say.

The audit runs through the real command line against loopback servers serving recorded answers;
the expected figures are read from the same recordings, never typed in.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from advocacy.domain.models import AccountRef, Network
from advocacy.networks.bluesky.parse import parse_feed_item
from advocacy.networks.github.parse import parse_user
from advocacy.networks.linkedin import export as linkedin_export
from advocacy.networks.x import archive as x_archive
from advocacy.sources.base import FetchContext, FetchLimits
from tests import bluesky_server, mastodon_server
from tests.cassettes import FIXTURES, find, load_cassette
from tests.test_cli import run_cli

WIDE = FetchContext(limits=FetchLimits(max_posts=1000, max_age_days=100_000))


def _audit_json(tmp_path: Path, home: Path, accounts: str, endpoints: str) -> dict[str, Any]:
    profile = tmp_path / "me.toml"
    profile.write_text(f'[me]\nname = "Ada"\n[me.accounts]\n{accounts}\n[endpoints]\n{endpoints}\n', encoding="utf-8")
    result = run_cli("audit", "--profile", str(profile), "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_mastodon_reach_and_engagement_are_the_recorded_counts(
    httpserver: HTTPServer, tmp_path: Path, advocacy_home: Path
) -> None:
    loopback = mastodon_server.install(httpserver)
    report = _audit_json(
        tmp_path, advocacy_home, f'mastodon = "{loopback.handle}"', f'mastodon = "{loopback.base_url}"'
    )
    assert report["schema_version"] == 5
    pagination = load_cassette("mastodon/mastodonpy__test_get_pagination_info.yaml")
    account = find(pagination, "GET", "/verify_credentials")[0].json()
    (reach,) = report["reach"]
    assert reach["network"] == "mastodon"
    assert (reach["followers"], reach["following"], reach["posts_total"]) == (
        account["followers_count"],
        account["following_count"],
        account["statuses_count"],
    )
    recorded = {s["id"]: s for s in find(pagination, "GET", "/statuses")[0].json()}
    recorded |= {s["id"]: s for s in (i.json() for i in find(pagination, "POST", "/api/v1/statuses"))}
    posts = report["posts"]
    assert posts
    for post in posts:
        status = recorded[post["id"]]
        assert post["engagement"] == {
            "likes": status["favourites_count"],
            "reposts": status["reblogs_count"],
            "replies": status["replies_count"],
            "quotes": status.get("quotes_count"),  # absent from this server's answers: null, not 0
        }


def test_bluesky_reach_and_engagement_are_the_recorded_counts(
    httpserver: HTTPServer, tmp_path: Path, advocacy_home: Path
) -> None:
    loopback = bluesky_server.install(httpserver)
    report = _audit_json(
        tmp_path, advocacy_home, f'bluesky = "{bluesky_server.HANDLE}"', f'bluesky = "{loopback.base_url}"'
    )
    profile = bluesky_server.recorded_profile()
    (reach,) = report["reach"]
    assert (reach["followers"], reach["following"], reach["posts_total"]) == (
        profile["followersCount"],
        profile["followsCount"],
        profile["postsCount"],
    )
    view = bluesky_server.recorded_post_view()
    own = [p for p in report["posts"] if not p["is_repost"]]
    assert own and all(
        p["engagement"]
        == {
            "likes": view["likeCount"],
            "reposts": view["repostCount"],
            "replies": view["replyCount"],
            "quotes": view.get("quoteCount"),
        }
        for p in own
    )
    reposts = [p for p in report["posts"] if p["is_repost"]]
    assert reposts and all(p["engagement"] is None for p in reposts)  # someone else's counts


def test_every_recorded_bluesky_feed_item_keeps_its_counts() -> None:
    feed = json.loads((FIXTURES / "bluesky/atprotodart__app.bsky.feed.getListFeed.json").read_text(encoding="utf-8"))
    for item in feed["feed"]:
        post = parse_feed_item(item)
        assert post is not None and post.engagement is not None
        view = item["post"]
        assert post.engagement.likes == view.get("likeCount")
        assert post.engagement.reposts == view.get("repostCount")
        assert post.engagement.replies == view.get("replyCount")
        assert post.engagement.quotes == view.get("quoteCount")


def test_x_archive_counts_likes_and_retweets_and_its_followers(tmp_path: Path) -> None:
    root = tmp_path / "archive" / "data"
    root.mkdir(parents=True)
    for name in ("account", "profile", "tweets", "manifest"):
        shutil.copy(FIXTURES / "x" / f"alrocar__{name}.js", root / f"{name}.js")
    fetched = x_archive.fetch(None, AccountRef(Network.X, str(tmp_path / "archive")), WIDE)  # type: ignore[arg-type]
    # No follower.js in this trimmed archive: the counts its manifest states are used.
    assert (fetched.profile.followers_count, fetched.profile.following_count) == (1333, 80)
    text = (FIXTURES / "x/alrocar__tweets.js").read_text(encoding="utf-8")
    records = {r["tweet"]["id_str"]: r["tweet"] for r in json.loads(text[text.index("=") + 1 :])}
    own = [p for p in fetched.posts if not p.is_repost]
    assert own
    for post in own:
        tweet = records[post.id]
        assert post.engagement is not None
        assert (post.engagement.likes, post.engagement.reposts) == (
            int(tweet["favorite_count"]),
            int(tweet["retweet_count"]),
        )
        assert (post.engagement.replies, post.engagement.quotes) == (None, None)  # not in an archive
    assert all(p.engagement is None for p in fetched.posts if p.is_repost)


def test_github_counts_followers_and_public_repositories() -> None:
    cassette = json.loads((FIXTURES / "github/github3py__GitHub_user.json").read_text(encoding="utf-8"))
    import base64
    import gzip

    body = cassette["http_interactions"][0]["response"]["body"]
    raw = body.get("string") or base64.b64decode(body["base64_string"])
    raw = gzip.decompress(raw) if isinstance(raw, bytes) and raw[:2] == b"\x1f\x8b" else raw
    user = json.loads(raw)
    profile = parse_user(user, host="api.github.com")
    assert (profile.followers_count, profile.following_count, profile.post_count) == (
        user["followers"],
        user["following"],
        user["public_repos"],
    )


def test_linkedin_connections_are_counted_past_the_notes_preamble(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    for name in ("Profile", "Shares"):
        shutil.copy(FIXTURES / "linkedin" / f"apk0703__{name}.csv", export / f"{name}.csv")
    people = [
        f"Person,Number{i},https://www.linkedin.com/in/p{i},,Acme,Engineer,0{i % 9 + 1} Nov 2024" for i in range(7)
    ]
    (export / "Connections.csv").write_text(
        'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are '
        'missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
        + "\n".join(people)
        + "\n",
        encoding="utf-8",
    )
    fetched = linkedin_export.fetch(None, AccountRef(Network.LINKEDIN, str(export)), WIDE)  # type: ignore[arg-type]
    assert fetched.profile.followers_count == 7
    assert fetched.posts and all(p.engagement is None for p in fetched.posts)  # the export has no counts
    (export / "Connections.csv").unlink()
    assert linkedin_export.fetch(None, AccountRef(Network.LINKEDIN, str(export)), WIDE).profile.followers_count is None  # type: ignore[arg-type]


def test_the_html_report_has_a_reach_section_with_dashes_for_the_unknown() -> None:
    from datetime import UTC, datetime

    from advocacy.domain.models import AuditReport, Engagement, Post, Profile, SourceOutcome, SourceStatus
    from advocacy.report_html import render_html

    posts = tuple(
        Post(Network.MASTODON, str(i), f"https://s/{i}", datetime.now(UTC), "hi", engagement=Engagement(i, 0, 0, None))
        for i in (2, 4, 9)
    )
    mastodon = SourceOutcome(
        Network.MASTODON,
        "@sam@s",
        SourceStatus.OK,
        profile=Profile(Network.MASTODON, "sam", followers_count=1200, following_count=80, post_count=431),
        posts=posts,
    )
    linkedin = SourceOutcome(Network.LINKEDIN, "export", SourceStatus.OK, profile=Profile(Network.LINKEDIN, "Sam"))
    html = render_html(AuditReport(datetime.now(UTC), 80, (mastodon, linkedin), ()))
    assert "<h2>Reach</h2>" in html
    assert "<tr><td>Mastodon</td><td>1,200</td><td>80</td><td>431</td><td>4 (3 posts)</td></tr>" in html
    assert "<tr><td>LinkedIn</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>" in html
