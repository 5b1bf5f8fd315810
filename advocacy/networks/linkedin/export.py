"""LinkedIn: the official data export (ZIP or folder). linkedin.com itself is never contacted.

Handles every export layout seen so far: the current one (UTF-8, comma-separated, sometimes with a
BOM, ``SharedURL`` or ``SharedUrl``), and the 2018 one (UTF-16 with a BOM, tab-separated, other
column names). Columns are found by meaning, not by exact name, and every date format the exports
have used is read (``2018-03-14 09:12:00``, ``03/14/18, 9:12 AM``, ``Mar 14, 2018``, …). A share
whose date still cannot be read is counted in ``Fetched.skipped``, never dropped silently. The
export's odd quoting of multi-line share text (every line wrapped in ``""``) is cleaned, and a share
exported once per attached image is one post.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain, islice

from advocacy.domain.models import AccountRef, Link, Media, Network, Position, Post, Profile, VisibilityFacts
from advocacy.errors import ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.sources.archive import ExportArchive, MalformedExport, decode_text, decoded, text_encoding
from advocacy.sources.base import FetchContext, Fetched, Skips, keep_within_limits
from advocacy.sources.timeparse import day_first_for, parse_loose

_URL = re.compile(r"https?://[^\s,\]\[<>\"]+")
_TYPED_SITE = re.compile(r"(?:^|[\s,;\[])([A-Za-z_ ]{2,20}):\s*((?:https?://)?[^\s,\]\[<>\"]+\.[^\s,\]\[<>\"]+)")
_HASHTAG = re.compile(r"(?<![\w&])#(\w[\w-]*)")
WHAT = "the LinkedIn export"
NO_DATE = "had no date we could read"

Row = dict[str, str]

# Column names by meaning, most specific first (names are compared lower-case, letters only).
_DATE_KEYS = (
    "date",
    "sharedate",
    "shareddate",
    "createdat",
    "createddate",
    "created",
    "createdon",
    "postedat",
    "posteddate",
    "postedon",
    "publishedat",
    "publishedon",
    "published",
    "datetime",
    "timestamp",
    "time",
)
_TEXT_KEYS = (
    "sharecommentary",
    "commentary",
    "sharetext",
    "content",
    "text",
    "message",
    "body",
    "postcontent",
    "posttext",
    "comment",
    "description",
    "post",
    "share",
)
_LINK_KEYS = ("sharelink", "postlink", "permalink", "shareurl", "posturl", "link", "url")
_SHARED_KEYS = ("sharedurl", "sharedlink", "articleurl", "linkurl", "link", "url")
_MEDIA_KEYS = ("mediaurl", "mediaurls", "media", "imageurl", "image")


def _key(name: str) -> str:
    """Column names differ between export years ("ShareCommentary", "Share Commentary")."""
    return re.sub(r"[^a-z]", "", name.lower())


def _stitched(rows: Iterable[list[str]], width: int) -> Iterator[list[str]]:
    """Rejoin a record that a line break inside an unquoted field split over several lines."""
    pending: list[str] | None = None
    for row in rows:
        if pending is not None and 0 < len(pending) < width and len(pending) + len(row) - 1 <= width and row:
            pending[-1] = f"{pending[-1]}\n{row[0]}"
            pending.extend(row[1:])
            continue
        if pending is not None:
            yield pending
        pending = list(row)
    if pending is not None:
        yield pending


def _lines(texts: Iterable[str]) -> Iterator[str]:
    """Lines ending in "\n" from text chunks (``splitlines`` would also break at characters that a
    quoted field may hold, such as U+2028)."""
    pending = ""
    for text in texts:
        parts = (pending + text).split("\n")
        pending = parts.pop()
        for part in parts:
            yield part + "\n"
    if pending:
        yield pending


def iter_rows(chunks: Iterable[bytes], *, name: str) -> Iterator[Row]:
    """The rows of one of the export's CSV files, a row at a time (a 30 MB Shares.csv in flat memory):
    encoding, delimiter and the header's names as ``read_rows`` finds them."""
    stream = iter(chunks)
    first = next(stream, b"")
    encoding = text_encoding(first)
    lines = _lines(decoded(chain([first], stream), encoding))
    header_line = next(lines, "").lstrip("\ufeff")
    if header_line[:4].lower() == "sep=":  # Excel's delimiter hint line
        header_line = next(lines, "")
    counts = {d: header_line.count(d) for d in ("\t", ",", ";")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    if encoding.startswith("utf-16") and counts["\t"]:
        delimiter = "\t"
    reader = csv.reader(chain([header_line], lines), delimiter=delimiter, strict=False)
    try:
        header = [_key(column) for column in next(reader, [])]
        for row in _stitched(reader, len(header)):
            if any(cell.strip() for cell in row):
                yield {header[i]: value.strip() for i, value in enumerate(row) if i < len(header) and header[i]}
    except csv.Error as exc:
        raise MalformedExport(f"{name} in {WHAT} is not a readable CSV file ({exc}).") from None


def read_rows(data: bytes, *, name: str) -> list[Row]:
    return list(iter_rows([data], name=name))


def connection_rows(data: bytes) -> list[dict[str, str]]:
    """The rows of ``Connections.csv``. Exports since about 2020 put a "Notes:" paragraph above the
    header; the header is the first line naming "Connected On" or "First Name"."""
    text, _encoding = decode_text(data)
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    start = next(
        (i for i, line in enumerate(lines) if "connected on" in line.lower() or "first name" in line.lower()), None
    )
    if start is None:
        return []
    return read_rows("".join(lines[start:]).encode("utf-8"), name="Connections.csv")


def audience_by_month(rows: list[dict[str, str]]) -> tuple[tuple[str, int], ...]:
    """Connections by the end of each month, from each row's "Connected On" date; every month from
    the first to the last is listed, so a quiet month is a flat step, not a missing one. Rows with
    no readable date count from the start (they are connections, just undated)."""
    dates = [parse_loose(_first(row, "connectedon", "connected", "date")) for row in rows]
    known = sorted(d for d in dates if d is not None)
    if not known:
        return ()
    undated = len(dates) - len(known)
    per_month: dict[str, int] = {}
    for when in known:
        key = f"{when.year:04d}-{when.month:02d}"
        per_month[key] = per_month.get(key, 0) + 1
    year, month = known[0].year, known[0].month
    last = (known[-1].year, known[-1].month)
    total, curve = undated, []
    while (year, month) <= last:
        key = f"{year:04d}-{month:02d}"
        total += per_month.get(key, 0)
        curve.append((key, total))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(curve)


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


def _labelled_sites(value: str) -> list[Link]:
    """``[PERSONAL:https://a, OTHER:https://b]`` (2019 on) or the same without brackets (2018)."""
    links: list[Link] = []
    seen: set[str] = set()
    for label, url in _TYPED_SITE.findall(value):
        full = url if url.lower().startswith(("http://", "https://")) else f"https://{url}"
        if full not in seen:
            seen.add(full)
            links.append(Link(url=full, label=label.strip().title() if label.strip() else "Website"))
    for url in _URL.findall(value):
        if url not in seen:
            seen.add(url)
            links.append(Link(url=url, label="Website"))
    return links


def parse_profile_rows(rows: list[Row]) -> Profile:
    if not rows:
        raise MalformedExport(f"Profile.csv in {WHAT} has no rows.")
    row = rows[0]
    name = " ".join(part for part in (row.get("firstname", ""), row.get("lastname", "")) if part)
    links = _labelled_sites(row.get("websites", ""))
    for raw in re.split(r"[,;\s\[\]]+", _first(row, "twitterhandles", "twitterhandle", "twitter")):
        handle = raw.strip().lstrip("@")
        if re.fullmatch(r"\w{1,30}", handle):
            links.append(Link(url=f"https://x.com/{handle}", label="X"))
    return Profile(
        network=Network.LINKEDIN,
        handle=name or "LinkedIn profile",
        display_name=name,
        headline=row.get("headline", ""),
        bio=clean_commentary(row.get("summary", "")),
        location=_first(row, "geolocation", "location", "address", "country"),
        links=tuple(links),
        visibility=VisibilityFacts(),
    )


def _month_key(value: str) -> tuple[int, int]:
    """ "Jan 2024", "2024-01", "01/2024" or "2024" -> sortable (year, month)."""
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return int(value), 0
    parsed = parse_loose(value)
    return (parsed.year, parsed.month) if parsed else (0, 0)


def read_positions(rows: Iterable[Row]) -> tuple[tuple[Position, ...], Skips]:
    """Positions, current jobs first then newest first, and the rows that were not positions."""
    skips = Skips("positions")
    positions = []
    for row in rows:
        company = _first(row, "companyname", "company", "organization", "organisation", "employer")
        title = _first(row, "title", "position", "jobtitle", "role")
        if not company:
            skips.add("had no company name")
            continue
        positions.append(
            Position(
                company=company,
                title=title,
                started_on=_first(row, "startedon", "startdate", "start", "from"),
                finished_on=_first(row, "finishedon", "enddate", "end", "to") or None,
            )
        )
    ordered = tuple(sorted(positions, key=lambda p: (p.is_current, _month_key(p.started_on)), reverse=True))
    return ordered, skips


def parse_positions(rows: list[Row]) -> tuple[Position, ...]:
    return read_positions(rows)[0]


def _column(header: Sequence[str], keys: Sequence[str], taken: set[str]) -> str | None:
    for key in keys:
        if key in header and key not in taken:
            return key
    return None


@dataclass
class _Share:
    created_at: datetime
    link: str
    text: str
    urls: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)


