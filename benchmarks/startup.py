"""Start-up against a bare PySide6 window: the whole process, start to the first paint of the main
window with the last audit shown, over the same for a window that only shows and quits. Median of
7 runs each, alternating, in the same venv, offscreen.

python -m benchmarks.startup
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
RUNS = 7
TARGET = 2.0


def _first_paint(module: str, home: Path) -> float:
    env = {**os.environ, "ADVOCACY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["BENCH_STARTED_AT"] = repr(time.time())
    out = subprocess.run(
        [sys.executable, "-m", module], env=env, cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return float(next(line for line in out.splitlines() if line.startswith("first-paint")).split()[1])


def measure() -> tuple[list[float], list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {**os.environ, "ADVOCACY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        # The window opens on the last audit: there must be one.
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "audit", "--sample"], env=env, capture_output=True, check=True
        )
        _first_paint("benchmarks.bare_window", home)  # warm the file cache for both
        _first_paint("benchmarks.first_paint", home)
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(_first_paint("benchmarks.bare_window", home))
            app.append(_first_paint("benchmarks.first_paint", home))
    return bare, app


def report() -> list[tuple[str, str]]:
    bare, app = measure()
    ratio = statistics.median(app) / statistics.median(bare)
    return [
        (f"bare PySide6 window, start to first paint (median of {RUNS})", f"{statistics.median(bare):.3f} s"),
        ("the app, start to first paint with the last audit shown", f"{statistics.median(app):.3f} s"),
        (f"ratio (target <= {TARGET:.1f}x)", f"{ratio:.2f}x"),
    ]


if __name__ == "__main__":
    for name, value in report():
        print(f"{name:75} {value:>10}")
