"""The real Mastodon fetch code against a loopback server replaying recorded Mastodon responses."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytest_httpserver import HTTPServer

from advocacy.domain.models import AccountRef, Network
from advocacy.errors import MalformedResponse, ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.sources import mastodon
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
from tests import mastodon_server
from tests.mastodon_server import RECORDED_NOW


def _fetch(account: AccountRef, limits: FetchLimits, now: datetime) -> Fetched:
    return mastodon.fetch(HttpClient(), account, FetchContext(limits=limits, now=now))


def _account(loopback: mastodon_server.MastodonLoopback) -> AccountRef:
    return AccountRef(Network.MASTODON, loopback.handle, base_url=loopback.base_url)


def test_fetches_profile_posts_and_instance_limit(httpserver: HTTPServer) -> None:
    loopback = mastodon_server.install(httpserver)
    progress: list[tuple[int, int]] = []
    context = FetchContext(now=RECORDED_NOW, on_progress=lambda done, total: progress.append((done, total)))
    fetched = mastodon.fetch(HttpClient(), _account(loopback), context)
    profile = fetched.profile
    assert profile.network is Network.MASTODON
    assert profile.display_name == "John Lennon"
    assert profile.bio == "I walk funny"
    assert profile.post_length_limit == 500  # configuration.statuses.max_characters from /api/v2/instance
    assert profile.visibility.locked is True
    assert profile.visibility.discoverable is None  # the server sent null: "not opted in", not False
    assert profile.visibility.indexable is True
    assert profile.visibility.noindex is False
    assert profile.avatar_is_default is False
    assert [link.label for link in profile.links] == []  # "toasty." and "no!!!" are not links
    # Page 1 (recorded, 5 posts) then page 2 through Link: rel="next" (the 5 older ones).
    assert loopback.page_requests == 2
    assert [p.text for p in fetched.posts] == [f"Toot number {n}!" for n in range(9, -1, -1)]
    assert all(p.created_at.year == 2026 and not p.is_reply and not p.is_repost for p in fetched.posts)
    assert fetched.posts[0].url.startswith(loopback.base_url)
    assert progress[-1][0] == progress[-1][1]


def test_max_posts_stops_paging(httpserver: HTTPServer) -> None:
    loopback = mastodon_server.install(httpserver)
    fetched = mastodon.fetch(
        HttpClient(), _account(loopback), FetchContext(limits=FetchLimits(max_posts=3), now=RECORDED_NOW)
    )
    assert loopback.page_requests == 1
    assert [p.text for p in fetched.posts] == ["Toot number 9!", "Toot number 8!", "Toot number 7!"]


def test_age_limit_stops_paging_but_keeps_the_newest_posts(httpserver: HTTPServer) -> None:
    loopback = mastodon_server.install(httpserver)
    much_later = RECORDED_NOW + timedelta(days=400)
    fetched = mastodon.fetch(
        HttpClient(), _account(loopback), FetchContext(limits=FetchLimits(max_age_days=90), now=much_later)
    )
    assert loopback.page_requests == 1  # page 1 is already older than the cutoff
    assert fetched.posts[0].text == "Toot number 9!"  # the quiet account still shows its last post


def test_falls_back_to_v1_instance_for_the_limit(httpserver: HTTPServer) -> None:
    loopback = mastodon_server.install(httpserver, instance="v1-only")
    fetched = mastodon.fetch(
        HttpClient(), _account(loopback), FetchContext(limits=FetchLimits(max_posts=1), now=RECORDED_NOW)
    )
    assert fetched.profile.post_length_limit == 5000


def test_missing_instance_settings_do_not_fail_the_fetch(httpserver: HTTPServer) -> None:
    loopback = mastodon_server.install(httpserver, instance="none")
    fetched = mastodon.fetch(
        HttpClient(), _account(loopback), FetchContext(limits=FetchLimits(max_posts=1), now=RECORDED_NOW)
    )
    assert fetched.profile.post_length_limit is None
    assert fetched.profile.display_name == "John Lennon"


def test_unknown_account_is_a_clear_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_json({"error": "Record not found"}, status=404)
    account = AccountRef(Network.MASTODON, "@nobody@example.social", base_url=httpserver.url_for("").rstrip("/"))
    with pytest.raises(ProfileNotFound) as caught:
        _fetch(account, FetchLimits(), RECORDED_NOW)
    assert caught.value.user_message == (
        f"No Mastodon account @nobody@example.social was found on {httpserver.host}:{httpserver.port}."
    )


def test_html_instead_of_json_is_a_clear_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_data(
        "<html><body>Maintenance</body></html>", content_type="text/html"
    )
    account = AccountRef(Network.MASTODON, "@sam@example.social", base_url=httpserver.url_for("").rstrip("/"))
    with pytest.raises(MalformedResponse, match=r"sent a web page instead of the Mastodon account"):
        _fetch(account, FetchLimits(), RECORDED_NOW)


def test_a_server_repeating_the_same_next_page_does_not_loop(httpserver: HTTPServer) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_json(
        {"id": "1", "username": "loop", "acct": "loop", "note": "", "fields": []}
    )
    httpserver.expect_request("/api/v2/instance").respond_with_json({})
    status = {"id": "5", "created_at": "2026-08-01T00:00:00Z", "content": "<p>same</p>"}
    httpserver.expect_request("/api/v1/accounts/1/statuses").respond_with_json(
        [status], headers={"Link": f'<{base}/api/v1/accounts/1/statuses?max_id=5>; rel="next"'}
    )
    account = AccountRef(Network.MASTODON, "@loop@example.social", base_url=base)
    fetched = _fetch(account, FetchLimits(max_posts=100), RECORDED_NOW)
    assert [p.id for p in fetched.posts] == ["5"]
    assert len(httpserver.log) <= 5
