"""Secrets live in the OS keyring only: one entry per network and account.

When no keyring is usable the caller gets ``CredentialsUnavailable`` (one clear sentence) and must
offer the user an explicit choice: keep the secret for this run only (``remember_for_session``), or
not at all. On the command line that choice is an environment variable per network
(``ADVOCACY_TOKEN_MASTODON``…, see ``token_variable``), never an argument, which other users can
read in the process list. There is never a silent plaintext file. Secrets never reach logs or
exception text: every stored value is registered with ``SecretRedactor`` so the log filter can scrub it.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from contextlib import closing
from typing import Any, TypeVar

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
_TOKEN_VARIABLE_PREFIX = "ADVOCACY_TOKEN_"


# Services that are not a social network but still need a secret (LanguageTool's hosted API).
LANGUAGETOOL = "languagetool"


def service_name(network: Network | str) -> str:
    return f"{SERVICE_PREFIX}:{network.value if isinstance(network, Network) else network}"


def token_variable(network: Network) -> str:
    """The environment variable that gives the command line this network's token for one run."""
    return f"{_TOKEN_VARIABLE_PREFIX}{network.name}"


T = TypeVar("T")
_FIRST_USE = threading.Lock()


class _NotLoaded(Exception):
    """``keyring.get_keyring()`` failed: the backend it was told to use cannot even be loaded."""


KEYRING_PATIENCE = 90.0  # seconds: time enough to type the password into a real unlock prompt


class KeyringNoAnswer(Exception):
    """The keyring was asked and never answered."""


