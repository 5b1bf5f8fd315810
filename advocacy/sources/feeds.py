"""RSS, Atom and JSON Feed documents to entries. Pure: bytes in, entries out.

RSS 0.9x/1.0/2.0 and Atom go through feedparser, which survives the broken feeds found in the wild
(a blank line before ``<?xml``, Latin-1 declared or not, relative links under ``xml:base``); JSON
Feed 1.0 and 1.1 is plain JSON. Dates feedparser cannot read are tried again with the tolerant
parser; an entry whose date still cannot be read keeps ``published=None`` so the caller counts it.
Used for a person's blog and for the company's content feeds.
"""

from __future__ import annotations

import calendar
import html
import json
import logging
import time
import warnings
import xml.sax
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from advocacy.errors import MalformedResponse
from advocacy.sources.html_text import html_to_text
from advocacy.sources.timeparse import parse_loose, parse_timestamp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedEntry:
    id: str
    url: str
    title: str
    text: str
    published: datetime | None
    tags: tuple[str, ...] = ()
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    home_page: str
    entries: tuple[FeedEntry, ...]
    unreadable: int = 0  # items that were not entries at all (a JSON Feed item that is not an object)
    damaged: bool = False  # the XML breaks off or is broken: entries after the damage are lost


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _struct_time(value: Any) -> datetime | None:
    if isinstance(value, time.struct_time):
        try:
            return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
        except (OverflowError, ValueError, OSError):
            return None  # a year no calendar can hold: the tolerant parser tries the text instead
    return None


def _date(*values: Any) -> datetime | None:
    for value in values:
        parsed = parse_timestamp(value) if isinstance(value, str) else None
        parsed = parsed or parse_loose(value)
        if parsed is not None:
            return parsed
    return None


def _json_feed(data: Mapping[str, Any], where: str) -> ParsedFeed:
    items = data.get("items")
    if not isinstance(items, list):
        raise MalformedResponse(f"{where} is a feed without items.")
    entries = []
    unreadable = 0
    for item in items:
        if not isinstance(item, Mapping):
            unreadable += 1
            continue
        body = _str(item.get("content_text")) or html_to_text(_str(item.get("content_html"))).text
        summary = _str(item.get("summary"))
        rendered = html_to_text(_str(item.get("content_html")))
        url = _str(item.get("url")) or _str(item.get("external_url"))
        tags = item.get("tags")
        entries.append(
            FeedEntry(
                id=_str(item.get("id")) or url,
                url=url,
                title=html.unescape(_str(item.get("title"))),
                text=summary or body,
                published=_date(item.get("date_published"), item.get("date_modified")),
                tags=tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
                links=rendered.links,
            )
        )
    return ParsedFeed(
        title=html.unescape(_str(data.get("title"))),
        home_page=_str(data.get("home_page_url")),
        entries=tuple(entries),
        unreadable=unreadable,
    )


def _rss_entry(entry: Any) -> FeedEntry:
    content = entry.get("content")
    first = content[0] if isinstance(content, list) and content else None
    markup = first.get("value", "") if isinstance(first, Mapping) else entry.get("summary", "")
    rendered = html_to_text(_str(markup))
    url = _str(entry.get("link"))
    tags = entry.get("tags") or []
    return FeedEntry(
        id=_str(entry.get("id")) or url,
        url=url,
        title=html_to_text(_str(entry.get("title"))).text,
        text=html_to_text(_str(entry.get("summary"))).text or rendered.text,
        published=_struct_time(entry.get("published_parsed"))
        or _struct_time(entry.get("updated_parsed"))
        or _struct_time(entry.get("created_parsed"))
        or _date(entry.get("published"), entry.get("updated"), entry.get("created"), entry.get("date")),
        tags=tuple(_str(t.get("term")) for t in tags if isinstance(t, Mapping) and _str(t.get("term"))),
        links=rendered.links,
    )


def is_json_feed(data: Any) -> bool:
    """JSON Feed 1.0 and 1.1 (``https://`` or, in some generators, ``http://jsonfeed.org/version/…``)."""
    if not isinstance(data, Mapping):
        return False
    version = _str(data.get("version")).lower()
    return "jsonfeed.org/version/" in version or (not version and isinstance(data.get("items"), list))


def parse_feed(body: bytes, *, where: str) -> ParsedFeed:
    """``where`` names the feed in errors ("the feed at example.com")."""
    body = body.removeprefix(b"\xef\xbb\xbf")
    stripped = body.lstrip()
    if stripped.startswith(b"{"):
        try:
            data = json.loads(stripped)
        except (ValueError, RecursionError):
            raise MalformedResponse(f"{where} cannot be read: it is damaged or cut short.") from None
        if is_json_feed(data):
            return _json_feed(data, where)
        raise MalformedResponse(f"{where} is not a feed.")
    body = stripped  # "XML or text declaration not at start of entity": a blank line before <?xml
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # feedparser warns about the encodings it had to guess
            parsed = feedparser.parse(body)
    except Exception as exc:
        # feedparser meets the whole internet; on a bogus encoding declaration it raises ValueError
        # or LookupError (found by fuzzing). Whatever it raises, the feed is unreadable.
        log.info("feedparser failed on %s: %s", where, type(exc).__name__)
        raise MalformedResponse(f"{where} is not a readable RSS or Atom feed.") from None
    if not parsed.entries and not parsed.get("version"):  # an empty but valid feed still has a version
        raise MalformedResponse(f"{where} is not a readable RSS or Atom feed.")
    with warnings.catch_warnings():
        # Reading some fields makes feedparser warn about its own fallbacks; nothing for us to act on.
        warnings.simplefilter("ignore")
        entries = [_rss_entry(entry) for entry in parsed.entries]
    feed = parsed.feed
    # feedparser reads what it can of broken XML and says so in bozo_exception; an encoding it had to
    # guess is harmless, a parse error means the rest of the feed was not read.
    damaged = isinstance(parsed.get("bozo_exception"), xml.sax.SAXException)
    return ParsedFeed(
        title=_str(feed.get("title")), home_page=_str(feed.get("link")), entries=tuple(entries), damaged=damaged
    )
