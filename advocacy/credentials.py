"""Secrets live in the OS keyring only: one entry per network and account.

When no keyring is usable the caller gets ``CredentialsUnavailable`` (one clear sentence) and must
offer the user an explicit choice: keep the secret for this run only (``remember_for_session``), or
not at all. There is never a silent plaintext file. Secrets never reach logs or exception text:
every stored value is registered with ``SecretRedactor`` so the log filter can scrub it.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.backends.fail
import keyring.errors
from keyring.backends.chainer import ChainerBackend

from advocacy.domain.models import Network
from advocacy.errors import CredentialsUnavailable
from advocacy.redaction import SecretRedactor

log = logging.getLogger(__name__)

SERVICE_PREFIX = "advocacy"
_UNAVAILABLE = (
    "No system keyring is available to store secrets safely on this computer, so the token cannot be "
    "saved; you can keep it for this session only, or not use one."
)


# Services that are not a social network but still need a secret (LanguageTool's hosted API).
LANGUAGETOOL = "languagetool"


def service_name(network: Network | str) -> str:
    return f"{SERVICE_PREFIX}:{network.value if isinstance(network, Network) else network}"


_FIRST_USE = threading.Lock()


class CredentialStore:
    """Get, set and delete tokens. ``backend`` may be injected for tests; default is the OS keyring."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._session_only: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is not None:
            return self._backend
        # keyring finds its backend on first use by scanning every installed package's entry
        # points. Six fetch threads asking at once each did the whole scan, and the window
        # stalled for 60 ms while they fought over the interpreter; now one scans, once.
        with _FIRST_USE:
            return keyring.get_keyring()

    def _effective_backends(self) -> list[keyring.backend.KeyringBackend]:
        """The backends that really hold secrets: a chainer is unwrapped, the fail backend dropped."""
        backend = self.backend
        chained = getattr(backend, "backends", None) if isinstance(backend, ChainerBackend) else None
        members = list(chained) if chained is not None else [backend]
        return [b for b in members if not isinstance(b, keyring.backends.fail.Keyring)]

    def backend_name(self) -> str:
        """A name to show the user, e.g. "SecretService Keyring"; "none available" when none works."""
        backends = self._effective_backends()
        if not backends:
            return "none available"
        return ", ".join(str(getattr(b, "name", None) or type(b).__name__) for b in backends)

    def is_available(self) -> bool:
        return bool(self._effective_backends())

    def get(self, network: Network | str, account: str) -> str | None:
        key = (service_name(network), account)
        with self._lock:
            if key in self._session_only:
                return self._session_only[key]
        try:
            value = self.backend.get_password(*key)
        except keyring.errors.KeyringError as exc:
            log.info("keyring read failed: %s", type(exc).__name__)
            raise CredentialsUnavailable(_describe(exc)) from None
        if value:
            SecretRedactor.register(value)
        return value

    def set(self, network: Network | str, account: str, secret: str) -> None:
        SecretRedactor.register(secret)
        try:
            self.backend.set_password(service_name(network), account, secret)
        except keyring.errors.KeyringError as exc:
            log.info("keyring write failed: %s", type(exc).__name__)
            raise CredentialsUnavailable(_describe(exc)) from None
        with self._lock:
            self._session_only.pop((service_name(network), account), None)

    def remember_for_session(self, network: Network | str, account: str, secret: str) -> None:
        """The user's explicit choice when no keyring works: memory only, gone when the app quits."""
        SecretRedactor.register(secret)
        with self._lock:
            self._session_only[(service_name(network), account)] = secret

    def delete(self, network: Network | str, account: str) -> None:
        key = (service_name(network), account)
        with self._lock:
            self._session_only.pop(key, None)
        try:
            self.backend.delete_password(*key)
        except keyring.errors.PasswordDeleteError:
            return  # already gone: the user's intent is met
        except keyring.errors.KeyringError as exc:
            raise CredentialsUnavailable(_describe(exc)) from None

    def is_session_only(self, network: Network | str, account: str) -> bool:
        with self._lock:
            return (service_name(network), account) in self._session_only


def _describe(exc: keyring.errors.KeyringError) -> str:
    if isinstance(exc, keyring.errors.KeyringLocked):
        return (
            "The system keyring is locked; unlock it (or log in again) and retry, or keep the token "
            "for this session only."
        )
    if isinstance(exc, keyring.errors.NoKeyringError):
        return _UNAVAILABLE
    return "The system keyring did not work just now; retry, or keep the token for this session only."
