"""LinkedIn data export: a real published export (test input only), as a folder and as a ZIP."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from advocacy.domain.models import AccountRef, Network
from advocacy.errors import FetchError, ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.networks.linkedin import export as linkedin_export
from advocacy.networks.linkedin.export import clean_commentary
from advocacy.sources.archive import MalformedExport
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
from tests.cassettes import FIXTURES

NOW = datetime(2024, 3, 1, tzinfo=UTC)
NAMES = ("Profile", "Positions", "Skills", "Shares", "Education")


def _export_folder(root: Path) -> Path:
    folder = root / "Basic_LinkedInDataExport"
    folder.mkdir(parents=True)
    for name in NAMES:
        (folder / f"{name}.csv").write_bytes((FIXTURES / "linkedin" / f"apk0703__{name}.csv").read_bytes())
    return folder


def _fetch(location: Path, limits: FetchLimits | None = None) -> Fetched:
    account = AccountRef(Network.LINKEDIN, str(location))
    return linkedin_export.fetch(HttpClient(), account, FetchContext(limits=limits or FetchLimits(), now=NOW))


def test_folder_export(tmp_path: Path) -> None:
    fetched = _fetch(_export_folder(tmp_path))
    profile = fetched.profile
    assert profile.network is Network.LINKEDIN
    assert profile.headline == "Data Analyst | Machine learning | Python"
    assert profile.bio.startswith("I am a person who loves to travel")
    assert profile.location == "Bengaluru, Karnataka, India"
    assert profile.employer == "InfoVision Inc."  # the position with no "Finished On"
    assert profile.positions[0].is_current and profile.positions[0].title == "BI intern"
    assert "Node.js" in profile.skills and len(profile.skills) >= 5
    posts = fetched.posts
    assert len(posts) == 13
    assert posts[0].created_at == datetime(2024, 2, 19, 10, 22, 49, tzinfo=UTC)
    assert posts[0].links == ("https://www.credly.com/badges/a460db44-be59-4f46-ad43-44bfdf4146b0/linked_in?t=s93m61",)
    assert all('"\r\n"' not in p.text and not p.text.endswith('"') for p in posts)
    multi_line = next(p for p in posts if "successfully cleared the SQL" in p.text)
    assert multi_line.text.split("\n")[1] == "https://almabetter.com to accelerate your career."
    assert "AlmaBetter" in multi_line.hashtags
    assert [p.is_repost for p in posts if not p.text] == [True, True]  # shares with no words of one's own


def test_zip_export_with_a_nested_folder(tmp_path: Path) -> None:
    folder = _export_folder(tmp_path / "src")
    archive = tmp_path / "Basic_LinkedInDataExport_03-01-2024.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in folder.iterdir():
            zf.write(file, f"Basic_LinkedInDataExport_03-01-2024/{file.name}")
    fetched = _fetch(archive)
    assert fetched.profile.headline == "Data Analyst | Machine learning | Python"
    assert len(fetched.posts) == 13


def test_older_utf16_tab_separated_shares(tmp_path: Path) -> None:
    """The 2018 format (UTF-16 with a BOM, tabs, spaced column names), rebuilt from the real rows."""
    folder = _export_folder(tmp_path)
    source = (FIXTURES / "linkedin/apk0703__Shares.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(source, newline="")))
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t")
    writer.writerow(["Date", "Share Link", "Share Commentary", "Shared Url", "Media Url", "Visibility"])
    writer.writerows(rows[1:])
    (folder / "Shares.csv").write_bytes(out.getvalue().encode("utf-16"))
    posts = _fetch(folder).posts
    assert len(posts) == 13
    assert posts[0].text == "View my verified achievement from Cisco."
    assert posts[1].text.startswith("I’m happy to share that I’m starting a new position")


def test_limits_apply(tmp_path: Path) -> None:
    assert len(_fetch(_export_folder(tmp_path), FetchLimits(max_posts=3)).posts) == 3


def test_commentary_cleaning() -> None:
    assert clean_commentary('line one "\r\n"line two "\r\n"#tag') == "line one\nline two\n#tag"
    assert clean_commentary('#OpenToWork"\r\n"') == "#OpenToWork"
    assert clean_commentary('He said "hi" to me') == 'He said "hi" to me'


def test_not_an_export(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ProfileNotFound, match="does not look like a LinkedIn data export"):
        _fetch(tmp_path)
    with pytest.raises(FetchError, match="was not found at"):
        _fetch(tmp_path / "missing.zip")
    bogus = tmp_path / "export.zip"
    bogus.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(MalformedExport, match="is not a readable ZIP file"):
        _fetch(bogus)


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Profile.csv", b"First Name,Last Name\n" + b"0" * (80 * 1024 * 1024))
    with pytest.raises(MalformedExport, match="unpacks to far more data than an export holds"):
        _fetch(archive)


def test_unsafe_member_names_are_ignored(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    profile = (FIXTURES / "linkedin/apk0703__Profile.csv").read_bytes()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../outside/Profile.csv", profile)
        zf.writestr("/etc/Profile.csv", profile)
    with pytest.raises(ProfileNotFound):
        _fetch(archive)
    assert not (tmp_path.parent / "outside").exists()  # nothing is ever extracted


def test_windows_1252_text_still_reads(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_bytes("First Name,Last Name,Headline\nZoë,Müller,Café owner\n".encode("cp1252"))
    profile = _fetch(folder).profile
    assert profile.display_name == "Zoë Müller" and profile.headline == "Café owner"


def _write_2018_shares(folder: Path, rows: list[list[str]]) -> None:
    """The 2018 layout: UTF-16LE with a BOM, tab-separated, spaced column names (synthetic content)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n")
    writer.writerow(["Date", "Share Link", "Share Commentary", "Shared URL", "Media URL", "Visibility"])
    writer.writerows(rows)
    (folder / "Shares.csv").write_bytes(b"\xff\xfe" + out.getvalue().encode("utf-16-le"))


