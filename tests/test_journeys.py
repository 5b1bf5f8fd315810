"""Journeys of many steps in any order (see tests/journeys.py), with a fixed budget that fits CI.
``benchmarks/journeys.py`` runs many more."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from tests.journeys import Journey

EXAMPLES = int(os.environ.get("JOURNEY_EXAMPLES", "8"))
STEPS = int(os.environ.get("JOURNEY_STEPS", "20"))


@pytest.mark.usefixtures("advocacy_home")
def test_days_of_use_never_lock_the_app_post_twice_or_lose_a_draft() -> None:
    journey = settings(
        max_examples=EXAMPLES,
        stateful_step_count=STEPS,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=os.environ.get("JOURNEY_RANDOM") != "1",
    )(Journey)
    previous = os.environ.get("ADVOCACY_HOME")
    try:
        journey.TestCase().runTest()
    finally:
        if previous is not None:
            os.environ["ADVOCACY_HOME"] = previous
