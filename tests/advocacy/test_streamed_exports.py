"""Big exports are read as streams: any size a genuine export has, the same posts as a whole read,
bombs refused by ratio and by total with a sentence that says what was found."""

from __future__ import annotations

import json
import random
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from advocacy.domain.models import AccountRef, Network
from advocacy.networks import adapter_for
from advocacy.networks.linkedin import export as linkedin_export
from advocacy.networks.x import archive as x_archive
from advocacy.sources import archive
from advocacy.sources.archive import MalformedExport, decoded
from advocacy.sources.base import FetchContext, FetchLimits
from advocacy.sources.json_stream import json_records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
YTD = re.compile(r"\s*window\.YTD\.\w+\.part\d+\s*=\s*")


def _chunked(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def _stream(data: bytes, size: int) -> list[Any]:
    return list(json_records(decoded(_chunked(data, size)), opening=YTD, closing=";", name="t.js", what="x"))


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 4096, 1 << 20])
def test_records_cut_anywhere_by_chunks_read_as_json_reads_them(size: int) -> None:
    text = (FIXTURES / "x" / "alrocar__tweets.js").read_text(encoding="utf-8")
    expected = json.loads(text[text.index("[") :])
    data = text.encode("utf-8")
    assert _stream(data, size) == expected
    # The same with every non-ASCII character escaped, and with a BOM.
    escaped = ("window.YTD.tweets.part0 = " + json.dumps(expected)).encode("ascii")
    assert _stream(b"\xef\xbb\xbf" + escaped, size) == expected


@pytest.mark.parametrize("size", [5, 1 << 20])
@pytest.mark.parametrize(
    "body",
    ['[\n{"a": 1},\n{oops}\n]', '[{"a": 1}, {"b": "cut', '[{"a": 1}] x', '[{"a": 1} {"b": 2}]', "[1,\n\n  2,,]"],
)
def test_a_damaged_list_names_the_line_and_column_json_would(body: str, size: int) -> None:
    prefix = "window.YTD.tweets.part0 = "
    try:
        json.loads(" " * len(prefix) + body)  # the same positions in the file as the archive's
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
    with pytest.raises(MalformedExport, match=rf"t\.js in x is damaged at {where}"):
        _stream((prefix + body).encode(), size)


def _tweets(count: int) -> list[dict[str, Any]]:
    seeds = []
    for name in ("alrocar__tweets.js", "rtiatmla__tweet.js", "dsajgiouawj__tweet.js"):
        text = (FIXTURES / "x" / name).read_text(encoding="utf-8")
        seeds += json.loads(text[text.index("[") :])
    tweets = []
    for i in range(count):
        record = json.loads(json.dumps(seeds[i % len(seeds)]))
        tweet = record["tweet"]
        tweet.pop("edit_info", None)
        tweet["id"] = tweet["id_str"] = str(10**18 + i)
        day, minute = divmod(i, 1440)
        tweet["created_at"] = (
            f"Mon Jan {1 + day % 28:02d} {minute // 60:02d}:{minute % 60:02d}:00 +0000 {2000 + day // 28}"
        )
        tweets.append(record)
    return tweets


def test_keeping_only_the_newest_while_reading_keeps_the_same_posts() -> None:
    records = _tweets(3000)
    random.Random(7).shuffle(records)  # archives are newest first, but nothing may depend on it
    whole, whole_skips = x_archive.read_tweets(records, username="u", account_id="1")
    kept, kept_skips = x_archive.read_tweets(iter(records), username="u", account_id="1", keep=40)
    newest = sorted(whole, key=lambda p: p.created_at, reverse=True)[:40]
    assert sorted(kept, key=lambda p: p.created_at, reverse=True)[:40] == newest
    assert len(kept) < 400  # far fewer than were read
    assert [s.total for s in kept_skips] == [s.total for s in whole_skips]


