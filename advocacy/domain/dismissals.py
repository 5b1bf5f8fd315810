"""Findings the user said are intentional: what the store keeps of each, and how it is said.

Loads with the first dismissal read (the Findings tab, the period report), not with the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from advocacy.domain.models import Area, Network


@dataclass(frozen=True)
class Dismissal:
    """A finding the user said is intentional: hidden until its evidence changes, or until restored."""

    check: str
    network: Network | None
    target: str
    dismissed_at: datetime

    @property
    def summary(self) -> str:
        """In words, never the check's or the post's internal id: "Typos: a post on Mastodon, dismissed …"."""
        area = next((a.label for a in Area if a.value == self.check.split(".", 1)[0]), "A finding")
        where = f" on {self.network.label}" if self.network else ""
        return f"{area}: {target_phrase(self.target)}{where}, dismissed {self.dismissed_at.astimezone():%Y-%m-%d}"


_TARGETS = {
    "bio": "your bio",
    "display_name": "your display name",
    "employer": "your employer",
    "headline": "your headline",
    "links": "your links",
    "posts": "your posts",
    "profile": "your profile",
}


def target_phrase(target: str) -> str:
    """What a finding is about, as a person says it; a target not known here is "your profile"."""
    kind, _, rest = target.partition(":")
    if kind == "post":
        return "a post"
    if kind == "link" and rest:
        return f"the link {rest}"
    return _TARGETS.get(target, "your profile")
