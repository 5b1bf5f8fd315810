"""How long ago, as a person says it: "45 days", "about 5 months", "over 2 years".

Exact days read well for a few weeks; past that, "3,752 days" makes the reader do arithmetic.
"""

from __future__ import annotations

_DAYS_SAID_AS_DAYS = 60
_MONTH = 30.44
_YEAR = 365.25


def span(days: int) -> str:
    """A span of ``days`` in words (the caller adds "ago" or "old")."""
    if days < _DAYS_SAID_AS_DAYS:
        return "1 day" if days == 1 else f"{max(days, 0)} days"
    if days < _YEAR:
        months = round(days / _MONTH)
        return f"about {months} months" if months < 12 else "about 1 year"
    years = int(days // _YEAR)
    rest = days - years * _YEAR
    unit = "year" if years == 1 else "years"
    return f"about {years} {unit}" if rest < _MONTH else f"over {years} {unit}"
