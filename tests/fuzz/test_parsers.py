"""Property-based fuzzing of every parser: random and mutated input yields a result or one of the
project's own errors (an ``AdvocacyError`` with a one-line message), never anything else."""

from __future__ import annotations

import io
import json
import tempfile
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocacy.domain.models import AccountRef, Network
from advocacy.errors import AdvocacyError
from advocacy.http_session import HttpClient, HttpResponse
from advocacy.networks.bluesky import parse as bluesky_parse
from advocacy.networks.github import parse as github_parse
from advocacy.networks.linkedin import export as linkedin_export
from advocacy.networks.mastodon import parse as mastodon_parse
from advocacy.networks.website.page import parse_page
from advocacy.networks.x import archive as x_archive
from advocacy.profile_file import load_profile
from advocacy.sources.base import FetchContext
from advocacy.sources.feeds import parse_feed
from advocacy.sources.html_text import html_to_text
from tests.bluesky_server import recorded_post_view, recorded_profile
from tests.cassettes import FIXTURES, find, load_cassette
from tests.github_server import recorded_user

SHARED_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=30,
)


def mutated(base: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """The recorded object with some fields replaced by random JSON (types and shapes the API never sends)."""
    keys = sorted(base)
    return st.dictionaries(st.sampled_from(keys), JSON, max_size=len(keys)).map(lambda changes: {**base, **changes})


def only_our_errors(call: Callable[[], object]) -> None:
    try:
        call()
    except AdvocacyError as exc:
        assert exc.user_message and "\n" not in exc.user_message and "Traceback" not in exc.user_message


MASTODON_ACCOUNT = find(
    load_cassette("mastodon/mastodonpy__test_get_pagination_info.yaml"), "GET", "/verify_credentials"
)[0].json()
MASTODON_STATUS = find(
    load_cassette("mastodon/mastodonpy__test_status.yaml"), "GET", "/api/v1/statuses/117020583223442465"
)[0].json()


@given(st.one_of(JSON, mutated(MASTODON_ACCOUNT)))
def test_mastodon_account(data: Any) -> None:
    only_our_errors(lambda: mastodon_parse.parse_account(data, host="h"))


@given(st.one_of(JSON, st.lists(st.one_of(JSON, mutated(MASTODON_STATUS)), max_size=4)))
def test_mastodon_statuses(data: Any) -> None:
    only_our_errors(lambda: mastodon_parse.parse_statuses(data, host="h"))
    only_our_errors(lambda: mastodon_parse.parse_post_length_limit(data))


@given(st.one_of(JSON, mutated(recorded_profile())))
def test_bluesky_profile(data: Any) -> None:
    only_our_errors(lambda: bluesky_parse.parse_profile(data, host="h"))


@given(
    st.one_of(
        JSON,
        st.fixed_dictionaries(
            {
                "feed": st.lists(
                    st.one_of(JSON, st.fixed_dictionaries({"post": mutated(recorded_post_view()), "reason": JSON})),
                    max_size=4,
                ),
                "cursor": JSON,
            }
        ),
    )
)
def test_bluesky_feed(data: Any) -> None:
    only_our_errors(lambda: bluesky_parse.parse_author_feed(data, host="h"))


@given(st.one_of(JSON, mutated(recorded_user())))
def test_github_user_and_lists(data: Any) -> None:
    only_our_errors(lambda: github_parse.parse_user(data, host="h"))
    only_our_errors(lambda: github_parse.parse_events(data, host="h"))
    only_our_errors(lambda: github_parse.parse_org_logins(data, host="h"))
    only_our_errors(lambda: github_parse.parse_social_accounts(data))


@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "id": JSON,
                "type": st.sampled_from(
                    ["PushEvent", "IssuesEvent", "IssueCommentEvent", "ReleaseEvent", "CreateEvent", "WatchEvent", "X"]
                ),
                "created_at": st.sampled_from(["2026-01-01T00:00:00Z", "", "nonsense"]),
                "payload": JSON,
                "repo": JSON,
            }
        ),
        max_size=4,
    )
)
def test_github_events(data: Any) -> None:
    only_our_errors(lambda: github_parse.parse_events(data, host="h"))


