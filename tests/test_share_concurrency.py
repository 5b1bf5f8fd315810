"""Never twice, with two commands at once and with servers that misbehave after storing a post.

Real `advocacy share` processes, a real keyring (CI's gnome-keyring), loopback servers that count
every post they store. The servers here are hostile on purpose: the Mastodon one ignores the
Idempotency-Key, and both answer 502 after storing when told to, so only the app's own claim and its
look at the account before re-sending can keep a text from arriving twice.
"""

from __future__ import annotations

import json
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

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from tests.test_bluesky_publish import HANDLE, LoopbackPds, bluesky_profile
from tests.test_bluesky_publish import pds as pds  # noqa: PLC0414 - the fixture, re-exported for pytest
from tests.test_cli import ROOT, run_cli
from tests.test_share_cli import _command, _mastodon_profile
from tests.test_share_cli import keyring_store as keyring_store  # noqa: PLC0414

pytestmark = [pytest.mark.secret_service, pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes")]

TRIALS = int(__import__("os").environ.get("SHARE_TRIALS", "3"))


@dataclass
class CarelessMastodon:
    """Stores every POST as a new status (no Idempotency-Key support), slowly, and can answer 502
    after storing: the worst a Mastodon-compatible server can do."""

    created: list[dict[str, object]] = field(default_factory=list)
    delay: float = 0.4
    fail_after_storing: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def post(self, request: Request) -> Response:
        time.sleep(self.delay)  # both commands are in flight together
        with self.lock:
            number = len(self.created) + 1
            status = {
                "id": str(number),
                "url": f"https://social.example/@sam/{number}",
                "content": "<p>" + request.get_json()["status"].replace("\n", "<br>") + "</p>",
                "created_at": "2026-12-04T10:00:00.000Z",
                "account": {"id": "1", "acct": "sam"},
                "visibility": "public",
            }
            self.created.append(status)
            if self.fail_after_storing:
                self.fail_after_storing -= 1
                return Response("<html>Bad gateway</html>", status=502)
        return Response(json.dumps(status), content_type="application/json")

    def statuses(self, _request: Request) -> Response:
        with self.lock:
            return Response(json.dumps(self.created[::-1]), content_type="application/json")

    def posts_of(self, text: str) -> int:
        return sum(1 for s in self.created if text in str(s["content"]))


@pytest.fixture
def careless() -> Iterator[tuple[HTTPServer, CarelessMastodon]]:
    server = HTTPServer(threaded=True)
    server.start()
    state = CarelessMastodon()
    server.expect_request("/api/v1/statuses", method="POST").respond_with_handler(state.post)
    server.expect_request("/api/v1/accounts/verify_credentials").respond_with_json({"id": "1"})
    server.expect_request("/api/v1/accounts/1/statuses").respond_with_handler(state.statuses)
    server.expect_request("/api/v1/scheduled_statuses").respond_with_json([])
    yield server, state
    server.clear()
    server.stop()


def _together(*commands: list[str], home: Path) -> list[subprocess.CompletedProcess[str]]:
    """Start every command at the same moment and wait for all."""
    env = {**__import__("os").environ, "ADVOCACY_HOME": str(home)}
    running = [
        subprocess.Popen(c, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in commands
    ]
    done = []
    for process in running:
        out, err = process.communicate(timeout=120)
        done.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return done


def test_two_mastodon_share_commands_at_once_post_each_text_once(
    careless: tuple[HTTPServer, CarelessMastodon], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    server, mastodon = careless
    profile, handle = _mastodon_profile(tmp_path, server, keyring_store)
    try:
        for trial in range(TRIALS):
            text = f"Trial {trial}: WidgetOS 5 is out (I work at Acme)"
            runs = _together(*[_command(profile, "mastodon", text)] * 2, home=advocacy_home)
            assert mastodon.posts_of(text) == 1, [r.stdout + r.stderr for r in runs]
            said = sorted(r.stdout for r in runs)
            assert sum("Posted: https://social.example/@sam/" in s for s in said) == 1, said
            other = next(r for r in runs if "Posted:" not in r.stdout)
            assert "already being posted" in other.stdout + other.stderr or "Already posted" in other.stdout
            assert "Traceback" not in other.stderr
        assert len(mastodon.created) == TRIALS
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_two_bluesky_share_commands_at_once_post_each_text_once(
    pds: tuple[HTTPServer, LoopbackPds], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    server, state = pds
    profile = bluesky_profile(tmp_path, server)
    keyring_store.set(Network.BLUESKY, HANDLE, state.password)
    state.delay = 0.4
    try:
        for trial in range(TRIALS):
            text = f"Trial {trial}: plain words about WidgetOS 5 (I work at Acme)"
            runs = _together(*[_command(profile, "bluesky", text)] * 2, home=advocacy_home)
            held = [r for r in state.records if r["text"] == text]
            assert len(held) == 1, [r.stdout + r.stderr for r in runs]
            assert sum("Posted:" in r.stdout for r in runs) == 1
            assert not any("without a second post" in r.stdout or "Traceback" in r.stderr for r in runs)
    finally:
        keyring_store.delete(Network.BLUESKY, HANDLE)


def test_a_server_that_stores_then_answers_502_gets_the_post_once(
    careless: tuple[HTTPServer, CarelessMastodon], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    server, mastodon = careless
    mastodon.delay, mastodon.fail_after_storing = 0.0, 1
    profile, handle = _mastodon_profile(tmp_path, server, keyring_store)
    text = "Stored, then a 502: WidgetOS 5 (I work at Acme)"
    try:
        first = run_cli("share", "--profile", str(profile), "--network", "mastodon", "--yes", text, home=advocacy_home)
        assert first.returncode == 1 and "may or may not have arrived" in first.stderr, first.stderr
        assert mastodon.posts_of(text) == 1  # no automatic retry piled up more
        second = run_cli("share", "--profile", str(profile), "--network", "mastodon", "--yes", text, home=advocacy_home)
        assert second.returncode == 0, second.stderr
        assert "the server has it, nothing more was sent" in second.stdout
        assert mastodon.posts_of(text) == 1
        third = run_cli("share", "--profile", str(profile), "--network", "mastodon", "--yes", text, home=advocacy_home)
        assert "Already posted" in third.stdout and mastodon.posts_of(text) == 1
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_a_pds_that_stores_then_answers_502_gets_the_post_once(
    pds: tuple[HTTPServer, LoopbackPds], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    server, state = pds
    profile = bluesky_profile(tmp_path, server)
    keyring_store.set(Network.BLUESKY, HANDLE, state.password)
    stored = state.create_record

    def store_then_fail(request: Request) -> Response:
        stored(request)
        return Response("Bad gateway", status=502)

    server.clear()
    server.expect_request("/xrpc/com.atproto.server.createSession", method="POST").respond_with_handler(
        state.create_session
    )
    server.expect_request("/xrpc/com.atproto.server.refreshSession", method="POST").respond_with_handler(
        state.refresh_session
    )
    server.expect_request("/xrpc/com.atproto.repo.createRecord", method="POST").respond_with_handler(store_then_fail)
    server.expect_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_handler(state.author_feed)
    server.expect_request("/xrpc/com.atproto.repo.getRecord").respond_with_handler(state.get_record)
    text = "Stored, then a 502, on Bluesky (I work at Acme)"
    try:
        args = ("share", "--profile", str(profile), "--network", "bluesky", "--yes", text)
        first = run_cli(*args, home=advocacy_home)
        assert first.returncode == 1 and "may or may not have arrived" in first.stderr, first.stderr
        assert len(state.records) == 1
        second = run_cli(*args, home=advocacy_home)
        assert second.returncode == 0 and "nothing more was sent" in second.stdout, second.stdout + second.stderr
        assert len(state.records) == 1
    finally:
        keyring_store.delete(Network.BLUESKY, HANDLE)
