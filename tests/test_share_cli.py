"""``advocacy share`` as a user runs it: the real command, the real keyring, loopback servers.

Posts exactly once per text, across a SIGKILL between sending and recording, on Mastodon (same
Idempotency-Key) and Bluesky (recent posts looked at first). The token or app password is read from
the system keyring: CI provides a real Secret Service (gnome-keyring); REQUIRE_SECRET_SERVICE=1
forbids skipping.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.domain.records import ShareState
from advocacy.networks.bluesky.publish import refresh_account
from tests.scheduled_mastodon import ScheduledMastodon
from tests.test_bluesky_publish import HANDLE, LoopbackPds, bluesky_profile
from tests.test_bluesky_publish import pds as pds  # noqa: PLC0414 - the fixture, re-exported for pytest
from tests.test_cli import ROOT, run_cli
from tests.test_never_twice import IdempotentMastodon
from tests.test_never_twice import server as server  # noqa: PLC0414

pytestmark = [pytest.mark.secret_service, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


@pytest.fixture
def keyring_store() -> Iterator[CredentialStore]:
    store = CredentialStore()
    if "SecretService" not in store.backend_name():
        if os.environ.get("REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail(f"a Secret Service was required but the keyring offers: {store.backend_name()}")
        pytest.skip("no Secret Service on this machine (CI provides one)")
    yield store


def _mastodon_profile(tmp_path: Path, httpserver: HTTPServer, store: CredentialStore) -> tuple[Path, str]:
    handle = f"@sam{uuid.uuid4().hex[:6]}@127.0.0.1:{httpserver.port}"
    store.set(Network.MASTODON, handle, "tok")  # IdempotentMastodon checks for "Bearer tok"
    profile = tmp_path / "me.toml"
    profile.write_text(
        f'[me]\nname = "Sam"\n[me.accounts]\nmastodon = "{handle}"\n'
        f'[endpoints]\nmastodon = "{httpserver.url_for("").rstrip("/")}"\n',
        encoding="utf-8",
    )
    return profile, handle


def _share(profile: Path, home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli("share", "--profile", str(profile), *args, home=home, stdin=stdin)


def _command(profile: Path, network: str, text: str) -> list[str]:
    return [
        sys.executable,
        str(ROOT / "main.py"),
        "share",
        "--profile",
        str(profile),
        "--network",
        network,
        "--yes",
        text,
    ]


TEXT = "WidgetOS 5 is out: faster builds, a new plugin API. (I work at Acme)"


def test_mastodon_posts_once_then_says_it_already_did(
    server: tuple[HTTPServer, IdempotentMastodon], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    httpserver, mastodon = server
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    try:
        first = _share(profile, advocacy_home, "--network", "mastodon", "--yes", TEXT)
        assert first.returncode == 0, first.stderr
        assert first.stdout.strip() == "Posted: https://social.example/@sam/1"
        again = _share(profile, advocacy_home, "--network", "mastodon", "--yes", TEXT)
        assert again.returncode == 0 and "Already posted to Mastodon" in again.stdout
        assert "https://social.example/@sam/1" in again.stdout and len(mastodon.created) == 1
        forced = _share(profile, advocacy_home, "--network", "mastodon", "--yes", "--again", TEXT)
        assert forced.returncode == 0 and forced.stdout.strip() == "Posted: https://social.example/@sam/2"
        assert len(mastodon.created) == 2
        history = json.loads(
            run_cli("history", "--profile", str(profile), "--format", "json", home=advocacy_home).stdout
        )
        assert [s["url"] for s in history["shares"]] == [
            "https://social.example/@sam/2",
            "https://social.example/@sam/1",
        ]
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_mastodon_killed_between_sending_and_recording_then_rerun_posts_once(
    server: tuple[HTTPServer, IdempotentMastodon], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    httpserver, mastodon = server
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    mastodon.delay = 10.0  # the post is created; the process dies before it hears back
    try:
        child = subprocess.Popen(
            _command(profile, "mastodon", TEXT),
            env={**os.environ, "ADVOCACY_HOME": str(advocacy_home)},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert mastodon.received.wait(30)
        time.sleep(0.2)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert len(mastodon.created) == 1
        mastodon.delay = 0.0
        rerun = _share(profile, advocacy_home, "--network", "mastodon", "--yes", TEXT)
        assert rerun.returncode == 0, rerun.stderr
        assert "nothing more was sent" in rerun.stdout and "https://social.example/@sam/1" in rerun.stdout
        assert len(mastodon.created) == 1  # exactly one post arrived
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_no_terminal_and_no_yes_posts_nothing(
    server: tuple[HTTPServer, IdempotentMastodon], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    httpserver, mastodon = server
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    try:
        result = _share(profile, advocacy_home, "--network", "mastodon", TEXT)
        assert result.returncode == 2 and "add --yes" in result.stderr and result.stderr.count("\n") == 1
        piped = _share(profile, advocacy_home, "--network", "mastodon", "-", stdin=TEXT)
        assert piped.returncode == 2 and mastodon.created == []
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_a_refused_post_is_one_sentence_and_exit_1(
    server: tuple[HTTPServer, IdempotentMastodon], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    httpserver, mastodon = server
    mastodon.refuse = True
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    try:
        result = _share(profile, advocacy_home, "--network", "mastodon", "--yes", TEXT)
        assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    finally:
        keyring_store.delete(Network.MASTODON, handle)


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (("--network", "bluesky", "--yes", TEXT), "no Bluesky account to post as"),
        (("--network", "mastodon", "--yes", "   \n "), "The text is empty"),
        (("--network", "mastodon", "--yes", "x" * 600), "Not posted: Mastodon: 600 of 500 characters"),
        (("--network", "mastodon", "--yes"), "Give the text to post"),
        (("--network", "mastodon", "--yes", "--item", "nope", "text"), "either --item or a text"),
    ],
)
def test_usage_problems_are_one_sentence_and_exit_2(
    server: tuple[HTTPServer, IdempotentMastodon],
    keyring_store: CredentialStore,
    tmp_path: Path,
    advocacy_home: Path,
    args: tuple[str, ...],
    phrase: str,
) -> None:
    httpserver, mastodon = server
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    try:
        result = _share(profile, advocacy_home, *args)
        assert result.returncode == 2, result.stderr
        assert phrase in result.stderr and result.stderr.count("\n") == 1
        assert mastodon.created == []
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_bluesky_killed_after_sending_then_rerun_finds_the_post_and_sends_nothing(
    pds: tuple[HTTPServer, LoopbackPds], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    server, state = pds
    profile = bluesky_profile(tmp_path, server)
    keyring_store.set(Network.BLUESKY, HANDLE, state.password)
    text = "Short and plain: WidgetOS 5 is out (I work at Acme)"
    state.delay = 10.0
    try:
        child = subprocess.Popen(
            _command(profile, "bluesky", text),
            env={**os.environ, "ADVOCACY_HOME": str(advocacy_home)},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while not state.records and time.monotonic() < deadline:
            time.sleep(0.05)
        assert state.records, "the post never reached the PDS"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        state.delay = 0.0
        rerun = _share(profile, advocacy_home, "--network", "bluesky", "--yes", text)
        assert rerun.returncode == 0, rerun.stderr
        assert "nothing more was sent" in rerun.stdout
        assert len(state.records) == 1  # exactly one post
        again = _share(profile, advocacy_home, "--network", "bluesky", "--yes", text)
        assert "Already posted to Bluesky" in again.stdout and len(state.records) == 1
    finally:
        keyring_store.delete(Network.BLUESKY, HANDLE)
        keyring_store.delete(Network.BLUESKY, refresh_account(HANDLE))


def test_history_shows_how_each_share_did_after_the_next_audit(tmp_path: Path, advocacy_home: Path) -> None:
    """The engagement a re-audit reads for a shared post is shown beside the share."""
    from datetime import UTC, datetime

    from advocacy.domain.models import AuditReport, Engagement, Post, Profile, SourceOutcome, SourceStatus
    from advocacy.storage import Store

    profile = tmp_path / "me.toml"
    profile.write_text('[me]\nname = "Sam"\n[me.accounts]\nmastodon = "@sam@social.example"\n', encoding="utf-8")
    store = Store(advocacy_home / "data" / "advocacy.sqlite3")
    url = "https://social.example/@sam/1"
    store.record_share("text:abc", Network.MASTODON, "key-1", state=ShareState.POSTED, post_url=url)
    post = Post(Network.MASTODON, "1", url, datetime.now(UTC), "hi", engagement=Engagement(12, 3, 2, None))
    outcome = SourceOutcome(
        Network.MASTODON,
        "@sam@social.example",
        SourceStatus.OK,
        profile=Profile(Network.MASTODON, "sam"),
        posts=(post,),
    )
    store.save_audit(AuditReport(datetime.now(UTC), 90, (outcome,), ()))
    listed = run_cli("history", "--profile", str(profile), "--format", "json", home=advocacy_home)
    (share,) = json.loads(listed.stdout)["shares"]
    assert share["engagement"] == {"likes": 12, "reposts": 3, "replies": 2, "quotes": None}
    text = run_cli("history", "--profile", str(profile), home=advocacy_home).stdout
    assert f"{url}  (12 likes, 3 reposts, 2 replies)" in text


# Two months ahead: within the year a post can be scheduled for.
AT = (datetime.now(UTC) + timedelta(days=60)).replace(hour=9, minute=30, second=0, microsecond=0).isoformat()


def test_a_scheduled_mastodon_post_is_held_once_and_can_be_cancelled(
    scheduling: tuple[HTTPServer, ScheduledMastodon],
    keyring_store: CredentialStore,
    tmp_path: Path,
    advocacy_home: Path,
) -> None:
    httpserver, mastodon = scheduling
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    try:
        first = _share(profile, advocacy_home, "--network", "mastodon", "--yes", "--at", AT, TEXT)
        assert first.returncode == 0, first.stderr
        assert "Scheduled: Mastodon will post it at" in first.stdout and "(id 1;" in first.stdout
        assert list(mastodon.held) == ["1"] and mastodon.held["1"]["scheduled_at"] == AT.replace("+00:00", "Z")
        again = _share(profile, advocacy_home, "--network", "mastodon", "--yes", "--at", AT, TEXT)
        assert again.returncode == 0 and "Already scheduled on Mastodon" in again.stdout
        assert list(mastodon.held) == ["1"]  # never twice, scheduled posts included
        listed = json.loads(
            run_cli("history", "--profile", str(profile), "--format", "json", home=advocacy_home).stdout
        )
        assert [s["state"] for s in listed["shares"]] == ["scheduled"]
        assert listed["shares"][0]["remote_id"] == "1" and listed["shares"][0]["scheduled_at"].startswith(AT[:10])
        text = run_cli("history", "--profile", str(profile), home=advocacy_home).stdout
        assert f"Mastodon (scheduled for {AT[:10]}" in text and ", id 1)" in text
        cancel = _share(profile, advocacy_home, "--network", "mastodon", "--cancel", "1")
        assert cancel.returncode == 0 and "Cancelled the scheduled post 1." in cancel.stdout
        assert mastodon.held == {}
        gone = _share(profile, advocacy_home, "--network", "mastodon", "--cancel", "1")
        assert gone.returncode == 1 and "has no scheduled post 1" in gone.stderr
        # Cancelled, the same text may be scheduled again: a new post is held.
        rescheduled = _share(profile, advocacy_home, "--network", "mastodon", "--yes", "--at", AT, TEXT)
        assert rescheduled.returncode == 0 and list(mastodon.held) == ["2"]
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_a_scheduled_post_cancelled_elsewhere_can_be_scheduled_again(
    scheduling: tuple[HTTPServer, ScheduledMastodon],
    keyring_store: CredentialStore,
    tmp_path: Path,
    advocacy_home: Path,
) -> None:
    httpserver, mastodon = scheduling
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    try:
        assert _share(profile, advocacy_home, "--network", "mastodon", "--yes", "--at", AT, TEXT).returncode == 0
        mastodon.held.clear()  # cancelled on the server's own web page
        again = _share(profile, advocacy_home, "--network", "mastodon", "--yes", "--at", AT, TEXT)
        assert again.returncode == 0, again.stderr
        assert "no longer on the server" in again.stdout and "Scheduled: Mastodon will post it" in again.stdout
        assert list(mastodon.held) == ["2"]
        listed = json.loads(
            run_cli("history", "--profile", str(profile), "--format", "json", home=advocacy_home).stdout
        )
        assert sorted(s["state"] for s in listed["shares"]) == ["cancelled", "scheduled"]
        # Cancelling from here what was already cancelled there also marks it, instead of a stale record.
        mastodon.held.clear()
        gone = _share(profile, advocacy_home, "--network", "mastodon", "--cancel", "2")
        assert gone.returncode == 1 and "cancelled elsewhere" in gone.stderr
        listed = json.loads(
            run_cli("history", "--profile", str(profile), "--format", "json", home=advocacy_home).stdout
        )
        assert [s["state"] for s in listed["shares"]] == ["cancelled", "cancelled"]
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_a_scheduled_post_killed_in_flight_is_held_once(
    scheduling: tuple[HTTPServer, ScheduledMastodon],
    keyring_store: CredentialStore,
    tmp_path: Path,
    advocacy_home: Path,
) -> None:
    httpserver, mastodon = scheduling
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    mastodon.delay = 10.0
    try:
        child = subprocess.Popen(
            [*_command(profile, "mastodon", TEXT), "--at", AT],
            env={**os.environ, "ADVOCACY_HOME": str(advocacy_home)},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert mastodon.received.wait(30)
        time.sleep(0.2)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        mastodon.delay = 0.0
        rerun = _share(profile, advocacy_home, "--network", "mastodon", "--yes", "--at", AT, TEXT)
        assert rerun.returncode == 0, rerun.stderr
        assert "nothing more was sent" in rerun.stdout
        assert list(mastodon.held) == ["1"]
    finally:
        keyring_store.delete(Network.MASTODON, handle)


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (("--network", "mastodon", "--yes", "--at", "tomorrow", TEXT), "is not a time"),
        (("--network", "mastodon", "--yes", "--at", "2020-01-01T00:00", TEXT), "at least 5 minutes from now"),
        (("--network", "bluesky", "--yes", "--at", AT, TEXT), "no Bluesky account to post as"),
        (("--network", "mastodon", "--cancel", "1", "text"), "--cancel takes only the id"),
    ],
)
def test_scheduling_mistakes_are_one_sentence(
    scheduling: tuple[HTTPServer, ScheduledMastodon],
    keyring_store: CredentialStore,
    tmp_path: Path,
    advocacy_home: Path,
    args: tuple[str, ...],
    phrase: str,
) -> None:
    httpserver, mastodon = scheduling
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    try:
        result = _share(profile, advocacy_home, *args)
        assert result.returncode == 2 and phrase in result.stderr and result.stderr.count("\n") == 1
        assert mastodon.held == {}
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_control_characters_and_a_missing_token_are_set_up_problems(
    server: tuple[HTTPServer, IdempotentMastodon], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    httpserver, mastodon = server
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    try:
        hostile = _share(profile, advocacy_home, "--network", "mastodon", "--yes", "Hello \x1b[31mworld")
        assert hostile.returncode == 2 and "control characters" in hostile.stderr
        keyring_store.delete(Network.MASTODON, handle)
        untokened = _share(profile, advocacy_home, "--network", "mastodon", "--yes", TEXT)
        assert untokened.returncode == 2 and "Connect your Mastodon account" in untokened.stderr
        assert mastodon.created == []
    finally:
        keyring_store.delete(Network.MASTODON, handle)


def test_an_item_named_by_its_address_then_by_its_id_is_one_share(
    server: tuple[HTTPServer, IdempotentMastodon], keyring_store: CredentialStore, tmp_path: Path, advocacy_home: Path
) -> None:
    """The share key is the item's own (its id), whichever way the command names it: naming it by its
    address does not make a second share of the same item."""
    httpserver, mastodon = server
    profile, handle = _mastodon_profile(tmp_path, httpserver, keyring_store)
    library = tmp_path / "library.toml"
    library.write_text(
        '[[items]]\nid = "widgetos-5"\ntitle = "WidgetOS 5 is out"\nurl = "https://acme.example/blog/widgetos-5"\n',
        encoding="utf-8",
    )
    try:
        by_address = _share(
            profile, advocacy_home, "--network", "mastodon", "--yes", "--library", str(library),
            "--item", "https://acme.example/blog/widgetos-5",
        )  # fmt: skip
        assert by_address.returncode == 0 and by_address.stdout.startswith("Posted:"), by_address.stderr
        by_id = _share(
            profile, advocacy_home, "--network", "mastodon", "--yes", "--library", str(library), "--item", "widgetos-5"
        )
        assert by_id.returncode == 0 and "Already posted to Mastodon" in by_id.stdout, by_id.stdout
        assert len(mastodon.created) == 1
    finally:
        keyring_store.delete(Network.MASTODON, handle)
