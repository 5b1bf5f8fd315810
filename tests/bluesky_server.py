"""A loopback Bluesky AppView built from recorded responses.

``getProfile`` is served exactly as recorded (shinyakato.dev). No recorded ``getAuthorFeed`` exists
in the fixtures, so the feed is assembled from the one recorded ``postView`` (getPosts): its
structure is real; author, uri, text and dates are adapted per item. Page 1 holds two original
posts and a repost (``reason`` = reasonRepost of the recorded post itself); page 2 (via ``cursor``)
holds two older posts.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.cassettes import FIXTURES

HANDLE = "shinyakato.dev"


def recorded_profile() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "bluesky/atprotodart__app.bsky.actor.getProfile.json").read_text())
    return data


def recorded_post_view() -> dict[str, Any]:
    data = json.loads((FIXTURES / "bluesky/atprotodart__app.bsky.feed.getPosts.json").read_text())
    view: dict[str, Any] = data["posts"][0]
    return view


def own_post(rkey: str, text: str, created_at: str, **record_extra: Any) -> dict[str, Any]:
    profile = recorded_profile()
    view = recorded_post_view()
    view["author"] = {k: profile[k] for k in ("did", "handle", "displayName", "avatar")}
    view["uri"] = f"at://{profile['did']}/app.bsky.feed.post/{rkey}"
    view["record"] = {"$type": "app.bsky.feed.post", "text": text, "createdAt": created_at, **record_extra}
    return {"post": view}


@dataclass
class BlueskyLoopback:
    server: HTTPServer
    feed_requests: int = 0

    @property
    def base_url(self) -> str:
        return self.server.url_for("").rstrip("/")


def install(server: HTTPServer) -> BlueskyLoopback:
    loopback = BlueskyLoopback(server)
    profile_body = (FIXTURES / "bluesky/atprotodart__app.bsky.actor.getProfile.json").read_text()
    server.expect_request("/xrpc/app.bsky.actor.getProfile", query_string={"actor": HANDLE}).respond_with_data(
        profile_body, content_type="application/json"
    )
    repost = {
        "post": copy.deepcopy(recorded_post_view()),
        "reason": {
            "$type": "app.bsky.feed.defs#reasonRepost",
            "by": {"did": recorded_profile()["did"], "handle": HANDLE},
            "indexedAt": "2023-04-29T08:00:00.000Z",
        },
    }
    page_one = {
        "feed": [
            own_post(
                "3ju4newest", "Released a new version of atproto.dart today!", "2023-04-30T10:00:00.000Z", langs=["en"]
            ),
            repost,
            own_post("3ju4second", "Working on Bluesky support for Dart", "2023-04-28T09:00:00.000Z"),
        ],
        "cursor": "page-2",
    }
    page_two = {
        "feed": [
            own_post("3ju4third", "Hello Bluesky", "2023-04-20T09:00:00.000Z"),
            own_post("3ju4oldest", "First post", "2023-04-10T09:00:00.000Z"),
        ]
    }

    def feed(request: Request) -> Response:
        loopback.feed_requests += 1
        assert request.args.get("filter") == "posts_no_replies"
        assert request.args.get("actor") == HANDLE
        body = page_two if request.args.get("cursor") == "page-2" else page_one
        return Response(json.dumps(body), content_type="application/json")

    server.expect_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_handler(feed)
    return loopback
