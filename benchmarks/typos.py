"""The typo engine on the team's typo corpus, scored by its own harness (``score.py``).

    python -m benchmarks.typos [--corpus DIR] [--limit N]

DIR defaults to ``../shared/typos`` next to the repository (override with ``TYPO_CORPUS``). Two
splits are scored: DEV (the folder itself: mostly one-edit typos, plus the clean prose and tweets
for false flags) and DEV-hard (its ``hard/`` folder: human misspellings two and three edits
away, phonetic ones among them), each with recall / top-1 / top-3 overall and by edit distance,
false flags per 1,000 tokens for prose and tweets, words/s with suggestions and load time. The
checker scored is exactly the one the audit uses (``TextCheckService`` without LanguageTool),
loaded through the harness's own timing of load, first call and throughput.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "typos"

Flag = tuple[int, int, str, list[str]]


def make_checker() -> Callable[[str], list[Flag]]:
    """The factory ``score.py --target benchmarks.typos:make_checker()`` calls once."""
    from advocacy.spelling.service import TextCheckService

    service = TextCheckService("en")
    service("warm up", None, frozenset())  # the dictionary loads here, inside the harness's load time

    def check(text: str) -> list[Flag]:
        return [(i.start, i.end, i.word, list(i.suggestions)) for i in service(text, None, frozenset())]

    return check


def corpus_dir(explicit: str | None = None) -> Path | None:
    path = Path(explicit or os.environ.get("TYPO_CORPUS") or DEFAULT_CORPUS)
    return path if (path / "score.py").is_file() else None


def splits(corpus: Path) -> list[tuple[str, Path]]:
    """DEV, and DEV-hard where the corpus has it."""
    found = [("DEV", corpus)]
    if (corpus / "hard" / "injected.jsonl").is_file():
        found.append(("DEV-hard", corpus / "hard"))
    return found


def run_split(corpus: Path, data: Path, limit: int | None = None) -> str:
    command = [
        sys.executable,
        str(corpus / "score.py"),
        "--target",
        "benchmarks.typos:make_checker()",
        "--data",
        str(data),
    ]
    if limit:
        command += ["--limit", str(limit)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout


def run(corpus: Path, limit: int | None = None) -> str:
    """Every split's report under its name (the harness prints false flags for both; DEV-hard
    shares DEV's clean texts, so its figures there are DEV's)."""
    return "".join(f"## {name}\n{run_split(corpus, data, limit)}" for name, data in splits(corpus))


def report() -> list[tuple[str, str]]:
    corpus = corpus_dir()
    if corpus is None:
        return [("typo corpus not found (set TYPO_CORPUS to the folder with score.py)", "skipped")]
    return [(line.strip(), "") for line in run(corpus).splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    corpus = corpus_dir(args.corpus)
    if corpus is None:
        raise SystemExit("No typo corpus found: pass --corpus DIR (the folder with score.py) or set TYPO_CORPUS.")
    print(run(corpus, args.limit), end="")


if __name__ == "__main__":
    main()
