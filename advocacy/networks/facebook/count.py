"""Count a draft as Facebook does: up to 63,206 characters; the feed folds long posts ("See more")."""

from __future__ import annotations

from advocacy.domain.models import Network
from advocacy.sharing.counting import Count, first_invalid, is_blank

FACEBOOK_LIMIT = 63_206
FACEBOOK_FOLD_CHARS = 480  # roughly where the feed shows "See more" on a computer


def count_facebook(text: str, limit: int | None = None) -> Count:
    fold = min(FACEBOOK_FOLD_CHARS, len(text))
    extra = "all of it shows before “See more”" if fold >= len(text) else f"“See more” after about character {fold:,}"
    return Count(
        Network.FACEBOOK,
        len(text),
        limit or FACEBOOK_LIMIT,
        "characters",
        extra,
        invalid=first_invalid(text),
        blank=is_blank(text),
        fold=fold,
    )
