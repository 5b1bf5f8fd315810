"""Connect… for Bluesky (an app password) and GitHub (a read-only token), tested on loopback servers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from advocacy.connection import ConnectRefused
from advocacy.credentials import CredentialStore, service_name
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.errors import ConnectionLost
from advocacy.workspace import Workspace
from tests import github_server
from tests.cassettes import FIXTURES
from tests.keyring_memory import MemoryKeyring

SESSION: dict[str, Any] = json.loads(
    (FIXTURES / "bluesky/atprotodart__com.atproto.server.createSession.json").read_text()
)
BLUESKY = "shinyakato.dev"  # the recorded session's handle
APP_PASSWORD = "abcd-efgh-ijkl-mn23"


def _workspace(**endpoints: str) -> Workspace:
    config = ProfileConfig(
        me=Me(accounts=Accounts(bluesky=BLUESKY, github=github_server.LOGIN)), endpoints=Endpoints(**endpoints)
    )
    return Workspace.open(config, is_sample=False, credentials=CredentialStore())


def _pds(httpserver: HTTPServer) -> list[dict[str, Any]]:
    logins: list[dict[str, Any]] = []

    def create_session(request: Request) -> Response:
        body = request.get_json()
        logins.append(body)
        if body != {"identifier": BLUESKY, "password": APP_PASSWORD}:
            error = {"error": "AuthenticationRequired", "message": "Invalid identifier or password"}
            return Response(json.dumps(error), status=401, content_type="application/json")
        return Response(json.dumps(SESSION), content_type="application/json")

    httpserver.expect_request("/xrpc/com.atproto.server.createSession", method="POST").respond_with_handler(
        create_session
    )
    httpserver.expect_request("/xrpc/com.atproto.server.deleteSession", method="POST").respond_with_data("")
    return logins


def test_a_bluesky_app_password_is_tested_with_one_login_and_kept(
    httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    logins = _pds(httpserver)
    workspace = _workspace(bluesky_pds=httpserver.url_for("").rstrip("/"))
    guide = workspace.connections.guide(Network.BLUESKY)
    assert guide.page == "https://bsky.app/settings/app-passwords" and guide.secret_label == "App password"
    connected = workspace.connections.use_secret(Network.BLUESKY, f" {APP_PASSWORD}\n")
    assert connected.sentence == "Connected as @shinyakato.dev." and len(logins) == 1
    service = service_name(Network.BLUESKY)
    assert memory_keyring.entries[(service, BLUESKY)] == APP_PASSWORD
    # The test login's session is the one posting refreshes: no second login to post.
    assert memory_keyring.entries[(service, f"{BLUESKY} (session)")] == SESSION["refreshJwt"]
    assert workspace.connections.status(Network.BLUESKY) is not None and len(logins) == 1

    said = workspace.connections.disconnect(Network.BLUESKY)
    assert "https://bsky.app/settings/app-passwords" in said and not memory_keyring.entries


def test_a_wrong_or_main_bluesky_password_is_refused_and_nothing_kept(
    httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    logins = _pds(httpserver)
    workspace = _workspace(bluesky_pds=httpserver.url_for("").rstrip("/"))
    with pytest.raises(ConnectRefused, match=r"did not accept this app password for shinyakato\.dev"):
        workspace.connections.use_secret(Network.BLUESKY, "wxyz-wxyz-wxyz-wxyz")
    with pytest.raises(ConnectRefused, match="never give the app your main password"):
        workspace.connections.use_secret(Network.BLUESKY, "my main password")
    assert len(logins) == 1 and not memory_keyring.entries  # a main password is never even sent


def test_a_github_token_is_tested_with_get_user_and_names_the_login(
    httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    loopback = github_server.install(httpserver)
    httpserver.expect_request("/user").respond_with_handler(
        lambda request: Response(
            json.dumps(github_server.recorded_user())
            if request.headers.get("Authorization") == "Bearer github_pat_good"
            else json.dumps({"message": "Bad credentials"}),
            status=200 if request.headers.get("Authorization") == "Bearer github_pat_good" else 401,
            content_type="application/json",
        )
    )
    base = httpserver.url_for("").rstrip("/")
    workspace = _workspace(github=base)
    guide = workspace.connections.guide(Network.GITHUB)
    assert guide.page == f"{base}/settings/personal-access-tokens/new"  # an Enterprise server's own page
    assert "Repository access: Public repositories (read-only). Permissions: none" in guide.steps
    with pytest.raises(ConnectRefused, match="did not accept this token"):
        workspace.connections.use_secret(Network.GITHUB, "github_pat_wrong")
    assert not memory_keyring.entries
    connected = workspace.connections.use_secret(Network.GITHUB, "github_pat_good")
    assert connected.sentence == f"Connected as {github_server.LOGIN} on {httpserver.host}:{httpserver.port}."
    assert memory_keyring.entries[(service_name(Network.GITHUB), github_server.LOGIN)] == "github_pat_good"
    # The audit reads with it now.
    workspace.credentials.set(Network.GITHUB, github_server.LOGIN, "github_pat_revoked")
    with pytest.raises(ConnectionLost, match="no longer accepts the saved token"):
        workspace.connections.status(Network.GITHUB)
    assert loopback is not None


def test_github_com_tokens_are_made_on_github_com() -> None:
    from advocacy.networks.github.connect import token_page

    assert token_page("https://api.github.com") == "https://github.com/settings/personal-access-tokens/new"
    assert token_page("https://ghe.example.com/api/v3") == (
        "https://ghe.example.com/settings/personal-access-tokens/new"
    )


def test_an_audit_without_a_github_token_that_hits_the_limit_offers_connect(
    httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    from checks.scoring import score_card

    httpserver.expect_request(f"/users/{github_server.LOGIN}").respond_with_json(
        {"message": "API rate limit exceeded"}, status=403, headers={"X-RateLimit-Remaining": "0"}
    )
    config = ProfileConfig(
        me=Me(accounts=Accounts(github=github_server.LOGIN)), endpoints=Endpoints(github=httpserver.url_for(""))
    )
    report = Workspace.open(config, is_sample=False, scorer=score_card).run_audit()
    (source,) = report.sources
    assert source.connect_helps and "Connect your GitHub account" in (source.error or "")
