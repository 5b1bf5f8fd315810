"""Company content to share: the company's feeds, its own Mastodon and Bluesky posts, and a curated
library file that a communications team hands out (TOML or JSON, local path or URL).

Library format (TOML; JSON has the same keys)::

    [[items]]
    id = "widgetos-5"                       # stable, so "already shared" can be remembered
    title = "WidgetOS 5 is out"
    url = "https://acme.example/blog/widgetos-5"
    summary = "Faster builds and a new plugin API."
    tags = ["release", "widgetos"]
    published = 2026-11-18                  # optional
    expires = 2026-12-31                    # optional: hidden after this day
    [items.captions]                        # optional suggested captions per network
    mastodon = "WidgetOS 5 is out: …"
    linkedin = "…"
"""

from __future__ import annotations

import json
import logging
import os
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from advocacy.domain.models import AccountRef
from advocacy.domain.profile import Company, Endpoints
from advocacy.errors import AdvocacyError, FetchError, InvalidProfileFile
from advocacy.http_session import HttpClient, HttpPolicy, host_of
from advocacy.http_session.waiting import size_phrase
from advocacy.sources.base import FetchContext, FetchLimits
from advocacy.sources.feeds import parse_feed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContentItem:
    id: str
    title: str
    url: str
    summary: str = ""
    tags: tuple[str, ...] = ()
    published: datetime | None = None
    expires: date | None = None
    source: str = ""  # where it came from, for the user: "Acme blog", "Acme on Mastodon", "library"
    captions: Mapping[str, str] = field(default_factory=dict)
    is_employer: bool = True  # company content: the draft carries a disclosure

    @property
    def share_key(self) -> str:
        """What a share of this item is recorded under, whoever shares it (the window, a command,
        named by its id or by its address): its id, else its address. Never twice is per key."""
        return self.id or self.url


def _library_error(where: str, problem: str) -> InvalidProfileFile:
    return InvalidProfileFile(f"The content library {where} {problem}")


def _date(value: Any, where: str, key: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise _library_error(where, f"has an item whose {key} is not a date like 2026-12-31.")


def parse_library(data: bytes, *, where: str) -> list[ContentItem]:
    """TOML or JSON; one clear error naming the problem, never a half-read library."""
    text = data.decode("utf-8", errors="replace")
    try:
        document = json.loads(text) if text.lstrip().startswith("{") else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise _library_error(where, f"cannot be read as a list of company posts ({exc}).") from None
    except RecursionError:
        # Both parsers recurse once per nested list: thousands of "[" exhaust the stack before any
        # item is read, and no library nests more than a few levels.
        raise _library_error(where, "is nested too deeply to be a content library.") from None
    items = document.get("items") if isinstance(document, Mapping) else None
    if not isinstance(items, list):
        raise _library_error(where, 'has no list of items (expected [[items]] or "items": [...]).')
    parsed = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, Mapping) or not isinstance(item.get("url"), str) or not item.get("title"):
            raise _library_error(where, f"item {number} needs at least a title and a url.")
        raw_captions = item.get("captions")
        captions: Mapping[str, Any] = raw_captions if isinstance(raw_captions, Mapping) else {}
        raw_tags = item.get("tags")
        tags: list[Any] = raw_tags if isinstance(raw_tags, list) else []
        published = _date(item.get("published"), where, "published")
        parsed.append(
            ContentItem(
                id=str(item.get("id") or item["url"]),
                title=str(item["title"]),
                url=item["url"],
                summary=str(item.get("summary") or ""),
                tags=tuple(str(t) for t in tags),
                published=datetime(published.year, published.month, published.day, tzinfo=UTC) if published else None,
                expires=_date(item.get("expires"), where, "expires"),
                source="library",
                captions={str(k): str(v) for k, v in captions.items() if isinstance(v, str)},
            )
        )
    return parsed


@dataclass(frozen=True)
class Gathered:
    items: tuple[ContentItem, ...]
    problems: tuple[str, ...]  # one sentence per source that could not be read, naming it
    sources: int = 0  # how many sources were asked, read or not


def gather(
    company: Company,
    *,
    client: HttpClient,
    library: str | None = None,
    now: datetime | None = None,
    endpoints: Endpoints | None = None,
) -> Gathered:
    """Read every company source; one failing source is reported, the others still count."""
    endpoints = endpoints or Endpoints()
    now = now or datetime.now(UTC)
    items: list[ContentItem] = []
    problems: list[str] = []
    sources = 0
    for feed in company.feeds:
        sources += 1
        try:
            parsed = parse_feed(
                client.get(feed.url, what="the company feed").body, where=f"the feed at {host_of(feed.url)}"
            )
        except AdvocacyError as exc:
            problems.append(f"The company feed {feed.name or feed.url} could not be read: {exc.user_message}")
            continue
        items += [
            ContentItem(
                id=e.id or e.url,
                title=e.title,
                url=e.url,
                summary=e.text,
                tags=e.tags,
                published=e.published,
                source=feed.name or host_of(feed.url),
            )
            for e in parsed.entries
            if e.url
        ]
    context = FetchContext(limits=FetchLimits(max_posts=40, max_age_days=30), now=now)
    from advocacy.networks import adapter_for

    for network, handle in company.accounts.configured().items():
        adapter = adapter_for(network)
        if not adapter.company_content:
            continue
        sources += 1
        try:
            fetched = adapter.fetch(client, AccountRef(network, handle, endpoints.get(network)), context)
        except AdvocacyError as exc:
            who = company.name or "The company"
            problems.append(f"{who}'s {network.label} account {handle} could not be read: {exc.user_message}")
            continue
        items += [
            ContentItem(
                id=p.url or p.id,
                title=p.text.split("\n", 1)[0][:120],
                url=p.url,
                summary=p.text,
                tags=p.hashtags,
                published=p.created_at,
                source=f"{company.name or 'Company'} on {network.label}",
            )
            for p in fetched.posts
            if p.is_original and p.url
        ]
    if library:
        sources += 1
        try:
            items += parse_library(_read_library(library, client), where=library)
        except AdvocacyError as exc:
            problems.append(f"The content library {library} could not be read: {exc.user_message}")
    return Gathered(tuple(items), tuple(problems), sources)


# The same cap as a library fetched over HTTP: a library is a few hundred items, never megabytes.
MAX_LIBRARY_BYTES = HttpPolicy().max_body_bytes


def _read_library(location: str, client: HttpClient) -> bytes:
    if location.startswith(("http://", "https://")):
        return client.get(location, what="the content library").body
    return read_local_library(Path(location).expanduser(), where=location)


def read_local_library(path: Path, *, where: str) -> bytes:
    """The library file's bytes. A device, a pipe or a folder is refused before it is opened
    (/dev/zero never ends, and opening a pipe waits for a writer), and at most the cap is read, so a
    file that grows while it is read cannot exhaust memory either."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise _not_a_file(where)
        # O_NONBLOCK: should the path have become a pipe since, opening it must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _not_a_file(where)
            data = handle.read(MAX_LIBRARY_BYTES + 1)
    except OSError as exc:
        raise FetchError(f"The content library {where} cannot be read ({exc.strerror or exc}).") from None
    if len(data) > MAX_LIBRARY_BYTES:
        raise _library_error(
            where,
            f"is larger than {size_phrase(MAX_LIBRARY_BYTES)}, more than any content library; is it the right file?",
        )
    return data


def _not_a_file(where: str) -> InvalidProfileFile:
    return _library_error(where, "is not a regular file (it is a folder, a device or a pipe); name the library file.")