class CredentialStore:
    """Get, set and delete tokens. ``backend`` may be injected for tests; default is the OS keyring.

    ``command_line`` words the sentences for a terminal: where the window offers "keep it for this
    session only", the command line names the environment variable that does the same.
    """

    def __init__(
        self,
        backend: keyring.backend.KeyringBackend | None = None,
        *,
        command_line: bool = False,
        patience: float = KEYRING_PATIENCE,
    ) -> None:
        self._backend = backend
        self._command_line = command_line
        self._patience = patience
        self._stuck = False  # a read never came back: later reads do not wait again
        self._session_only: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()
        self._trouble: str | None = None
        self._last_failure: Exception | None = None  # the keyring's last failure, said by problem_for_all

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is not None:
            return self._backend
        # keyring finds its backend on first use by scanning every installed package's entry
        # points. Six fetch threads asking at once each did the whole scan, and the window
        # stalled for 60 ms while they fought over the interpreter; now one scans, once.
        with _FIRST_USE:
            try:
                return keyring.get_keyring()
            except Exception as exc:  # it imports whatever PYTHON_KEYRING_BACKEND names
                raise _NotLoaded(type(exc).__name__) from None

    @property
    def trouble(self) -> str | None:
        """The first keyring failure of this run other than "there is none", as one sentence, for a
        caller that carried on without tokens (the audit) to mention once."""
        with self._lock:
            return self._trouble

    def _effective_backends(self) -> list[keyring.backend.KeyringBackend]:
        """The backends that really hold secrets: a chainer is unwrapped, the fail backend dropped."""
        try:
            backend = self.backend
        except _NotLoaded:
            return []
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

    def _unavailable(self, exc: Exception, network: Network | str, what: str) -> CredentialsUnavailable:
        """Any failure of the keyring as one sentence. Backends fail in their own ways (a dbus error,
        an OSError, a plugin's RuntimeError), and each must reach the user as a sentence, never as a
        traceback, and never stop what needs no token."""
        log.info("keyring %s failed: %s", what, type(exc).__name__)
        with self._lock:
            self._last_failure = exc
        if not isinstance(exc, keyring.errors.NoKeyringError):
            with self._lock:
                self._trouble = self._trouble or _describe(exc, self._remedy(None))
        if what == "delete":
            # Nothing to use instead: what cannot be reached cannot be deleted; there is nothing to set.
            if isinstance(exc, keyring.errors.NoKeyringError):
                return CredentialsUnavailable(
                    "No system keyring is available on this computer, so no token is kept in one: "
                    "there is nothing to delete."
                )
            return CredentialsUnavailable(f"{_cause(exc)} Nothing was deleted.")
        return CredentialsUnavailable(_describe(exc, self._remedy(network)))

    def problem_for_all(self, example: Network | None = None) -> str | None:
        """The keyring's last failure, said for every network at once (a list of several accounts
        names no one network's variable), ``example``'s variable given as the example; None when
        none failed."""
        with self._lock:
            failure = self._last_failure
        return None if failure is None else _describe(failure, self._remedy(None, example))

    def _remedy(self, network: Network | str | None, example: Network | None = None) -> str:
        if not self._command_line:
            return _SESSION_ONLY
        if isinstance(network, Network) and network.facts.token_use is not None:
            return f"set the environment variable {token_variable(network)} to use a token for this run only"
        example_variable = token_variable(
            example if example is not None and example.facts.token_use else Network.GITHUB
        )
        return (
            f"set the environment variable {_TOKEN_VARIABLE_PREFIX}<NETWORK> (such as {example_variable}) "
            "to use a token for this run only"
        )

    def _kept_for_session(self, network: Network | str) -> bool:
        """The user chose "this session only" for this network: what derives from that secret (a
        Bluesky login's refresh token) lives and dies with it when the keyring cannot hold it."""
        service = service_name(network)
        with self._lock:
            return any(kept_service == service for kept_service, _ in self._session_only)

    def get(self, network: Network | str, account: str) -> str | None:
        key = (service_name(network), account)
        with self._lock:
            if key in self._session_only:
                return self._session_only[key]
        try:
            value = self._read_in_time(*key)
        except Exception as exc:  # any backend failure: see _unavailable
            if self._kept_for_session(network):
                return None
            raise self._unavailable(exc, network, "read") from None
        if value:
            SecretRedactor.register(value)
        return value

    def _read_in_time(self, service: str, account: str) -> str | None:
        """The backend's answer, waited for at most ``patience`` seconds. A locked keyring whose
        unlock prompt cannot be shown (no desktop session, a prompter that failed) never answers;
        the audit must go on without tokens rather than wait for ever."""
        return self._in_time(lambda: self.backend.get_password(service, account))

    def _in_time(self, ask: Callable[[], T]) -> T | None:
        """``ask()``'s answer, waited for at most ``patience`` seconds (see ``_read_in_time``)."""
        if self._stuck:
            raise KeyringNoAnswer
        answer: list[T] = []
        failure: list[BaseException] = []

        def read() -> None:
            try:
                answer.append(ask())
            except BaseException as exc:  # handed to the waiting caller
                failure.append(exc)

        reader = threading.Thread(target=read, name="keyring-read", daemon=True)
        reader.start()
        reader.join(self._patience)
        if reader.is_alive():
            with self._lock:
                self._stuck = True
            raise KeyringNoAnswer
        if failure:
            raise failure[0]
        return answer[0] if answer else None

    def stored_accounts(self, services: Iterable[str]) -> dict[str, tuple[str, ...]] | None:
        """The accounts the keyring holds a secret for under each of ``services`` (``"mastodon"``,
        ``"languagetool"``), found by searching it; None when no backend in use can be searched (only
        the Secret Service can: the others can only be asked account by account).
        ``CredentialsUnavailable`` when it cannot be read. Finds every entry the app wrote, including
        ones for accounts the profile no longer names."""
        searchable = [backend for backend in self._effective_backends() if _lists_items(backend)]
        if not searchable:
            return None
        names = list(services)
        found: dict[str, set[str]] = {name: set() for name in names}
        for backend in searchable:
            try:
                listed = self._in_time(functools.partial(_search, backend, names)) or {}
            except Exception as exc:  # any backend failure: see _unavailable
                raise self._unavailable(exc, LANGUAGETOOL, "list") from None
            for name, accounts in listed.items():
                found[name].update(accounts)
        return {name: tuple(sorted(accounts)) for name, accounts in found.items()}

    def forget_session(self) -> None:
        """Drop every secret kept for this session only (all the app's data is being deleted)."""
        with self._lock:
            self._session_only.clear()

    def set(self, network: Network | str, account: str, secret: str) -> None:
        SecretRedactor.register(secret)
        try:
            self.backend.set_password(service_name(network), account, secret)
        except Exception as exc:  # any backend failure: see _unavailable
            if self._kept_for_session(network):
                self.remember_for_session(network, account, secret)
                return
            raise self._unavailable(exc, network, "write") from None
        with self._lock:
            self._session_only.pop((service_name(network), account), None)

    def remember_for_session(self, network: Network | str, account: str, secret: str) -> None:
        """The user's explicit choice when no keyring works: memory only, gone when the app quits."""
        SecretRedactor.register(secret)
        with self._lock:
            self._session_only[(service_name(network), account)] = secret

    def take_from_environment(
        self, accounts: Mapping[Network, str], environ: Mapping[str, str] | None = None
    ) -> tuple[Network, ...]:
        """The tokens given in ``ADVOCACY_TOKEN_<NETWORK>`` for the profile's own accounts, kept for
        this session only: how the command line takes a token without a keyring, and without
        putting it in its arguments. Returns the networks that got one."""
        environ = os.environ if environ is None else environ
        taken = []
        for network, account in accounts.items():
            secret = environ.get(token_variable(network), "").strip()
            if secret:
                self.remember_for_session(network, account, secret)
                taken.append(network)
        return tuple(taken)

    def delete(self, network: Network | str, account: str) -> None:
        key = (service_name(network), account)
        with self._lock:
            self._session_only.pop(key, None)
        try:
            self.backend.delete_password(*key)
        except keyring.errors.PasswordDeleteError:
            return  # already gone: the user's intent is met
        except Exception as exc:  # any backend failure: see _unavailable
            raise self._unavailable(exc, network, "delete") from None

    def is_session_only(self, network: Network | str, account: str) -> bool:
        with self._lock:
            return (service_name(network), account) in self._session_only


