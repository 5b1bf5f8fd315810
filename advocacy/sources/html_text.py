"""HTML from networks (Mastodon notes and posts, profile fields) to plain text plus link targets.

The text is what a reader sees; the link targets are kept aside, because a bio that reads
"my blog" still points somewhere the audit wants to check.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag

_BLOCKS = {"p", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}
_SPACES = re.compile(r"[ \t\u00a0]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class HtmlText:
    text: str
    links: tuple[str, ...]
    mentions: tuple[str, ...]
    hashtags: tuple[str, ...]


def _classes(tag: Tag) -> set[str]:
    value = tag.get("class")
    if value is None:
        return set()
    return set(value) if isinstance(value, list) else set(str(value).split())


def html_to_text(html: str) -> HtmlText:
    """Render HTML as text: paragraphs become blank lines, ``<br>`` a newline, scripts vanish."""
    if not html or ("<" not in html and "&" not in html):
        return HtmlText(text=(html or "").strip(), links=(), mentions=(), hashtags=())
    with warnings.catch_warnings():
        # Short notes such as "example.com" look like file names to bs4; they are text here.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    for dead in soup.find_all(["script", "style", "template"]):
        dead.decompose()

    links: list[str] = []
    mentions: list[str] = []
    hashtags: list[str] = []
    for anchor in soup.find_all("a"):
        href = anchor.get("href")
        if not isinstance(href, str) or not href.strip():
            continue
        classes = _classes(anchor)
        label = anchor.get_text().strip()
        if "hashtag" in classes or label.startswith("#"):
            hashtags.append(label.lstrip("#"))
        elif "mention" in classes or (label.startswith("@") and "u-url" in classes):
            mentions.append(label)
        elif href.startswith(("http://", "https://")):
            links.append(href.strip())

    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # skip comments, doctypes, CDATA
                    parts.append(str(child).replace("\n", " "))
            elif isinstance(child, Tag):
                if child.name == "br":
                    parts.append("\n")
                    continue
                block = child.name in _BLOCKS
                if block:
                    parts.append("\n\n")
                walk(child)
                if block:
                    parts.append("\n\n")

    walk(soup)
    text = "".join(parts)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = _MANY_NEWLINES.sub("\n\n", text).strip()
    return HtmlText(
        text=text,
        links=tuple(dict.fromkeys(links)),
        mentions=tuple(dict.fromkeys(mentions)),
        hashtags=tuple(dict.fromkeys(hashtags)),
    )
