"""X archive: a real published archive (test input only), as a folder and as a ZIP."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advocacy.domain.models import AccountRef, Network
from advocacy.errors import ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.sources import x_archive
from advocacy.sources.archive import MalformedExport
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
from advocacy.sources.x_archive import parse_tweet, parse_ytd
from tests.cassettes import FIXTURES

NOW = datetime(2021, 6, 1, tzinfo=UTC)


def _archive_folder(root: Path, *, tweets_name: str = "tweet.js") -> Path:
    data = root / "twitter-archive" / "data"
    data.mkdir(parents=True)
    for name, target in (("account", "account.js"), ("profile", "profile.js"), ("tweet", tweets_name)):
        (data / target).write_bytes((FIXTURES / "x" / f"rtiatmla__{name}.js").read_bytes())
    return root / "twitter-archive"


def _fetch(location: Path, limits: FetchLimits | None = None) -> Fetched:
    account = AccountRef(Network.X, str(location))
    return x_archive.fetch(HttpClient(), account, FetchContext(limits=limits or FetchLimits(max_posts=500), now=NOW))


def test_folder_archive(tmp_path: Path) -> None:
    fetched = _fetch(_archive_folder(tmp_path))
    profile = fetched.profile
    assert profile.handle == "@RTIatMLA" and profile.url == "https://x.com/RTIatMLA"
    assert profile.display_name == "Research Training Institute for Librarians"
    assert profile.bio.startswith("The Research Training Institute (RTI)")
    assert "&amp;" not in profile.bio and "&" in profile.bio
    assert profile.links[0].url == "https://t.co/SuXOHUwxLy"
    assert profile.avatar_is_default is False
    posts = fetched.posts
    assert len(posts) == 70
    assert posts == tuple(sorted(posts, key=lambda p: p.created_at, reverse=True))
    first = next(p for p in posts if p.id == "1359562777325563904")
    assert first.created_at == datetime(2021, 2, 10, 18, 0, tzinfo=UTC)
    assert "https://www.sciencemag.org/news/2021/01/many-scientists" in first.text  # t.co expanded
    assert "https://t.co/" not in first.text
    assert first.mentions == ("@esuelzer", "@ScienceMagazine")
    retweets = [p for p in posts if p.text.startswith("RT @")]
    assert retweets and all(p.is_repost for p in retweets)


def test_self_replies_are_threads_not_replies(tmp_path: Path) -> None:
    posts = _fetch(_archive_folder(tmp_path)).posts
    replies = [p for p in posts if p.is_reply]
    record = json.loads((FIXTURES / "x/rtiatmla__tweet.js").read_text().split("=", 1)[1])
    to_others = [
        t["tweet"]
        for t in record
        if t["tweet"].get("in_reply_to_status_id_str")
        and t["tweet"].get("in_reply_to_user_id_str") != "1321902678188974081"
    ]
    assert len(replies) == len(to_others)


def test_zip_archive_with_the_newer_file_name_and_parts(tmp_path: Path) -> None:
    folder = _archive_folder(tmp_path / "src", tweets_name="tweets.js")
    records = parse_ytd((folder / "data/tweets.js").read_bytes(), name="tweets.js")
    (folder / "data/tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(records[:40]))
    (folder / "data/tweets-part1.js").write_text("window.YTD.tweets.part1 = " + json.dumps(records[40:]))
    (folder / "data/screen-name-change.js").write_text(
        'window.YTD.screen_name_change.part0 = [{"screenNameChange": {"accountId": "1", '
        '"screenNameChange": {"changedAt": "2020-11-01T00:00:00.000Z", "changedFrom": "RTI_old", '
        '"changedTo": "RTIatMLA"}}}]'
    )
    archive = tmp_path / "twitter-2021.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in folder.rglob("*"):
            if file.is_file():
                zf.write(file, file.relative_to(folder.parent).as_posix())
    fetched = _fetch(archive)
    assert len(fetched.posts) == 70
    assert fetched.profile.former_handles == ("@RTI_old",)


def test_an_edited_archive_gets_a_clear_error_not_a_guess(tmp_path: Path) -> None:
    folder = _archive_folder(tmp_path)
    broken = (folder / "data/tweet.js").read_text().replace('"retweeted" : false,', "'retweeted': false,", 1)
    (folder / "data/tweet.js").write_text(broken)
    with pytest.raises(MalformedExport, match=r"tweet\.js in the X archive is not valid JSON \(line \d+, column \d+\)"):
        _fetch(folder)


def test_not_an_archive(tmp_path: Path) -> None:
    with pytest.raises(ProfileNotFound, match="does not look like an X archive"):
        _fetch(tmp_path)
    with pytest.raises(MalformedExport, match=r"does not start with window\.YTD"):
        parse_ytd(b'{"not": "an archive"}', name="tweets.js")
    with pytest.raises(MalformedExport, match="does not hold a list"):
        parse_ytd(b"window.YTD.tweets.part0 = {}", name="tweets.js")


def test_limits_keep_the_newest(tmp_path: Path) -> None:
    fetched = _fetch(_archive_folder(tmp_path), FetchLimits(max_posts=5))
    assert len(fetched.posts) == 5
    assert fetched.posts[0].created_at == max(p.created_at for p in _fetch(_archive_folder(tmp_path / "b")).posts)


def test_tweet_without_a_date_is_skipped() -> None:
    assert parse_tweet({"tweet": {"id_str": "1", "full_text": "x"}}, username="u", account_id="1") is None


@pytest.mark.parametrize(
    "body",
    ["[]", " [ ]\n", '[{"a": 1},\n {"b": [2, 3]}]', '{"not": "a list"}', "[1,]", "[1 2]", "[1],", "[", "", "[1]  x"],
)
def test_records_are_read_one_at_a_time_exactly_as_json_reads_them(body: str) -> None:
    def outcome(read: object) -> object:
        try:
            return read(body)  # type: ignore[operator]
        except json.JSONDecodeError as exc:
            return (exc.msg, exc.lineno, exc.colno)

    assert outcome(x_archive._json_records) == outcome(json.loads)


def test_a_broken_record_deep_in_the_archive_names_its_line() -> None:
    body = "window.YTD.tweets.part0 = [\n" + ",\n".join(['{"tweet": {"id": "1"}}'] * 50) + ",\n{oops}\n]"
    with pytest.raises(MalformedExport, match="line 52"):
        parse_ytd(body.encode(), name="tweet.js")
