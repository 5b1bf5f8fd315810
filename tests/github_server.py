"""A loopback GitHub API built from recorded responses.

Recorded: ``/users/jacquev6`` (PyGithub replay, 2025, with its ETag) and an ``/orgs`` list
(github3.py betamax cassette, 2014). Not in the recordings, so assembled from GitHub's documented
shapes: ``social_accounts``, ``events/public`` (two pages joined by ``Link: rel="next"``) and
``/orgs/:org/public_members/:user`` (204 or 404).
"""

from __future__ import annotations

import ast
import base64
import gzip
import json
from dataclasses import dataclass, field
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.cassettes import FIXTURES

LOGIN = "jacquev6"


def pygithub_replay(name: str) -> list[dict[str, Any]]:
    """PyGithub's replay format: 10 lines per request, requests separated by a blank line."""
    lines = (FIXTURES / "github" / name).read_text(encoding="utf-8").split("\n")
    records = []
    for start in range(0, len(lines) - 9, 11):
        chunk = lines[start : start + 10]
        records.append(
            {
                "method": chunk[1],
                "path": chunk[4],
                "status": int(chunk[7]),
                "headers": dict(ast.literal_eval(chunk[8])),
                "body": chunk[9],
            }
        )
    return records


def betamax_bodies(name: str) -> dict[str, str]:
    data = json.loads((FIXTURES / "github" / name).read_text(encoding="utf-8"))
    bodies = {}
    for interaction in data["http_interactions"]:
        body = interaction["response"]["body"]
        raw = base64.b64decode(body["base64_string"]) if body.get("base64_string") else body["string"].encode()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        bodies[interaction["request"]["uri"]] = raw.decode("utf-8")
    return bodies


def recorded_user() -> dict[str, Any]:
    user: dict[str, Any] = json.loads(pygithub_replay("pygithub__NamedUser.setUp.txt")[0]["body"])
    return user


def _event(
    event_id: str, kind: str, created_at: str, payload: dict[str, Any], repo: str = "jacquev6/PyGithub"
) -> dict[str, Any]:
    return {
        "id": event_id,
        "type": kind,
        "actor": {"login": LOGIN},
        "repo": {"name": repo},
        "payload": payload,
        "public": True,
        "created_at": created_at,
    }


PAGE_ONE = [
    _event(
        "5",
        "IssueCommentEvent",
        "2026-11-20T10:00:00Z",
        {"action": "created", "comment": {"body": "Thanks, merged!", "html_url": "https://github.com/x/y#c1"}},
    ),
    _event(
        "4",
        "PushEvent",
        "2026-11-18T10:00:00Z",
        {"commits": [{"message": "Fix pagination when the last page is empty"}]},
    ),
    _event("3", "WatchEvent", "2026-11-17T10:00:00Z", {"action": "started"}, repo="someone/else"),
]
PAGE_TWO = [
    _event(
        "2",
        "IssuesEvent",
        "2026-11-10T10:00:00Z",
        {
            "action": "opened",
            "issue": {
                "title": "Support GitHub Enterprise",
                "body": "It would help us.",
                "html_url": "https://github.com/jacquev6/PyGithub/issues/9",
            },
        },
    ),
    _event("1", "CreateEvent", "2026-11-01T10:00:00Z", {"ref_type": "repository", "description": "A tiny tool"}),
]


@dataclass
class GitHubLoopback:
    server: HTTPServer
    conditional_hits: int = 0
    authorizations: list[str | None] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return self.server.url_for("").rstrip("/")


def install(server: HTTPServer, *, company_org: str = "acme", member_public: bool = False) -> GitHubLoopback:
    loopback = GitHubLoopback(server)
    user = pygithub_replay("pygithub__NamedUser.setUp.txt")[0]
    etag = user["headers"]["ETag"]

    def user_handler(request: Request) -> Response:
        loopback.authorizations.append(request.headers.get("Authorization"))
        if request.headers.get("If-None-Match") == etag:
            loopback.conditional_hits += 1
            return Response(status=304, headers={"ETag": etag})
        return Response(
            user["body"],
            content_type="application/json",
            headers={
                "ETag": etag,
                "Last-Modified": user["headers"]["Last-Modified"],
                "Cache-Control": user["headers"]["Cache-Control"],
            },
        )

    server.expect_request(f"/users/{LOGIN}").respond_with_handler(user_handler)
    orgs = betamax_bodies("github3py__User_orgs.json")["https://api.github.com/users/sigmavirus24/orgs?per_page=25"]
    server.expect_request(f"/users/{LOGIN}/orgs").respond_with_data(orgs, content_type="application/json")
    server.expect_request(f"/users/{LOGIN}/social_accounts").respond_with_json(
        [
            {"provider": "mastodon", "url": "https://fosstodon.org/@jacquev6"},
            {"provider": "generic", "url": "https://jacquev6.net"},
        ]
    )
    server.expect_request(f"/orgs/{company_org}/public_members/{LOGIN}").respond_with_data(
        "", status=204 if member_public else 404
    )
    origin = loopback.base_url

    def events(request: Request) -> Response:
        if request.args.get("page") == "2":
            return Response(json.dumps(PAGE_TWO), content_type="application/json")
        link = f'<{origin}/users/{LOGIN}/events/public?per_page=100&page=2>; rel="next"'
        return Response(json.dumps(PAGE_ONE), content_type="application/json", headers={"Link": link})

    server.expect_request(f"/users/{LOGIN}/events/public").respond_with_handler(events)
    return loopback
