"""GitHub: parsing recorded API output, and the real fetch code against a loopback API."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from advocacy.domain.models import AccountRef, Network
from advocacy.domain.profile import Company, CompanyAccounts
from advocacy.errors import ProfileNotFound, RateLimited
from advocacy.http_cache import SqliteHttpCache
from advocacy.http_session import HttpClient
from advocacy.networks.github import source as github
from advocacy.networks.github.parse import normalise_url, parse_event, parse_user
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
from tests import github_server
from tests.github_server import LOGIN, betamax_bodies, recorded_user

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
ACME = Company(name="Acme", accounts=CompanyAccounts(github="acme"))


def _fetch(
    server: HTTPServer,
    *,
    token: str | None = None,
    client: HttpClient | None = None,
    company: Company = ACME,
    login: str = LOGIN,
) -> Fetched:
    account = AccountRef(Network.GITHUB, login, base_url=server.url_for("").rstrip("/"))
    context = FetchContext(limits=FetchLimits(), now=NOW, company=company, token=token)
    return github.fetch(client or HttpClient(), account, context)


def test_recorded_user_parses() -> None:
    profile = parse_user(recorded_user(), host="api.github.com")
    assert profile.network is Network.GITHUB and profile.handle == "jacquev6"
    assert profile.display_name == recorded_user()["name"]
    assert profile.url == "https://github.com/jacquev6"
    assert profile.updated_at is not None and profile.created_at is not None
    assert profile.employer == (recorded_user()["company"] or "").strip()


def test_2014_recording_parses_too() -> None:
    import json

    user = json.loads(betamax_bodies("github3py__GitHub_user.json")["https://api.github.com/users/sigmavirus24"])
    profile = parse_user(user, host="api.github.com")
    assert profile.handle == "sigmavirus24"
    assert profile.links and profile.links[0].label == "Website"


def test_blog_field_without_scheme() -> None:
    assert normalise_url("example.com/me") == "https://example.com/me"
    assert normalise_url(" http://x.example ") == "http://x.example"
    assert normalise_url("") == ""


def test_event_kinds() -> None:
    star = parse_event({"id": "1", "type": "WatchEvent", "created_at": "2026-01-01T00:00:00Z", "repo": {"name": "a/b"}})
    assert star is not None and star.is_repost and star.text == "" and star.url == "https://github.com/a/b"
    comment = parse_event(
        {
            "id": "2",
            "type": "IssueCommentEvent",
            "created_at": "2026-01-01T00:00:00Z",
            "payload": {"comment": {"body": "LGTM", "html_url": "https://github.com/a/b#1"}},
        }
    )
    assert comment is not None and comment.is_reply and comment.text == "LGTM"
    assert parse_event({"id": "3", "type": "PushEvent"}) is None  # no date: skipped, not fatal


def test_fetches_profile_orgs_social_and_events(httpserver: HTTPServer) -> None:
    loopback = github_server.install(httpserver, member_public=False)
    fetched = _fetch(httpserver)
    profile = fetched.profile
    assert profile.handle == LOGIN
    assert ("Mastodon", "https://fosstodon.org/@jacquev6") in [(k.label, k.url) for k in profile.links]
    assert profile.visibility.company_org_member_public is False
    assert [p.id for p in fetched.posts] == ["5", "4", "3", "2", "1"]  # two pages
    originals = [p for p in fetched.posts if p.is_original]
    assert [p.text for p in originals][:2] == [
        "Fix pagination when the last page is empty",
        "Support GitHub Enterprise\n\nIt would help us.",
    ]
    assert loopback.authorizations == [None]  # anonymous without a token


def test_public_membership_and_token(httpserver: HTTPServer) -> None:
    loopback = github_server.install(httpserver, member_public=True)
    fetched = _fetch(httpserver, token="ghp_test_token_value")
    assert fetched.profile.visibility.company_org_member_public is True
    assert loopback.authorizations == ["Bearer ghp_test_token_value"]


def test_membership_found_in_the_public_org_list(httpserver: HTTPServer) -> None:
    github_server.install(httpserver, company_org="yaml")  # "yaml" is in the recorded org list
    fetched = _fetch(httpserver, company=Company(accounts=CompanyAccounts(github="YAML")))
    assert fetched.profile.visibility.company_org_member_public is True


def test_no_company_org_means_unknown(httpserver: HTTPServer) -> None:
    github_server.install(httpserver)
    assert _fetch(httpserver, company=Company()).profile.visibility.company_org_member_public is None


def test_re_audit_uses_conditional_requests(httpserver: HTTPServer, tmp_path: Path) -> None:
    loopback = github_server.install(httpserver)
    cache = SqliteHttpCache(tmp_path / "cache.sqlite3")
    first = _fetch(httpserver, client=HttpClient(cache=cache))
    second_client = HttpClient(cache=cache)
    second = _fetch(httpserver, client=second_client)
    assert loopback.conditional_hits == 1 and second_client.not_modified >= 1
    assert second.profile == first.profile


def test_unknown_user_and_rate_limit(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/users/ghost").respond_with_json({"message": "Not Found"}, status=404)
    with pytest.raises(ProfileNotFound, match="No GitHub user ghost was found"):
        _fetch(httpserver, login="ghost")
    httpserver.expect_request("/users/busy").respond_with_json(
        {"message": "API rate limit exceeded"},
        status=403,
        headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(NOW.timestamp()) + 600)},
    )
    with pytest.raises(RateLimited, match="this limit is far higher"):
        _fetch(httpserver, login="busy")


def test_unreadable_events_are_counted() -> None:
    from advocacy.networks.github.parse import read_events

    events = [
        {"id": "1", "type": "WatchEvent", "created_at": "2026-01-01T00:00:00Z", "repo": {"name": "a/b"}},
        {"id": 2, "type": "PushEvent", "created_at": "2026-01-02 10:00:00 +0000", "payload": {}},  # numeric id
        {"id": "3", "type": "PushEvent", "created_at": "whenever"},
        {"type": "PushEvent", "created_at": "2026-01-01T00:00:00Z"},
        ["junk"],
    ]
    posts, skips = read_events(events, host="h")
    assert [p.id for p in posts] == ["1", "2"]
    assert posts[1].created_at == datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
    assert [s.sentence() for s in skips.records(total=5)] == [
        "1 of 5 events had no date we could read.",
        "1 of 5 events had no id.",
        "1 of 5 events were not events we could read.",
    ]


def test_enterprise_events_link_to_the_enterprise_server_not_github_com() -> None:
    from advocacy.networks.github.parse import read_events, web_base_for

    assert web_base_for("api.github.com") == "https://github.com"
    assert web_base_for("ghe.example.com") == "https://ghe.example.com"
    event = {"id": "1", "type": "PushEvent", "created_at": "2026-11-01T10:00:00Z", "repo": {"name": "acme/w"}}
    (post,), _ = read_events([event], host="ghe.example.com")
    assert post.url == "https://ghe.example.com/acme/w"


def test_a_later_page_that_fails_costs_that_page_only(httpserver: HTTPServer) -> None:
    import json
    from datetime import UTC, datetime

    from advocacy.domain.models import AccountRef, Network
    from advocacy.http_session import HttpClient
    from advocacy.networks.github import source as github
    from advocacy.sources.base import FetchContext

    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    event = {"id": "1", "type": "CreateEvent", "created_at": now, "repo": {"name": "ada/x"}, "payload": {}}
    httpserver.expect_request("/users/ada").respond_with_json({"login": "ada"})
    httpserver.expect_request("/users/ada/orgs").respond_with_json([])
    httpserver.expect_request("/users/ada/social_accounts").respond_with_json([])
    httpserver.expect_request("/users/ada/events/public").respond_with_data(
        json.dumps([event]),
        content_type="application/json",
        headers={"Link": f'<{httpserver.url_for("/gone")}>; rel="next"'},
    )
    httpserver.expect_request("/gone").respond_with_data("{}", status=404)
    fetched = github.fetch(HttpClient(), AccountRef(Network.GITHUB, "ada", httpserver.url_for("")), FetchContext())
    assert fetched.profile.handle == "ada" and [p.id for p in fetched.posts] == ["1"]
    (record,) = [r for r in fetched.skipped if r.what == "later page of public activity"]
    assert "has nothing at the address" in record.reason and record.sentence().endswith("the rest was kept.")