def _share_columns(rows: list[Row]) -> dict[str, str | None]:
    header = list(dict.fromkeys(key for row in rows for key in row))
    taken: set[str] = set()

    def pick(keys: Sequence[str]) -> str | None:
        found = _column(header, keys, taken)
        if found:
            taken.add(found)
        return found

    # A column of linkedin.com post addresses is the share's own link, whatever it is called.
    link = next(
        (
            key
            for key in header
            if sum("linkedin.com/" in row.get(key, "") or "urn:li:" in row.get(key, "") for row in rows[:50])
            > len(rows[:50]) // 2
        ),
        None,
    )
    if link:
        taken.add(link)
    date = pick(_DATE_KEYS)
    if date is None:  # no date-like name: the column whose values read as dates
        scores = {
            key: sum(parse_loose(row.get(key, "")) is not None for row in rows[:50])
            for key in header
            if key not in taken
        }
        best = max(scores, key=lambda k: scores[k], default=None)
        if best and scores[best]:
            date = best
            taken.add(best)
    link = link or pick(_LINK_KEYS[:-2])
    text = pick(_TEXT_KEYS)
    if text is None:  # no text-like name: the column of the longest values that are not addresses
        lengths = {
            key: sum(len(row.get(key, "")) for row in rows[:50])
            for key in header
            if key not in taken and not any(row.get(key, "").startswith("http") for row in rows[:50])
        }
        text = max(lengths, key=lambda k: lengths[k], default=None)
        if text:
            taken.add(text)
    return {
        "date": date,
        "link": link,
        "text": text,
        "shared": pick(_SHARED_KEYS),
        "media": pick(_MEDIA_KEYS),
    }


