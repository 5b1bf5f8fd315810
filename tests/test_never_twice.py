"""Sharing never posts twice: the idempotency key is stored before sending and reused by every retry,
even after the process is killed between sending and recording."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from advocacy.domain.models import Network
from advocacy.domain.records import ShareState
from advocacy.errors import FetchError
from advocacy.http_session import HttpClient, HttpPolicy
from advocacy.networks.mastodon.publish import publish_mastodon
from advocacy.sharing.publish import Published
from advocacy.storage import Store
from tests.cassettes import find, load_cassette

ROOT = Path(__file__).resolve().parents[1]
RECORDED_STATUS = find(load_cassette("mastodon/mastodonpy__test_status.yaml"), "POST", "/api/v1/statuses")[0].json()
FAST = HttpPolicy(read_timeout=1, max_retries=2, backoff_base_seconds=0.01)


@dataclass
class IdempotentMastodon:
    """Creates a status per new Idempotency-Key and answers repeats with the same status, as Mastodon does."""

    created: list[dict[str, object]] = field(default_factory=list)
    by_key: dict[str, dict[str, object]] = field(default_factory=dict)
    delay: float = 0.0
    fail_first: int = 0
    refuse: bool = False
    token: str = "tok"
    received: threading.Event = field(default_factory=threading.Event)

    posts_received: int = 0

    def handle(self, request: Request) -> Response:
        self.posts_received += 1
        self.received.set()
        if self.refuse:
            return Response('{"error": "Validation failed: Text can\'t be blank"}', status=422)
        if self.fail_first:
            self.fail_first -= 1
            return Response("busy", status=503)
        key = request.headers.get("Idempotency-Key", "")
        assert request.headers.get("Authorization") == f"Bearer {self.token}"
        if key not in self.by_key:
            status = {
                **RECORDED_STATUS,
                "id": str(len(self.created) + 1),
                "url": f"https://social.example/@sam/{len(self.created) + 1}",
                "content": f"<p>{request.get_json()['status']}</p>",
            }
            self.created.append(status)
            self.by_key[key] = status
        time.sleep(self.delay)
        return Response(json.dumps(self.by_key[key]), content_type="application/json")


@pytest.fixture
def server() -> Iterator[tuple[HTTPServer, IdempotentMastodon]]:
    httpserver = HTTPServer(threaded=True)
    httpserver.start()
    mastodon = IdempotentMastodon()
    httpserver.expect_request("/api/v1/statuses", method="POST").respond_with_handler(mastodon.handle)
    # What the app reads to look for an earlier attempt's post before sending again.
    httpserver.expect_request("/api/v1/accounts/verify_credentials").respond_with_json({"id": "1"})
    httpserver.expect_request("/api/v1/accounts/1/statuses").respond_with_handler(
        lambda _request: Response(json.dumps(mastodon.created[::-1]), content_type="application/json")
    )
    httpserver.expect_request("/api/v1/scheduled_statuses").respond_with_json([])
    yield httpserver, mastodon
    httpserver.clear()
    httpserver.stop()


def _publish(httpserver: HTTPServer, store: Store, policy: HttpPolicy = FAST) -> Published:
    return publish_mastodon(
        HttpClient(policy=policy),
        store,
        base_url=httpserver.url_for("").rstrip("/"),
        token="tok",
        text="WidgetOS 5 is out (I work at Acme)",
        item_key="widgetos-5",
    )


def test_one_post_and_it_is_remembered(server: tuple[HTTPServer, IdempotentMastodon], tmp_path: Path) -> None:
    httpserver, mastodon = server
    store = Store(tmp_path / "db.sqlite3")
    published = _publish(httpserver, store)
    assert published.url == "https://social.example/@sam/1"
    assert len(mastodon.created) == 1 and store.shared_item_keys() == {"widgetos-5"}
    assert store.shares()[0].state == "posted"


def test_a_timeout_then_a_retry_posts_once(server: tuple[HTTPServer, IdempotentMastodon], tmp_path: Path) -> None:
    httpserver, mastodon = server
    store = Store(tmp_path / "db.sqlite3")
    mastodon.delay = 2.0  # the post is created, but the answer comes too late
    with pytest.raises(FetchError, match=r"may still have arrived\. Trying again is safe"):
        _publish(httpserver, store)
    assert [s.state for s in store.shares()] == [ShareState.PENDING]
    mastodon.delay = 0.0
    published = _publish(httpserver, store)
    assert published.found_earlier  # the account showed the post: nothing was sent again
    assert len(mastodon.created) == 1  # exactly one post arrived


def test_a_server_error_is_not_retried_at_once_and_the_next_try_looks_first(
    server: tuple[HTTPServer, IdempotentMastodon], tmp_path: Path
) -> None:
    httpserver, mastodon = server
    store = Store(tmp_path / "db.sqlite3")
    mastodon.fail_first = 1
    with pytest.raises(FetchError, match="may or may not have arrived"):
        _publish(httpserver, store)
    assert mastodon.posts_received == 1  # one request, no automatic retry
    published = _publish(httpserver, store)
    assert not published.found_earlier and mastodon.posts_received == 2
    assert len(mastodon.created) == 1


def test_a_refused_post_is_recorded_as_failed(server: tuple[HTTPServer, IdempotentMastodon], tmp_path: Path) -> None:
    httpserver, mastodon = server
    mastodon.refuse = True
    store = Store(tmp_path / "db.sqlite3")
    with pytest.raises(FetchError, match="refused the post: Validation failed: Text can't be blank"):
        _publish(httpserver, store)
    assert [s.state for s in store.shares()] == [ShareState.FAILED]
    assert store.shared_item_keys() == set()  # it can be suggested again


_CHILD = r"""
import sys
from pathlib import Path
from advocacy.http_session import HttpClient, HttpPolicy
from advocacy.networks.mastodon.publish import publish_mastodon
from advocacy.sharing.publish import Published
from advocacy.storage import Store
publish_mastodon(HttpClient(policy=HttpPolicy(read_timeout=30)), Store(Path(sys.argv[1])), base_url=sys.argv[2],
                 token="tok", text="WidgetOS 5 is out (I work at Acme)", item_key="widgetos-5")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_between_sending_and_recording_then_retried_posts_once(
    server: tuple[HTTPServer, IdempotentMastodon], tmp_path: Path
) -> None:
    httpserver, mastodon = server
    database = tmp_path / "db.sqlite3"
    mastodon.delay = 10.0  # the post is created; the app dies before it hears back
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(database), httpserver.url_for("").rstrip("/")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert mastodon.received.wait(20)
    time.sleep(0.2)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert len(mastodon.created) == 1
    mastodon.delay = 0.0
    published = _publish(httpserver, Store(database))  # the app starts again and retries
    assert published.found_earlier
    assert len(mastodon.created) == 1  # exactly one post arrived at the server
    assert Store(database).shares()[0].state == "posted"


