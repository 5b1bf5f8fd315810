"""A loopback Mastodon built from the recorded Mastodon.py cassettes (real server output)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.cassettes import find, load_cassette, serve

ACCOUNT_ID = "117020565966271181"
USERNAME = "mastodonpy_test"
# The recorded posts were all written on 2026-08-01; "now" for tests sits just after.
RECORDED_NOW = datetime(2026, 8, 2, 12, 0, tzinfo=UTC)


@dataclass
class MastodonLoopback:
    server: HTTPServer
    page_requests: int = 0

    @property
    def base_url(self) -> str:
        return self.server.url_for("").rstrip("/")

    @property
    def handle(self) -> str:
        return f"@{USERNAME}@{self.server.host}:{self.server.port}"


def install(server: HTTPServer, *, instance: str = "v2") -> MastodonLoopback:
    pagination = load_cassette("mastodon/mastodonpy__test_get_pagination_info.yaml")
    loopback = MastodonLoopback(server)
    origin = server.url_for("").rstrip("/")

    # Lookup answers with the account the statuses belong to (recorded as verify_credentials).
    account = find(pagination, "GET", "/verify_credentials")[0]
    serve(server, account, path="/api/v1/accounts/lookup", query={"acct": USERNAME})

    if instance == "v2":
        recorded = load_cassette("mastodon/mastodonpy__test_instance.yaml")[0]
        serve(server, recorded, path="/api/v2/instance")
    elif instance == "v1-only":
        server.expect_request("/api/v2/instance").respond_with_json({"error": "Not found"}, status=404)
        server.expect_request("/api/v1/instance").respond_with_json({"uri": "localhost", "max_toot_chars": 5000})

    page_one = find(pagination, "GET", f"/accounts/{ACCOUNT_ID}/statuses")[0]
    created = [i.json() for i in find(pagination, "POST", "/api/v1/statuses")]

    def statuses(request: Request) -> Response:
        loopback.page_requests += 1
        max_id = request.args.get("max_id")
        if max_id is None:
            body = page_one.body.replace("http://localhost:3000", origin)
            link = page_one.headers["link"].replace("http://localhost:3000", origin)
            return Response(body, headers={"Content-Type": "application/json", "Link": link})
        older = sorted((s for s in created if int(s["id"]) < int(max_id)), key=lambda s: -int(s["id"]))
        body = json.dumps(older).replace("http://localhost:3000", origin)
        return Response(body, headers={"Content-Type": "application/json"})

    server.expect_request(f"/api/v1/accounts/{ACCOUNT_ID}/statuses").respond_with_handler(statuses)
    return loopback