def read_shares(rows: Iterable[Row], *, keep: int | None = None) -> tuple[list[Post], Skips]:
    """Posts from Shares.csv rows, and what could not be read. Rows of one share (one per attached
    image) are merged into one post. With ``keep``, only about the newest ``keep`` shares are held
    while reading; ``Skips.read`` counts every share all the same."""
    rows = iter(rows)
    # Columns and the date order are told from the first rows: hundreds of shares always say.
    head = list(islice(rows, _HEAD_ROWS))
    skips = Skips("shares")
    if not head:
        return [], skips
    columns = _share_columns(head)
    date_key = columns["date"]
    day_first = day_first_for(row.get(date_key, "") for row in head) if date_key else False
    shares: dict[str, _Share] = {}
    seen: set[str] = set()
    floor: datetime | None = None
    for row in chain(head, rows):
        created_at = _share_date(row.get(date_key, ""), day_first=day_first) if date_key else None
        if created_at is None:
            skips.add(NO_DATE)
            continue
        text = clean_commentary(row.get(columns["text"] or "", ""))
        link = row.get(columns["link"] or "", "")
        key = link or f"{created_at.isoformat()}#{hashlib.sha1(text.encode()).hexdigest()[:10]}"
        seen.add(key)
        if floor is not None and created_at < floor:
            continue  # older than every share kept: counted, not held
        urls = [row.get(columns["shared"] or "", ""), *_URL.findall(text)]
        share = shares.get(key)
        if share is None:
            share = shares[key] = _Share(created_at=created_at, link=link, text=text)
        elif text and not share.text:
            share.text = text
        share.urls.extend(u for u in urls if u and u not in share.urls)
        attached = _URL.findall(row.get(columns["media"] or "", ""))
        share.media.extend(u for u in attached if u not in share.media)
        if keep is not None and len(shares) > 2 * keep + _KEEP_SLACK:
            newest = sorted(shares.items(), key=lambda item: item[1].created_at, reverse=True)[: keep + _KEEP_SLACK]
            shares = dict(newest)
            floor = newest[-1][1].created_at
    skips.read = len(seen)
    posts = [
        Post(
            network=Network.LINKEDIN,
            id=key,
            url=share.link if share.link.startswith(("http://", "https://")) else "",
            created_at=share.created_at,
            text=share.text,
            # A share with no words of one's own only passes someone else's post along.
            is_repost=not share.text,
            links=tuple(share.urls),
            hashtags=tuple(dict.fromkeys(_HASHTAG.findall(share.text))),
            # The export names the file but not its description: alt None is "not said", not "missing".
            media=tuple(Media(kind=_media_kind(url)) for url in share.media),
        )
        for key, share in shares.items()
    ]
    return posts, skips


