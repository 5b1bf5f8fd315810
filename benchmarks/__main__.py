"""Print every benchmark figure. Machines are noisy: each figure is a median of several runs.

python -m benchmarks
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "ADVOCACY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def startup_to_first_paint(home: Path) -> list[float]:
    """Process start to the first painted main window showing the last (sample) audit."""
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "audit", "--sample"], env=_env(home), capture_output=True, check=True
    )  # so the window has a last audit to show
    times = []
    for _ in range(RUNS):
        started = time.time()
        env = {**_env(home), "BENCH_STARTED_AT": repr(started)}
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.first_paint"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        times.append(float(next(line for line in out.splitlines() if line.startswith("first-paint")).split()[1]))
    return times


def python_baseline() -> list[float]:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - started)
    return times


def sample_audit(home: Path) -> list[float]:
    """In-process audit of the bundled sample: replayed HTTP, parsing, rules, scoring, saving."""
    os.environ["ADVOCACY_HOME"] = str(home)
    import checks
    from advocacy.audit_runner import run_audit
    from advocacy.sample import load_sample_profile
    from advocacy.workspace import services_for

    config = load_sample_profile()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run_audit(config, rules=checks.DEFAULT_RULES, scorer=checks.score_card, services=services_for(True))
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        rows = [
            ("python -c pass (baseline)", python_baseline(), None),
            ("start-up to first painted window (offscreen)", startup_to_first_paint(home), 1.0),
            ("sample audit, in process", sample_audit(home), None),
        ]
    print(f"{'benchmark':48} {'median':>9} {'min':>9} {'max':>9} {'target':>9}")
    for name, times, target in rows:
        target_text = f"< {target:.2f} s" if target else ""
        print(f"{name:48} {statistics.median(times):8.3f}s {min(times):8.3f}s {max(times):8.3f}s {target_text:>9}")
    print(f"({RUNS} runs each)")
    print()
    from benchmarks import (
        archives,
        audit_wall_time,
        check_text_large,
        exports,
        real_accounts,
        reaudit,
        responsiveness,
        scale,
        startup,
        typos,
    )

    sections = [
        (f"Start-up against a bare PySide6 window (median of {startup.RUNS}, alternating)", startup.report),
        (
            f"Audit wall time (median of {audit_wall_time.RUNS} runs; each network on its own loopback server)",
            audit_wall_time.report,
        ),
        ("Re-audit with conditional requests", reaudit.report),
        ("Responsiveness of the window (offscreen)", responsiveness.report),
        ("Scale", scale.report),
        ("Typos: score.py on ../shared/typos (recall, suggestions, false flags, speed)", typos.report),
        (
            "False alarms on real accounts' posts (benchmarks/real_accounts; target <= 2/100, 0 PD)",
            real_accounts.report,
        ),
        ("check-text on big files: wall time and peak memory (one run each)", check_text_large.report),
        # Last: they build big archives in this process, which the children before must not inherit.
        ("Big Meta exports: wall time and peak memory (one run each)", exports.report),
        ("Big X archive and LinkedIn export: wall time and peak memory (one run each)", archives.report),
    ]
    for title, measure in sections:
        print(title)
        for name, value in measure():
            print(f"  {name:95} {value:>18}")
        print()


if __name__ == "__main__":
    main()
