"""Bluesky posting: one login then refreshed sessions, facets in UTF-8 bytes, and no second post after
an unclear failure (the author feed is checked first)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.errors import FetchError, MissingCredential
from advocacy.http_session import HttpClient, HttpPolicy
from advocacy.networks.bluesky.publish import publish_bluesky, refresh_account
from advocacy.sharing.richtext import bluesky_text_and_facets
from advocacy.storage import Store
from tests.cassettes import FIXTURES
from tests.keyring_memory import MemoryKeyring

SESSION = json.loads((FIXTURES / "bluesky/atprotodart__com.atproto.server.createSession.json").read_text())
CREATED = json.loads((FIXTURES / "bluesky/atprotodart__com.atproto.repo.createRecord.json").read_text())
HANDLE = "sam.example"
TEXT = "Grüße 👨\u200d👩\u200d👧 WidgetOS 5: https://acme.example/blog/widgetos-5?utm_source=bluesky #AcmeWidgets"


@dataclass
class LoopbackPds:
    logins: int = 0
    refreshes: int = 0
    records: list[dict[str, Any]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    appview_lag: bool = False
    delay: float = 0.0
    handle: str = HANDLE
    password: str = "app-pass-1234"

    def create_session(self, request: Request) -> Response:
        self.logins += 1
        assert request.get_json() == {"identifier": self.handle, "password": self.password}
        return Response(
            json.dumps({**SESSION, "refreshJwt": f"refresh-{self.logins}"}), content_type="application/json"
        )

    def refresh_session(self, request: Request) -> Response:
        self.refreshes += 1
        assert request.headers["Authorization"].startswith("Bearer refresh-")
        return Response(
            json.dumps({**SESSION, "refreshJwt": f"refresh-r{self.refreshes}"}), content_type="application/json"
        )

    def create_record(self, request: Request) -> Response:
        """As a PDS does: a record key chosen by the client is kept, and a second record under the
        same key is refused."""
        body = request.get_json()
        rkey = body.get("rkey") or f"rk{len(self.records) + 1}"
        if rkey in self.keys:
            return Response(
                json.dumps({"error": "InvalidRequest", "message": "Record already exists"}),
                status=400,
                content_type="application/json",
            )
        self.records.append(body["record"])
        self.keys.append(rkey)
        time.sleep(self.delay)
        return Response(
            json.dumps({**CREATED, "uri": f"at://{SESSION['did']}/app.bsky.feed.post/{rkey}"}),
            content_type="application/json",
        )

    def get_record(self, request: Request) -> Response:
        rkey = request.args.get("rkey", "")
        if rkey not in self.keys:
            body = {"error": "RecordNotFound", "message": f"Could not locate record: {rkey}"}
            return Response(json.dumps(body), status=400, content_type="application/json")
        record = self.records[self.keys.index(rkey)]
        uri = f"at://{SESSION['did']}/app.bsky.feed.post/{rkey}"
        return Response(json.dumps({"uri": uri, "value": record}), content_type="application/json")

    def author_feed(self, _request: Request) -> Response:
        if self.appview_lag:  # the AppView has not indexed the new posts yet
            return Response(json.dumps({"feed": []}), content_type="application/json")
        feed = [
            {"post": {"uri": f"at://{SESSION['did']}/app.bsky.feed.post/{key}", "record": record}}
            for key, record in zip(self.keys, self.records, strict=True)
        ]
        return Response(json.dumps({"feed": list(reversed(feed))}), content_type="application/json")


def bluesky_profile(tmp_path: Path, server: HTTPServer) -> Path:
    """A profile posting as the loopback PDS's account, through that PDS and AppView."""
    base = server.url_for("").rstrip("/")
    profile = tmp_path / "me.toml"
    profile.write_text(
        f'[me]\nname = "Sam"\n[me.accounts]\nbluesky = "{HANDLE}"\n'
        f'[endpoints]\nbluesky = "{base}"\nbluesky_pds = "{base}"\n',
        encoding="utf-8",
    )
    return profile


