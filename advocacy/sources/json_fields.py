"""Reading fields out of JSON a server or an export wrote: the wrong type is "absent", never a crash.

Every parser reads untrusted JSON; these are the one place that decides what a usable string or
count is, so the parsers agree (a count sent as the string "12" by some servers is still 12).
"""

from __future__ import annotations

from typing import Any


def text(value: Any) -> str:
    """A string field, or "" for anything else (null, a number, a list)."""
    return value if isinstance(value, str) else ""


def integer(value: Any) -> int | None:
    """A count: an int (never a bool), or a string of ASCII digits; None when it is not one."""
    if isinstance(value, str):
        stripped = value.strip()
        return int(stripped) if stripped.isascii() and stripped.isdecimal() else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None
