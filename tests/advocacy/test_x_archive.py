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
from advocacy.networks.x import archive as x_archive
from advocacy.networks.x.archive import parse_tweet, parse_ytd
from advocacy.sources.archive import MalformedExport
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
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
    with pytest.raises(MalformedExport, match=r"tweet\.js in the X archive is damaged at line \d+, column \d+"):
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


def _tweet(tweet_id: str, text: str, when: str, **extra: object) -> dict[str, object]:
    return {"tweet": {"id_str": tweet_id, "id": tweet_id, "full_text": text, "created_at": when, **extra}}


def _write(folder: Path, name: str, variable: str, records: object) -> None:
    (folder / name).write_text(f"{variable} = " + json.dumps(records, indent=2), encoding="utf-8")


def test_an_edited_tweet_is_one_post_its_latest_version(tmp_path: Path) -> None:
    data = _archive_folder(tmp_path) / "data"
    chain = {"editTweetIds": ["100", "101", "102"], "editableUntil": "2024-01-01T01:00:00.000Z"}
    records = [
        _tweet("100", "Frist draft", "Mon Jan 01 00:00:00 +0000 2024", edit_info={"initial": chain}),
        _tweet(
            "101",
            "First draft",
            "Mon Jan 01 00:05:00 +0000 2024",
            edit_info={"edit": {"initialTweetId": "100", "editControlInitial": chain}},
        ),
        _tweet(
            "102",
            "First draft, final",
            "Mon Jan 01 00:09:00 +0000 2024",
            edit_info={"edit": {"initialTweetId": "100", "editControlInitial": chain}},
        ),
        _tweet("200", "Another one", "sometime", edit_info={"initial": {"editTweetIds": ["200"]}}),
    ]
    _write(data, "tweet.js", "window.YTD.tweets.part0", records)
    fetched = _fetch(data.parent)
    assert [(p.id, p.text) for p in fetched.posts] == [("102", "First draft, final")]
    assert [s.sentence() for s in fetched.skipped] == ["1 of 4 tweets had no date we could read."]


def test_manifest_lists_the_part_files_and_names_the_account(tmp_path: Path) -> None:
    data = _archive_folder(tmp_path) / "data"
    records = parse_ytd((data / "tweet.js").read_bytes(), name="tweet.js")
    (data / "account.js").unlink()
    (data / "tweet.js").unlink()
    _write(data, "tweets.js", "window.YTD.tweets.part0", records[:30])
    _write(data, "tweets-part1.js", "window.YTD.tweets.part1", records[30:])
    manifest = {
        "userInfo": {"accountId": "1321902678188974081", "userName": "RTIatMLA", "displayName": "RTI"},
        "dataTypes": {
            "tweets": {
                "files": [
                    {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": "30"},
                    {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": "40"},
                ]
            }
        },
    }
    _write(data, "manifest.js", "window.__THAR_CONFIG", manifest)
    fetched = _fetch(data.parent)
    assert fetched.profile.handle == "@RTIatMLA" and fetched.profile.display_name == "RTI"
    assert len(fetched.posts) == 70 and fetched.skipped == ()
    # A part the manifest lists but the archive lost: its tweets are counted as not read.
    (data / "tweets-part1.js").unlink()
    fetched = _fetch(data.parent)
    assert len(fetched.posts) == 30
    assert [s.sentence() for s in fetched.skipped] == ["40 tweets were in 1 file the archive lists but does not hold."]


def test_long_post_text_comes_from_note_tweet_js(tmp_path: Path) -> None:
    data = _archive_folder(tmp_path) / "data"
    long_text = "Word " * 70 + "https://t.co/abc end."
    cut = long_text[:270] + "…"
    _write(data, "tweet.js", "window.YTD.tweet.part0", [_tweet("1", cut, "Mon Jan 01 10:00:00 +0000 2024")])
    note = {
        "noteTweet": {
            "noteTweetId": "999",
            "createdAt": "2024-01-01T10:00:00.000Z",
            "core": {
                "text": long_text,
                "urls": [{"shortUrl": "https://t.co/abc", "expandedUrl": "https://a.example/"}],
            },
        }
    }
    _write(data, "note-tweet.js", "window.YTD.note_tweet.part0", [note])
    post = _fetch(data.parent).posts[0]
    assert post.text.endswith("https://a.example/ end.") and len(post.text) > 300
    assert post.links == ("https://a.example/",)


def test_grailbird_archive_with_numeric_ids_and_old_dates(tmp_path: Path) -> None:
    js = tmp_path / "archive" / "data" / "js"
    (js / "tweets").mkdir(parents=True)
    (js / "user_details.js").write_text('var user_details =  {"screen_name": "ada", "id": "7", "full_name": "Ada"}')
    tweets = [
        {"id": 301, "id_str": "301", "text": "Old style &amp; dated", "created_at": "2013-02-28 23:59:59 +0000"},
        {"id": 302, "text": "RT @bob: hi", "created_at": "Fri Feb 08 04:14:34 +0000 2013", "retweeted_status": {}},
        {"id": 303, "text": "no date"},
    ]
    (js / "tweets" / "2013_02.js").write_text("Grailbird.data.tweets_2013_02 = \n" + json.dumps(tweets))
    fetched = _fetch(tmp_path / "archive")
    assert fetched.profile.handle == "@ada"
    assert [(p.id, p.text, p.is_repost) for p in fetched.posts] == [
        ("301", "Old style & dated", False),
        ("302", "RT @bob: hi", True),
    ]
    assert fetched.posts[0].created_at == datetime(2013, 2, 28, 23, 59, 59, tzinfo=UTC)
    assert [s.sentence() for s in fetched.skipped] == ["1 of 3 tweets had no date we could read."]
    # tweet_index.js lists every month; one that is not in the archive is counted, not passed over.
    index = [
        {"file_name": "data/js/tweets/2013_02.js", "tweet_count": 3, "year": 2013, "month": 2},
        {"file_name": "data/js/tweets/2013_03.js", "tweet_count": 12, "year": 2013, "month": 3},
    ]
    (js / "tweet_index.js").write_text("var tweet_index = " + json.dumps(index))
    assert [s.sentence() for s in _fetch(tmp_path / "archive").skipped] == [
        "1 of 3 tweets had no date we could read.",
        "12 tweets were in 1 file the archive lists but does not hold.",
    ]
    (js / "tweet_index.js").write_text("var tweet_index = [{")
    broken = _fetch(tmp_path / "archive")
    assert len(broken.posts) == 2 and "tweet index could not be read" in broken.skipped[-1].sentence()
