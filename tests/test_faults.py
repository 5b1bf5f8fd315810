"""Network faults: each gives one clear sentence, the other sources complete, the last good data stays."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from advocacy.audit_runner import AuditServices, run_audit
from advocacy.domain.models import Network, SourceStatus
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.http_session import HttpPolicy
from advocacy.storage import Store
from checks.scoring import score_card
from checks.staleness import check_last_post
from tests import mastodon_server
from tests.advocacy.test_linkedin_export import _export_folder
from tests.fault_server import raw_fault_server
from tests.mastodon_server import RECORDED_NOW
from tests.test_cli import run_cli

HANDLE = f"@{mastodon_server.USERNAME}@localhost"
POLICY = HttpPolicy(
    connect_timeout=1,
    read_timeout=1,
    max_retries=1,
    backoff_base_seconds=0.01,
    max_wait_seconds=5,
    max_body_bytes=100_000,
    max_response_seconds=2,
)

Install = Callable[[HTTPServer], None]


def _slow(_request: Request) -> Response:
    time.sleep(2)
    return Response("{}", content_type="application/json")


def _redirect_loop(server: HTTPServer) -> None:
    server.expect_request("/api/v1/accounts/lookup").respond_with_response(
        Response(status=302, headers={"Location": "/loop"})
    )
    server.expect_request("/loop").respond_with_response(
        Response(status=302, headers={"Location": "/api/v1/accounts/lookup"})
    )


HTTP_FAULTS: dict[str, Install] = {
    "read timeout": lambda s: s.expect_request("/api/v1/accounts/lookup").respond_with_handler(_slow),
    "429 with a long Retry-After": lambda s: s.expect_request("/api/v1/accounts/lookup").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "3600"})
    ),
    "500": lambda s: s.expect_request("/api/v1/accounts/lookup").respond_with_data("boom", status=500),
    "503": lambda s: s.expect_request("/api/v1/accounts/lookup").respond_with_data("busy", status=503),
    "truncated JSON": lambda s: s.expect_request("/api/v1/accounts/lookup").respond_with_data(
        '{"id": "1", "username": "mastodonpy_te', content_type="application/json"
    ),
    "HTML where JSON was expected": lambda s: s.expect_request("/api/v1/accounts/lookup").respond_with_data(
        "<html><body><h1>We'll be back soon</h1></body></html>", content_type="text/html"
    ),
    "body far over the cap": lambda s: s.expect_request("/api/v1/accounts/lookup").respond_with_data(
        "[" + "0," * 200_000 + "0]", content_type="application/json"
    ),
    "redirect loop": _redirect_loop,
}
RAW_FAULTS = {"connection reset": "reset", "slow drip": "drip", "body cut short": "truncated", "no answer": "silent"}


def _config(mastodon_base: str, linkedin: Path) -> ProfileConfig:
    return ProfileConfig(
        me=Me(name="John", accounts=Accounts(mastodon=HANDLE, linkedin_export=str(linkedin))),
        endpoints=Endpoints(mastodon=mastodon_base),
    )


@pytest.fixture
def store_with_good_snapshot(httpserver: HTTPServer, tmp_path: Path) -> Iterator[tuple[Store, Path]]:
    """A store whose last audit read the (recorded) Mastodon account successfully."""
    mastodon_server.install(httpserver)
    store = Store(tmp_path / "db.sqlite3")
    linkedin = _export_folder(tmp_path / "li")
    good = run_audit(
        _config(httpserver.url_for("").rstrip("/"), linkedin),
        rules=(check_last_post,),
        scorer=score_card,
        services=AuditServices(store=store, policy=POLICY),
        now=RECORDED_NOW,
    )
    assert all(s.status is SourceStatus.OK for s in good.sources)
    httpserver.clear()
    yield store, linkedin


@contextmanager
def _fault(name: str, server: HTTPServer) -> Iterator[str]:
    if name in RAW_FAULTS:
        with raw_fault_server(RAW_FAULTS[name]) as base:
            yield base
    else:
        HTTP_FAULTS[name](server)
        with nullcontext():
            yield server.url_for("").rstrip("/")


@pytest.mark.parametrize("fault", [*HTTP_FAULTS, *RAW_FAULTS])
def test_fault_is_one_sentence_others_complete_last_good_data_stays(
    fault: str, httpserver: HTTPServer, store_with_good_snapshot: tuple[Store, Path]
) -> None:
    store, linkedin = store_with_good_snapshot
    snapshot_before = store.load_snapshot(Network.MASTODON, HANDLE)
    with _fault(fault, httpserver) as base:
        started = time.monotonic()
        report = run_audit(
            _config(base, linkedin),
            rules=(check_last_post,),
            scorer=score_card,
            services=AuditServices(store=store, policy=POLICY),
            now=RECORDED_NOW,
        )
        elapsed = time.monotonic() - started
    sources = {s.network: s for s in report.sources}
    mastodon = sources[Network.MASTODON]
    assert mastodon.status is SourceStatus.ERROR
    assert mastodon.error and mastodon.error.endswith(".") and "\n" not in mastodon.error
    assert not any(word in mastodon.error for word in ("Traceback", "Exception", "Error(", "urllib3", "requests."))
    assert sources[Network.LINKEDIN].status is SourceStatus.OK  # the other source completed
    assert mastodon.profile is not None and mastodon.snapshot_taken_at == RECORDED_NOW  # shown, marked as old
    assert store.load_snapshot(Network.MASTODON, HANDLE) == snapshot_before  # the last good data stays
    assert elapsed < 15, f"{fault} took {elapsed:.1f} s"
    print(f"{fault}: {mastodon.error}")


@pytest.mark.parametrize("fault", ["500", "HTML where JSON was expected", "redirect loop"])
def test_no_traceback_reaches_the_command_line(
    fault: str, httpserver: HTTPServer, tmp_path: Path, advocacy_home: Path
) -> None:
    HTTP_FAULTS[fault](httpserver)
    profile = tmp_path / "me.toml"
    profile.write_text(
        f'[me.accounts]\nmastodon = "{HANDLE}"\n[endpoints]\nmastodon = "{httpserver.url_for("").rstrip("/")}"\n',
        encoding="utf-8",
    )
    result = run_cli("audit", "--profile", str(profile), "--format", "json", home=advocacy_home)
    # The only source failed: nothing was audited (exit 1, no score), yet no traceback and no stderr noise.
    assert result.returncode == 1 and "Traceback" not in result.stderr and result.stderr == ""
    assert json.loads(result.stdout)["score"] is None
    source = json.loads(result.stdout)["sources"][0]
    assert source["status"] == "error" and source["error"].endswith(".")
