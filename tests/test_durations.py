"""Durations as people say them: days for a few weeks, then months, then years."""

from __future__ import annotations

import pytest

from advocacy.domain.durations import span


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (1, "1 day"),
        (45, "45 days"),
        (60, "about 2 months"),
        (127, "about 4 months"),
        (364, "about 1 year"),
        (400, "over 1 year"),
        (793, "over 2 years"),
        (3752, "over 10 years"),
        (731, "about 2 years"),
    ],
)
def test_a_span_reads_as_a_person_says_it(days: int, said: str) -> None:
    assert span(days) == said
