"""The opt-in live link check against a loopback server, and the rule that reads its results."""

from __future__ import annotations

from dataclasses import replace

from pytest_httpserver import HTTPServer
from werkzeug import Response

import checks
from advocacy.audit_runner import run_rules
from advocacy.cancellation import CancelToken
from advocacy.domain.models import Link, LinkState, LinkStatus, Network
from advocacy.http_session import HostLimiter, HttpPolicy, make_session
from advocacy.link_check import check_links
from tests.checks.profiles import PROFILES, well_kept


def _check(urls: list[str]) -> dict[str, LinkStatus]:
    statuses = check_links(
        urls,
        session_factory=make_session,
        policy=HttpPolicy(read_timeout=2),
        limiter=HostLimiter(),
        cancel=CancelToken(),
    )
    return {s.url: s for s in statuses}


def test_live_check_classifies_links(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ok", method="HEAD").respond_with_data("")
    httpserver.expect_request("/gone", method="HEAD").respond_with_data("", status=410)
    httpserver.expect_request("/moved", method="HEAD").respond_with_response(
        Response(status=301, headers={"Location": "/new-home"})
    )
    httpserver.expect_request("/no-head", method="HEAD").respond_with_data("", status=405)
    httpserver.expect_request("/no-head", method="GET").respond_with_data("fine")
    urls = [httpserver.url_for(p) for p in ("/ok", "/gone", "/moved", "/no-head")] + ["http://127.0.0.1:9/x"]
    found = _check(urls)
    assert found[urls[0]].state is LinkState.OK
    assert found[urls[1]].state is LinkState.DEAD
    moved = found[urls[2]]
    assert moved.state is LinkState.REDIRECTED and moved.location == httpserver.url_for("/new-home")
    assert found[urls[3]].state is LinkState.OK  # GET after a refused HEAD
    assert found[urls[4]].state is LinkState.UNREACHABLE


def test_rule_reports_dead_and_redirected_links() -> None:
    bio_links = (Link("https://old.example/blog", "Blog"), Link("https://moved.example/", "Site"))
    audit = well_kept(mastodon=replace(PROFILES[Network.MASTODON], links=bio_links))
    audit = replace(
        audit,
        links=(
            LinkStatus("https://old.example/blog", LinkState.DEAD, 404),
            LinkStatus("https://moved.example/", LinkState.REDIRECTED, 301, "https://new.example/"),
        ),
    )
    found = {f.check: f for f in run_rules(audit, checks.default_rules())}
    assert found["staleness.dead_link"].evidence == "Blog: https://old.example/blog (nothing there)"
    assert found["staleness.redirected_link"].replacement == "https://new.example/"
    assert "staleness.dead_link" not in {f.check for f in run_rules(well_kept(), checks.default_rules())}


def test_a_link_whose_server_does_not_answer_is_a_notice_not_a_broken_link() -> None:
    from datetime import UTC, datetime

    from advocacy.domain.audit_input import AuditInput
    from advocacy.domain.models import Link, LinkState, LinkStatus, Network, Profile, SourceOutcome, SourceStatus
    from advocacy.domain.profile import ProfileConfig
    from checks.scoring import score_card
    from checks.staleness import check_links

    profile = Profile(Network.GITHUB, "ada", links=(Link("https://bsky.app/profile/ada.example", "Bluesky"),))
    outcome = SourceOutcome(Network.GITHUB, "ada", SourceStatus.OK, profile=profile)
    status = LinkStatus("https://bsky.app/profile/ada.example", LinkState.UNREACHABLE, detail="could not be reached")
    audit = AuditInput(ProfileConfig(), (outcome,), datetime.now(UTC), links=(status,))
    (finding,) = check_links(audit)
    assert finding.check == "notice.links_unchecked" and "could not be checked" in finding.message
    assert score_card([finding], [Network.GITHUB]).overall == 100
