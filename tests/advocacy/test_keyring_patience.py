"""A keyring that never answers (locked, with no way to show its unlock prompt) is waited for a
while, then said in one sentence, and never waited for again in the same run: an audit goes on
without tokens instead of hanging."""

from __future__ import annotations

import threading
import time

import pytest

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.errors import CredentialsUnavailable
from tests.keyring_memory import MemoryKeyring


class _SilentKeyring(MemoryKeyring):
    priority = 0  # never chosen by keyring's own discovery: only this test uses it

    def __init__(self) -> None:
        super().__init__()
        self.released = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.released.wait(30)
        return super().get_password(service, username)


def test_a_keyring_that_never_answers_is_said_once_and_not_waited_for_again() -> None:
    silent = _SilentKeyring()
    store = CredentialStore(backend=silent, patience=0.3)
    try:
        started = time.monotonic()
        with pytest.raises(CredentialsUnavailable, match="did not answer within"):
            store.get(Network.GITHUB, "sam")
        assert 0.25 <= time.monotonic() - started < 5
        again = time.monotonic()
        with pytest.raises(CredentialsUnavailable):
            store.get(Network.MASTODON, "@sam@social.example")
        assert time.monotonic() - again < 0.2  # the second read does not wait again
        assert store.trouble is not None and "did not answer" in store.trouble
    finally:
        silent.released.set()


def test_a_keyring_that_answers_in_time_is_read_as_always() -> None:
    memory = MemoryKeyring()
    store = CredentialStore(backend=memory, patience=5)
    store.set(Network.GITHUB, "sam", "ghp_token_value")
    assert store.get(Network.GITHUB, "sam") == "ghp_token_value"
    assert store.get(Network.GITHUB, "nobody") is None
