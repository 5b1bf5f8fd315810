"""Scrubbing secrets from text. Kept apart from the keyring code so that logging, set up before the
first window paints, does not have to load the keyring library."""

from __future__ import annotations

import threading


class SecretRedactor:
    """The set of secret values this process has seen, for scrubbing log records."""

    _lock = threading.Lock()
    _secrets: set[str] = set()  # noqa: RUF012 - deliberately process-wide

    @classmethod
    def register(cls, secret: str) -> None:
        if len(secret) >= 4:
            with cls._lock:
                cls._secrets.add(secret)

    @classmethod
    def redact(cls, text: str) -> str:
        with cls._lock:
            secrets = sorted(cls._secrets, key=len, reverse=True)
        for secret in secrets:
            if secret in text:
                text = text.replace(secret, "[secret]")
        return text