_SESSION_ONLY = "keep the token for this session only"


def _lists_items(backend: keyring.backend.KeyringBackend) -> bool:
    """Whether the backend is the Secret Service, which can be searched by service."""
    return type(backend).__module__ == "keyring.backends.SecretService" and hasattr(backend, "get_preferred_collection")


def _search(backend: Any, services: list[str]) -> dict[str, tuple[str, ...]]:
    """Every account under each of the app's service names, as the Secret Service lists its items."""
    scheme = backend.schemes[backend.scheme]
    collection = backend.get_preferred_collection()
    found: dict[str, tuple[str, ...]] = {}
    with closing(collection.connection):
        for service in services:
            items = collection.search_items({scheme["service"]: service_name(service)})
            accounts = (item.get_attributes().get(scheme["username"]) for item in items)
            found[service] = tuple(sorted({a for a in accounts if isinstance(a, str)}))
    return found


def _cause(exc: Exception) -> str:
    """What went wrong and what retrying needs, with nothing to use instead (a delete has no
    "keep it for this session" to offer)."""
    if isinstance(exc, _NotLoaded):
        if os.environ.get("PYTHON_KEYRING_BACKEND"):
            return "The keyring named in PYTHON_KEYRING_BACKEND cannot be loaded; correct or unset it."
        return "The system keyring cannot be loaded on this computer."
    if isinstance(exc, KeyringNoAnswer | keyring.errors.KeyringLocked):
        return "The system keyring is locked or did not answer; unlock it (or log in again) and retry."
    return "The system keyring did not work just now; retry."


def _describe(exc: Exception, remedy: str) -> str:
    if isinstance(exc, _NotLoaded):
        if os.environ.get("PYTHON_KEYRING_BACKEND"):
            return f"The keyring named in PYTHON_KEYRING_BACKEND cannot be loaded; correct or unset it, or {remedy}."
        return f"The system keyring cannot be loaded on this computer; {remedy}."
    if isinstance(exc, KeyringNoAnswer | keyring.errors.KeyringLocked):
        why = (
            "is locked"
            if isinstance(exc, keyring.errors.KeyringLocked)
            else f"did not answer within {int(KEYRING_PATIENCE)} seconds (it may be waiting to be unlocked where no "
            "prompt can show)"
        )
        return f"The system keyring {why}; unlock it (or log in again) and retry, or {remedy}."
    if isinstance(exc, keyring.errors.NoKeyringError):
        if remedy == _SESSION_ONLY:
            return _UNAVAILABLE
        return f"No system keyring is available to keep secrets safely on this computer; {remedy}."
    return f"The system keyring did not work just now; retry, or {remedy}."
