"""Scrubbing secrets from text. Kept apart from the keyring code so that logging, set up before the
first window paints, does not have to load the keyring library.

Two things are scrubbed, and nothing else, so a log line stays readable ("the token could not be
saved" keeps every word):

- every value registered with ``SecretRedactor`` (the credential store registers each secret it
  reads, writes or keeps for the session), wherever it appears, also URL- or JSON-escaped, even
  when it is an ordinary word ("horse" as a password is scrubbed from "a horse", and the rest of
  the sentence kept);
- text shaped like a credential by its syntax, never by a nearby word: the value of an
  ``Authorization`` header, ``Bearer`` followed by a token (a JWT, or a long run of token
  characters with a digit), any JWT, GitHub tokens, ``token=...`` / ``password=...`` in a query
  string or form, and a quoted ``"password": "..."`` field of a JSON or dict dump.
"""

from __future__ import annotations

import json
import re
import threading
from urllib.parse import quote, quote_plus

REDACTED = "[secret]"
MIN_SECRET_LENGTH = 4  # shorter values ("abc") would scrub pieces of ordinary words

_CREDENTIAL_NAMES = (
    r"access_?token|refresh_?token|id_?token|auth_?token|token|password|passwd|pass|secret|client_?secret|"
    r"api_?key|apikey|access_?jwt|refresh_?jwt|app_?password|session_?key"
)
_JWT = r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"
_SHAPES = (
    # Authorization: Bearer abc / 'Authorization': 'token abc' / authorization=Basic abc: the value,
    # after its scheme word. The header's name is what tells: the value may look like anything.
    re.compile(
        r"(?i)(\bauthori[sz]ation['\"]?\s*[:=]\s*['\"]?(?:(?:bearer|basic|token|digest|negotiate|apikey|dpop)\s+)?+)"
        r"(?!\[secret\])([^\s'\",;}\]]+)"
    ),
    # Bearer <token>: only a JWT or a long run of token characters with a digit in it, never a word.
    re.compile(r"(\b[Bb]earer\s+)(" + _JWT + r"|(?=[A-Za-z0-9._~+/-]*\d)[A-Za-z0-9._~+/-]{16,}=*)"),
    # Credentials that announce themselves by their own shape, wherever they are.
    re.compile(r"()(\b" + _JWT + r"|\bgh[pousr]_[A-Za-z0-9]{30,}|\bgithub_pat_[A-Za-z0-9_]{30,})"),
    # ?access_token=abc&... / password=abc in a query string or a form body: "=" right after the name.
    re.compile(r"(?i)(\b(?:" + _CREDENTIAL_NAMES + r")=)(?!\[secret\])([^\s&'\",;}\]]+)"),
    # {'password': 'abc'} / "accessJwt": "abc": a quoted name and a quoted value, as code prints them.
    re.compile(r"(?i)(['\"](?:" + _CREDENTIAL_NAMES + r")['\"]\s*:\s*)('[^']+'|\"(?:[^\"\\]|\\.)+\")"),
)


def _variants(secret: str) -> set[str]:
    """The secret as it may appear in a log: as is, URL-encoded, JSON-escaped."""
    return {secret, quote(secret, safe=""), quote_plus(secret, safe=""), json.dumps(secret)[1:-1]}


class SecretRedactor:
    """The set of secret values this process has seen, for scrubbing log records."""

    _lock = threading.Lock()
    _secrets: set[str] = set()  # noqa: RUF012 - deliberately process-wide
    _pattern: re.Pattern[str] | None = None

    @classmethod
    def register(cls, secret: str) -> None:
        if len(secret) < MIN_SECRET_LENGTH:
            return
        with cls._lock:
            before = len(cls._secrets)
            cls._secrets.update(v for v in _variants(secret) if len(v) >= MIN_SECRET_LENGTH)
            if len(cls._secrets) != before:
                cls._pattern = None

    @classmethod
    def _compiled(cls) -> re.Pattern[str] | None:
        with cls._lock:
            if cls._pattern is None and cls._secrets:
                # Longest first, so a secret that contains another is scrubbed whole.
                ordered = sorted(cls._secrets, key=lambda s: (-len(s), s))
                cls._pattern = re.compile("|".join(re.escape(s) for s in ordered))
            return cls._pattern

    @classmethod
    def has_secrets(cls) -> bool:
        with cls._lock:
            return bool(cls._secrets)

    @classmethod
    def redact(cls, text: str) -> str:
        """Every occurrence of every registered secret replaced with ``[secret]``."""
        pattern = cls._compiled()
        return pattern.sub(REDACTED, text) if pattern is not None else text


def _keep_quotes(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return f"{value[0]}{REDACTED}{value[0]}"
    return REDACTED


def redact_credentials(text: str) -> str:
    """Credential-shaped text scrubbed (see the module's docstring); ordinary words are kept."""
    for shape in _SHAPES:
        text = shape.sub(lambda m: m.group(1) + _keep_quotes(m.group(2)), text)
    return text


def redact(text: str) -> str:
    """Registered secrets first, then anything shaped like a credential."""
    return redact_credentials(SecretRedactor.redact(text))
