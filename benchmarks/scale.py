"""Scale: the rules alone over 5,000 posts across networks, and the peak memory of the process.

Runs in a child process so the memory figure is that of an audit, not of the benchmark runner.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from benchmarks.exports import peak_rss_mb

ROOT = Path(__file__).resolve().parents[1]
POSTS = 5000
RUNS = 3


def _child() -> None:
    from advocacy.audit_runner import run_rules
    from advocacy.domain.audit_input import AuditInput
    from main import audit_rules
    from tests.checks.profiles import CONFIG, NOW, PROFILES, outcome, posts

    networks = [n for n in PROFILES if n.value != "github"]
    per_network = POSTS // len(networks)
    outcomes = []
    for network in networks:
        feed = tuple(
            replace(
                p,
                id=f"{network.value}-{i}",
                created_at=NOW - timedelta(hours=i),
                text=p.text + f" Note {i}: Initech asked about Project Falcon, call +44 20 7946 0958.",
            )
            for i, p in enumerate(posts(network, count=per_network, every_days=1))
        )
        outcomes.append(outcome(PROFILES[network], feed))
    audit = AuditInput(config=CONFIG, outcomes=tuple(outcomes), now=NOW)
    rules = audit_rules()
    run_rules(audit, rules)  # warm-up: VADER loads its lexicon once per process
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        findings = run_rules(audit, rules)
        times.append(time.perf_counter() - started)
    peak_mb = peak_rss_mb()
    print(
        json.dumps(
            {
                "median": statistics.median(times),
                "findings": len(findings),
                "posts": len(audit.posts),
                "peak_mb": peak_mb,
            }
        )
    )


def report() -> list[tuple[str, str]]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale", "--child"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    return [
        (
            f"rules (typos included) over {figures['posts']} posts ({figures['findings']} findings), median of {RUNS}",
            f"{figures['median']:.3f} s",
        ),
        ("peak memory of that process (target < 300 MB)", f"{figures['peak_mb']:.0f} MB"),
    ]


if __name__ == "__main__":
    if "--child" in sys.argv:
        _child()
    else:
        for name, value in report():
            print(f"{name:75} {value:>10}")
