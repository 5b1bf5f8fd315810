"""What a period report may hold (``Section``), apart from the report itself: the command line lists
the sections in its ``--help`` and choices, and parses its arguments before the window starts, so this
stays a few lines with no imports of the domain (``advocacy.domain.period`` uses it).
"""

from __future__ import annotations

from enum import StrEnum


class Section(StrEnum):
    """What a period report may hold, in the order it is shown. Charts belong to their section."""

    REACH = "reach"
    POSTS = "posts"
    COMPANY_SHARES = "company-shares"
    FINDINGS_FIXED = "findings-fixed"

    @property
    def heading(self) -> str:
        return _SECTION_TEXT[self][0]

    @property
    def description(self) -> str:
        """What choosing it puts in the report, for a check box or ``--help``."""
        return _SECTION_TEXT[self][1]


_SECTION_TEXT = {
    Section.REACH: (
        "Followers and interactions",
        "followers and median interactions per post on each network, at the start and at the end",
    ),
    Section.POSTS: ("Posts", "how many original posts you made on each network, and the interactions they had"),
    Section.COMPANY_SHARES: (
        "Shared from the company",
        "the company items you shared (the first line of each) and how each did",
    ),
    Section.FINDINGS_FIXED: ("Findings fixed", "what the audit found at the start that it no longer finds"),
}
