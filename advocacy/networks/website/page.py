"""A personal home page: who it says the person is, where their feeds are, whether it may be indexed.

Pure functions over HTML text. Sources of identity, in order of trust: an h-card (microformats2),
JSON-LD ``Person``, OpenGraph, then the page's own ``<title>`` and meta description.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag, XMLParsedAsHTMLWarning

from advocacy.sources.feeds import FeedEntry
from advocacy.sources.timeparse import parse_loose

FEED_TYPES = {
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "application/feed+json": "json",
    "application/json": "json",
}


@dataclass(frozen=True)
class PageFacts:
    name: str = ""
    bio: str = ""
    job_title: str = ""
    employer: str = ""
    photo: str = ""
    rel_me: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    noindex: bool = False
    # Posts marked up on the page itself (microformats2 h-entry), for a site with no feed.
    entries: tuple[FeedEntry, ...] = ()


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class")
    if value is None:
        return []
    return list(value) if isinstance(value, list) else str(value).split()


def _rels(tag: Tag) -> list[str]:
    value = tag.get("rel")
    if value is None:
        return []
    return [r.lower() for r in (value if isinstance(value, list) else str(value).split())]


def _attr(tag: Tag, name: str) -> str:
    value = tag.get(name)
    return value.strip() if isinstance(value, str) else ""


def _text(tag: Tag) -> str:
    for dead in tag.find_all(["script", "style"]):
        dead.decompose()
    return " ".join(tag.get_text(" ").split())


def _h_card(soup: BeautifulSoup, base_url: str) -> dict[str, str]:
    """The first top-level h-card: its name, note, photo and org (the parts we use)."""
    card = next((c for c in soup.find_all(class_="h-card") if isinstance(c, Tag)), None)
    if card is None:
        return {}

    def prop(prefix: str, name: str) -> Tag | None:
        found = card.find(class_=f"{prefix}-{name}")
        return found if isinstance(found, Tag) else None

    result: dict[str, str] = {}
    name = prop("p", "name")
    if name is not None:
        result["name"] = _attr(name, "alt") or _attr(name, "title") or _text(name)
    elif card.name in ("img", "area"):
        result["name"] = _attr(card, "alt")
    elif card.name == "abbr":
        result["name"] = _attr(card, "title")
    note = prop("p", "note")
    if note is not None:
        result["bio"] = _text(note)
    org = prop("p", "org")
    if org is not None:
        result["employer"] = _text(org)
    role = prop("p", "job-title")
    if role is not None:
        result["job_title"] = _text(role)
    photo = prop("u", "photo")
    if photo is not None and _attr(photo, "src"):
        result["photo"] = urljoin(base_url, _attr(photo, "src"))
    return result


def _json_ld_nodes(soup: BeautifulSoup) -> Iterator[Mapping[str, Any]]:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.get_text() or "null")
        except ValueError:
            continue  # one broken block must not hide the rest of the page
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, Mapping):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _person(soup: BeautifulSoup) -> Mapping[str, Any]:
    for node in _json_ld_nodes(soup):
        kind = node.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "Person" in kinds:
            return node
    return {}


def _str(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, Mapping):
        return _str(value.get("name") or value.get("url"))
    if isinstance(value, list) and value:
        return _str(value[0])
    return ""


def _meta(soup: BeautifulSoup, key: str, value: str) -> str:
    tag = soup.find("meta", attrs={key: value})
    return _attr(tag, "content") if isinstance(tag, Tag) else ""


def _h_entries(soup: BeautifulSoup, base_url: str) -> tuple[FeedEntry, ...]:
    entries: list[FeedEntry] = []
    for entry in soup.find_all(class_="h-entry"):
        if not isinstance(entry, Tag) or entry.find_parent(class_="h-entry") is not None:
            continue
        published = entry.find(class_="dt-published") or entry.find(class_="dt-updated")
        when = None
        if isinstance(published, Tag):
            when = parse_loose(_attr(published, "datetime") or _attr(published, "title") or _text(published))
        url_tag = entry.find(class_="u-url") or entry.find(class_="u-uid")
        url = urljoin(base_url, _attr(url_tag, "href")) if isinstance(url_tag, Tag) and _attr(url_tag, "href") else ""
        name = entry.find(class_="p-name")
        body = entry.find(class_="e-content") or entry.find(class_="p-summary")
        title = _text(name) if isinstance(name, Tag) else ""
        text = _text(body) if isinstance(body, Tag) else ""
        if title and text.startswith(title):
            title = ""  # a note's implied name is its text
        links = [
            urljoin(base_url, _attr(a, "href"))
            for a in (body.find_all("a") if isinstance(body, Tag) else [])
            if isinstance(a, Tag) and _attr(a, "href").startswith(("http://", "https://"))
        ]
        entries.append(
            FeedEntry(
                id=url or f"{base_url}#entry-{len(entries)}",
                url=url,
                title=title,
                text=text,
                published=when,
                links=tuple(dict.fromkeys(links)),
            )
        )
    return tuple(entries)


def parse_page(html: str, *, base_url: str, robots_header: str = "") -> PageFacts:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "html.parser")
    card = _h_card(soup, base_url)
    person = _person(soup)
    rel_me: list[str] = []
    feeds: list[str] = []
    for tag in soup.find_all(["a", "link"]):
        if not isinstance(tag, Tag) or not _attr(tag, "href"):
            continue
        rels = _rels(tag)
        href = urljoin(base_url, _attr(tag, "href"))
        if "me" in rels:
            rel_me.append(href)
        if tag.name == "link" and "alternate" in rels and _attr(tag, "type").lower() in FEED_TYPES:
            feeds.append(href)
    same_as = person.get("sameAs")
    same = [s for s in (same_as if isinstance(same_as, list) else [same_as]) if isinstance(s, str) and s]
    robots = f"{_meta(soup, 'name', 'robots')},{robots_header}".lower()
    title = soup.title.get_text().strip() if soup.title else ""
    photo = card.get("photo") or _str(person.get("image")) or _meta(soup, "property", "og:image")
    return PageFacts(
        name=card.get("name") or _str(person.get("name")) or _meta(soup, "property", "og:title") or title,
        bio=card.get("bio")
        or _str(person.get("description"))
        or _meta(soup, "property", "og:description")
        or _meta(soup, "name", "description"),
        job_title=card.get("job_title") or _str(person.get("jobTitle")),
        employer=card.get("employer") or _str(person.get("worksFor")),
        photo=urljoin(base_url, photo) if photo else "",
        rel_me=tuple(dict.fromkeys(rel_me)),
        same_as=tuple(dict.fromkeys(same)),
        feeds=tuple(dict.fromkeys(feeds)),
        entries=_h_entries(soup, base_url),
        noindex="noindex" in robots or "none" in [part.strip() for part in robots.split(",")],
    )
