"""A server that echoes the token it was sent (in a bio, in a post's address) never gets it into a
report, the database, the terminal or the history: every secret this process has seen is scrubbed
from what comes back, and from what is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import checks
from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.paths import database_path
from advocacy.report import render_json, render_text
from advocacy.report_html import render_html
from advocacy.workspace import Workspace
from tests.github_server import LOGIN, install, pygithub_replay
from tests.keyring_memory import MemoryKeyring

TOKEN = "ghp_EchoedBackByAHostileServer1234567890abcd"


def test_a_token_echoed_in_a_bio_and_a_link_appears_nowhere(httpserver: HTTPServer, tmp_path: Path) -> None:
    user = json.loads(pygithub_replay("pygithub__NamedUser.setUp.txt")[0]["body"])

    def echo(request: Request) -> Response:
        sent = (request.headers.get("Authorization") or "").split()[-1]
        body = {**user, "bio": f"My token is {sent} ok", "blog": f"https://example.com/?t={sent}"}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request(f"/users/{LOGIN}").respond_with_handler(echo)
    install(httpserver)
    credentials = CredentialStore(backend=MemoryKeyring())
    credentials.set(Network.GITHUB, LOGIN, TOKEN)
    config = ProfileConfig(
        me=Me(name="Vincent", accounts=Accounts(github=LOGIN)), endpoints=Endpoints(github=httpserver.url_for(""))
    )
    workspace = Workspace.open(
        config, is_sample=False, credentials=credentials, rules=checks.DEFAULT_RULES, scorer=checks.score_card
    )
    report = workspace.run_audit()
    profile = next(o.profile for o in report.sources if o.network is Network.GITHUB)
    assert profile is not None and "My token is [secret] ok" in profile.bio  # the echo was read, scrubbed
    outputs = {
        "json": render_json(report),
        "text": render_text(report),
        "html": render_html(report),
        "history": repr(workspace.history()) + repr(workspace.latest_audit()),
    }
    database = database_path()
    stored = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
    for name, text in outputs.items():
        assert TOKEN not in text, name
    assert TOKEN.encode() not in stored


@pytest.mark.parametrize("where", ["bio", "url"])
def test_scrubbing_keeps_everything_else(where: str) -> None:
    from advocacy.http_session.client import without_secrets
    from advocacy.redaction import SecretRedactor

    SecretRedactor.register(TOKEN)
    body = json.dumps({where: f"before {TOKEN} after", "other": "kept"}).encode()
    assert json.loads(without_secrets(body)) == {where: "before [secret] after", "other": "kept"}
