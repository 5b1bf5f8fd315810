"""The real Mastodon fetch code against a loopback server replaying recorded Mastodon responses."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from advocacy.domain.models import AccountRef, Network
from advocacy.errors import FetchError, MalformedResponse, ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.networks.mastodon import source as mastodon
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


SHARED = Path(__file__).resolve().parents[1] / "fixtures" / "mastodon"


def test_a_pleroma_server_through_the_real_fetch(httpserver: HTTPServer) -> None:
    """Recorded Pleroma answers: the timeline's statuses, their account, the Pleroma instance."""
    timeline = json.loads((SHARED / "pleromafe__mastoapi.json").read_text(encoding="utf-8"))
    account = timeline[0]["account"]
    instance = json.loads((SHARED / "tootsdk__instancev2_pleroma.json").read_text(encoding="utf-8"))
    # An older server without /accounts/lookup: the account is found through search.
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_data("Not Found", status=404)
    httpserver.expect_request("/api/v1/accounts/search").respond_with_json([account])
    httpserver.expect_request("/api/v2/instance").respond_with_json(instance)
    httpserver.expect_request(f"/api/v1/accounts/{account['id']}/statuses").respond_with_json(timeline)
    ref = AccountRef(
        Network.MASTODON, f"@{account['acct']}@shigusegubu.club", base_url=httpserver.url_for("").rstrip("/")
    )
    fetched = _fetch(ref, FetchLimits(max_posts=100, max_age_days=36500), datetime(2019, 1, 18, tzinfo=UTC))
    assert fetched.profile.handle == f"@{account['acct']}@shigusegubu.club"
    assert fetched.profile.post_length_limit == 5000
    assert len(fetched.posts) == 20 and fetched.skipped == ()
    assert sum(p.is_repost for p in fetched.posts) == 5


def test_unreadable_statuses_are_counted(httpserver: HTTPServer) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_json(
        {"id": 7, "username": "ada", "acct": "ada", "note": "", "fields": []}  # a numeric id
    )
    httpserver.expect_request("/api/v2/instance").respond_with_json({"max_toot_chars": "5000"})
    statuses = [
        {"id": "01HZX0", "created_at": "2024-05-01T10:00:00.123456Z", "content": "", "text": "plain <b>text</b>"},
        {"id": "01HZX1", "created_at": "not a date", "content": "<p>x</p>"},
        {"created_at": "2024-05-01T10:00:00Z", "content": "<p>no id</p>"},
        "junk",
    ]
    httpserver.expect_request("/api/v1/accounts/7/statuses").respond_with_json(statuses)
    fetched = _fetch(AccountRef(Network.MASTODON, "@ada@gts.example", base_url=base), FetchLimits(), RECORDED_NOW)
    assert [(p.id, p.text) for p in fetched.posts] == [("01HZX0", "plain <b>text</b>")]
    assert fetched.profile.post_length_limit == 5000
    assert sorted(s.sentence() for s in fetched.skipped) == [
        "1 of 4 posts had no date we could read.",
        "1 of 4 posts had no id.",
        "1 of 4 posts were not posts (unexpected data from the server).",
    ]


def test_servers_that_show_accounts_only_to_logged_in_users_say_so(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_json({"error": "Unauthorized"}, status=401)
    account = AccountRef(Network.MASTODON, "@ada@gts.example", base_url=httpserver.url_for("").rstrip("/"))
    with pytest.raises(FetchError, match="shows accounts only to logged-in users") as caught:
        _fetch(account, FetchLimits(), RECORDED_NOW)
    assert "\n" not in caught.value.user_message


def test_posts_shown_only_to_logged_in_users_are_counted_not_zero(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_json(
        {"id": "01ABC", "username": "ada", "acct": "ada", "statuses_count": 42, "fields": []}
    )
    httpserver.expect_request("/api/v2/instance").respond_with_json({})
    httpserver.expect_request("/api/v1/accounts/01ABC/statuses").respond_with_json({"error": "nope"}, status=401)
    account = AccountRef(Network.MASTODON, "@ada@gts.example", base_url=httpserver.url_for("").rstrip("/"))
    fetched = _fetch(account, FetchLimits(), RECORDED_NOW)
    assert fetched.posts == ()
    assert [s.sentence() for s in fetched.skipped] == [
        f"42 of 42 posts could not be read: {httpserver.host}:{httpserver.port} shows posts only to logged-in users."
    ]


def test_pages_without_a_link_header_continue_by_max_id(httpserver: HTTPServer) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_json({"id": "1", "acct": "ada"})
    httpserver.expect_request("/api/v2/instance").respond_with_json({})
    statuses = [
        {"id": f"A{n:03d}", "created_at": f"2026-07-{n:02d}T00:00:00Z", "content": f"<p>{n}</p>"}
        for n in range(9, 0, -1)
    ]
    asked: list[str | None] = []

    def page(request: Request) -> Response:
        max_id = request.args.get("max_id")
        asked.append(max_id)
        older = [s for s in statuses if max_id is None or s["id"] < max_id]
        return Response(json.dumps(older[: int(request.args["limit"])]), content_type="application/json")

    httpserver.expect_request("/api/v1/accounts/1/statuses").respond_with_handler(page)
    fetched = _fetch(
        AccountRef(Network.MASTODON, "@ada@x.example", base_url=base), FetchLimits(max_posts=5), RECORDED_NOW
    )
    assert [p.id for p in fetched.posts] == ["A009", "A008", "A007", "A006", "A005"]
    assert asked == [None]  # one full page was enough
    fetched = _fetch(
        AccountRef(Network.MASTODON, "@ada@x.example", base_url=base), FetchLimits(max_posts=100), RECORDED_NOW
    )
    assert len(fetched.posts) == 9 and asked[1:] == [None]  # a short page is the last one


def test_a_full_page_without_a_link_header_asks_for_older_posts(httpserver: HTTPServer) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_json({"id": "1", "acct": "ada"})
    httpserver.expect_request("/api/v2/instance").respond_with_json({})
    statuses = [
        {"id": f"A{n:03d}", "created_at": f"2026-07-{1 + n % 28:02d}T00:00:00Z", "content": f"<p>{n}</p>"}
        for n in range(80, 0, -1)
    ]
    asked: list[str | None] = []

    def page(request: Request) -> Response:
        max_id = request.args.get("max_id")
        asked.append(max_id)
        older = [s for s in statuses if max_id is None or s["id"] < max_id]
        return Response(json.dumps(older[: int(request.args["limit"])]), content_type="application/json")

    httpserver.expect_request("/api/v1/accounts/1/statuses").respond_with_handler(page)
    fetched = _fetch(
        AccountRef(Network.MASTODON, "@ada@x.example", base_url=base),
        FetchLimits(max_posts=60, max_age_days=36500),
        RECORDED_NOW,
    )
    assert asked == [None, "A041"] and len(fetched.posts) == 60
