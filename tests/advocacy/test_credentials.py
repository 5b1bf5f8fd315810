"""Secrets: the keyring wrapper, the explicit no-keyring fallback, and redaction in the log."""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from advocacy.credentials import CredentialStore, service_name
from advocacy.domain.models import Network
from advocacy.errors import CredentialsUnavailable
from advocacy.logging_setup import configure_logging
from tests.keyring_memory import MemoryKeyring


def test_round_trip_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    store.set(Network.MASTODON, "@ada@example.social", "tok-123456")
    assert memory_keyring.entries == {(service_name(Network.MASTODON), "@ada@example.social"): "tok-123456"}
    assert store.get(Network.MASTODON, "@ada@example.social") == "tok-123456"
    store.delete(Network.MASTODON, "@ada@example.social")
    assert store.get(Network.MASTODON, "@ada@example.social") is None
    store.delete(Network.MASTODON, "@ada@example.social")  # already gone is fine


def test_no_keyring_gives_one_sentence_and_an_explicit_session_choice() -> None:
    store = CredentialStore(backend=keyring.backends.fail.Keyring())
    assert not store.is_available()
    assert store.backend_name() == "none available"
    with pytest.raises(CredentialsUnavailable) as caught:
        store.set(Network.GITHUB, "ada", "ghp_marker_value")
    assert "session only" in caught.value.user_message
    assert "ghp_marker_value" not in str(caught.value)
    # The user chose "keep it for this session": memory only, nothing written anywhere.
    store.remember_for_session(Network.GITHUB, "ada", "ghp_marker_value")
    assert store.get(Network.GITHUB, "ada") == "ghp_marker_value"
    assert store.is_session_only(Network.GITHUB, "ada")
    assert CredentialStore(backend=keyring.backends.fail.Keyring()).is_session_only(Network.GITHUB, "ada") is False


def test_secrets_never_reach_the_log_file(memory_keyring: MemoryKeyring, advocacy_home: Path) -> None:
    secret = f"marker-{uuid.uuid4().hex}"
    CredentialStore().set(Network.MASTODON, "@ada@example.social", secret)
    handler = configure_logging(verbose=True)
    try:
        log = logging.getLogger("test.secrets")
        log.warning("sending with token %s", secret)
        log.warning("headers: {'Authorization': 'Bearer unrelated-value-42'}")
        try:
            raise RuntimeError(f"failed with {secret}")
        except RuntimeError:
            log.exception("boom")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = (advocacy_home / "logs" / "advocacy.log").read_text(encoding="utf-8")
    assert "sending with token [secret]" in text
    assert secret not in text
    assert "unrelated-value-42" not in text


@pytest.mark.secret_service
def test_real_secret_service_round_trip() -> None:
    """Runs against gnome-keyring in CI (.ci/run starts one); REQUIRE_SECRET_SERVICE=1 forbids skipping."""
    store = CredentialStore()
    if "SecretService" not in store.backend_name():
        if os.environ.get("REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail(f"a Secret Service was required but the keyring offers: {store.backend_name()}")
        pytest.skip("no Secret Service on this machine")
    account = f"ci-{uuid.uuid4().hex[:8]}"
    store.set(Network.BLUESKY, account, "app-password-xyz")
    try:
        assert CredentialStore().get(Network.BLUESKY, account) == "app-password-xyz"
    finally:
        store.delete(Network.BLUESKY, account)
    assert CredentialStore().get(Network.BLUESKY, account) is None
