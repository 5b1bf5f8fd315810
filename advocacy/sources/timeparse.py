"""Timestamps as networks write them, to aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, date, datetime


def parse_timestamp(value: object) -> datetime | None:
    """ISO-8601 date or date-time (``Z`` or offset); anything else gives ``None``."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
