from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from hypothesis import HealthCheck, settings
from pytest_httpserver import HTTPServer

# Fuzzing budget: bounded in CI; `ADVOCACY_FUZZ=long pytest tests/fuzz` runs a long campaign.
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("medium", max_examples=1_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("long", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("ADVOCACY_FUZZ", "ci"))

from tests.keyring_memory import MemoryKeyring  # noqa: E402 - after the Qt platform is chosen
from tests.scheduled_mastodon import ScheduledMastodon  # noqa: E402


@pytest.fixture(autouse=True)
def advocacy_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes under its own ADVOCACY_HOME, never in the real profile directories."""
    home = tmp_path / "advocacy-home"
    monkeypatch.setenv("ADVOCACY_HOME", str(home))
    return home


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring for unit tests; the real Secret Service has its own test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def scheduling() -> Iterator[tuple[HTTPServer, ScheduledMastodon]]:
    import re

    httpserver = HTTPServer(threaded=True)
    httpserver.start()
    mastodon = ScheduledMastodon()
    httpserver.expect_request("/api/v1/statuses", method="POST").respond_with_handler(mastodon.post)
    httpserver.expect_request("/api/v1/scheduled_statuses", method="GET").respond_with_handler(mastodon.listing)
    httpserver.expect_request(re.compile(r"/api/v1/scheduled_statuses/\w+"), method="DELETE").respond_with_handler(
        mastodon.delete
    )
    httpserver.expect_request(re.compile(r"/api/v1/scheduled_statuses/\w+"), method="GET").respond_with_handler(
        mastodon.one
    )
    # The account and its (no) recent posts: what the app reads to look for an unclear attempt's post.
    httpserver.expect_request("/api/v1/accounts/verify_credentials").respond_with_json({"id": "1"})
    httpserver.expect_request("/api/v1/accounts/1/statuses").respond_with_json([])
    yield httpserver, mastodon
    httpserver.clear()
    httpserver.stop()
