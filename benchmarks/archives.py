"""A prolific account's X archive and LinkedIn export: wall time and peak memory of reading them,
each read in its own child process.

The X archive holds 100,000 tweets built from the real tweet objects in tests/fixtures/x (new ids
and dates, the same fields, text and entities), written as X writes ``tweets.js`` (``window.YTD…``,
two-space indent, ``" : "``): one ~172 MB file, and the same split into part files as X splits
them; each as a folder and as a ZIP. The bar is the time of ``json.load`` over the same bytes (what
any reader must at least spend), measured in a child of its own. The LinkedIn export holds 20,000
shares in ``Shares.csv`` built from real rows in tests/fixtures/linkedin.

python -m benchmarks.archives
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.exports import peak_rss_mb

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
TWEETS = 100_000
PARTS = 4
SHARES = 20_000
PREFIX = "window.YTD.tweets.part{part} = "


def _seed_tweets() -> list[dict[str, Any]]:
    seeds = []
    for name in ("alrocar__tweets.js", "rtiatmla__tweet.js", "dsajgiouawj__tweet.js"):
        text = (FIXTURES / "x" / name).read_text(encoding="utf-8")
        seeds += json.loads(text[text.index("[") :].rstrip().rstrip(";"))
    return seeds


def _tweets() -> list[dict[str, Any]]:
    seeds = _seed_tweets()
    start = datetime(2026, 11, 1, tzinfo=UTC)
    tweets = []
    for i in range(TWEETS):
        record = json.loads(json.dumps(seeds[i % len(seeds)]))
        tweet = record["tweet"]
        tweet_id = str(1_900_000_000_000_000_000 - i)
        tweet["id"] = tweet["id_str"] = tweet_id
        tweet["created_at"] = (start - timedelta(minutes=7 * i)).strftime("%a %b %d %H:%M:%S +0000 %Y")
        tweet.pop("edit_info", None)  # each generated tweet is its own, not a version of another
        tweets.append(record)
    return tweets


def _ytd(records: list[dict[str, Any]], part: int) -> bytes:
    body = json.dumps(records, indent=2, ensure_ascii=False).replace('": ', '" : ')
    return (PREFIX.format(part=part) + body).encode("utf-8")


def _account() -> dict[str, bytes]:
    return {
        "data/account.js": (FIXTURES / "x" / "alrocar__account.js").read_bytes(),
        "data/profile.js": (FIXTURES / "x" / "alrocar__profile.js").read_bytes(),
    }


def _write(root: Path, files: dict[str, bytes], *, as_zip: bool) -> Path:
    if as_zip:
        archive = root.with_suffix(".zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zipped:
            for name, data in files.items():
                zipped.writestr(name, data)
        return archive
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def _shares_csv() -> bytes:
    with (FIXTURES / "linkedin" / "sanand0__Shares.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    start = datetime(2026, 11, 1)
    for i in range(SHARES):
        row = dict(rows[i % len(rows)])
        date_key = next(k for k in row if k.lower() == "date")
        row[date_key] = (start - timedelta(hours=5 * i)).strftime("%Y-%m-%d %H:%M:%S")
        link_key = next((k for k in row if k.lower() == "sharelink"), None)
        if link_key:
            row[link_key] = f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{7_000_000_000_000_000_000 + i}"
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


def _child(kind: str, location: str) -> None:
    started = time.perf_counter()
    if kind == "json.load":
        posts = 0
        for path in sorted(Path(location).rglob("tweets*.js")):
            data = path.read_bytes()
            posts += len(json.loads(data[data.index(b"[") :]))
            del data
    else:
        from advocacy.domain.models import AccountRef, Network
        from advocacy.networks import adapter_for
        from advocacy.sources.base import FetchContext

        network = Network(kind)
        fetched = adapter_for(network).fetch(None, AccountRef(network, location), FetchContext())  # type: ignore[arg-type]
        posts = len(fetched.posts)
    print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": peak_rss_mb(), "posts": posts}))


def _run(kind: str, location: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.archives", "--child", kind, str(location)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return figures


def report() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        tweets = _tweets()
        layouts = {
            "one tweets.js": {"data/tweets.js": _ytd(tweets, 0)},
            f"{PARTS} part files": {
                ("data/tweets.js" if part == 0 else f"data/tweets-part{part}.js"): _ytd(
                    tweets[part * TWEETS // PARTS : (part + 1) * TWEETS // PARTS], part
                )
                for part in range(PARTS)
            },
        }
        del tweets
        for layout, files in layouts.items():
            megabytes = sum(len(data) for data in files.values()) / 2**20
            folder = _write(root / layout.replace(" ", "-"), {**_account(), **files}, as_zip=False)
            archive = _write(root / (layout.replace(" ", "-") + "-zip"), {**_account(), **files}, as_zip=True)
            bar = _run("json.load", folder)
            rows.append((f"X, {TWEETS:,} tweets, {layout} ({megabytes:.0f} MB): json.load of the bytes", _time(bar)))
            for what, location in (("folder", folder), ("ZIP", archive)):
                read = _run("x", location)
                ratio = read["seconds"] / bar["seconds"]
                rows.append(
                    (
                        f"  read as a {what} (target <= 1.5x json.load, <= 150 MB)",
                        f"{_time(read)} {ratio:.2f}x {read['peak_mb']:.0f} MB",
                    )
                )
        files.clear()
        layouts.clear()
        linkedin = root / "linkedin"
        export = {
            "Profile.csv": (FIXTURES / "linkedin" / "tomlous__Profile.csv").read_bytes(),
            "Shares.csv": _shares_csv(),
        }
        folder = _write(linkedin, export, as_zip=False)
        read = _run("linkedin", folder)
        megabytes = len(export["Shares.csv"]) / 2**20
        rows.append(
            (
                f"LinkedIn, {SHARES:,} shares ({megabytes:.0f} MB Shares.csv), folder (target <= 120 MB)",
                f"{_time(read)} {read['peak_mb']:.0f} MB",
            )
        )
    return rows


def _time(figures: dict[str, Any]) -> str:
    return f"{figures['seconds']:.2f} s"


if __name__ == "__main__":
    if "--child" in sys.argv:
        _child(sys.argv[2], sys.argv[3])
    else:
        for name, value in report():
            print(f"{name:85} {value:>22}")
