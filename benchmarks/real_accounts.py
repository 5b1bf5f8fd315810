"""False alarms on real people's posts: spelling and personal-data flags per 100 posts on accounts
nobody on this team wrote or tuned for (benchmarks/real_accounts, provenance in its README).

Every flag on these posts was read by a person and judged; the ones that are real (a real typo, a
real phone number) are listed in ``reviewed.json``. Everything else flagged is a false alarm. The
audit's own pipeline runs (the text check with the person's learned vocabulary, the personal-data
finder), with a profile that names no company, so nothing is excused for being a brand.

python -m benchmarks.real_accounts [--show]   (--show prints every flag with its post, to review)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from advocacy.domain.audit_input import AuditInput, text_key
from advocacy.domain.models import Media, Network, Post, Profile, SourceOutcome, SourceStatus
from advocacy.domain.profile import Me, ProfileConfig
from advocacy.domain.text_check import APOSTROPHE, SPELLING
from advocacy.networks.x.archive import parse_assignment, parse_tweet
from advocacy.sources.html_text import html_to_text
from advocacy.sources.timeparse import parse_timestamp
from advocacy.spelling.service import session_for
from advocacy.text_checks import with_text_checks

FOLDER = Path(__file__).resolve().parent / "real_accounts"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


@dataclass(frozen=True)
class Account:
    name: str
    network: Network
    posts: tuple[Post, ...]


def _outbox(path: Path) -> Iterator[Post]:
    """A Mastodon archive's ``outbox.json``: public and unlisted notes (not direct, not followers-only)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data.get("orderedItems", []):
        note = item.get("object")
        if item.get("type") != "Create" or not isinstance(note, dict):
            continue
        audience = [*note.get("to", []), *note.get("cc", [])]
        if PUBLIC not in audience:
            continue
        html = html_to_text(note.get("content") or "")
        tags = note.get("tag") or []
        languages = list((note.get("contentMap") or {}).keys())
        yield Post(
            network=Network.MASTODON,
            id=str(note.get("id")),
            url=str(note.get("url") or ""),
            created_at=parse_timestamp(note.get("published")) or datetime(2000, 1, 1, tzinfo=UTC),
            text=html.text,
            language=languages[0] if languages else None,
            is_reply=bool(note.get("inReplyTo")),
            links=html.links,
            hashtags=tuple(t["name"].lstrip("#") for t in tags if t.get("type") == "Hashtag" and t.get("name")),
            mentions=tuple(t["name"] for t in tags if t.get("type") == "Mention" and t.get("name")),
            media=tuple(Media("image", a.get("name") or "") for a in note.get("attachment") or []),
        )


def _tweets(path: Path, username: str) -> Iterator[Post]:
    records: Any = parse_assignment(path.read_bytes(), name=path.name)
    for record in records:
        post = parse_tweet(record, username=username, account_id="")
        if post is not None:
            yield post


def accounts() -> list[Account]:
    return [
        Account("dealingwith (Mastodon)", Network.MASTODON, tuple(_outbox(FOLDER / "dealingwith__outbox.json"))),
        Account("philhawksworth (Mastodon)", Network.MASTODON, tuple(_outbox(FOLDER / "philhawksworth__outbox.json"))),
        Account("quicoto (Mastodon)", Network.MASTODON, tuple(_outbox(FOLDER / "quicoto__outbox.json"))),
        Account("smithjd (X)", Network.X, tuple(_tweets(FOLDER / "smithjd__tweets.js", "smithjd"))),
        Account("kevinburke (X)", Network.X, tuple(_tweets(FOLDER / "kevinburke__tweets_2015_10.js", "ekrubnivek"))),
    ]


@dataclass(frozen=True)
class Flags:
    posts: int
    spelling: list[tuple[str, str]]  # (word, the post)
    personal: list[tuple[str, str]]  # (what was found, the post)


def flags(account: Account) -> Flags:
    own = tuple(p for p in account.posts if not p.is_repost)
    profile = Profile(network=account.network, handle=account.name)
    outcome = SourceOutcome(account.network, account.name, SourceStatus.OK, profile=profile, posts=own)
    config = ProfileConfig(me=Me(name=account.name))
    audit = with_text_checks(AuditInput(config=config, outcomes=(outcome,), now=datetime.now(UTC)), session_for)
    spelling, personal = [], []
    for post in own:
        key = text_key(post.network, f"post:{post.id}")
        for issue in audit.text_issues.get(key, ()):
            if issue.check in (SPELLING, APOSTROPHE):
                spelling.append((post.text[issue.start : issue.end], post.text))
        for datum in audit.personal_data.get(key, ()):
            personal.append((post.text[datum.start : datum.end], post.text))
    return Flags(len(own), spelling, personal)


def report(show: bool = False) -> list[tuple[str, str]]:
    reviewed = json.loads((FOLDER / "reviewed.json").read_text(encoding="utf-8"))
    rows = []
    for account in accounts():
        found = flags(account)
        real = reviewed.get(account.name, {})
        real_typos = {w.lower() for w in real.get("typos", [])}
        informal = {w.lower() for w in real.get("informal", [])}
        real_personal = set(real.get("personal_data", []))
        by_design = [(w, t) for w, t in found.spelling if w.lower() in informal]
        false_spelling = [(w, t) for w, t in found.spelling if w.lower() not in real_typos | informal]
        false_personal = [(w, t) for w, t in found.personal if w not in real_personal]
        per_100 = 100 * len(false_spelling) / max(found.posts, 1)
        rows.append(
            (
                f"{account.name}: {found.posts} own posts; spelling flags {len(found.spelling)} "
                f"({len(found.spelling) - len(false_spelling) - len(by_design)} real typos, {len(by_design)} informal "
                f"by design); personal data {len(found.personal)}",
                f"{per_100:.2f}/100 false, {len(false_personal)} false PD",
            )
        )
        if show:
            for word, text in false_spelling:
                print(f"  SPELLING {account.name}: {word!r} in {text[:160]!r}")
            for what, text in false_personal:
                print(f"  PERSONAL {account.name}: {what!r} in {text[:160]!r}")
    return rows


if __name__ == "__main__":
    for name, value in report(show="--show" in sys.argv):
        print(f"{name:100} {value:>26}")
