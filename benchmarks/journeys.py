"""A longer run of the journey state machine (tests/journeys.py) than CI affords, with its figures.

python -m benchmarks.journeys [EXAMPLES] [STEPS]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    os.environ.setdefault("ADVOCACY_HOME", tempfile.mkdtemp(prefix="journeys-"))
    from hypothesis import HealthCheck, settings

    from tests.journeys import TALLY, Journey

    started = time.perf_counter()
    settings(max_examples=examples, stateful_step_count=steps, deadline=None, suppress_health_check=list(HealthCheck))(
        Journey
    ).TestCase().runTest()
    elapsed = time.perf_counter() - started
    print(f"journeys: {TALLY['examples']} examples, {TALLY['steps']} steps, {elapsed:.1f} s, every invariant held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
