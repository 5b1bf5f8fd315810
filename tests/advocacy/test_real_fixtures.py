"""Every real recording and export in the shared fixture set, through the real parsers.

One test per fixture file (the last test fails when a file is added without one). Each asserts
facts that a wrong parser would get wrong: how many records were read and how many skipped, a date,
a text. The files are real people's data: read here as test input only.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from advocacy.domain.models import AccountRef, Network
from advocacy.errors import MalformedResponse
from advocacy.http_session import HttpClient
from advocacy.networks.bluesky import parse as bluesky_parse
from advocacy.networks.github import parse as github_parse
from advocacy.networks.linkedin import export as linkedin_export
from advocacy.networks.mastodon import parse as mastodon_parse
from advocacy.networks.website.page import parse_page
from advocacy.networks.x import archive as x_archive
from advocacy.sources.archive import MalformedExport
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
from advocacy.sources.feeds import parse_feed

# The shared set, copied into the repository so CI reads the same files (tests/fixtures/README.md).
SHARED = Path(__file__).resolve().parents[1] / "fixtures"
NETWORKS = ("bluesky", "github", "linkedin", "mastodon", "website", "x")

EVERYTHING = FetchLimits(max_posts=10_000, max_age_days=36_500)
CASES: dict[str, Callable[..., None]] = {}


def case(*names: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    def register(check: Callable[..., None]) -> Callable[..., None]:
        for name in names:
            CASES[name] = check
        return check

    return register


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _sentences(fetched: Fetched) -> list[str]:
    return [s.sentence() for s in fetched.skipped]


# --- LinkedIn -------------------------------------------------------------------------------------


def _linkedin(tmp: Path, files: dict[str, str], *, profile_from: str = "apk0703") -> Fetched:
    folder = tmp / "export"
    folder.mkdir()
    shutil.copy(SHARED / "linkedin" / f"{profile_from}__Profile.csv", folder / "Profile.csv")
    for source, target in files.items():
        shutil.copy(SHARED / "linkedin" / source, folder / target)
    account = AccountRef(Network.LINKEDIN, str(folder))
    return linkedin_export.fetch(HttpClient(), account, FetchContext(limits=EVERYTHING))


@case("linkedin/apk0703__Shares.csv")
def _apk_shares(path: Path) -> None:
    posts, skips = linkedin_export.read_shares(linkedin_export.read_rows(path.read_bytes(), name="Shares.csv"))
    assert (len(posts), skips.total) == (13, 0)
    assert posts[0].created_at == datetime(2024, 2, 19, 10, 22, 49, tzinfo=UTC)
    assert posts[0].text == "View my verified achievement from Cisco."


@case("linkedin/femi10__Shares.csv")
def _femi_shares(path: Path) -> None:
    rows = linkedin_export.read_rows(path.read_bytes(), name="Shares.csv")
    posts, skips = linkedin_export.read_shares(rows)
    assert (len(rows), len(posts), skips.total) == (40, 37, 0)  # one share exported once per image
    ids = [p.id for p in posts]
    assert len(ids) == len(set(ids))
    triple = next(p for p in posts if p.id.endswith("6691890005612236800"))
    assert triple.created_at == datetime(2020, 7, 23, 2, 21, 46, tzinfo=UTC)
    assert triple.is_repost and len(triple.links) == 1  # no words of one's own; one shared article
    covid = next(p for p in posts if p.text.startswith("So I did an exploratory analysis"))
    assert "\n\nClearly Covid was kind to Africa" in covid.text and '""' not in covid.text


@case("linkedin/sanand0__Shares.csv")
def _sanand_shares(path: Path) -> None:
    posts, skips = linkedin_export.read_shares(linkedin_export.read_rows(path.read_bytes(), name="Shares.csv"))
    assert (len(posts), skips.total) == (15, 0)
    first = posts[0]
    assert first.created_at == datetime(2025, 7, 1, 14, 33, 22, tzinfo=UTC)
    assert first.text.startswith("I'm off for a 10-day Vipassana meditation program.\n\n𝗪𝗛𝗔𝗧? ")
    assert '"' not in first.text.replace("I'm", "")
    talk = next(p for p in posts if p.text.startswith("My VizChitra talk"))
    assert talk.links[0] == "https://youtu.be/hPH5_ulHtno?t=01m24s"  # the SharedUrl column (2025 spelling)


@case("linkedin/apk0703__Profile.csv")
def _apk_profile(path: Path) -> None:
    profile = linkedin_export.parse_profile_rows(linkedin_export.read_rows(path.read_bytes(), name="Profile.csv"))
    assert profile.headline == "Data Analyst | Machine learning | Python"
    assert profile.location == "Bengaluru, Karnataka, India"


@case("linkedin/mohamedeways__Profile.csv")
def _eways_profile(path: Path) -> None:
    profile = linkedin_export.parse_profile_rows(linkedin_export.read_rows(path.read_bytes(), name="Profile.csv"))
    assert [(link.label, link.url) for link in profile.links] == [("Personal", "https://trailblazer.me/id/meways")]
    assert profile.headline == "Technical Application Support | CRM Developer"


@case("linkedin/tomlous__Profile.csv")
def _tomlous_profile(path: Path) -> None:
    """2018 header (Contact Instructions, Country), websites without brackets, a bare Twitter handle."""
    profile = linkedin_export.parse_profile_rows(linkedin_export.read_rows(path.read_bytes(), name="Profile.csv"))
    assert [(link.label, link.url) for link in profile.links] == [
        ("Personal", "http://lous.info"),
        ("Other", "https://github.com/TomLous"),
        ("Personal", "https://about.me/tomlous"),
        ("X", "https://x.com/tomlous"),
    ]
    assert profile.location == "Berkel en Rodenrijs, South Holland Province, Netherlands"


@case("linkedin/apk0703__Positions.csv")
def _apk_positions(path: Path) -> None:
    positions, skips = linkedin_export.read_positions(linkedin_export.read_rows(path.read_bytes(), name="x"))
    assert [(p.company, p.started_on, p.is_current) for p in positions] == [("InfoVision Inc.", "Jan 2024", True)]
    assert skips.total == 0


@case("linkedin/mohamedeways__Positions.csv")
def _eways_positions(path: Path) -> None:
    positions, skips = linkedin_export.read_positions(linkedin_export.read_rows(path.read_bytes(), name="x"))
    assert (len(positions), skips.total) == (4, 0)
    assert positions[0].company == "Hmto - همتو" and positions[0].is_current
    assert [p.started_on for p in positions] == ["Nov 2022", "Mar 2022", "Feb 2022", "May 2018"]


@case("linkedin/tomlous__Positions.csv")
def _tomlous_positions(path: Path) -> None:
    positions, skips = linkedin_export.read_positions(linkedin_export.read_rows(path.read_bytes(), name="x"))
    assert (len(positions), skips.total) == (8, 0)
    assert positions[0].title == "Big Data Software Engineer" and positions[0].is_current
    assert sum(p.is_current for p in positions) == 1
    assert "a plethora of other tools" in linkedin_export.read_rows(path.read_bytes(), name="x")[0]["description"]


@case("linkedin/tomlous__Skills.csv", "linkedin/apk0703__Skills.csv")
def _skills(path: Path, tmp: Path) -> None:
    fetched = _linkedin(tmp, {path.name: "Skills.csv"})
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    artefact = rows[-1] == "Endorsements"
    assert len(fetched.profile.skills) == len(rows) - artefact
    assert "Endorsements" not in fetched.profile.skills
    assert fetched.profile.skills[0] == rows[0]


@case("linkedin/mohamedeways__Registration.csv")
def _registration(path: Path, tmp: Path) -> None:
    fetched = _linkedin(tmp, {path.name: "Registration.csv"}, profile_from="mohamedeways")
    assert fetched.profile.created_at == datetime(2017, 10, 25, 16, 33, tzinfo=UTC)  # "10/25/17, 4:33 PM"


@case("linkedin/apk0703__Education.csv")
def _education(path: Path, tmp: Path) -> None:
    rows = linkedin_export.read_rows(path.read_bytes(), name="Education.csv")
    assert [r["schoolname"] for r in rows] == ["Presidency College, Bangalore"] * 2
    fetched = _linkedin(tmp, {path.name: "Education.csv", "apk0703__Shares.csv": "Shares.csv"})
    assert len(fetched.posts) == 13 and fetched.skipped == ()  # an extra file changes nothing


# --- X --------------------------------------------------------------------------------------------


def _x(tmp: Path, prefix: str, files: dict[str, str]) -> Fetched:
    root = tmp / "archive"
    for source, target in files.items():
        (root / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SHARED / "x" / f"{prefix}__{source}", root / target)
    account = AccountRef(Network.X, str(root))
    return x_archive.fetch(HttpClient(), account, FetchContext(limits=EVERYTHING))


@case("x/rtiatmla__account.js", "x/rtiatmla__profile.js", "x/rtiatmla__tweet.js")
def _rtiatmla(path: Path, tmp: Path) -> None:
    fetched = _x(tmp, "rtiatmla", {n: f"data/{n}" for n in ("account.js", "profile.js", "tweet.js")})
    assert (len(fetched.posts), fetched.skipped) == (70, ())
    assert fetched.profile.handle == "@RTIatMLA"
    assert fetched.profile.created_at == datetime(2020, 10, 29, 19, 52, 43, 650000, tzinfo=UTC)
    assert fetched.posts[-1].created_at < fetched.posts[0].created_at


@case("x/dsajgiouawj__account.js", "x/dsajgiouawj__profile.js", "x/dsajgiouawj__tweet.js")
def _dsajgiouawj(path: Path, tmp: Path) -> None:
    """2020 archive: compact layout, no createdAt, an empty avatar, Japanese text."""
    fetched = _x(tmp, "dsajgiouawj", {n: f"data/{n}" for n in ("account.js", "profile.js", "tweet.js")})
    assert (len(fetched.posts), fetched.skipped) == (60, ())
    assert fetched.profile.handle == "@E31415926" and fetched.profile.created_at is None
    assert fetched.profile.avatar_is_default is True and fetched.profile.header_is_default is True
    assert {p.created_at.year for p in fetched.posts} == {2016, 2017, 2018, 2019}
    assert any(any("\u3040" <= ch <= "\u30ff" for ch in p.text) for p in fetched.posts)


ALROCAR = ("account.js", "profile.js", "manifest.js", "tweets.js", "note-tweet.js")


@case(*(f"x/alrocar__{n}" for n in ALROCAR))
def _alrocar(path: Path, tmp: Path) -> None:
    """2024 archive: manifest.js, tweets.js (plural) with edit_info, long posts in note-tweet.js."""
    fetched = _x(tmp, "alrocar", {n: f"data/{n}" for n in ALROCAR})
    assert len(fetched.posts) == 60
    # The fixture keeps 60 of 1223 tweets but all 41 long posts: 8 find their tweet, 33 cannot.
    assert _sentences(fetched) == ["33 of 41 long posts matched no tweet in the archive (note-tweet.js)."]
    long_posts = [p for p in fetched.posts if len(p.text) > 290]
    assert len(long_posts) == 8
    ci = next(p for p in fetched.posts if p.id == "1775197945974960345")
    assert len(ci.text) > 429 and not ci.text.endswith("…")  # the note's 429 characters, t.co links expanded
    assert "https://t.co/" not in ci.text
    assert fetched.profile.display_name == "alrocar 🥘"
    assert sum(p.is_repost for p in fetched.posts) == 5


@case("x/anildash__user_details.js", "x/anildash__tweets_2013_02.js")
def _grailbird(path: Path, tmp: Path) -> None:
    """2013 "Grailbird" archive: no account.js, ``var user_details``, monthly files, numeric ids."""
    fetched = _x(
        tmp,
        "anildash",
        {"user_details.js": "data/js/user_details.js", "tweets_2013_02.js": "data/js/tweets/2013_02.js"},
    )
    assert (len(fetched.posts), fetched.skipped) == (60, ())
    assert fetched.profile.handle == "@anildash" and fetched.profile.display_name == "Anil Dash"
    assert fetched.profile.created_at == datetime(2006, 12, 2, 9, 15, 15, tzinfo=UTC)
    first = next(p for p in fetched.posts if p.id == "299732930744434688")
    assert first.created_at == datetime(2013, 2, 8, 4, 14, 34, tzinfo=UTC)
    assert (
        first.text
        == "I prefer this kind of tech blogging: http://2.dashes.com/WUyMqs to this kind: http://2.dashes.com/WUyT5j"
    )
    assert sum(p.is_repost for p in fetched.posts) == 1  # the one retweeted_status
    assert next(p for p in fetched.posts if p.id == "299605579708657664").is_reply


@case("x/twittertext__config_v3.json")
def _twitter_text_config(path: Path) -> None:
    config = _json(path)
    assert config["maxWeightedTweetLength"] == 280
    with pytest.raises(MalformedExport, match="assigns no value"):
        x_archive.parse_assignment(path.read_bytes(), name="v3.json")  # not an archive file: said, not guessed


# --- Mastodon and compatible servers ----------------------------------------------------------------


def _cassette(path: Path) -> list[tuple[str, str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for item in data["interactions"]:
        body = item["response"]["body"]["string"]
        out.append((item["request"]["method"], item["request"]["uri"], json.loads(body) if body else None))
    return out


@case("mastodon/mastodonpy__test_accounts.yaml")
def _mastodon_accounts(path: Path) -> None:
    lookups = [body for method, uri, body in _cassette(path) if "/accounts/lookup" in uri]
    profiles = [mastodon_parse.parse_account(a, host="localhost:3000") for a in lookups]
    assert [p.visibility.locked for p in profiles] == [True, False]
    assert profiles[0].avatar_is_default is True and profiles[0].created_at is not None


@case("mastodon/mastodonpy__test_get_pagination_info.yaml")
def _mastodon_pages(path: Path) -> None:
    page = next(body for method, uri, body in _cassette(path) if method == "GET" and "/statuses" in uri)
    posts, skips = mastodon_parse.read_statuses(page, host="localhost:3000")
    assert (len(posts), skips.total) == (5, 0)
    assert posts[0].text == "Toot number 9!" and posts[0].created_at.year == 2026


@case("mastodon/mastodonpy__test_status.yaml")
def _mastodon_status(path: Path) -> None:
    status = next(body for method, uri, body in _cassette(path) if method == "GET")
    post = mastodon_parse.parse_status(status)
    assert post is not None and post.id == "117020583223442465" and "<" not in post.text


@case("mastodon/mastodonpy__test_instance.yaml")
def _mastodon_instance(path: Path) -> None:
    assert mastodon_parse.parse_post_length_limit(_cassette(path)[0][2]) == 500


@case("mastodon/pleromafe__mastoapi.json")
def _pleroma_timeline(path: Path) -> None:
    posts, skips = mastodon_parse.read_statuses(_json(path), host="shigusegubu.club")
    assert (len(posts), skips.total) == (20, 0)
    assert sum(p.is_repost for p in posts) == 5 and sum(p.is_reply for p in posts) == 12
    assert posts[0].id == "10423476" and posts[0].created_at == datetime(2019, 1, 17, 16, 29, 23, tzinfo=UTC)
    assert all(p.url.startswith("https://") for p in posts)
    # An OStatus "tag:" uri is no web address: the post is linked through the server's /notice/.
    assert next(p for p in posts if p.id == "10419966").url == "https://shigusegubu.club/notice/10419966"


@case("mastodon/tootsdk__post_akkoma_quote.json")
def _akkoma_quote(path: Path) -> None:
    data = _json(path)
    post = mastodon_parse.parse_status(data, host="miraiverse.xyz")
    assert post is not None and post.id == "Al30Y6dIQNzsEKhR5s"
    assert post.url == "https://miraiverse.xyz/notice/Al30Y6dIQNzsEKhR5s"
    assert post.created_at == datetime(2024, 8, 17, 5, 1, 49, tzinfo=UTC)
    assert post.text.startswith("from @technicat") and not post.is_repost
    account = mastodon_parse.parse_account(data["account"], host="miraiverse.xyz")
    assert account.last_post_at == datetime(2024, 8, 17, tzinfo=UTC)  # a date without a time
    assert account.visibility.discoverable is False  # from source.pleroma, where Akkoma keeps it


@case("mastodon/tootsdk__post_with_emojis_and_attachments.json")
def _pleroma_post(path: Path) -> None:
    data = _json(path)
    post = mastodon_parse.parse_status(data, host="m.iamkonstantin.eu")
    assert post is not None and post.url == "https://m.iamkonstantin.eu/notice/AQetOIEp6Z2GZ4UiI4"
    assert post.text.startswith("Coffee, Star Trek\n\nI just #love #coffee")
    assert post.hashtags == ("coffee", "love")
    account = mastodon_parse.parse_account(data["account"], host="m.iamkonstantin.eu")
    assert [(k.label, k.url) for k in account.links] == [("Homepage", "https://www.iamkonstantin.eu")]


@case("mastodon/tootsdk__account_pixelfed.json")
def _pixelfed_account(path: Path) -> None:
    profile = mastodon_parse.parse_account(_json(path), host="pixelfed.social")
    assert profile.created_at == datetime(2023, 6, 1, 2, 16, tzinfo=UTC)  # ".000000Z"
    assert profile.header_is_default is True and profile.avatar_is_default is False
    assert profile.last_post_at is None and profile.post_count == 3


INSTANCE_LIMITS = {
    "tootsdk__instancev2_gotosocial.json": 5000,
    "tootsdk__instancev2_pleroma.json": 5000,
    "tootsdk__instancev2_friendica.json": 200000,
    "tootsdk__instance_sharkey_contact_removed.json": 3000,
    "tootsdk__instance_iceshrimpnet.json": 8192,
}


@case(*(f"mastodon/{name}" for name in INSTANCE_LIMITS))
def _instances(path: Path) -> None:
    data = _json(path)
    assert mastodon_parse.parse_post_length_limit(data) == INSTANCE_LIMITS[path.name]
    contact = data.get("contact_account") or (data.get("contact") or {}).get("account")
    if path.name == "tootsdk__instancev2_gotosocial.json":
        profile = mastodon_parse.parse_account(contact, host="social.browser.org")
        assert profile.avatar_is_default is True and profile.header_is_default is True  # GoToSocial's .webp
        assert profile.created_at == datetime(2022, 11, 7, 20, 39, 47, tzinfo=UTC)


# --- Bluesky --------------------------------------------------------------------------------------


@case("bluesky/atprotodart__app.bsky.feed.getListFeed.json")
def _list_feed(path: Path) -> None:
    posts, cursor, skips, pinned = bluesky_parse.read_feed(_json(path), host="h")
    assert (len(posts), skips.total, pinned) == (13, 0, set())
    assert sum(p.is_reply for p in posts) == 10
    assert cursor and cursor.startswith("1694605555713::")
    assert posts[0].created_at == datetime(2023, 9, 15, 22, 36, 17, 485000, tzinfo=UTC)
    linked = next(p for p in posts if p.text.startswith("Looks like the curated list feature"))
    assert linked.links == (
        "https://github.com/bluesky-social/atproto/commit/578757cb44165457c4e6da06e895638773224e39",
    )


@case("bluesky/marshalx__thread_view_post_with_embed_media.json")
def _thread(path: Path) -> None:
    posts, cursor, skips, _ = bluesky_parse.read_feed(_json(path), host="h")
    assert (len(posts), cursor, skips.total) == (1, None, 0)
    assert posts[0].id.endswith("/3kaheyt6vpc22") and posts[0].text == ""  # a quote with an image, no words
    assert posts[0].created_at == datetime(2023, 9, 28, 12, 49, 36, 735000, tzinfo=UTC)
    assert posts[0].url == "https://bsky.app/profile/test.marshal.dev/post/3kaheyt6vpc22"


@case("bluesky/atprotodart__app.bsky.feed.getPosts.json")
def _get_posts(path: Path) -> None:
    posts, _, skips, _ = bluesky_parse.read_feed(_json(path), host="h")
    assert (len(posts), skips.total) == (1, 0)
    assert posts[0].text.startswith("eu queria um fone de ouvido com fio")
    assert posts[0].created_at == datetime(2023, 4, 24, 13, 50, 19, 672000, tzinfo=UTC)


@case("bluesky/atprotodart__app.bsky.actor.getProfile.json")
def _bsky_profile(path: Path) -> None:
    profile = bluesky_parse.parse_profile(_json(path), host="h")
    assert profile.handle == "shinyakato.dev" and profile.post_count == 3358


@case("bluesky/marshalx__get_follows.json")
def _follows(path: Path) -> None:
    data = _json(path)
    assert bluesky_parse.parse_profile(data["subject"], host="h").handle == "test.marshal.dev"
    assert len([bluesky_parse.parse_profile(f, host="h") for f in data["follows"]]) == 6


@case("bluesky/bluesky-atproto__labels.json")
def _labels(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert f'"{bluesky_parse.NO_UNAUTHENTICATED}"' in text  # the label the profile check looks for


@case(
    "bluesky/atprotodart__com.atproto.server.createSession.json",
    "bluesky/atprotodart__com.atproto.repo.createRecord.json",
    "bluesky/marshalx__com.atproto.identity.resolveHandle.json",
    "bluesky/atprotodart__app.bsky.labeler.getServices.json",
    "bluesky/indigo__did_plc_doc_legacy.json",
)
def _not_posts(path: Path) -> None:
    """Answers that hold no posts are said to be the wrong shape, never read as "0 posts"."""
    with pytest.raises(MalformedResponse, match="unexpected shape"):
        bluesky_parse.read_feed(_json(path), host="h")


# --- GitHub ---------------------------------------------------------------------------------------


def _pygithub_bodies(path: Path) -> list[tuple[int, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return [(int(lines[i + 7]), lines[i + 9]) for i in range(0, len(lines) - 9, 11)]


@case("github/pygithub__NamedUser.setUp.txt")
def _named_user(path: Path) -> None:
    status, body = _pygithub_bodies(path)[0]
    profile = github_parse.parse_user(json.loads(body), host="api.github.com")
    assert status == 200 and profile.handle == "jacquev6"
    assert profile.created_at is not None and profile.created_at.year == 2010


@case("github/pygithub__ConditionalRequestUpdate.testDidNotUpdate.txt")
def _not_modified(path: Path) -> None:
    status, body = _pygithub_bodies(path)[0]
    assert (status, body) == (304, "")
    with pytest.raises(MalformedResponse):
        github_parse.read_events(None, host="api.github.com")  # an empty answer is no list of events


def _betamax(path: Path) -> dict[str, Any]:
    import base64
    import gzip

    bodies = {}
    for interaction in _json(path)["http_interactions"]:
        body = interaction["response"]["body"]
        raw = base64.b64decode(body["base64_string"]) if body.get("base64_string") else body["string"].encode()
        bodies[interaction["request"]["uri"]] = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    return bodies


@case("github/github3py__GitHub_user.json")
def _github3_user(path: Path) -> None:
    profile = github_parse.parse_user(_betamax(path)["https://api.github.com/users/sigmavirus24"], host="h")
    assert profile.handle == "sigmavirus24" and profile.created_at is not None


@case("github/github3py__User_orgs.json")
def _github3_orgs(path: Path) -> None:
    bodies = _betamax(path)
    orgs = next(v for k, v in bodies.items() if "/orgs" in k)
    logins = github_parse.parse_org_logins(orgs, host="h")
    assert logins and len(logins) == len(orgs) and all(logins)


# --- Websites and feeds ---------------------------------------------------------------------------


def _http_body(path: Path) -> bytes:
    raw = path.read_bytes().replace(b"\r\n", b"\n")
    return raw.split(b"\n\n", 1)[1]


FEEDS = {
    # name: (entries, undated, first title, first date)
    "feedrs__rss_2.0_ghost_2.xml": (1, 0, "Send emails without publishing", datetime(2021, 10, 11, 18, 11, 15)),
    "feedrs__atom_example_3_akamai.xml": (1, 0, None, datetime(2019, 7, 30, 16, 0)),
    "feedrs__jsonfeed_example_1_daringfireball.json": (
        2,
        0,
        "How Jeff Bezos’s iPhone X Was Hacked",
        datetime(2020, 1, 24, 23, 46, 57),
    ),
    "feedrs__rss_1.0_iso8859.xml": (1, 0, None, datetime(2023, 1, 25, 18, 3, 2)),
    "feedrs__rss_2.0_relurl_1.xml": (2, 0, "Pareto-optimal compression", datetime(2021, 3, 2, 22, 39, 15)),
    "feedrs__atom_scattered.xml": (1, 0, None, datetime(2023, 12, 1)),
    # RFC 822 dates in a JSON Feed (unread before the tolerant parser); the third item has no date.
    "feedrs__jsonfeed_elastic_1.1.json": (3, 1, None, datetime(2019, 5, 31, 19, 17, 58)),
    "feedparser__atom_feed_updated_parsed.xml": (0, 0, None, None),
}


@case(*(f"website/{name}" for name in FEEDS))
def _feeds(path: Path) -> None:
    count, undated, title, first = FEEDS[path.name]
    feed = parse_feed(path.read_bytes(), where="the feed")
    assert len(feed.entries) == count
    assert sum(e.published is None for e in feed.entries) == undated
    if title:
        assert feed.entries[0].title == title
    if first:
        assert feed.entries[0].published == first.replace(tzinfo=UTC)
    if path.name == "feedrs__rss_1.0_iso8859.xml":
        assert "förderung" in feed.entries[0].title.lower()  # Latin-1 bytes decoded as declared
    if path.name == "feedrs__jsonfeed_elastic_1.1.json":
        assert feed.title == "Blog – InfluxData"  # "&#8211;" unescaped
    if path.name == "feedrs__rss_2.0_relurl_1.xml":
        assert all(e.url.startswith("https://insanity.industries/") for e in feed.entries)


@case("website/xray__jsonfeed.http")
def _manton(path: Path) -> None:
    feed = parse_feed(_http_body(path), where="the feed")
    assert (len(feed.entries), sum(e.published is None for e in feed.entries)) == (11, 0)
    assert feed.entries[0].published == datetime(2017, 11, 10, 16, 34, 21, tzinfo=UTC)


@case("website/xray__html-with-json-and-atom.http")
def _autodiscovery(path: Path) -> None:
    facts = parse_page(_http_body(path).decode(), base_url="https://feed.example.com/")
    assert facts.feeds == ("https://feed.example.com/atom", "https://feed.example.com/jsonfeed")


@case("website/xray__waterpigs.http")
def _waterpigs(path: Path) -> None:
    facts = parse_page(_http_body(path).decode(), base_url="https://waterpigs.co.uk/")
    assert facts.name == "Barnaby Walters" and len(facts.rel_me) == 10
    assert (len(facts.entries), sum(e.published is None for e in facts.entries)) == (20, 0)  # the page's h-feed
    assert facts.entries[0].published == datetime(2018, 11, 8, 20, 37, 4, tzinfo=UTC)  # +03:00 in the page


@case("website/indiewebutils__index.html")
def _jamesg(path: Path) -> None:
    facts = parse_page(path.read_text(encoding="utf-8"), base_url="https://jamesg.blog/")
    assert facts.name == "James" and "mailto:jamesg@jamesg.blog" in facts.rel_me
    assert len(facts.feeds) == 2 and len(facts.entries) == 10


@case("website/indiewebutils__index2.html")
def _vandyne(path: Path) -> None:
    facts = parse_page(path.read_text(encoding="utf-8"), base_url="https://jamesvandyne.com/")
    assert facts.name == "James Van Dyne" and len(facts.rel_me) == 7
    assert facts.feeds == ("https://jamesvandyne.com/feed/",) and facts.entries == ()


@case("website/mftests__h-card_impliedname.html", "website/mftests__h-card_impliedname.json")
def _implied_name(path: Path) -> None:
    html = path.with_suffix(".html").read_text(encoding="utf-8")
    expected = _json(path.with_suffix(".json"))["items"][0]["properties"]["name"][0]
    assert parse_page(html, base_url="https://x.example/").name == expected == "Jane Doe"


@case("website/mftests__rel_xfn-elsewhere.html", "website/mftests__rel_xfn-elsewhere.json")
def _rel_me(path: Path) -> None:
    html = path.with_suffix(".html").read_text(encoding="utf-8")
    expected = _json(path.with_suffix(".json"))["rels"]["me"]
    assert list(parse_page(html, base_url="https://x.example/").rel_me) == expected


@case("website/extruct__opengraph_test.html", "website/extruct__opengraph_test.json")
def _opengraph(path: Path) -> None:
    html = path.with_suffix(".html").read_text(encoding="cp1252")
    expected = dict(_json(path.with_suffix(".json"))[0]["properties"])
    facts = parse_page(html, base_url="https://e.example/")
    assert facts.name == expected["og:title"] and facts.photo == expected["og:image"]


# --- The runner -----------------------------------------------------------------------------------


def _all_files() -> list[str]:
    return sorted(p.relative_to(SHARED).as_posix() for network in NETWORKS for p in (SHARED / network).rglob("*"))


@pytest.mark.parametrize("name", _all_files())
def test_fixture_file(name: str, tmp_path: Path) -> None:
    check = CASES.get(name)
    assert check is not None, f"{name} has no test in this file"
    path = SHARED / name
    if "tmp" in check.__code__.co_varnames[: check.__code__.co_argcount]:
        check(path, tmp_path)
    else:
        check(path)


def test_every_fixture_file_has_a_test() -> None:
    assert set(_all_files()) <= set(CASES)
    assert len(_all_files()) >= 70
