"""LinkedIn: the official data export (ZIP or folder). linkedin.com itself is never contacted.

Handles the current export (UTF-8, comma-separated, sometimes with a BOM) and the older one
(UTF-16 with a BOM, tab-separated, other column names), and cleans the export's odd quoting of
multi-line share text (every line wrapped in ``""``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import UTC, datetime

from advocacy.domain.models import AccountRef, Link, Network, Position, Post, Profile, VisibilityFacts
from advocacy.errors import ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.sources.archive import ExportArchive, MalformedExport, decode_text
from advocacy.sources.base import FetchContext, Fetched, keep_within_limits
from advocacy.sources.timeparse import parse_timestamp

_URL = re.compile(r"https?://[^\s,\]\[<>\"]+")
_HASHTAG = re.compile(r"(?<![\w&])#(\w[\w-]*)")
WHAT = "the LinkedIn export"

Row = dict[str, str]


def _key(name: str) -> str:
    """Column names differ between export years ("ShareCommentary", "Share Commentary")."""
    return re.sub(r"[^a-z]", "", name.lower())


def read_rows(data: bytes, *, name: str) -> list[Row]:
    text, encoding = decode_text(data)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if encoding == "utf-16" or first_line.count("\t") > first_line.count(",") else ","
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        rows = list(reader)
    except csv.Error as exc:
        raise MalformedExport(f"{name} in {WHAT} is not a readable CSV file ({exc}).") from None
    if not rows:
        return []
    header = [_key(column) for column in rows[0]]
    return [
        {header[i]: value.strip() for i, value in enumerate(row) if i < len(header)}
        for row in rows[1:]
        if any(cell.strip() for cell in row)
    ]


def clean_commentary(text: str) -> str:
    """Undo the export's quoting: each line of a multi-line share arrives as ``text "\\r\\n"``."""
    text = text.replace('"\r\n"', "\n").replace('"\n"', "\n").replace("\r\n", "\n")
    lines = [line.strip().strip('"').strip() if line.count('"') % 2 else line.strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def _first(row: Row, *keys: str) -> str:
    for key in keys:
        if row.get(key):
            return row[key]
    return ""


def parse_profile_rows(rows: list[Row]) -> Profile:
    if not rows:
        raise MalformedExport(f"Profile.csv in {WHAT} has no rows.")
    row = rows[0]
    name = " ".join(part for part in (row.get("firstname", ""), row.get("lastname", "")) if part)
    links = [Link(url=url, label="Website") for url in _URL.findall(row.get("websites", ""))]
    for raw in re.split(r"[,\s\[\]]+", row.get("twitterhandles", "")):
        handle = raw.strip().lstrip("@")
        if handle:
            links.append(Link(url=f"https://x.com/{handle}", label="X"))
    return Profile(
        network=Network.LINKEDIN,
        handle=name or "LinkedIn profile",
        display_name=name,
        headline=row.get("headline", ""),
        bio=clean_commentary(row.get("summary", "")),
        location=_first(row, "geolocation", "location"),
        links=tuple(links),
        visibility=VisibilityFacts(),
    )


def _month_key(value: str) -> tuple[int, int]:
    """ "Jan 2024" or "2024" -> sortable (year, month)."""
    for pattern, has_month in (("%b %Y", True), ("%Y", False)):
        try:
            parsed = datetime.strptime(value.strip(), pattern)
        except ValueError:
            continue
        return parsed.year, parsed.month if has_month else 0
    return 0, 0


def parse_positions(rows: list[Row]) -> tuple[Position, ...]:
    positions = [
        Position(
            company=row.get("companyname", ""),
            title=row.get("title", ""),
            started_on=row.get("startedon", ""),
            finished_on=row.get("finishedon") or None,
        )
        for row in rows
        if row.get("companyname")
    ]
    # Current jobs first, then by start date, newest first.
    return tuple(sorted(positions, key=lambda p: (p.is_current, _month_key(p.started_on)), reverse=True))


def _share_date(value: str) -> datetime | None:
    value = value.strip()
    for pattern in ("%Y-%m-%d %H:%M:%S", "%m/%d/%y, %I:%M %p", "%m/%d/%Y %H:%M"):
        try:
            return datetime.strptime(value, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return parse_timestamp(value)


def parse_shares(rows: Iterable[Row]) -> list[Post]:
    posts = []
    for row in rows:
        created_at = _share_date(row.get("date", ""))
        if created_at is None:
            continue
        text = clean_commentary(_first(row, "sharecommentary", "commentary"))
        shared_url = _first(row, "sharedurl", "url")
        link = _first(row, "sharelink", "link")
        links = list(dict.fromkeys([u for u in [shared_url, *_URL.findall(text)] if u]))
        posts.append(
            Post(
                network=Network.LINKEDIN,
                id=link or created_at.isoformat(),
                url=link,
                created_at=created_at,
                text=text,
                # A share with no words of one's own only passes someone else's post along.
                is_repost=not text,
                links=tuple(links),
                hashtags=tuple(dict.fromkeys(_HASHTAG.findall(text))),
            )
        )
    return posts


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:  # noqa: ARG001
    """``client`` is unused: the export is a local file."""
    with ExportArchive(account.handle, what=WHAT) as archive:
        found = archive.find(r"Profile\.csv")
        if not found:
            raise ProfileNotFound(f"{archive.path} does not look like a LinkedIn data export (no Profile.csv in it).")
        profile = parse_profile_rows(read_rows(archive.read(found[0]), name="Profile.csv"))
        context.progress(1, 4)

        def rows(pattern: str, name: str) -> list[Row]:
            members = archive.find(pattern)
            return read_rows(archive.read(members[0]), name=name) if members else []

        positions = parse_positions(rows(r"Positions\.csv", "Positions.csv"))
        skills = tuple(row["name"] for row in rows(r"Skills\.csv", "Skills.csv") if row.get("name"))
        context.progress(2, 4)
        posts = parse_shares(rows(r"Shares\.csv", "Shares.csv"))
        context.progress(4, 4)
    current = next((p for p in positions if p.is_current), None)
    profile = Profile(
        **{
            **profile.__dict__,
            "positions": positions,
            "skills": skills,
            "employer": current.company if current else "",
            "handle": profile.handle,
        },
    )
    return Fetched(profile=profile, posts=keep_within_limits(posts, context.limits))