@pytest.fixture
def pds() -> Iterator[tuple[HTTPServer, LoopbackPds]]:
    server = HTTPServer(threaded=True)
    server.start()
    state = LoopbackPds()
    server.expect_request("/xrpc/com.atproto.server.createSession", method="POST").respond_with_handler(
        state.create_session
    )
    server.expect_request("/xrpc/com.atproto.server.refreshSession", method="POST").respond_with_handler(
        state.refresh_session
    )
    server.expect_request("/xrpc/com.atproto.repo.createRecord", method="POST").respond_with_handler(
        state.create_record
    )
    server.expect_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_handler(state.author_feed)
    server.expect_request("/xrpc/com.atproto.repo.getRecord").respond_with_handler(state.get_record)
    yield server, state
    server.clear()
    server.stop()


def _post(server: HTTPServer, store: Store, item: str, policy: HttpPolicy | None = None) -> str:
    visible, facets = bluesky_text_and_facets(TEXT)
    return publish_bluesky(
        HttpClient(policy=policy or HttpPolicy(read_timeout=5)),
        store,
        CredentialStore(),
        handle=HANDLE,
        text=visible,
        facets=facets,
        item_key=item,
        pds=server.url_for("").rstrip("/"),
        appview=server.url_for("").rstrip("/"),
    ).url


def test_logs_in_once_then_refreshes_and_sends_facets(
    pds: tuple[HTTPServer, LoopbackPds], memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    server, state = pds
    CredentialStore().set(Network.BLUESKY, HANDLE, "app-pass-1234")
    store = Store(tmp_path / "db.sqlite3")
    first = _post(server, store, "item-1")
    second = _post(server, store, "item-2")
    assert (state.logins, state.refreshes) == (1, 1)  # the second post refreshed instead of logging in
    assert CredentialStore().get(Network.BLUESKY, refresh_account(HANDLE)) == "refresh-r1"
    # Each post went out under the record key chosen (and saved) before sending.
    assert first == f"https://bsky.app/profile/sam.example/post/{state.keys[0]}"
    assert second.endswith(state.keys[1]) and len(set(state.keys)) == 2
    record = state.records[0]
    encoded = record["text"].encode("utf-8")
    spans = {
        f["features"][0]["$type"].rsplit("#", 1)[1]: encoded[f["index"]["byteStart"] : f["index"]["byteEnd"]]
        for f in record["facets"]
    }
    assert spans["link"].decode() == "acme.example/blog/widgetos-5?…"  # shortened in the text...
    link = next(f for f in record["facets"] if f["features"][0]["$type"].endswith("#link"))
    assert link["features"][0]["uri"].endswith("widgetos-5?utm_source=bluesky")  # ...full in the facet
    assert spans["tag"].decode() == "#AcmeWidgets"


def test_an_unclear_failure_is_checked_in_the_feed_not_posted_again(
    pds: tuple[HTTPServer, LoopbackPds], memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    server, state = pds
    CredentialStore().set(Network.BLUESKY, HANDLE, "app-pass-1234")
    store = Store(tmp_path / "db.sqlite3")
    state.delay = 2.0  # the record is created, but the answer comes too late
    with pytest.raises(FetchError, match="may still have arrived"):
        _post(server, store, "item-1", HttpPolicy(read_timeout=0.5, max_retries=0))
    state.delay = 0.0
    url = _post(server, store, "item-1")
    assert len(state.records) == 1  # found under its record key: nothing sent twice
    assert url.endswith(state.keys[0]) and store.shares()[0].state == "posted"


def test_the_record_key_prevents_a_second_post_while_the_appview_lags(
    pds: tuple[HTTPServer, LoopbackPds], memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    """The post arrived, the answer did not, and the AppView has not indexed it yet: the PDS is asked
    under the saved record key, and even a blind retry would be refused as a duplicate key."""
    server, state = pds
    CredentialStore().set(Network.BLUESKY, HANDLE, "app-pass-1234")
    store = Store(tmp_path / "db.sqlite3")
    state.delay, state.appview_lag = 2.0, True
    with pytest.raises(FetchError, match="may still have arrived"):
        _post(server, store, "item-1", HttpPolicy(read_timeout=0.5, max_retries=0))
    state.delay = 0.0
    url = _post(server, store, "item-1")
    assert len(state.records) == 1 and url.endswith(state.keys[0])
    assert store.shares()[0].state == "posted"


def test_no_app_password_is_one_sentence(
    pds: tuple[HTTPServer, LoopbackPds], memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    server, state = pds
    with pytest.raises(MissingCredential, match="Connect your Bluesky account first, with an app password"):
        _post(server, Store(tmp_path / "db.sqlite3"), "item-1")
    assert state.logins == 0 and state.records == []
