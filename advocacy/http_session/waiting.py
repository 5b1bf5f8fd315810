"""How long a server asks us to wait, and how to say so."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def seconds_phrase(value: float) -> str:
    return "1 second" if value == 1 else f"{value:g} seconds"


def size_phrase(value: int) -> str:
    return f"{value / 2**20:g} MB" if value >= 2**20 else f"{max(1, round(value / 1024))} KB"


def _seconds_until(value: str, now: float) -> float | None:
    """Read a wait hint: delta-seconds, an HTTP date, an ISO-8601 time, or epoch seconds."""
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = None
    if number is not None:
        # A big number is an epoch time (GitHub's X-RateLimit-Reset); a small one is a delay.
        return max(0.0, number - now) if number > 10**9 else max(0.0, number)
    when: datetime | None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def wait_hint(headers: Mapping[str, str], status: int, now: float | None = None) -> float | None:
    now = time.time() if now is None else now
    lowered = {k.lower(): v for k, v in headers.items()}
    if "retry-after" in lowered:
        return _seconds_until(lowered["retry-after"], now)
    rate_limited = status == 429 or lowered.get("x-ratelimit-remaining") == "0"
    if rate_limited and "x-ratelimit-reset" in lowered:
        return _seconds_until(lowered["x-ratelimit-reset"], now)
    return None


def describe_wait(seconds: float) -> str:
    if seconds < 90:
        return f"{round(seconds)} seconds"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} minutes"
    return f"{seconds / 3600:.1f} hours"
