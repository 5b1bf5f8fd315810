"""Count a note as Misskey does: Unicode code points (its JSON schema's ``maxLength``), links and
mentions as written, against the server's ``maxNoteTextLength`` (3,000 by default)."""

from __future__ import annotations

from advocacy.domain.models import Network
from advocacy.sharing.counting import Count, countable, first_invalid, is_blank

DEFAULT_LIMIT = 3000


def count_misskey(text: str, limit: int | None = None) -> Count:
    invalid = first_invalid(text)
    length = len(countable(text))
    return Count(Network.MISSKEY, length, limit or DEFAULT_LIMIT, "characters", invalid=invalid, blank=is_blank(text))
