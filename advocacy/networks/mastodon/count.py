"""Count a draft as Mastodon does: grapheme clusters, every URL as 23, ``@user@domain`` as ``@user``,
against the server's own limit (500 unless the instance says otherwise)."""

from __future__ import annotations

import regex

from advocacy.domain.models import Network
from advocacy.sharing.counting import Count, countable, first_invalid, graphemes, is_blank
from advocacy.sharing.richtext import URL

MASTODON_DEFAULT_LIMIT = 500
MASTODON_URL_LENGTH = 23

# A remote mention: Mastodon counts only the local part of @user@domain.
REMOTE_MENTION = regex.compile(r"(?<![\w@])(@[A-Za-z0-9_]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def mastodon_length(text: str) -> int:
    countable = URL.sub("x" * MASTODON_URL_LENGTH, text)
    countable = REMOTE_MENTION.sub(lambda m: m.group(1), countable)
    return graphemes(countable)


def count_mastodon(text: str, limit: int | None = None) -> Count:
    invalid = first_invalid(text)
    length = mastodon_length(countable(text))
    limit = limit or MASTODON_DEFAULT_LIMIT
    return Count(Network.MASTODON, length, limit, "characters", invalid=invalid, blank=is_blank(text))
