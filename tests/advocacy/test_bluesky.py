"""Bluesky: parsing recorded AppView output, and the real fetch code against a loopback AppView."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from advocacy.domain.models import AccountRef, Network
from advocacy.errors import FetchError, MalformedResponse, ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.networks.bluesky import source as bluesky
from advocacy.networks.bluesky.parse import handle_kind, parse_feed_item, parse_profile, read_feed
from advocacy.sources.base import FetchContext, FetchLimits
from tests import bluesky_server
from tests.bluesky_server import HANDLE, recorded_profile

NOW = datetime(2023, 5, 1, 12, 0, tzinfo=UTC)


def _fetch(server: HTTPServer, handle: str = HANDLE, limits: FetchLimits | None = None) -> bluesky.Fetched:
    account = AccountRef(Network.BLUESKY, handle, base_url=server.url_for("").rstrip("/"))
    return bluesky.fetch(HttpClient(), account, FetchContext(limits=limits or FetchLimits(), now=NOW))


def test_recorded_profile_parses() -> None:
    profile = parse_profile(recorded_profile(), host="h")
    assert profile.network is Network.BLUESKY
    assert profile.handle == "shinyakato.dev"
    assert profile.display_name == "Shinya Kato 🤯"
    assert profile.bio.startswith("Dart/Flutter & atproto enthusiast")
    assert [link.url for link in profile.links] == ["https://github.com/myConsciousness/atproto.dart"]
    assert profile.visibility.handle_kind == "custom-domain"
    assert profile.visibility.public is True and profile.visibility.labels == ()
    assert profile.avatar_is_default is False
    assert (profile.followers_count, profile.following_count, profile.post_count) == (4945, 31769, 3358)
    assert profile.updated_at == datetime(2023, 4, 28, 22, 4, 37, 957000, tzinfo=UTC)
    assert profile.post_length_limit == 300


def test_no_unauthenticated_label_and_handle_kinds() -> None:
    data = recorded_profile() | {
        "labels": [{"src": "did:plc:x", "uri": "at://x", "val": "!no-unauthenticated", "cts": "2024-01-01T00:00:00Z"}],
        "handle": "handle.invalid",
        "website": "https://shinyakato.dev",
    }
    profile = parse_profile(data, host="h")
    assert profile.visibility.public is False
    assert profile.visibility.labels == ("!no-unauthenticated",)
    assert profile.visibility.handle_kind == "invalid"
    assert profile.links[0].url == "https://shinyakato.dev" and profile.links[0].label == "Website"
    assert profile.url.endswith(recorded_profile()["did"])  # an invalid handle cannot be linked to
    assert handle_kind("ada.bsky.social") == "bsky.social"


def test_malformed_profile() -> None:
    with pytest.raises(MalformedResponse):
        parse_profile({"handle": "x"}, host="h")


def test_facets_use_utf8_byte_offsets() -> None:
    text = "Grüße 👋 @ada.bsky.social read https://example.com/a #dart"
    encoded = text.encode("utf-8")

    def span(part: str) -> dict[str, int]:
        start = encoded.index(part.encode("utf-8"))
        return {"byteStart": start, "byteEnd": start + len(part.encode("utf-8"))}

    item = {
        "post": {
            "uri": "at://did:plc:a/app.bsky.feed.post/xyz",
            "author": {"handle": "ada.bsky.social"},
            "record": {
                "text": text,
                "createdAt": "2024-01-01T00:00:00Z",
                "facets": [
                    {
                        "index": span("@ada.bsky.social"),
                        "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:a"}],
                    },
                    {
                        "index": span("https://example.com/a"),
                        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.com/a"}],
                    },
                    {"index": span("#dart"), "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "dart"}]},
                    {"index": {"byteStart": "bad"}, "features": "junk"},
                ],
                "reply": {"root": {}, "parent": {}},
            },
        }
    }
    post = parse_feed_item(item)
    assert post is not None
    assert post.mentions == ("@ada.bsky.social",)
    assert post.links == ("https://example.com/a",)
    assert post.hashtags == ("dart",)
    assert post.is_reply and not post.is_repost
    assert post.url == "https://bsky.app/profile/ada.bsky.social/post/xyz"


def test_fetches_profile_and_pages_of_posts(httpserver: HTTPServer) -> None:
    loopback = bluesky_server.install(httpserver)
    fetched = _fetch(httpserver)
    assert loopback.feed_requests == 2  # followed the cursor
    assert fetched.profile.display_name == "Shinya Kato 🤯"
    texts = [(p.text[:20], p.is_repost) for p in fetched.posts]
    assert texts[0] == ("Released a new versi", False)
    reposts = [p for p in fetched.posts if p.is_repost]
    assert len(reposts) == 1
    assert reposts[0].created_at == datetime(2023, 4, 29, 8, 0, tzinfo=UTC)  # when it was reposted
    assert [p.id.rsplit("/", 1)[-1] for p in fetched.posts if not p.is_repost] == [
        "3ju4newest",
        "3ju4second",
        "3ju4third",
        "3ju4oldest",
    ]
    assert fetched.posts[0].language == "en"


def test_limits_stop_paging(httpserver: HTTPServer) -> None:
    loopback = bluesky_server.install(httpserver)
    fetched = _fetch(httpserver, limits=FetchLimits(max_posts=2))
    assert loopback.feed_requests == 1 and len(fetched.posts) == 2
    fetched = _fetch(httpserver, limits=FetchLimits(max_age_days=1))
    assert loopback.feed_requests == 2  # one more request: page 1 was already past the cutoff
    assert fetched.posts[0].text.startswith("Released")  # the newest posts are kept anyway


def test_unknown_and_taken_down_accounts(httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/xrpc/app.bsky.actor.getProfile", query_string={"actor": "nobody.example"}
    ).respond_with_json({"error": "InvalidRequest", "message": "Profile not found"}, status=400)
    httpserver.expect_request(
        "/xrpc/app.bsky.actor.getProfile", query_string={"actor": "gone.example"}
    ).respond_with_json({"error": "AccountTakedown", "message": "Account has been suspended"}, status=400)
    with pytest.raises(ProfileNotFound, match=r"No Bluesky account nobody\.example was found"):
        _fetch(httpserver, "@nobody.example")
    with pytest.raises(FetchError, match="taken down by a moderator"):
        _fetch(httpserver, "gone.example")


def test_pinned_old_post_does_not_stop_paging_and_unreadable_items_are_counted(httpserver: HTTPServer) -> None:
    profile_body = json.dumps(recorded_profile())
    httpserver.expect_request("/xrpc/app.bsky.actor.getProfile").respond_with_data(
        profile_body, content_type="application/json"
    )
    pinned = bluesky_server.own_post("3old", "Pinned long ago", "2020-01-01T00:00:00.000Z")
    pinned["reason"] = {"$type": "app.bsky.feed.defs#reasonPin"}
    deleted = {"post": {"$type": "app.bsky.feed.defs#notFoundPost", "uri": "at://x/app.bsky.feed.post/gone"}}
    undated = bluesky_server.own_post("3bad", "No date", "someday")
    undated["post"].pop("indexedAt", None)
    pages = {
        None: {
            "feed": [pinned, bluesky_server.own_post("3new", "New", "2023-04-30T10:00:00Z"), deleted, undated],
            "cursor": "p2",
        },
        "p2": {"feed": [bluesky_server.own_post("3older", "Older", "2023-04-20T10:00:00Z")]},
    }

    def feed(request: Request) -> Response:
        return Response(json.dumps(pages[request.args.get("cursor")]), content_type="application/json")

    httpserver.expect_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_handler(feed)
    fetched = _fetch(httpserver, limits=FetchLimits(max_age_days=30))
    assert [p.text for p in fetched.posts] == ["New", "Older", "Pinned long ago"]  # page 2 was still read
    assert sorted(s.sentence() for s in fetched.skipped) == [
        "1 of 5 posts had no date we could read.",
        "1 of 5 posts were deleted or blocked posts.",
    ]


def test_a_thread_answer_reads_parents_and_replies() -> None:
    def node(rkey: str, created: str, **extra: object) -> dict[str, object]:
        return {
            "$type": "app.bsky.feed.defs#threadViewPost",
            "post": bluesky_server.own_post(rkey, rkey, created)["post"],
            **extra,
        }

    thread = node(
        "main",
        "2024-01-02T00:00:00Z",
        parent=node("root", "2024-01-01T00:00:00Z"),
        replies=[node("reply", "2024-01-03T00:00:00Z"), {"$type": "app.bsky.feed.defs#blockedPost", "uri": "at://b"}],
    )
    posts, cursor, skips, _ = read_feed({"thread": thread}, host="h")
    assert [p.text for p in posts] == ["root", "main", "reply"] and cursor is None
    assert skips.counts == {"were deleted or blocked posts": 1}


def test_link_card_inside_record_with_media() -> None:
    item = bluesky_server.own_post("3m", "see card", "2024-01-01T00:00:00Z")
    item["post"]["embed"] = {
        "$type": "app.bsky.embed.recordWithMedia#view",
        "media": {"$type": "app.bsky.embed.external#view", "external": {"uri": "https://card.example/a"}},
    }
    post = parse_feed_item(item)
    assert post is not None and post.links == ("https://card.example/a",)
