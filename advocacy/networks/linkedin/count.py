"""Count a draft as LinkedIn does: 3,000 characters; the feed folds after about 210 characters or 3
lines ("…more")."""

from __future__ import annotations

from advocacy.domain.models import Network
from advocacy.sharing.counting import Count, first_invalid, is_blank

LINKEDIN_LIMIT = 3000
LINKEDIN_FOLD_CHARS = 210
LINKEDIN_FOLD_LINES = 3


def linkedin_fold(text: str) -> int:
    """Where LinkedIn's "…more" cuts the post in the feed: after 3 lines or about 210 characters."""
    position = 0
    for line_number, line in enumerate(text.split("\n"), start=1):
        if line_number == LINKEDIN_FOLD_LINES:
            return min(position + len(line), LINKEDIN_FOLD_CHARS, len(text))
        position += len(line) + 1
    return min(LINKEDIN_FOLD_CHARS, len(text))


def count_linkedin(text: str, limit: int | None = None) -> Count:
    fold = linkedin_fold(text)
    extra = "all of it shows before “…more”" if fold >= len(text) else f"“…more” after character {fold:,}"
    invalid = first_invalid(text)
    return Count(
        Network.LINKEDIN,
        len(text),
        limit or LINKEDIN_LIMIT,
        "characters",
        extra,
        invalid=invalid,
        blank=is_blank(text),
        fold=fold,
    )
