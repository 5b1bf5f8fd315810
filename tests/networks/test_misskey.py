"""Misskey-family servers through their own API, on a loopback server replaying answers recorded from
real servers (tests/fixtures/misskey, provenance in its README): profile, notes, limits, errors, and
posting never twice."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from advocacy.domain.models import AccountRef, Network
from advocacy.domain.networks import API_POSTING, POSTED_TO, normalise
from advocacy.errors import FetchError, ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.networks import adapter_for, counter_for
from advocacy.networks.misskey.parse import parse_note, read_notes
from advocacy.networks.misskey.publish import publish_misskey
from advocacy.share_claims import ClaimRefused
from advocacy.sources.base import FetchContext, FetchLimits
from advocacy.storage import Store

RECORDED = Path(__file__).parents[1] / "fixtures" / "misskey"


def recorded(name: str) -> Any:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


def _serve_json(server: HTTPServer, path: str, answer: Any, status: int = 200) -> None:
    server.expect_request(path, method="POST").respond_with_json(answer, status=status)


def _account(server: HTTPServer, handle: str = "@harunon@misskey.io") -> AccountRef:
    return AccountRef(Network.MISSKEY, handle, base_url=server.url_for("").rstrip("/"))


def test_a_profile_its_notes_and_the_server_limit_are_read(httpserver: HTTPServer) -> None:
    _serve_json(httpserver, "/api/users/show", recorded("milktea__users_show_harunon.json"))
    _serve_json(httpserver, "/api/meta", recorded("gomisskey__meta.json"))
    _serve_json(httpserver, "/api/users/notes", recorded("gomisskey__notes_timeline.json"))
    fetched = adapter_for(Network.MISSKEY).fetch(HttpClient(), _account(httpserver), FetchContext())
    profile = fetched.profile
    assert profile.network is Network.MISSKEY and profile.handle == "@harunon@misskey.io"
    assert profile.url == "https://misskey.io/@harunon" and profile.post_count == 24051
    assert profile.followers_count == 2 and profile.post_length_limit == 1000
    assert profile.bio.startswith("Design / Programming") and profile.avatar_is_default is False
    field_links = [link.url for link in profile.links if link.in_profile_field]
    assert field_links == [
        "https://keybase.io/harunon",
        "https://amzn.to/2Z6BrEz",
        "https://lounge.nintendo.com/friendcode/8544-1595-7987/DFDTn7QBYt",
    ]
    # The recorded page: one original note (public), two replies (one of them "home", still public).
    assert [(p.is_reply, p.is_repost) for p in fetched.posts] == [(False, False), (True, False), (True, False)]
    assert fetched.posts[0].text == "step inside the thunderdome"
    assert fetched.posts[0].url == "https://cybre.space/@aoife/105143044085119062"
    assert fetched.skipped == ()


def test_pure_renotes_are_reposts_and_a_quote_is_the_authors_own(httpserver: HTTPServer) -> None:
    renotes = recorded("gomisskey__notes_renotes.json")
    posts, skips = read_notes(renotes, base="https://slippy.xyz", host="slippy.xyz")
    assert posts and all(p.is_repost and p.text == "" and p.engagement is None for p in posts)
    assert skips.total == 0
    quote = {**renotes[0], "text": "This, exactly."}
    parsed = parse_note(quote, base="https://slippy.xyz")
    assert parsed is not None and not parsed.is_repost and parsed.text == "This, exactly."


def test_alt_text_is_each_files_comment() -> None:
    page = recorded("gomisskey__notes_timeline_with_poll.json")
    described = [n for n in _all_notes(page) if any(f.get("comment") for f in n.get("files") or ())]
    assert described, "the recording holds a file with a description"
    post = parse_note(described[0], base="https://slippy.xyz")
    assert post is not None and post.media and (post.media[0].alt or "").startswith("Position after 16")
    undescribed = recorded("gomisskey__notes_show.json")
    shown = parse_note(undescribed, base="https://slippy.xyz")
    assert shown is not None and shown.media and all(m.alt == "" for m in shown.media)


def _all_notes(data: Any) -> list[dict[str, Any]]:
    """Every note in an answer, with the replies and renotes embedded in them."""
    found: list[dict[str, Any]] = []
    for top in data if isinstance(data, list) else [data]:
        note = top
        while isinstance(note, dict):
            found.append(note)
            note = note.get("reply") or note.get("renote")
    return found


def test_notes_that_are_not_public_are_counted_not_read() -> None:
    page = recorded("gomisskey__notes_timeline.json")
    hidden = [{**page[0], "visibility": "followers"}, {**page[1], "visibility": "specified"}, page[2], "junk"]
    posts, skips = read_notes(hidden, base="https://slippy.xyz", host="slippy.xyz")
    assert len(posts) == 1 and skips.total == 3
    reasons = {record.reason for record in skips.records(total=4)}
    assert any("not public" in reason for reason in reasons) and any("not notes" in reason for reason in reasons)


def test_an_unknown_user_and_a_server_that_is_not_misskey_are_one_sentence_each(httpserver: HTTPServer) -> None:
    no_such_user = {
        "error": {
            "message": "No such user.",
            "code": "NO_SUCH_USER",
            "id": "4362f8dc-731f-4ad8-a694-be5a88922a24",
            "kind": "client",
        }
    }
    _serve_json(httpserver, "/api/users/show", no_such_user, status=400)
    with pytest.raises(ProfileNotFound, match=r"^No Misskey account @nobody@misskey.io was found"):
        adapter_for(Network.MISSKEY).fetch(HttpClient(), _account(httpserver, "@nobody@misskey.io"), FetchContext())
    httpserver.clear()
    bare = (RECORDED / "misskeypy__unknown_endpoint_404.txt").read_text()
    httpserver.expect_request("/api/users/show").respond_with_data(bare, status=404, content_type="text/plain")
    with pytest.raises(FetchError, match="does not answer as a Misskey server") as caught:
        adapter_for(Network.MISSKEY).fetch(HttpClient(), _account(httpserver), FetchContext())
    assert caught.value.user_message.count(". ") <= 1 and "Traceback" not in caught.value.user_message


def test_a_server_that_will_not_state_its_limit_still_gets_audited(httpserver: HTTPServer) -> None:
    _serve_json(httpserver, "/api/users/show", recorded("milktea__users_show_harunon.json"))
    httpserver.expect_request("/api/meta").respond_with_data("oops", status=500)
    _serve_json(httpserver, "/api/users/notes", [])
    fetched = adapter_for(Network.MISSKEY).fetch(HttpClient(), _account(httpserver), FetchContext())
    assert fetched.profile.post_length_limit is None and fetched.posts == ()
    assert counter_for(Network.MISSKEY)("x" * 3000).fits and not counter_for(Network.MISSKEY)("x" * 3001).fits


def test_paging_asks_for_older_notes_and_stops_when_the_server_repeats_itself(httpserver: HTTPServer) -> None:
    _serve_json(httpserver, "/api/users/show", recorded("milktea__users_show_harunon.json"))
    _serve_json(httpserver, "/api/meta", recorded("misskeypy__meta_demo.json"))
    page = recorded("gomisskey__notes_timeline.json")
    asked: list[dict[str, Any]] = []

    def same_page(request: Request) -> Response:
        asked.append(request.get_json())
        return Response(json.dumps(page), content_type="application/json")

    httpserver.expect_request("/api/users/notes").respond_with_handler(same_page)
    # Pages of 3 (the recorded page is full): the next page is asked with untilId, and the server
    # that answers the same page again ends the paging instead of looping.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("advocacy.networks.misskey.source.PAGE_SIZE", 3)
        limits = FetchLimits(max_posts=9, max_age_days=100_000)
        fetched = adapter_for(Network.MISSKEY).fetch(HttpClient(), _account(httpserver), FetchContext(limits=limits))
    assert len(asked) == 2 and asked[1]["untilId"] == page[-1]["id"]
    assert len(fetched.posts) == 3  # the same notes are kept once


def test_the_table_puts_misskey_everywhere_a_network_goes() -> None:
    assert Network.MISSKEY in POSTED_TO and Network.MISSKEY in API_POSTING
    assert normalise(Network.MISSKEY, "https://misskey.io/@sam").value == "@sam@misskey.io"
    assert Network.MISSKEY.facts.settings_url("@sam@misskey.io", "privacy") == "https://misskey.io/settings/privacy"
    link = adapter_for(Network.MISSKEY).share_link
    assert link is not None and link("hi there", "@sam@misskey.io") == "https://misskey.io/share?text=hi%20there"


class LoopbackMisskey:
    """Stores each created note; can answer 502 after storing one (the unclear case)."""

    def __init__(self, server: HTTPServer, *, fail_after_storing: int = 0) -> None:
        self.created: list[dict[str, Any]] = []
        self.auth: list[str | None] = []
        self.fail_after_storing = fail_after_storing
        self.base = server.url_for("").rstrip("/")
        me = recorded("misskeypy__notes_create.json")["createdNote"]["user"]
        server.expect_request("/api/notes/create", method="POST").respond_with_handler(self._create)
        server.expect_request("/api/i", method="POST").respond_with_json(me)
        server.expect_request("/api/users/notes", method="POST").respond_with_handler(self._notes)

    def _create(self, request: Request) -> Response:
        self.auth.append(request.headers.get("Authorization"))
        note = {**recorded("misskeypy__notes_create.json")["createdNote"], "text": request.get_json()["text"]}
        note["id"] = f"note{len(self.created)}"
        self.created.append(note)
        if self.fail_after_storing:
            self.fail_after_storing -= 1
            return Response("Bad Gateway", status=502)
        return Response(json.dumps({"createdNote": note}), content_type="application/json")

    def _notes(self, _request: Request) -> Response:
        return Response(json.dumps(list(reversed(self.created))), content_type="application/json")


def test_a_note_is_posted_once_even_when_the_server_fails_after_storing_it(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    server = LoopbackMisskey(httpserver, fail_after_storing=1)
    store = Store(tmp_path / "store.sqlite3")
    text = "WidgetOS 5 is out: https://acme.example/w5 #AcmeEmployee"
    with pytest.raises(FetchError, match="may or may not have arrived"):
        publish_misskey(HttpClient(), store, base_url=server.base, token="tok-1", text=text, item_key="w5")
    assert len(server.created) == 1
    again = publish_misskey(HttpClient(), store, base_url=server.base, token="tok-1", text=text, item_key="w5")
    assert again.found_earlier and again.url.endswith("/notes/note0")
    assert len(server.created) == 1  # looked, found it, sent nothing
    with pytest.raises(ClaimRefused):
        publish_misskey(HttpClient(), store, base_url=server.base, token="tok-1", text=text, item_key="w5")
    assert len(server.created) == 1 and server.auth == ["Bearer tok-1"]


def test_a_refused_note_says_why_and_can_be_tried_again(httpserver: HTTPServer, tmp_path: Path) -> None:
    denied = recorded("misskeypy__error_authentication_failed.json")
    httpserver.expect_request("/api/notes/create").respond_with_json(denied, status=403)
    store = Store(tmp_path / "store.sqlite3")
    base = httpserver.url_for("").rstrip("/")
    with pytest.raises(FetchError, match=r"^Misskey refused the post: ") as caught:
        publish_misskey(HttpClient(), store, base_url=base, token="bad", text="Hello", item_key="k")
    assert "Authentication failed" in caught.value.user_message  # the server's own reason
    assert "bad" not in caught.value.user_message
    httpserver.clear()
    server = LoopbackMisskey(httpserver)
    published = publish_misskey(HttpClient(), store, base_url=base, token="good", text="Hello", item_key="k")
    assert published.url.endswith("/notes/note0") and len(server.created) == 1


def test_a_misskey_server_named_as_mastodon_is_recognised_and_the_user_told_where_it_goes(
    httpserver: HTTPServer,
) -> None:
    # What current Misskey answers on any /api/v1/ path it does not implement (its ApiServer's 404).
    unknown = {
        "error": {
            "message": "Unknown API endpoint.",
            "code": "UNKNOWN_API_ENDPOINT",
            "id": "2ca3b769-540a-4f08-9dd5-b5a825b6d0f1",
            "kind": "client",
        }
    }
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_json(unknown, status=404)
    account = AccountRef(Network.MASTODON, "@harunon@misskey.io", base_url=httpserver.url_for("").rstrip("/"))
    with pytest.raises(FetchError, match="is a Misskey-family server") as caught:
        adapter_for(Network.MASTODON).fetch(HttpClient(), account, FetchContext())
    assert "under Misskey" in caught.value.user_message and not isinstance(caught.value, ProfileNotFound)


def test_an_account_without_an_id_says_its_notes_were_not_read(httpserver: HTTPServer) -> None:
    user = {k: v for k, v in recorded("milktea__users_show_harunon.json").items() if k != "id"}
    _serve_json(httpserver, "/api/users/show", user)
    _serve_json(httpserver, "/api/meta", recorded("gomisskey__meta.json"))
    fetched = adapter_for(Network.MISSKEY).fetch(HttpClient(), _account(httpserver), FetchContext())
    assert fetched.posts == ()
    assert [(s.count, s.what) for s in fetched.skipped] == [(24051, "notes")]  # never "no posts"
