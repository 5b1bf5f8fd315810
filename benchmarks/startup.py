"""Start-up against a bare PySide6 window: the whole process, start to the first paint of the main
window with the last audit shown, over the same for a window that only shows and quits. Median of
7 runs each, alternating, in the same venv, offscreen.

Measured twice, on a copy of the app made for the run:

- with the app's bytecode compiled beforehand, as an installed app has it (a wheel installs its
  ``.pyc`` files, the PyInstaller bundle holds bytecode, and the README's install command compiles
  it): the figure the 2.0x target is about;
- with ``PYTHONDONTWRITEBYTECODE=1`` and no bytecode cached, so every module of the app is compiled
  from source at each start (a checkout run on a machine that sets the variable).

The bare window is the yardstick in both; the standard library and PySide6 are as this machine has
them either way.

python -m benchmarks.startup
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
TARGET = 2.0
APP_PACKAGES = ("advocacy", "checks", "cli", "ui", "resources")
BENCHMARK_FILES = ("__init__.py", "bare_window.py", "first_paint.py")


def _copy_of_the_app(into: Path) -> Path:
    """The app's sources without any bytecode: what is compiled, and when, is up to the run."""
    for package in APP_PACKAGES:
        shutil.copytree(ROOT / package, into / package, ignore=shutil.ignore_patterns("__pycache__"))
    (into / "benchmarks").mkdir()
    for name in BENCHMARK_FILES:
        shutil.copy2(ROOT / "benchmarks" / name, into / "benchmarks" / name)
    shutil.copy2(ROOT / "main.py", into / "main.py")
    return into


def _env(home: Path) -> dict[str, str]:
    # Never written: the runs from source must stay from source, and the compiled ones are compiled once, beforehand.
    return {**os.environ, "ADVOCACY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}


def _first_paint(module: str, app: Path, home: Path) -> float:
    env = {**_env(home), "BENCH_STARTED_AT": repr(time.time())}
    out = subprocess.run(
        [sys.executable, "-m", module], env=env, cwd=app, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return float(next(line for line in out.splitlines() if line.startswith("first-paint")).split()[1])


def _alternating(app: Path, home: Path) -> tuple[list[float], list[float]]:
    _first_paint("benchmarks.bare_window", app, home)  # warm the file cache for both
    _first_paint("benchmarks.first_paint", app, home)
    bare, window = [], []
    for _ in range(RUNS):
        bare.append(_first_paint("benchmarks.bare_window", app, home))
        window.append(_first_paint("benchmarks.first_paint", app, home))
    return bare, window


def measure() -> dict[str, tuple[list[float], list[float]]]:
    """(bare, app) times for each way of starting: from source first, then with bytecode compiled."""
    with tempfile.TemporaryDirectory() as tmp:
        home, app = Path(tmp) / "home", _copy_of_the_app(Path(tmp) / "app")
        # The window opens on the last audit: there must be one.
        subprocess.run(
            [sys.executable, "main.py", "audit", "--sample"], env=_env(home), cwd=app, capture_output=True, check=True
        )
        assert not any(app.rglob("__pycache__")), "the copy must start without bytecode"
        from_source = _alternating(app, home)
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", *APP_PACKAGES, "benchmarks", "main.py"], cwd=app, check=True
        )
        compiled = _alternating(app, home)
    return {"compiled": compiled, "from source": from_source}


def report() -> list[tuple[str, str]]:
    rows = []
    for way, (bare, app) in measure().items():
        ratio = statistics.median(app) / statistics.median(bare)
        target = f"target <= {TARGET:.1f}x" if way == "compiled" else "no target"
        rows += [
            (
                f"[{way}] bare PySide6 window, start to first paint (median of {RUNS})",
                f"{statistics.median(bare):.3f} s",
            ),
            (f"[{way}] the app, start to first paint with the last audit shown", f"{statistics.median(app):.3f} s"),
            (f"[{way}] ratio ({target})", f"{ratio:.2f}x"),
        ]
    return rows


if __name__ == "__main__":
    print("compiled: the app's bytecode compiled beforehand, as installed (the target's figure);")
    print(
        "from source: PYTHONDONTWRITEBYTECODE=1 and no bytecode cached, every module of the app compiled at each start"
    )
    for name, value in report():
        print(f"{name:80} {value:>10}")
