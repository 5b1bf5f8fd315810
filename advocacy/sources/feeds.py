"""RSS, Atom and JSON Feed documents to entries. Pure: bytes in, entries out.

RSS and Atom go through feedparser, which survives the broken feeds found in the wild; JSON Feed is
plain JSON. Used for a person's blog and, later, for the company's content feeds.
"""

from __future__ import annotations

import calendar
import json
import logging
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from advocacy.errors import MalformedResponse
from advocacy.sources.html_text import html_to_text
from advocacy.sources.timeparse import parse_timestamp

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


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _struct_time(value: Any) -> datetime | None:
    if isinstance(value, time.struct_time):
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    return None


def _json_feed(data: Mapping[str, Any], where: str) -> ParsedFeed:
    items = data.get("items")
    if not isinstance(items, list):
        raise MalformedResponse(f"{where} is a JSON Feed without items.")
    entries = []
    for item in items:
        if not isinstance(item, Mapping):
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
                title=_str(item.get("title")),
                text=summary or body,
                published=parse_timestamp(item.get("date_published")) or parse_timestamp(item.get("date_modified")),
                tags=tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
                links=rendered.links,
            )
        )
    return ParsedFeed(title=_str(data.get("title")), home_page=_str(data.get("home_page_url")), entries=tuple(entries))


def _rss_entry(entry: Any) -> FeedEntry:
    content = entry.get("content")
    html = content[0].get("value", "") if isinstance(content, list) and content else entry.get("summary", "")
    rendered = html_to_text(_str(html))
    url = _str(entry.get("link"))
    tags = entry.get("tags") or []
    return FeedEntry(
        id=_str(entry.get("id")) or url,
        url=url,
        title=html_to_text(_str(entry.get("title"))).text,
        text=html_to_text(_str(entry.get("summary"))).text or rendered.text,
        published=_struct_time(entry.get("published_parsed")) or _struct_time(entry.get("updated_parsed")),
        tags=tuple(_str(t.get("term")) for t in tags if isinstance(t, Mapping) and _str(t.get("term"))),
        links=rendered.links,
    )


def parse_feed(body: bytes, *, where: str) -> ParsedFeed:
    """``where`` names the feed in errors ("the feed at example.com")."""
    stripped = body.lstrip()
    if stripped.startswith(b"{"):
        try:
            data = json.loads(body)
        except ValueError:
            raise MalformedResponse(f"{where} is not valid JSON.") from None
        if isinstance(data, Mapping) and _str(data.get("version")).startswith("https://jsonfeed.org/version/"):
            return _json_feed(data, where)
        raise MalformedResponse(f"{where} is JSON but not a JSON Feed.")
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
    return ParsedFeed(title=_str(feed.get("title")), home_page=_str(feed.get("link")), entries=tuple(entries))
