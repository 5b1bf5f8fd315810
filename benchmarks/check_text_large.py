"""``advocacy check-text`` on big files: wall time and peak memory, text and JSON output.

    python -m benchmarks.check_text_large [--sizes 2,12] [--timeout SECONDS] [--main PATH]

Two files of English prose with misspellings are generated, deterministically: a 2 MB file of
paragraphs and a 12 MB file on one single line (no line break to cut at). The prose is the clean
prose of the team's typo corpus (``../shared/typos/clean.jsonl``, override with ``TYPO_CORPUS``)
with its known misspellings (``misspellings.tsv``) injected; without the corpus, the sentences
below and the slips listed here are used. Each run is a fresh process of the real command line
(``main.py check-text FILE --format text|json``); its peak resident memory is the child's own
``ru_maxrss``. ``--main`` points at another checkout's ``main.py`` (to measure older code).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "typos"
MB = 1_000_000
SEED = 20240611
TYPO_EVERY = 40  # about one misspelling in forty words

_FALLBACK_PROSE = (
    "Employee advocacy works best when people share what they actually find interesting.",
    "Our team shipped a new release of the dashboard this week, with faster builds and better search.",
    "If you have questions about the programme, ask in the channel or write to the people team.",
    "We are hiring engineers who enjoy working on developer tools and open source software.",
    "The conference talk covered how we moved our services to a simpler deployment pipeline.",
    "Thanks to everyone who joined the webinar yesterday; the recording is now available.",
    "Customers told us that the onboarding was confusing, so we rewrote it from the beginning.",
    "A short post with one clear idea is read more often than a long one with many.",
)
_FALLBACK_SLIPS = (
    ("receive", "recieve"),
    ("government", "goverment"),
    ("the", "teh"),
    ("separate", "seperate"),
    ("definitely", "definately"),
    ("necessary", "neccessary"),
    ("publicly", "publically"),
    ("company", "compnay"),
    ("performance", "perfomance"),
    ("business", "bussiness"),
)


def corpus_dir() -> Path | None:
    path = Path(os.environ.get("TYPO_CORPUS") or DEFAULT_CORPUS)
    return path if (path / "clean.jsonl").is_file() else None


def _prose_and_slips() -> tuple[list[str], list[str]]:
    corpus = corpus_dir()
    if corpus is None:
        return list(_FALLBACK_PROSE), [slip for _, slip in _FALLBACK_SLIPS]
    paragraphs: list[str] = []
    with (corpus / "clean.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("kind") == "prose":
                paragraphs += [p.strip() for p in record["text"].split("\n\n") if len(p.strip()) > 80]
    slips: list[str] = []
    misspellings = corpus / "misspellings.tsv"
    if misspellings.is_file():
        rows = misspellings.read_text(encoding="utf-8").splitlines()[1:]
        slips = [row.split("\t")[0] for row in rows if row and row.split("\t")[0].isalpha()]
    return paragraphs or list(_FALLBACK_PROSE), slips or [slip for _, slip in _FALLBACK_SLIPS]


def _paragraphs(rng: random.Random, prose: list[str], slips: list[str]) -> Iterator[str]:
    while True:
        words = rng.choice(prose).split()
        for _ in range(max(1, len(words) // TYPO_EVERY)):
            words[rng.randrange(len(words))] = rng.choice(slips)
        yield " ".join(words)


def generate(path: Path, size: int, *, one_line: bool) -> Path:
    """``size`` bytes (about) of prose with misspellings; the same bytes on every run."""
    rng = random.Random(SEED + size + one_line)
    prose, slips = _prose_and_slips()
    separator = " " if one_line else "\n\n"
    written = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for paragraph in _paragraphs(rng, prose, slips):
            piece = paragraph.replace("\n", " ") if one_line else paragraph
            out.write(piece + separator)
            written += len((piece + separator).encode("utf-8"))
            if written >= size:
                break
    return path


def measure(main: Path, file: Path, output_format: str, home: Path, timeout: float) -> tuple[float, float, int | str]:
    """(seconds, peak RSS in MB, exit code or "timeout") of one ``check-text`` process."""
    env = {**os.environ, "ADVOCACY_HOME": str(home), "PYTHONPATH": str(main.parent)}
    command = [sys.executable, str(main), "check-text", str(file), "--format", output_format]
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=main.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            return time.perf_counter() - started, usage.ru_maxrss / 1024, "timeout"
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, child.returncode


def rows(
    sizes: tuple[int, ...] = (2, 12), timeout: float = 600.0, main: Path | None = None
) -> Iterator[tuple[str, str]]:
    """One (name, figures) row per file and format, as each run ends."""
    main = main or ROOT / "main.py"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for megabytes in sizes:
            one_line = megabytes > 2
            file = generate(folder / f"prose-{megabytes}mb.txt", megabytes * MB, one_line=one_line)
            shape = "one line" if one_line else "paragraphs"
            for output_format in ("text", "json"):
                yield _row(main, file, f"{megabytes} MB ({shape})", output_format, folder / "home", timeout)
        for name, content in _hostile():
            file = folder / "hostile.txt"
            file.write_text(content, encoding="utf-8")
            yield _row(main, file, name, "text", folder / "home", timeout)


def _hostile() -> Iterator[tuple[str, str]]:
    """Text shaped to make a tokenizer backtrack: one huge word, e-mail-ish and domain-ish runs."""
    yield "3 MB, one single word", "a" + "b" * 3 * MB
    yield "1 MB of 'a@b '", "a@b " * (MB // 4)
    yield "1 MB of 'a.b-'", "a.b-" * (MB // 4)


def _row(main: Path, file: Path, name: str, output_format: str, home: Path, timeout: float) -> tuple[str, str]:
    seconds, peak, code = measure(main, file, output_format, home, timeout)
    time_text = f"> {timeout:.0f} s (stopped)" if code == "timeout" else f"{seconds:7.2f} s"
    return f"check-text {name} --format {output_format}", f"{time_text}  peak {peak:6.0f} MB  exit {code}"


def report() -> list[tuple[str, str]]:
    return list(rows())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="2,12", help="file sizes in MB, comma-separated (default 2,12)")
    parser.add_argument("--timeout", type=float, default=600.0, help="stop a run after this many seconds")
    parser.add_argument("--main", type=Path, help="the main.py to run (default: this checkout's)")
    args = parser.parse_args()
    sizes = tuple(int(size) for size in args.sizes.split(",") if size.strip())
    for name, value in rows(sizes, args.timeout, args.main):
        print(f"{name:50} {value}", flush=True)


if __name__ == "__main__":
    main()
