"""Loose dates: a number misread as a zone offset gives no date, never a crash."""

from __future__ import annotations

from advocacy.sources.timeparse import parse_loose


def test_an_offset_of_a_day_or_more_is_no_date() -> None:
    """Found by the fuzzer in a LinkedIn CSV: a tab inside a date made "-25" read as a zone offset."""
    assert parse_loose("2023-08\t-25 13:36:09") is None
    assert parse_loose("2023-08-25 13:36:09 -0500") is not None