def test_a_tweets_file_larger_than_any_cap_is_read(tmp_path: Path) -> None:
    """A prolific account's tweets.js (over 64 MB: the old cap refused it) in a ZIP, read whole."""
    tweets = _tweets(40_000)
    body = "window.YTD.tweets.part0 = " + json.dumps(tweets, indent=2).replace('": ', '" : ')
    assert len(body) > 64 * 1024 * 1024
    export = tmp_path / "archive.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zipped:
        zipped.writestr("data/account.js", (FIXTURES / "x" / "alrocar__account.js").read_bytes())
        zipped.writestr("data/tweets.js", body)
    del body
    context = FetchContext(limits=FetchLimits(max_posts=25, max_age_days=100 * 365))
    fetched = adapter_for(Network.X).fetch(None, AccountRef(Network.X, str(export)), context)  # type: ignore[arg-type]
    assert len(fetched.posts) == 25
    assert fetched.posts[0].created_at == max(x_archive._created(t["tweet"]["created_at"]) for t in tweets)  # type: ignore[type-var]


def test_a_bomb_is_refused_by_ratio_with_what_was_found(tmp_path: Path) -> None:
    export = tmp_path / "archive.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("data/account.js", (FIXTURES / "x" / "alrocar__account.js").read_bytes())
        zipped.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * (300 * 1024 * 1024) + b"]")
    with pytest.raises(MalformedExport, match=r"unpacks to far more data .*\(300 MB from \d+ KB, over 200 times"):
        adapter_for(Network.X).fetch(None, AccountRef(Network.X, str(export)), FetchContext())  # type: ignore[arg-type]


def test_a_bomb_whose_directory_lies_is_caught_by_what_comes_out(tmp_path: Path) -> None:
    export = tmp_path / "liar.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("tweets.js", b"window.YTD.tweets.part0 = [" + b" " * (50 * 1024 * 1024) + b"]")
    raw = bytearray(export.read_bytes())
    # Rewrite the sizes the directory and the local header state: 50 MB claims to be 100 bytes.
    size = (50 * 1024 * 1024 + 28).to_bytes(4, "little")
    for at in [m.start() for m in re.finditer(re.escape(size), bytes(raw))]:
        raw[at : at + 4] = (100).to_bytes(4, "little")
    export.write_bytes(bytes(raw))
    with (
        archive.ExportArchive(export, what="the X archive") as opened,
        pytest.raises(MalformedExport, match=r"unpacks to far more data|is damaged"),
    ):
        for _ in opened.chunks("tweets.js"):
            pass


def test_the_total_unpacked_from_one_export_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 3 * 1024 * 1024)
    folder = tmp_path / "export"
    folder.mkdir()
    for i in range(4):
        (folder / f"part{i}.js").write_bytes(b"x" * (1024 * 1024))
    with (
        archive.ExportArchive(folder, what="the X archive") as opened,
        pytest.raises(MalformedExport, match=r"the X archive unpacks to more than 3 MB of text"),
    ):
        for name in opened.names():
            for _ in opened.chunks(name):
                pass


def test_shares_kept_while_reading_are_the_newest_and_every_share_is_counted() -> None:
    data = (FIXTURES / "linkedin" / "sanand0__Shares.csv").read_bytes()
    rows = linkedin_export.read_rows(data, name="Shares.csv")
    whole, whole_skips = linkedin_export.read_shares(rows)
    streamed, streamed_skips = linkedin_export.read_shares(
        linkedin_export.iter_rows(_chunked(data, 333), name="Shares.csv"), keep=5
    )
    newest = sorted(whole, key=lambda p: p.created_at, reverse=True)[:5]
    assert sorted(streamed, key=lambda p: p.created_at, reverse=True)[:5] == newest
    assert streamed_skips.read == whole_skips.read == len(whole)


@pytest.mark.parametrize("size", [1, 17, 4096])
def test_csv_rows_cut_anywhere_by_chunks_are_the_same_rows(size: int) -> None:
    for name in ("sanand0__Shares.csv", "femi10__Shares.csv", "apk0703__Shares.csv"):
        data = (FIXTURES / "linkedin" / name).read_bytes()
        whole = linkedin_export.read_rows(data, name=name)
        assert list(linkedin_export.iter_rows(_chunked(data, size), name=name)) == whole, name