def test_the_workspace_never_sends_a_text_too_long_or_empty(
    server: tuple[HTTPServer, IdempotentMastodon], tmp_path: Path
) -> None:
    """Whatever front end asks, the workspace checks the count as the network counts it first."""
    from advocacy.credentials import CredentialStore
    from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
    from advocacy.errors import AdvocacyError
    from advocacy.workspace import Workspace
    from tests.keyring_memory import MemoryKeyring

    httpserver, mastodon = server
    handle = f"@sam@127.0.0.1:{httpserver.port}"
    credentials = CredentialStore(backend=MemoryKeyring())
    credentials.set(Network.MASTODON, handle, "tok")
    config = ProfileConfig(
        me=Me(accounts=Accounts(mastodon=handle)), endpoints=Endpoints(mastodon=httpserver.url_for("").rstrip("/"))
    )
    workspace = Workspace.open(config, is_sample=False, credentials=credentials)
    for text, phrase in (("x" * 501, "Not posted: "), (" \n\u200b", "The text is empty")):
        with pytest.raises(AdvocacyError, match=phrase):
            workspace.publish(Network.MASTODON, text, f"key-{len(text)}")
    assert mastodon.posts_received == 0 and workspace.shares() == []
    assert workspace.publish(Network.MASTODON, "Just right", "key-ok").url


def test_a_refused_connection_records_nothing_and_says_nothing_was_sent(tmp_path: Path) -> None:
    import socket

    from advocacy.errors import FetchError as Failed

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = Store(tmp_path / "db.sqlite3")
    with pytest.raises(Failed, match=r"for your post; nothing was sent\.$"):
        publish_mastodon(
            HttpClient(policy=FAST),
            store,
            base_url=f"http://127.0.0.1:{port}",
            token="tok",
            text="Hello",
            item_key="refused",
        )
    assert store.shares() == []  # only what was attempted is recorded: nothing left the computer
