"""The Linux bundle against the venv install: its size on disk and in the downloads, and the time
from process start to the window on the sample and quit (``--smoke``) and to a whole audit of the
sample on the command line. Median of 7 alternating runs each, offscreen, a fresh data folder.

Build the bundle first: bash packaging/build-linux.sh
python -m benchmarks.bundle
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from advocacy import __version__

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
BUNDLE = ROOT / "build" / "linux" / "pyinstaller" / "advocacy" / "advocacy"
VENV = ROOT / ".venv" / "bin" / "advocacy"


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def _timed(program: Path, args: list[str], home: Path) -> float:
    env = {**os.environ, "ADVOCACY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run([str(program), *args], env=env, capture_output=True, check=True, timeout=120, cwd=home)
    return time.perf_counter() - started


def _alternating(args: list[str]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        _timed(VENV, args, home), _timed(BUNDLE, args, home)  # warm the file cache for both
        venv, bundle = [], []
        for _ in range(RUNS):
            venv.append(_timed(VENV, args, home))
            bundle.append(_timed(BUNDLE, args, home))
    return statistics.median(venv), statistics.median(bundle)


def report() -> list[tuple[str, str]]:
    if not BUNDLE.exists():
        raise SystemExit("benchmarks.bundle: build the bundle first: bash packaging/build-linux.sh")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    rows = [
        ("bundle folder, unpacked", _mb(_size(BUNDLE.parent))),
        (".tar.gz download", _mb(_size(ROOT / "dist" / f"advocacy-{__version__}-linux-{arch}.tar.gz"))),
        (".deb download", _mb(_size(ROOT / "dist" / f"advocacy_{__version__}_{arch}.deb"))),
    ]
    for label, args in (
        ("window on the sample, start to quit (--smoke)", ["--smoke"]),
        ("audit --sample", ["audit", "--sample"]),
    ):
        venv, bundle = _alternating(args)
        rows.append(
            (f"{label}: venv / bundle (median of {RUNS})", f"{venv:.2f} s / {bundle:.2f} s ({bundle / venv:.2f}x)")
        )
    return rows


if __name__ == "__main__":
    for name, value in report():
        print(f"{name:<70} {value}")