HTML_BITS = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<a href='https://x.example'>",
            "</a>",
            "<br>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            '<div class="h-card">',
            '<span class="p-name">',
            '<link rel="me" href="/me">',
            "<meta name=robots content=noindex>",
            '<script type="application/ld+json">{"@type": "Person", "name": ',
            '<link rel="alternate" type="application/rss+xml" href="',
            "&amp;",
            "&#x1F600;",
            "<![CDATA[",
            "]]>",
            "<img alt='x'>",
            "\x00",
            "é",
            "👋",
        ]
    )
    | st.text(max_size=20),
    max_size=30,
).map("".join)


@given(HTML_BITS)
def test_html(text: str) -> None:
    only_our_errors(lambda: html_to_text(text))
    only_our_errors(lambda: parse_page(text, base_url="https://example.com/"))


FEEDS = [
    (FIXTURES / "website" / name).read_bytes()
    for name in (
        "feedrs__rss_2.0_ghost_2.xml",
        "feedrs__atom_example_3_akamai.xml",
        "feedrs__jsonfeed_example_1_daringfireball.json",
    )
]


@given(
    st.one_of(
        st.binary(max_size=300),
        st.tuples(st.sampled_from(FEEDS), st.integers(0, 4000), st.binary(max_size=20)).map(
            lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
        ),
    )
)
def test_feeds(data: bytes) -> None:
    only_our_errors(lambda: parse_feed(data, where="the feed"))


SHARES = (FIXTURES / "linkedin/apk0703__Shares.csv").read_bytes()


@given(
    st.one_of(
        st.binary(max_size=400),
        st.tuples(st.integers(0, len(SHARES)), st.binary(max_size=10)).map(
            lambda t: SHARES[: t[0]] + t[1] + SHARES[t[0] :]
        ),
        st.sampled_from(["utf-16", "utf-8-sig", "cp1252", "latin-1"]).map(
            lambda enc: SHARES.decode("utf-8").encode(enc, errors="replace")
        ),
    )
)
def test_linkedin_csv(data: bytes) -> None:
    def parse() -> None:
        rows = linkedin_export.read_rows(data, name="Shares.csv")
        linkedin_export.parse_shares(rows)
        linkedin_export.parse_positions(rows)
        linkedin_export.parse_profile_rows(rows)

    only_our_errors(parse)


MEMBER_NAMES = st.sampled_from(
    [
        "Profile.csv",
        "Shares.csv",
        "../Profile.csv",
        "/abs/Profile.csv",
        "a/b/Positions.csv",
        "C:\\x\\Profile.csv",
        "Skills.csv",
        "dir/",
        "account.js",
        "data/tweets.js",
    ]
)


