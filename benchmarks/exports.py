"""Big exports: reading a prolific account's Facebook and Instagram downloads, wall time and peak
memory (each in its own child process, so the figure is that of one read).

The exports are generated from the real records in tests/fixtures/meta (their shapes, their
byte-by-byte escaped text), repeated with new dates and words until they reach the size of a
prolific account, and split into part files as Meta splits them.

python -m benchmarks.exports
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
META = ROOT / "tests" / "fixtures" / "meta"
FACEBOOK_POSTS = 40_000
INSTAGRAM_POSTS = 20_000
PER_PART = 10_000


def _records(name: str) -> list[Any]:
    value = json.loads((META / name).read_text(encoding="utf-8"))
    return value if isinstance(value, list) else next(v for v in value.values() if isinstance(v, list))


def _facebook(folder: Path) -> Path:
    seeds = _records("nhule0502__facebook__your_posts__check_ins__photos_and_videos_1.json") + _records(
        "hunterhillis__facebook__your_posts_1.json"
    )
    posts = []
    for i in range(FACEBOOK_POSTS):
        record = json.loads(json.dumps(seeds[i % len(seeds)]))
        record["timestamp"] = 1_500_000_000 + i * 3600
        for item in record.get("data", []):
            if isinstance(item, dict) and "post" in item:
                item["post"] += f" ({i})"
        posts.append(record)
    archive = folder / "facebook.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for part, start in enumerate(range(0, len(posts), PER_PART), start=1):
            zipped.writestr(
                f"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_{part}.json",
                json.dumps(posts[start : start + PER_PART], indent=2),
            )
        zipped.writestr(
            "personal_information/profile_information/profile_information.json",
            (META / "waultar__facebook__profile_information_v2.json").read_text(encoding="utf-8"),
        )
    return archive


def _instagram(folder: Path) -> Path:
    seeds = _records("yourocd__instagram__posts_1.json") + _records("yummyhopper__instagram__posts_1.json")
    posts = []
    for i in range(INSTAGRAM_POSTS):
        record = json.loads(json.dumps(seeds[i % len(seeds)]))
        for media in record.get("media", []):
            media["creation_timestamp"] = 1_500_000_000 + i * 3600
            media["title"] = f"{media.get('title', '')} ({i})"
        record.pop("creation_timestamp", None)
        record.pop("title", None)
        posts.append(record)
    archive = folder / "instagram.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for part, start in enumerate(range(0, len(posts), PER_PART), start=1):
            zipped.writestr(
                f"your_instagram_activity/content/posts_{part}.json", json.dumps(posts[start : start + PER_PART])
            )
    return archive


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started (VmHWM). Not ``ru_maxrss``: Linux carries
    that across ``exec`` from the forked parent, so a child would report the runner's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(network_name: str, location: str) -> None:
    from advocacy.domain.models import AccountRef, Network
    from advocacy.networks import adapter_for
    from advocacy.sources.base import FetchContext

    network = Network(network_name)
    started = time.perf_counter()
    fetched = adapter_for(network).fetch(None, AccountRef(network, location), FetchContext())  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    peak_mb = peak_rss_mb()
    posts = [s for s in fetched.skipped if s.what == "posts"]
    total = posts[0].total if posts else len(fetched.posts)
    skipped = sum(s.count for s in posts)
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "total": total, "skipped": skipped}))


def _baseline() -> float:
    """Peak memory of a child that imports what the read imports and reads nothing."""
    import subprocess

    code = "import advocacy.networks.facebook, advocacy.networks.instagram, benchmarks.exports as b; "
    code += "print(b.peak_rss_mb())"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def report() -> list[tuple[str, str]]:
    import subprocess

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for network, build, count in (
            ("facebook", _facebook, FACEBOOK_POSTS),
            ("instagram", _instagram, INSTAGRAM_POSTS),
        ):
            archive = build(folder)
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.exports", "--child", network, str(archive)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            size = archive.stat().st_size / 2**20
            rows.append(
                (
                    f"{network} export, {count:,} posts in {count // PER_PART} part files ({size:.0f} MB ZIP): read "
                    f"({figures['skipped']:,} of them skipped with a reason)",
                    f"{figures['seconds']:.2f} s",
                )
            )
            rows.append((f"{network} export: peak memory of that process", f"{figures['peak_mb']:.0f} MB"))
    rows.append(("the same process importing the readers and reading nothing", f"{_baseline():.0f} MB"))
    return rows


if __name__ == "__main__":
    if "--child" in sys.argv:
        _child(sys.argv[2], sys.argv[3])
    else:
        for name, value in report():
            print(f"{name:85} {value:>10}")