def test_2018_utf16_export_with_every_date_format(tmp_path: Path) -> None:
    folder = _export_folder(tmp_path)
    link = "https://www.linkedin.com/feed/update/urn:li:activity:{}"
    dates = [
        "03/14/18, 9:12 AM",
        "Mar 13, 2018 4:05 PM",
        "2018-03-12T08:00:00Z",
        "3/11/2018 18:30",
        "2018-03-10 09:12:00 UTC",
        "Mar 9, 2018",
        "yesterday",  # nobody can read this one: counted, not dropped silently
    ]
    rows = [
        [d, link.format(i), f"Share number {i} #launch", "https://acme.example/post", "", "PUBLIC"]
        for i, d in enumerate(dates)
    ]
    _write_2018_shares(folder, rows)
    fetched = _fetch(folder)
    assert [p.created_at for p in fetched.posts] == [
        datetime(2018, 3, 14, 9, 12, tzinfo=UTC),
        datetime(2018, 3, 13, 16, 5, tzinfo=UTC),
        datetime(2018, 3, 12, 8, 0, tzinfo=UTC),
        datetime(2018, 3, 11, 18, 30, tzinfo=UTC),
        datetime(2018, 3, 10, 9, 12, tzinfo=UTC),
        datetime(2018, 3, 9, tzinfo=UTC),
    ]
    assert fetched.posts[0].text == "Share number 0 #launch" and fetched.posts[0].hashtags == ("launch",)
    assert fetched.posts[0].links == ("https://acme.example/post",)
    assert [s.sentence() for s in fetched.skipped] == ["1 of 7 shares had no date we could read."]


def test_day_first_dates_are_read_day_first_for_the_whole_column(tmp_path: Path) -> None:
    folder = _export_folder(tmp_path)
    rows = [
        ["25/10/2017 16:33", "https://www.linkedin.com/feed/update/urn:li:activity:1", "a", "", "", ""],
        ["03/04/2017 09:00", "https://www.linkedin.com/feed/update/urn:li:activity:2", "b", "", "", ""],
    ]
    _write_2018_shares(folder, rows)
    posts = _fetch(folder).posts
    assert [p.created_at for p in posts] == [
        datetime(2017, 10, 25, 16, 33, tzinfo=UTC),
        datetime(2017, 4, 3, 9, 0, tzinfo=UTC),  # 3 April, like its neighbour's day-first order
    ]


def test_unknown_column_names_are_found_by_their_content(tmp_path: Path) -> None:
    folder = _export_folder(tmp_path)
    (folder / "Shares.csv").write_text(
        "When,Post,Address\n"
        '"Mar 14, 2018 9:12 AM",Hello world,https://www.linkedin.com/feed/update/urn:li:share:1\n'
        '"14 March 2018",Second,https://www.linkedin.com/feed/update/urn:li:share:2\n',
        encoding="utf-8",
    )
    posts = _fetch(folder).posts
    assert [(p.text, p.url.rsplit(":", 1)[-1], p.created_at.day) for p in posts] == [
        ("Hello world", "1", 14),
        ("Second", "2", 14),
    ]


def test_a_share_exported_once_per_image_is_one_post(tmp_path: Path) -> None:
    folder = _export_folder(tmp_path)
    link = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A42"
    (folder / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\n"
        + "".join(
            f"2021-06-01 10:00:00,{link},,https://a.example/x,https://img.example/{n}.png,PUBLIC\n" for n in range(3)
        ),
        encoding="utf-8",
    )
    fetched = _fetch(folder)
    assert len(fetched.posts) == 1 and fetched.skipped == ()
    assert fetched.posts[0].links == ("https://a.example/x",) and fetched.posts[0].is_repost
    # Each row's image is kept: three images, their descriptions not said by the export.
    assert [(m.kind, m.alt) for m in fetched.posts[0].media] == [("image", None)] * 3


def test_2018_profile_websites_and_skills_artefact(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_text(
        "First Name,Last Name,Contact Instructions,Headline,Country,Twitter Handles,Websites\n"
        'Ada,Example,,Engineer,Netherlands,adaex,"PERSONAL:http://ada.example, COMPANY:www.acme.example"\n',
        encoding="utf-8",
    )
    (folder / "Skills.csv").write_text("Name\nPython\nSQL\nEndorsements\n", encoding="utf-8")
    (folder / "Positions.csv").write_text(
        "Company Name,Title,Started On,Finished On\nAcme,Engineer,Apr 2016,\n,Ghost row,2015,\n", encoding="utf-8"
    )
    fetched = _fetch(folder)
    assert [(k.label, k.url) for k in fetched.profile.links] == [
        ("Personal", "http://ada.example"),
        ("Company", "https://www.acme.example"),
        ("X", "https://x.com/adaex"),
    ]
    assert fetched.profile.skills == ("Python", "SQL")
    assert fetched.profile.location == "Netherlands"
    assert [s.sentence() for s in fetched.skipped] == ["1 of 2 positions had no company name."]
