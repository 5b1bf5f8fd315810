"""Finding names, handles and domains in text. Pure helpers shared by the rules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from advocacy.domain.addresses import on_domains
from advocacy.domain.handles import mastodon_parts
from advocacy.domain.models import Network, Post, Profile
from advocacy.domain.profile import Company

EXCERPT_WIDTH = 80


@lru_cache(maxsize=512)
def _pattern(term: str) -> re.Pattern[str]:
    # Word boundaries that also work for terms starting with @ or # and for domains with dots.
    return re.compile(rf"(?<![\w@#.-]){re.escape(term)}(?![\w-]|\.\w)", re.IGNORECASE)


def find_term(text: str, term: str) -> tuple[int, int] | None:
    if not term or not text:
        return None
    match = _pattern(term).search(text)
    return (match.start(), match.end()) if match else None


def find_any(text: str, terms: Iterable[str]) -> tuple[str, tuple[int, int]] | None:
    """The first of ``terms`` found in ``text`` (longest terms first, so "Acme Widgets" beats "Acme")."""
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        span = find_term(text, term)
        if span is not None:
            return term, span
    return None


def company_names(company: Company) -> list[str]:
    return [n for n in (company.name, *company.aliases) if n]


def company_handles(company: Company) -> list[str]:
    handles = []
    for value in (*company.accounts.configured().values(),):
        if value:
            handles.append(value if value.startswith("@") else f"@{value}")
            if parts := mastodon_parts(value):  # @user@instance: "@user" alone is how it shows in posts
                handles.append("@" + parts[0])
    return handles


def company_terms(company: Company) -> list[str]:
    """Every way a text can point at the company: names, handles, domains, hashtags."""
    hashtags = [h if h.startswith("#") else f"#{h}" for h in company.hashtags]
    return [*company_names(company), *company_handles(company), *company.domains, *hashtags]


def links_to_company(links: Iterable[str], company: Company) -> str | None:
    return next((link for link in links if on_domains(link, company.domains)), None)


def post_mentions_company(post: Post, company: Company) -> str | None:
    """What in the post points at the company, or ``None``."""
    found = find_any(post.text, company_terms(company))
    if found:
        return found[0]
    tags = {t.lower().lstrip("#") for t in company.hashtags}
    for tag in post.hashtags:
        if tag.lower() in tags:
            return f"#{tag}"
    return links_to_company(post.links, company)


def profile_text(profile: Profile) -> str:
    """Everything a reader sees on the profile card, for "does it say X" questions."""
    parts = [profile.display_name, profile.headline, profile.bio, profile.employer]
    parts.extend(f"{link.label} {link.url}" for link in profile.links)
    return "\n".join(p for p in parts if p)


def excerpt(text: str, span: tuple[int, int] | None = None, width: int = EXCERPT_WIDTH) -> str:
    flat = " ".join(text.split())
    if span is None or len(flat) <= width:
        return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
    # Centre the excerpt on the span (spans index the original text; whitespace runs are rare).
    start = max(0, min(span[0] - width // 3, len(text) - width))
    piece = " ".join(text[start : start + width].split())
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(text) else "")


def instance_of(handle: str) -> str | None:
    parts = mastodon_parts(handle)
    return parts[1] if parts else None


def settings_url(network: Network, handle: str, page: str = "profile") -> str | None:
    """Where the person changes this on the network (``page``: "profile" or "privacy")."""
    return network.facts.settings_url(handle, page)
