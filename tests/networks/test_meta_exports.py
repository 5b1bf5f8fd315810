"""Facebook, Instagram and Threads, read from real "Download your information" exports that public
projects committed (tests/fixtures/meta, provenance in its README), placed in every folder layout
Meta has used, as a folder and as a ZIP; and the bad downloads people really have."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import checks
from advocacy.domain.models import AccountRef, Network
from advocacy.errors import NoShareLink, ProfileNotFound
from advocacy.networks import adapter_for, counter_for
from advocacy.profile_file import load_profile
from advocacy.sharing.intents import share_url
from advocacy.sources.archive import MalformedExport
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
from advocacy.sources.meta_export import Holds, holds_for_head, unmangle
from advocacy.workspace import Workspace
from tests.meta_exports import write_meta_exports

META = Path(__file__).parents[1] / "fixtures" / "meta"
EVERYTHING = FetchContext(limits=FetchLimits(max_posts=100_000, max_age_days=100 * 365))
# What Meta's byte-per-escape text looks like when it is left undecoded: "Ã¸", "â€", "ðŸ".
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")

Layout = dict[str, str]  # path inside the export -> fixture file


def build(tmp_path: Path, layout: Layout, *, as_zip: bool) -> Path:
    folder = tmp_path / "export"
    for inside, fixture in layout.items():
        target = folder / inside
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(META / fixture, target)
    if not as_zip:
        return folder
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                zipped.write(file, file.relative_to(folder).as_posix())
    shutil.rmtree(folder)
    return archive


def read(network: Network, location: Path) -> Fetched:
    return adapter_for(network).fetch(None, AccountRef(network, str(location)), EVERYTHING)  # type: ignore[arg-type]


def raw_records(fixture: str) -> list[Any]:
    value = json.loads((META / fixture).read_text(encoding="utf-8"))
    return value if isinstance(value, list) else next(v for v in value.values() if isinstance(v, list))


def accounted(fetched: Fetched, total: int) -> None:
    """Every record is a post (own or reposted) or counted as skipped, with the total said."""
    skipped = [s for s in fetched.skipped if s.what == "posts"]
    assert all(s.total == total for s in skipped)
    assert len(fetched.posts) + sum(s.count for s in skipped) == total


# --- Facebook -------------------------------------------------------------------------------------

FACEBOOK_POSTS = {
    # fixture -> the path Meta's export of that year used
    "waultar__facebook__your_posts_1.json": "posts/your_posts_1.json",
    "hunterhillis__facebook__your_posts_1.json": "your_activity_across_facebook/posts/your_posts_1.json",
    "pitera__facebook__your_posts_1.json": "posts/your_posts_1.json",
    "uliuphoff__facebook__your_posts.json": "posts/your_posts.json",
    "calebstrait__facebook__your_posts_2019.json": "posts/your_posts.json",
    "nhule0502__facebook__your_posts__check_ins__photos_and_videos_1.json": (
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    ),
}


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
@pytest.mark.parametrize("fixture", sorted(FACEBOOK_POSTS))
def test_every_facebook_posts_layout_is_read_whole_and_decoded(tmp_path: Path, fixture: str, as_zip: bool) -> None:
    fetched = read(Network.FACEBOOK, build(tmp_path, {FACEBOOK_POSTS[fixture]: fixture}, as_zip=as_zip))
    accounted(fetched, len(raw_records(fixture)))
    assert fetched.posts, fixture
    for post in fetched.posts:
        assert post.network is Network.FACEBOOK and post.created_at.tzinfo is not None
        assert not MOJIBAKE.search(post.text), post.text
    # Without a profile file the audit says so rather than showing an empty profile as read.
    assert any(s.what == "profile file" for s in fetched.skipped)


def test_facebook_text_is_what_the_person_wrote() -> None:
    fixture = "waultar__facebook__your_posts_1.json"
    raw = (META / fixture).read_text(encoding="utf-8")
    assert "\\u00c3\\u00b8" in raw  # "ø", escaped byte by byte in the file
    posts = [p for p in (unmangle(r) for r in raw_records(fixture)) if isinstance(p, dict)]
    words = json.dumps(posts, ensure_ascii=False)
    assert "ø" in words and not MOJIBAKE.search(words)
    emoji = unmangle(raw_records("hunterhillis__facebook__your_posts_1.json"))
    assert any(ord(c) > 0xFFFF for c in json.dumps(emoji, ensure_ascii=False))  # real emoji, not four bytes


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Caf\u00c3\u00a9", "Café"),  # mangled: decoded
        ("Café", "Café"),  # already right: unchanged (its one byte is not UTF-8 on its own)
        ("Zoë → 東京", "Zoë → 東京"),  # a character above U+00FF: never mangled
        ("plain", "plain"),
        ("\u00f0\u009f\u0098\u0082", "😂"),
    ],
)
def test_unmangle_decodes_only_what_meta_mangled(given: str, expected: str) -> None:
    assert unmangle({"k": [given]}) == {"k": [expected]}


def test_shares_of_other_peoples_posts_are_reposts_and_link_shares_are_own_posts(tmp_path: Path) -> None:
    fixture = "nhule0502__facebook__your_posts__check_ins__photos_and_videos_1.json"
    records = raw_records(fixture)

    def contexts(record: dict[str, Any]) -> list[str]:
        return [
            d["external_context"].get("url", "")
            for a in record.get("attachments", [])
            for d in a.get("data", [])
            if "external_context" in d
        ]

    def said(record: dict[str, Any]) -> bool:
        return any(d.get("post") for d in record.get("data", []))

    # Some posts are listed twice in this layout (read once, the repeat counted): count each moment once.
    shared_posts = len({r["timestamp"] for r in records if "" in contexts(r) and not said(r)})
    link_shares = len({r["timestamp"] for r in records if any(contexts(r)) and "" not in contexts(r)})
    assert shared_posts > 10 and link_shares > 0  # what this export is known to hold
    fetched = read(Network.FACEBOOK, build(tmp_path, {FACEBOOK_POSTS[fixture]: fixture}, as_zip=True))
    assert sum(p.is_repost for p in fetched.posts) == shared_posts
    with_links = [p for p in fetched.posts if p.links and not p.is_repost]
    assert len(with_links) >= link_shares
    assert all(not p.is_original for p in fetched.posts if p.is_repost)


def test_records_with_nothing_of_the_persons_own_are_counted_not_dropped(tmp_path: Path) -> None:
    fixture = "hunterhillis__facebook__your_posts_1.json"  # "… recommends …" with no text of its own
    fetched = read(Network.FACEBOOK, build(tmp_path, {FACEBOOK_POSTS[fixture]: fixture}, as_zip=False))
    nothing = [s for s in fetched.skipped if "nothing of the person's own" in s.reason]
    assert nothing and nothing[0].count > 0
    assert "of 124 posts" in nothing[0].sentence()


@pytest.mark.parametrize(
    ("fixture", "name", "city"),
    [
        ("waultar__facebook__profile_information_v2.json", "REDACTED FULLNAME", "Gammel Holte, Kobenhavn, Denmark"),
        ("tardigrde__facebook__profile_information_v1.json", "Jenő Rejtő", "Budapest, Hunagary"),
    ],
)
def test_facebook_profile_of_either_version(tmp_path: Path, fixture: str, name: str, city: str) -> None:
    layout = {
        "personal_information/profile_information/profile_information.json": fixture,
        "connections/friends/your_friends.json": "thanhbobber__facebook__your_friends.json",
        "connections/followers/people_who_followed_you.json": "thanhbobber__facebook__people_who_followed_you.json",
        "connections/followers/who_you've_followed.json": "thanhbobber__facebook__who_youve_followed.json",
    }
    fetched = read(Network.FACEBOOK, build(tmp_path, layout, as_zip=True))
    profile = fetched.profile
    assert (profile.display_name, profile.location) == (name, city)
    assert profile.followers_count == len(raw_records("thanhbobber__facebook__people_who_followed_you.json")) == 711
    assert profile.following_count == len(raw_records("thanhbobber__facebook__who_youve_followed.json"))
    assert profile.created_at is not None and profile.created_at.year < 2015
    # Posts missing from this download: said, never "no posts".
    assert any(s.what == "posts file" for s in fetched.skipped)


def test_friends_stand_for_the_audience_when_there_is_no_followers_list(tmp_path: Path) -> None:
    layout = {
        "friends/friends.json": "tardigrde__facebook__friends.json",
        "posts/your_posts_1.json": "pitera__facebook__your_posts_1.json",
    }
    fetched = read(Network.FACEBOOK, build(tmp_path, layout, as_zip=False))
    assert fetched.profile.followers_count == len(raw_records("tardigrde__facebook__friends.json"))
    assert fetched.profile.following_count is None  # not in the export: unknown, never 0


# --- Instagram ------------------------------------------------------------------------------------

INSTAGRAM_POSTS = {
    "waultar__instagram__posts_1.json": "content/posts_1.json",
    "yourocd__instagram__posts_1.json": "content/posts_1.json",
    "yummyhopper__instagram__posts_1.json": "your_instagram_activity/content/posts_1.json",
    "marcomaroni__instagram__posts_images.json": "your_instagram_activity/media/posts_1.json",
    "marcomaroni__instagram__posts_mixed_media.json": "your_instagram_activity/media/posts_1.json",
}


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
@pytest.mark.parametrize("fixture", sorted(INSTAGRAM_POSTS))
def test_every_instagram_posts_layout_is_read(tmp_path: Path, fixture: str, as_zip: bool) -> None:
    fetched = read(Network.INSTAGRAM, build(tmp_path, {INSTAGRAM_POSTS[fixture]: fixture}, as_zip=as_zip))
    accounted(fetched, len(raw_records(fixture)))
    assert fetched.posts and all(p.media for p in fetched.posts)
    assert all(m.alt is None for p in fetched.posts for m in p.media)  # not in the export: unknown
    assert not any(MOJIBAKE.search(p.text) for p in fetched.posts)


def test_instagram_captions_of_carousels_and_single_photos(tmp_path: Path) -> None:
    fixture = "yummyhopper__instagram__posts_1.json"
    fetched = read(Network.INSTAGRAM, build(tmp_path, {INSTAGRAM_POSTS[fixture]: fixture}, as_zip=False))
    captions = {p.text for p in fetched.posts}
    assert "Happy llama, sad llama, totally rad llama 🇵🇪" in captions  # a flag, decoded from eight escapes
    assert all(captions)
    yourocd = read(
        Network.INSTAGRAM,
        build(tmp_path / "b", {"content/posts_1.json": "yourocd__instagram__posts_1.json"}, as_zip=True),
    )
    assert len(yourocd.posts) == 413 and any("Joãozinho" in p.text for p in yourocd.posts)


@pytest.mark.parametrize(
    ("fixture", "username", "website"),
    [
        ("yummyhopper__instagram__personal_information.json", "@max_orenstein", None),
        ("waultar__instagram__personal_information.json", "@REDACTED USERNAME", "https://www.youtube.com/"),
    ],
)
def test_instagram_profile_and_audience(tmp_path: Path, fixture: str, username: str, website: str | None) -> None:
    layout = {
        "personal_information/personal_information/personal_information.json": fixture,
        "connections/followers_and_following/followers_1.json": "yummyhopper__instagram__followers_1.json",
        "connections/followers_and_following/following.json": "yummyhopper__instagram__following.json",
        "your_instagram_activity/content/reels.json": "marcomaroni__instagram__reels_mixed_media.json",
    }
    fetched = read(Network.INSTAGRAM, build(tmp_path, layout, as_zip=True))
    profile = fetched.profile
    assert profile.handle == username and profile.bio
    assert profile.visibility.public is True and profile.visibility.locked is False
    assert (profile.followers_count, profile.following_count) == (66, 63)
    assert [link.url for link in profile.links if website and link.url.startswith(website)] == [
        link.url for link in profile.links
    ]
    assert len(profile.links) == (1 if website else 0)
    assert len(fetched.posts) == 1 and {m.kind for m in fetched.posts[0].media} == {"image", "video"}  # a reel


# --- Threads --------------------------------------------------------------------------------------

THREADS = "your_instagram_activity/threads"
THREADS_LAYOUT = {
    f"{THREADS}/threads_and_replies.json": "writingafterdev__threads__threads_and_replies_excerpt.json",
    f"{THREADS}/personal_information.json": "yummyhopper__threads__personal_information.json",
}


def test_threads_posts_and_replies_inside_an_instagram_export(tmp_path: Path) -> None:
    layout = {
        **THREADS_LAYOUT,
        "personal_information/personal_information/personal_information.json": (
            "yummyhopper__instagram__personal_information.json"
        ),
        "your_instagram_activity/content/posts_1.json": "yummyhopper__instagram__posts_1.json",
    }
    export = build(tmp_path, layout, as_zip=True)
    threads = read(Network.THREADS, export)
    assert threads.profile.handle == "@max_orenstein"  # named by the Instagram profile beside it
    assert threads.profile.visibility.public is False  # "Private Account": "True"
    assert len(threads.posts) == 4 and sum(p.is_reply for p in threads.posts) == 3
    assert any(p.text == "tạm biệt mobile app😌" for p in threads.posts)
    assert sum(p.is_original for p in threads.posts) == 1  # replies are not the person's own posts
    # The same export read as Instagram holds Instagram's posts and nothing of Threads'.
    instagram = read(Network.INSTAGRAM, export)
    assert {p.network for p in instagram.posts} == {Network.INSTAGRAM}
    assert not {p.text for p in instagram.posts} & {p.text for p in threads.posts}


def test_threads_without_the_instagram_profile_is_still_read(tmp_path: Path) -> None:
    threads = read(Network.THREADS, build(tmp_path, THREADS_LAYOUT, as_zip=False))
    assert threads.profile.handle == "Threads profile" and len(threads.posts) == 4


# --- Shapes, not paths ----------------------------------------------------------------------------


def test_a_layout_never_seen_is_recognised_by_its_shape(tmp_path: Path) -> None:
    layout = {
        "some_future_folder/deeper/my_stuff_1.json": next(f for f in FACEBOOK_POSTS if f.startswith("nhule")),
        "elsewhere/about_me.json": "waultar__facebook__profile_information_v2.json",
    }
    fetched = read(Network.FACEBOOK, build(tmp_path, layout, as_zip=True))
    assert fetched.posts and fetched.profile.handle == "cyb0rgninj4"
    assert not any(s.what in ("posts file", "profile file") for s in fetched.skipped)


@pytest.mark.parametrize(
    ("fixture", "name", "holds"),
    [
        ("calebstrait__facebook__your_posts_2019.json", "your_posts.json", Holds.FACEBOOK_POSTS),
        ("tardigrde__facebook__friends.json", "friends.json", Holds.FACEBOOK_FRIENDS),
        ("thanhbobber__facebook__your_friends.json", "your_friends.json", Holds.FACEBOOK_FRIENDS),
        ("yummyhopper__instagram__followers_1.json", "followers_1.json", Holds.INSTAGRAM_FOLLOWERS),
        ("yummyhopper__instagram__stories.json", "stories.json", None),  # gone in a day: not the profile
        ("yummyhopper__instagram__profile_photos.json", "profile_photos.json", None),
        ("addshore__facebook__album_0.json", "0.json", None),  # album photos, posted again as posts
    ],
)
def test_what_a_file_holds_comes_from_its_first_bytes(fixture: str, name: str, holds: Holds | None) -> None:
    assert holds_for_head((META / fixture).read_bytes()[:16384], name) is holds


# --- Bad downloads --------------------------------------------------------------------------------


def test_an_html_export_says_to_choose_json(tmp_path: Path) -> None:
    export = build(tmp_path, {"posts/your_posts_1.html": "vanillabtc__facebook__your_posts_1.html"}, as_zip=True)
    with pytest.raises(ProfileNotFound, match=r"HTML version of Meta's export.*Format: JSON"):
        read(Network.FACEBOOK, export)


def test_an_instagram_export_named_as_facebook_says_where_it_belongs(tmp_path: Path) -> None:
    export = build(tmp_path, {"content/posts_1.json": "yourocd__instagram__posts_1.json"}, as_zip=True)
    with pytest.raises(ProfileNotFound, match=r"is an Instagram export, not a Facebook one: name it under Instagram"):
        read(Network.FACEBOOK, export)
    # Threads comes inside an Instagram download: this one has none, and it says so.
    with pytest.raises(ProfileNotFound, match=r"is an Instagram export with no Threads data in it"):
        read(Network.THREADS, export)


def test_a_zip_of_another_kind_is_one_sentence(tmp_path: Path) -> None:
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as zipped:
        zipped.writestr("holiday/notes.json", json.dumps({"trip": "Lisbon"}))
        zipped.writestr("holiday/1.jpg", b"\xff\xd8\xff")
    with pytest.raises(ProfileNotFound, match=r"holds none of the files of a Facebook export"):
        read(Network.FACEBOOK, other)


def test_a_split_download_is_read_from_the_folder_of_its_parts(tmp_path: Path) -> None:
    parts = tmp_path / "download"
    parts.mkdir()
    first = build(
        tmp_path / "one",
        {"profile_information/profile_information.json": "waultar__facebook__profile_information_v2.json"},
        as_zip=True,
    )
    second = build(
        tmp_path / "two",
        {FACEBOOK_POSTS["pitera__facebook__your_posts_1.json"]: "pitera__facebook__your_posts_1.json"},
        as_zip=True,
    )
    shutil.move(first, parts / "facebook-you-2026-12-01-part1.zip")
    shutil.move(second, parts / "facebook-you-2026-12-01-part2.zip")
    # One part alone: the profile is read, and the missing posts are said with what to do.
    alone = read(Network.FACEBOOK, parts / "facebook-you-2026-12-01-part1.zip")
    (missing,) = [s for s in alone.skipped if s.what == "posts file"]
    assert "put them all in one folder" in missing.sentence()
    assert alone.profile.read and alone.profile.followers_count is None
    assert any(s.what == "followers list" for s in alone.skipped)  # the audience unknown, never 0
    posts_only = read(Network.FACEBOOK, parts / "facebook-you-2026-12-01-part2.zip")
    assert not posts_only.profile.read and posts_only.posts  # a stand-in: its posts audited, it is not judged
    both = read(Network.FACEBOOK, parts)
    assert both.profile.handle == "cyb0rgninj4" and both.posts
    assert not any(s.what in ("posts file", "profile file") for s in both.skipped)


@pytest.mark.parametrize(
    "cut",
    [
        b'[{"timestamp": 1600000000, "data": [{"post": "Hello"}]}, {"timestamp": 1600000001, "data": [{"po',
        b'[{"timestamp": 1600000000, "data": [{"post": "cut off in the first record',
    ],
    ids=["later", "first-record"],
)
def test_a_damaged_posts_file_is_one_sentence(tmp_path: Path, cut: bytes) -> None:
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as zipped:
        zipped.writestr("posts/your_posts_1.json", cut)
    with pytest.raises(MalformedExport, match=r"your_posts_1.json in the Facebook export is damaged"):
        read(Network.FACEBOOK, export)


def test_a_compression_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    export = tmp_path / "export.zip"
    head = b'[{"timestamp": 1600000000, "data": [{"post": "Hello"}]}, {"timestamp": 1600000001, "data": [{"post": "'
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("posts/your_posts_1.json", head + b" " * (80 * 1024 * 1024) + b'"}]}]')
    with pytest.raises(MalformedExport, match=r"unpacks to far more data than an export holds"):
        read(Network.FACEBOOK, export)


def test_messages_are_never_opened(tmp_path: Path) -> None:
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as zipped:
        zipped.writestr("posts/your_posts_1.json", json.dumps([{"timestamp": 1600000000, "data": [{"post": "Hi"}]}]))
        # Shaped like posts, but a message thread: it must not become a post.
        zipped.writestr(
            "your_activity_across_facebook/messages/inbox/friend_1/message_1.json",
            json.dumps([{"timestamp": 1600000001, "data": [{"post": "private"}]}]),
        )
    fetched = read(Network.FACEBOOK, export)
    assert [p.text for p in fetched.posts] == ["Hi"]


# --- Drafts and share links -----------------------------------------------------------------------


def _count(network: Network) -> Callable[[str], Any]:
    return counter_for(network)


def test_each_network_counts_to_its_own_limits() -> None:
    assert _count(Network.THREADS)("a" * 500).fits and not _count(Network.THREADS)("a" * 501).fits
    six_links = " ".join(f"https://acme.example/{i}" for i in range(6))
    assert "6 links" in _count(Network.THREADS)(six_links).sentence()
    assert _count(Network.INSTAGRAM)(" ".join(f"#t{i}" for i in range(30))).fits
    assert not _count(Network.INSTAGRAM)(" ".join(f"#t{i}" for i in range(31))).fits
    assert not _count(Network.INSTAGRAM)("a" * 2201).fits
    assert _count(Network.FACEBOOK)("a" * 63_206).fits and not _count(Network.FACEBOOK)("a" * 63_207).fits


def test_share_links_open_each_composer_or_say_why_there_is_none() -> None:
    text = "WidgetOS 3 is out https://acme.example/blog/widgetos-3."
    assert share_url(Network.THREADS, text).startswith("https://www.threads.com/intent/post?text=WidgetOS%203")
    assert share_url(Network.FACEBOOK, text) == (
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Facme.example%2Fblog%2Fwidgetos-3"
    )
    with pytest.raises(NoShareLink, match="takes only a link"):
        share_url(Network.FACEBOOK, "No link here")
    with pytest.raises(NoShareLink, match="Instagram app"):
        share_url(Network.INSTAGRAM, text)


# --- Through the audit ------------------------------------------------------------------------------


def test_the_audit_runs_every_area_over_meta_exports(tmp_path: Path) -> None:
    """A fictional person's exports in Meta's own format (text escaped byte by byte): every rule area
    that applies to posts and profiles finds what it should, on all three networks."""
    profile = write_meta_exports(tmp_path)
    config = load_profile(profile)
    report = Workspace.open(
        config, is_sample=False, path=profile, rules=checks.DEFAULT_RULES, scorer=checks.score_card
    ).run_audit()
    assert {s.network for s in report.sources if s.was_read} == {Network.FACEBOOK, Network.INSTAGRAM, Network.THREADS}
    found = {(f.check, f.network) for f in report.findings}
    assert {
        ("staleness.former_employer", Network.FACEBOOK),
        ("disclosure.missing", Network.FACEBOOK),
        ("risk.customer_named", Network.FACEBOOK),
        ("risk.sensitive_term", Network.INSTAGRAM),
        ("company.misspelled", Network.INSTAGRAM),
        ("company.not_mentioned", Network.THREADS),
        ("visibility.private_account", Network.THREADS),
        ("typo.spelling", Network.THREADS),
        ("accessibility.hashtag_case", Network.INSTAGRAM),
    } <= found
    facebook = [p for p in report.posts if p.network is Network.FACEBOOK]
    assert sum(p.is_repost for p in facebook) == 1 and len(facebook) == 3  # the shared post: not theirs
    assert any("Café ☕" in p.text for p in facebook)


def test_a_profile_that_was_not_in_the_download_is_never_judged(tmp_path: Path) -> None:
    profile = write_meta_exports(tmp_path)
    # The Facebook download's first part, without the profile: only the posts.
    (
        tmp_path / "facebook-export" / "personal_information" / "profile_information" / "profile_information.json"
    ).unlink()
    config = load_profile(profile)
    report = Workspace.open(
        config, is_sample=False, path=profile, rules=checks.DEFAULT_RULES, scorer=checks.score_card
    ).run_audit()
    facebook = {f.check for f in report.findings if f.network is Network.FACEBOOK}
    assert "disclosure.missing" in facebook  # the posts are audited
    assert not {c for c in facebook if c.startswith(("company.not_mentioned", "staleness.former", "visibility."))}


def test_one_file_of_an_export_named_alone_says_what_to_name(tmp_path: Path) -> None:
    single = tmp_path / "your_posts_1.json"
    shutil.copyfile(META / "pitera__facebook__your_posts_1.json", single)
    with pytest.raises(ProfileNotFound, match=r"is one file of the export: name the ZIP you downloaded"):
        read(Network.FACEBOOK, single)


def test_tagged_people_read_as_their_names() -> None:
    from advocacy.networks.facebook.export import parse_post

    post = parse_post({"timestamp": 1600000000, "data": [{"post": "With @[100006074014882:2048:Jane Doe] today"}]})
    assert not isinstance(post, str) and post.text == "With Jane Doe today"
