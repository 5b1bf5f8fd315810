"""Ranked company content with a ready draft for each network the person uses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from advocacy.domain.addresses import on_domains
from advocacy.domain.models import AuditReport, Network
from advocacy.domain.networks import POSTED_TO
from advocacy.domain.profile import ProfileConfig
from advocacy.errors import DamagedWordList, UnknownLanguage
from advocacy.networks import counter_for
from advocacy.sharing.content import ContentItem
from advocacy.sharing.drafts import Draft, draft_for
from advocacy.sharing.intents import share_url
from advocacy.sharing.ranking import Interests, Ranked, rank
from advocacy.spelling.lexicon import load as load_lexicon

DRAFT_NETWORKS = POSTED_TO  # where a person posts: one place says which (advocacy.domain.networks)


@dataclass(frozen=True)
class Suggestion:
    ranked: Ranked
    drafts: dict[Network, Draft]
    share_links: dict[Network, str]


def networks_for(config: ProfileConfig) -> list[Network]:
    configured = config.me.accounts.configured()
    mine = [n for n in DRAFT_NETWORKS if n in configured]
    return mine or list(DRAFT_NETWORKS)


def disclosure_for(item: ContentItem, config: ProfileConfig) -> str | None:
    company = config.company
    if not item.is_employer or not company.name:
        return None
    return company.disclosures[0] if company.disclosures else f"(I work at {company.name})"


# As common as "built" or "using": a word of nearly every text in the language, never a topic.
COMMON_ZIPF = 5.0


def common_word(config: ProfileConfig) -> Callable[[str], bool]:
    """The everyday words of the profile's language; none when its word list cannot be read (the
    ranking then works as before, and the spelling check says what is wrong with the list)."""
    try:
        lexicon = load_lexicon(config.audit.language or "en")
    except (UnknownLanguage, DamagedWordList):
        return lambda _word: False
    return lambda word: lexicon.frequency(word) >= COMMON_ZIPF


def suggest(
    config: ProfileConfig,
    items: list[ContentItem],
    *,
    latest: AuditReport | None,
    shared: set[str],
    now: datetime,
    limit: int = 5,
    campaign: str = "advocacy",
) -> list[Suggestion]:
    interests = Interests.of(latest.profiles if latest else (), latest.posts if latest else (), common_word(config))
    limits = {p.network: p.post_length_limit for p in (latest.profiles if latest else ()) if p.post_length_limit}
    suggestions = []
    for ranked in rank(items, interests=interests, shared=shared, now=now, limit=limit):
        item = ranked.item
        drafts = {
            network: draft_for(
                network,
                caption=item.captions.get(network.value) or item.title,
                url=item.url,
                disclosure=disclosure_for(item, config),
                campaign=campaign,
                track=bool(item.url) and on_domains(item.url or "", config.company.domains),
                count=counter_for(network, limits.get(network)),
            )
            # Every network has a composer in the window: each gets a full draft (title, link,
            # disclosure), not a bare link; the command line prints the profile's own networks.
            for network in DRAFT_NETWORKS
        }
        links = {}
        for network, draft in drafts.items():
            try:
                links[network] = share_url(network, draft.text, server=config.me.accounts.get(network))
            except ValueError:  # no share link there, or no server named: no link rather than a broken one
                continue
        suggestions.append(Suggestion(ranked, drafts, links))
    return suggestions


def suggestion_json(suggestion: Suggestion, networks: Sequence[Network] | None = None) -> dict[str, Any]:
    """``networks``: the drafts to include (the profile's own networks); None: every draft."""
    item = suggestion.ranked.item
    return {
        "id": item.id,
        "title": item.title,
        "url": item.url,
        "source": item.source,
        "published": item.published.isoformat() if item.published else None,
        "score": round(suggestion.ranked.score, 3),
        "reason": suggestion.ranked.reason,
        "drafts": {
            network.value: {
                "text": draft.text,
                "length": draft.length,
                "limit": draft.limit,
                "fits": draft.fits,
                "note": draft.note,
                "share_link": suggestion.share_links.get(network),
            }
            for network, draft in suggestion.drafts.items()
            if networks is None or network in networks
        },
    }


@dataclass(frozen=True)
class Suggestions:
    items: tuple[Suggestion, ...]
    problems: tuple[str, ...] = ()  # one sentence per company source that could not be read
    sources: int = 0  # company sources asked, read or not

    def summary(self) -> str:
        """One sentence on what was found, never "nothing new" for sources that were not read."""
        found = f"{len(self.items)} item{'s' if len(self.items) != 1 else ''} to share"
        if not self.problems:
            return f"{found}." if self.items else "Nothing new to share right now."
        failed, asked = len(self.problems), max(self.sources, len(self.problems))
        if failed == asked:
            unread = "your company's source" if asked == 1 else f"none of your company's {asked} sources"
            verb = "could not be read" if asked == 1 else "could be read"
            return f"Nothing can be suggested: {unread} {verb}."
        unread = f"{failed} of your company's {asked} sources could not be read"
        if self.items:
            return f"{found}; {unread}, so there may be more."
        return f"Nothing new from the sources that could be read; {unread}, so there may be more."
