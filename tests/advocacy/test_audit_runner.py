"""The audit pipeline end to end: real sources on loopback, a real store, the real rules."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import checks
from advocacy.audit_runner import AuditServices, run_audit
from advocacy.cancellation import CancelToken
from advocacy.domain import networks
from advocacy.domain.models import Network, SourceStatus
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.errors import Cancelled, NothingToAudit
from advocacy.http_session import HttpPolicy
from advocacy.networks import adapter_for
from advocacy.storage import Store
from checks.staleness import check_last_post
from tests import mastodon_server
from tests.mastodon_server import RECORDED_NOW

# These tests are about the pipeline and the window, not the rules: one rule keeps them stable.
LAST_POST_ONLY = (check_last_post,)

FAST = HttpPolicy(backoff_base_seconds=0.01, max_retries=1, read_timeout=3)


def _config(handle: str, base_url: str, **accounts: str) -> ProfileConfig:
    return ProfileConfig(
        me=Me(name="John", accounts=Accounts(mastodon=handle, **accounts)),
        endpoints=Endpoints(mastodon=base_url),
    )


def _services(tmp_path: Path) -> AuditServices:
    return AuditServices(store=Store(tmp_path / "db.sqlite3"), policy=FAST)


def test_audits_a_mastodon_profile_and_saves_it(httpserver: HTTPServer, tmp_path: Path) -> None:
    loopback = mastodon_server.install(httpserver)
    services = _services(tmp_path)
    later = RECORDED_NOW + timedelta(days=40)
    progress: list[tuple[int, int]] = []
    report = run_audit(
        _config(loopback.handle, loopback.base_url),
        rules=LAST_POST_ONLY,
        scorer=checks.score_card,
        services=services,
        now=later,
        on_progress=lambda d, t: progress.append((d, t)),
    )
    assert [(s.network, s.status) for s in report.sources] == [(Network.MASTODON, SourceStatus.OK)]
    assert len(report.posts) == 10
    assert [f.check for f in report.findings] == ["staleness.last_post"]
    assert report.score == checks.score_findings(report.findings) < 100
    assert services.store is not None and services.store.latest_audit() == report
    assert progress[-1][0] == progress[-1][1]


def test_networks_without_a_reader_are_skipped_with_a_reason(
    httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The table is the seam: a network whose adapter this build lacks is reported, not dropped.
    missing = replace(networks.FACTS[Network.GITHUB], adapter="advocacy.networks.not_in_this_build")
    monkeypatch.setitem(networks.FACTS, Network.GITHUB, missing)
    adapter_for.cache_clear()  # the adapters already loaded are loaded again after the test
    loopback = mastodon_server.install(httpserver)
    config = _config(loopback.handle, loopback.base_url, github="ada")
    report = run_audit(
        config, rules=LAST_POST_ONLY, scorer=checks.score_card, services=_services(tmp_path), now=RECORDED_NOW
    )
    statuses = {s.network: s for s in report.sources}
    assert statuses[Network.MASTODON].status is SourceStatus.OK
    assert statuses[Network.GITHUB].status is SourceStatus.SKIPPED
    assert statuses[Network.GITHUB].error == "Reading GitHub profiles is not supported in this version yet."
    monkeypatch.undo()
    adapter_for.cache_clear()


def test_a_failing_source_keeps_the_last_good_snapshot(httpserver: HTTPServer, tmp_path: Path) -> None:
    loopback = mastodon_server.install(httpserver)
    services = _services(tmp_path)
    config = _config(loopback.handle, loopback.base_url)
    good = run_audit(config, rules=LAST_POST_ONLY, scorer=checks.score_card, services=services, now=RECORDED_NOW)

    httpserver.clear()
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_data("{truncated", status=200)
    later = RECORDED_NOW + timedelta(days=60)
    report = run_audit(config, rules=LAST_POST_ONLY, scorer=checks.score_card, services=services, now=later)
    source = report.sources[0]
    assert source.status is SourceStatus.ERROR
    assert (
        source.error == f"{httpserver.host}:{httpserver.port} sent something that cannot be read as the "
        "Mastodon account."
    )
    assert source.snapshot_taken_at == RECORDED_NOW
    assert source.profile == good.sources[0].profile and source.posts == good.sources[0].posts
    # The rules still judge the old data: 60 days quiet is still worth a finding.
    assert [f.check for f in report.findings] == ["staleness.last_post"]


def test_a_bug_in_a_parser_does_not_sink_the_audit(httpserver: HTTPServer, tmp_path: Path) -> None:
    loopback = mastodon_server.install(httpserver)

    def broken_rule(_audit: object) -> list[object]:
        raise ZeroDivisionError

    report = run_audit(
        _config(loopback.handle, loopback.base_url),
        rules=(broken_rule, *LAST_POST_ONLY),  # type: ignore[arg-type]
        scorer=checks.score_card,
        services=_services(tmp_path),
        now=RECORDED_NOW + timedelta(days=40),
    )
    # The broken rule costs its own findings only, and the report says a check is missing.
    assert [f.check for f in report.findings] == ["notice.check_failed", "staleness.last_post"]
    assert "(broken rule) could not run" in report.findings[0].message


def test_dismissed_findings_stay_dismissed(httpserver: HTTPServer, tmp_path: Path) -> None:
    loopback = mastodon_server.install(httpserver)
    services = _services(tmp_path)
    config = _config(loopback.handle, loopback.base_url)
    later = RECORDED_NOW + timedelta(days=40)
    first = run_audit(config, rules=LAST_POST_ONLY, scorer=checks.score_card, services=services, now=later)
    finding = first.findings[0]
    assert services.store is not None
    services.store.dismiss(finding)
    second = run_audit(config, rules=LAST_POST_ONLY, scorer=checks.score_card, services=services, now=later)
    assert second.findings == () and second.score == 100


def test_cancel_stops_the_audit_and_saves_nothing(httpserver: HTTPServer, tmp_path: Path) -> None:
    gate = threading.Event()

    def slow_lookup(_request: Request) -> Response:
        gate.wait(5)
        return Response('{"id": "1", "username": "a", "acct": "a"}', content_type="application/json")

    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_handler(slow_lookup)
    services = _services(tmp_path)
    token = CancelToken()
    threading.Timer(0.2, token.cancel).start()
    threading.Timer(0.4, gate.set).start()
    with pytest.raises(Cancelled):
        run_audit(
            _config("@a@example.social", httpserver.url_for("").rstrip("/")),
            rules=LAST_POST_ONLY,
            scorer=checks.score_card,
            services=services,
            now=RECORDED_NOW,
            cancel=token,
        )
    assert services.store is not None and services.store.latest_audit() is None


def test_no_accounts_is_not_an_empty_all_clear(tmp_path: Path) -> None:
    services = _services(tmp_path)
    with pytest.raises(NothingToAudit, match="names no account"):
        run_audit(ProfileConfig(), rules=LAST_POST_ONLY, scorer=checks.score_card, services=services, now=RECORDED_NOW)
    assert services.store is not None and services.store.history() == []  # nothing saved as if audited
