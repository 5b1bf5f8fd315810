"""A rotating log file beside the data; secrets are scrubbed from every line written."""

from __future__ import annotations

import logging
import logging.handlers
import re

from advocacy.paths import log_dir
from advocacy.redaction import SecretRedactor

# "Authorization: Bearer abc", "token=abc", "'password': 'abc'": keep the name, drop the value.
_AUTH_VALUE = re.compile(
    r"(?i)(authorization|bearer|token|password)(['\"]?\s*[:=]?\s*['\"]?)"
    r"(?:(?:bearer|token|basic)\s+)?([^\s'\",}]{4,})"
)


def redact(text: str) -> str:
    """Known secrets first, then anything shaped like a credential assignment or auth header."""
    return _AUTH_VALUE.sub(lambda m: f"{m.group(1)}{m.group(2)}[secret]", SecretRedactor.redact(text))


class RedactingFormatter(logging.Formatter):
    """Scrubs the whole formatted record, tracebacks included (a filter would miss those)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def configure_logging(*, verbose: bool = False) -> logging.Handler:
    handler = logging.handlers.RotatingFileHandler(
        log_dir() / "advocacy.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # urllib3 logs full URLs at DEBUG; keep them out unless the user asked for detail.
    logging.getLogger("urllib3").setLevel(logging.DEBUG if verbose else logging.WARNING)
    return handler