@given(st.lists(st.tuples(MEMBER_NAMES, st.binary(max_size=200)), max_size=5), st.binary(max_size=40))
def test_export_zips(members: list[tuple[str, bytes]], garbage: bytes) -> None:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")  # duplicate member names are part of the hostile input
        for name, content in members:
            archive.writestr(name, content)
    whole = buffer.getvalue()
    with tempfile.TemporaryDirectory() as tmp:
        for index, data in enumerate((whole, whole[: len(whole) // 2] + garbage)):
            path = Path(tmp) / f"export-{index}.zip"
            path.write_bytes(data)
            for module, network in ((linkedin_export, Network.LINKEDIN), (x_archive, Network.X)):
                account = AccountRef(network, str(path))
                only_our_errors(lambda m=module, a=account: m.fetch(HttpClient(), a, FetchContext()))  # type: ignore[misc]


TWEETS = (FIXTURES / "x/rtiatmla__tweet.js").read_bytes()


@given(
    st.one_of(
        st.binary(max_size=200),
        st.tuples(st.integers(0, 3000), st.binary(max_size=8)).map(
            lambda t: TWEETS[: t[0]] + t[1] + TWEETS[t[0] : 3000]
        ),
        JSON.map(lambda v: b"window.YTD.tweets.part0 = " + json.dumps(v).encode()),
    )
)
def test_x_archive_scripts(data: bytes) -> None:
    def parse() -> None:
        for record in x_archive.parse_ytd(data, name="tweets.js"):
            x_archive.parse_tweet(record, username="u", account_id="1")

    only_our_errors(parse)


PROFILE = (Path(__file__).resolve().parents[2] / "resources/sample/profile.toml").read_text(encoding="utf-8")


@given(
    st.one_of(
        st.text(max_size=200),
        st.tuples(st.integers(0, len(PROFILE)), st.text(max_size=12)).map(
            lambda t: PROFILE[: t[0]] + t[1] + PROFILE[t[0] :]
        ),
    )
)
def test_profile_file(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "profile.toml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        only_our_errors(lambda: load_profile(path))


@given(st.binary(max_size=200), st.sampled_from(["application/json", "text/html", ""]))
def test_response_json(body: bytes, content_type: str) -> None:
    response = HttpResponse(url="https://h.example/x", status=200, headers={"content-type": content_type}, body=body)
    only_our_errors(lambda: response.json("the data"))


@pytest.mark.parametrize("name", ["mastodon", "bluesky", "github"])
def test_recorded_inputs_still_parse(name: str) -> None:
    """The fuzzers start from real recordings; make sure those stay valid inputs."""
    parsed = {
        "mastodon": lambda: mastodon_parse.parse_account(MASTODON_ACCOUNT, host="h"),
        "bluesky": lambda: bluesky_parse.parse_profile(recorded_profile(), host="h"),
        "github": lambda: github_parse.parse_user(recorded_user(), host="h"),
    }[name]()
    assert parsed.handle


LIBRARY_TEXT = '[[items]]\nid = "a"\ntitle = "A"\nurl = "https://a.example"\ntags = ["x"]\nexpires = 2026-12-31\n'


@given(
    st.one_of(
        st.binary(max_size=200),
        st.tuples(st.integers(0, len(LIBRARY_TEXT)), st.text(max_size=10)).map(
            lambda t: (LIBRARY_TEXT[: t[0]] + t[1] + LIBRARY_TEXT[t[0] :]).encode()
        ),
        JSON.map(lambda v: json.dumps({"items": v}).encode()),
    )
)
def test_content_library(data: bytes) -> None:
    from advocacy.sharing.content import parse_library

    only_our_errors(lambda: parse_library(data, where="library.toml"))


DATE_BITS = st.lists(
    st.sampled_from(
        [
            *("2018", "03", "14", "/", "-", ".", ":", " ", ",", "T", "Z", "+0000", "AM", "PM", "Mar", "März"),
            *("UTC", "PST", "9", "12", "31", "99", "0", "1e9", "Wed", "13:61", "\x00", "٣", "𝟙", "¹"),
        ]
    )
    | st.text(max_size=6),
    max_size=12,
).map("".join)


@given(st.one_of(DATE_BITS, st.text(max_size=40), st.integers(), st.floats(), st.none()), st.booleans())
def test_tolerant_dates(value: Any, day_first: bool) -> None:
    from advocacy.sources.timeparse import parse_loose

    parsed = parse_loose(value, day_first=day_first)
    assert parsed is None or parsed.utcoffset() is not None


@given(
    st.lists(st.lists(st.one_of(DATE_BITS, st.text(max_size=30)), min_size=1, max_size=6), max_size=6),
    st.sampled_from(["\t", ",", ";"]),
    st.sampled_from(["utf-16", "utf-16-le", "utf-8-sig", "utf-8"]),
)
def test_linkedin_shares_in_any_layout(rows: list[list[str]], delimiter: str, encoding: str) -> None:
    header = ["Date", "Share Link", "Share Commentary", "Shared Url", "Media Url", "Visibility"][
        : len(rows[0]) if rows else 6
    ]
    text = "\n".join(delimiter.join(row) for row in [header, *rows])

    def parse() -> None:
        data = text.encode(encoding, errors="replace")
        posts, _ = linkedin_export.read_shares(linkedin_export.read_rows(data, name="Shares.csv"))
        assert all(p.created_at.tzinfo is not None for p in posts)

    only_our_errors(parse)


ARCHIVE_SCRIPTS = [
    (SHARED_FIXTURES / "x" / name).read_bytes()[:4000]
    for name in (
        "alrocar__manifest.js",
        "alrocar__note-tweet.js",
        "anildash__tweets_2013_02.js",
        "anildash__user_details.js",
    )
    if (SHARED_FIXTURES / "x" / name).is_file()
] or [b"var user_details = {}"]


@given(
    st.one_of(
        st.binary(max_size=200),
        st.tuples(st.sampled_from(ARCHIVE_SCRIPTS), st.integers(0, 4000), st.binary(max_size=8)).map(
            lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
        ),
        JSON.map(lambda v: b"Grailbird.data.tweets_2013_02 = " + json.dumps(v).encode()),
        st.lists(st.one_of(JSON, mutated({"tweet": {"id": 1, "created_at": "x", "edit_info": {}}})), max_size=4),
    )
)
def test_x_archive_any_generation(data: Any) -> None:
    def parse() -> None:
        if isinstance(data, list):
            x_archive.read_tweets(data, username="u", account_id="1", notes=data)
            return
        value = x_archive.parse_assignment(data, name="tweets.js")
        records = value if isinstance(value, list) else [value]
        x_archive.read_tweets(records, username="u", account_id="1", notes=records)
        x_archive.account_from_manifest(value)
        x_archive.account_from_user_details(value)
        x_archive._missing(x_archive._grailbird_index(value) + x_archive._manifest_parts(value, "tweets"), [])

    only_our_errors(parse)


COMPATIBLE = [
    json.loads((SHARED_FIXTURES / "mastodon" / name).read_text(encoding="utf-8"))
    for name in ("tootsdk__post_akkoma_quote.json", "tootsdk__post_with_emojis_and_attachments.json")
    if (SHARED_FIXTURES / "mastodon" / name).is_file()
] or [MASTODON_STATUS]


@given(st.lists(st.one_of(JSON, *(mutated(s) for s in COMPATIBLE)), max_size=4))
def test_mastodon_compatible_statuses(data: Any) -> None:
    only_our_errors(lambda: mastodon_parse.read_statuses(data, host="h"))
    for item in data:
        if isinstance(item, dict) and isinstance(item.get("account"), dict):
            only_our_errors(lambda a=item["account"]: mastodon_parse.parse_account(a, host="h"))  # type: ignore[misc]


@given(
    st.one_of(
        JSON,
        st.fixed_dictionaries({"thread": st.one_of(JSON, mutated({"post": recorded_post_view(), "replies": []}))}),
        st.fixed_dictionaries({"posts": st.lists(st.one_of(JSON, mutated(recorded_post_view())), max_size=3)}),
    )
)
def test_bluesky_any_post_shape(data: Any) -> None:
    only_our_errors(lambda: bluesky_parse.read_feed(data, host="h"))


@given(HTML_BITS.map(lambda s: s.replace("<p>", '<div class="h-entry"><time class="dt-published" datetime="')))
def test_pages_with_entries(text: str) -> None:
    only_our_errors(lambda: parse_page(text, base_url="https://example.com/"))


FEEDS_MORE = [
    (SHARED_FIXTURES / "website" / name).read_bytes()
    for name in ("feedrs__rss_1.0_iso8859.xml", "feedrs__atom_scattered.xml", "feedrs__jsonfeed_elastic_1.1.json")
    if (SHARED_FIXTURES / "website" / name).is_file()
] or FEEDS


@given(
    st.tuples(st.sampled_from(FEEDS_MORE), st.integers(0, 3000), st.binary(max_size=20)).map(
        lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
    )
)
def test_awkward_feeds(data: bytes) -> None:
    only_our_errors(lambda: parse_feed(data, where="the feed"))


def test_deeply_nested_input_is_our_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    only_our_errors(lambda: x_archive.parse_assignment(b"var x = " + deep, name="x.js"))
    only_our_errors(lambda: parse_feed(b'{"items": ' + deep + b"}", where="the feed"))