def _media_kind(url: str) -> str:
    return "video" if re.search(r"video|\.(mp4|mov|webm)(\?|$)", url, re.IGNORECASE) else "image"


_HEAD_ROWS = 500
_KEEP_SLACK = 64  # more than asked for, so rows of one share arriving apart never change which are kept


def parse_shares(rows: Iterable[Row]) -> list[Post]:
    return read_shares(rows)[0]


def _share_date(value: str, *, day_first: bool = False) -> datetime | None:
    value = value.strip()
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)  # the usual one, fast
    except ValueError:
        return parse_loose(value, day_first=day_first)


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

        positions, position_skips = read_positions(rows(r"Positions\.csv", "Positions.csv"))
        skills = tuple(
            dict.fromkeys(
                name
                for row in rows(r"Skills\.csv", "Skills.csv")
                # The 2018 export ends its skills with a literal "Endorsements" row.
                if (name := _first(row, "name", "skill", "skills")) and name.lower() != "endorsements"
            )
        )
        registered = next(
            (
                parse_loose(_first(row, "registeredat", "registered", "registrationdate", "date"))
                for row in rows(r"Registration\.csv", "Registration.csv")
            ),
            None,
        )
        context.progress(2, 4)
        connection_files = archive.find(r"Connections\.csv")
        connected = connection_rows(archive.read(connection_files[0])) if connection_files else None
        connections = len(connected) if connected is not None else None
        share_files = archive.find(r"Shares\.csv")
        share_rows = iter_rows(archive.chunks(share_files[0]), name="Shares.csv") if share_files else iter(())
        posts, share_skips = read_shares(share_rows, keep=context.limits.max_posts)
        context.progress(4, 4)
    current = next((p for p in positions if p.is_current), None)
    profile = Profile(
        **{
            **profile.__dict__,
            "positions": positions,
            "skills": skills,
            "employer": current.company if current else "",
            "handle": profile.handle,
            "created_at": profile.created_at or registered,
            # Connections are LinkedIn's audience: counted as followers for the reach baseline.
            "followers_count": connections,
            "audience_by_month": audience_by_month(connected or []),
        },
    )
    skipped = share_skips.records() + position_skips.records(total=len(positions) + position_skips.total)
    return Fetched(profile=profile, posts=keep_within_limits(posts, context.limits), skipped=skipped)
