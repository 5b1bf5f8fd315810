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
from advocacy.sources import linkedin_export
from advocacy.sources.archive import MalformedExport
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
from advocacy.sources.linkedin_export import clean_commentary
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
