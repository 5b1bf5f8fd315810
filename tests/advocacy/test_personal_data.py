"""Contact details as people really write them are found; what only looks like them is not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from advocacy.domain.models import Network, Post
from advocacy.personal_data import find_personal_data, regions_for


def _post(text: str, mentions: tuple[str, ...] = ()) -> Post:
    return Post(Network.MASTODON, "1", "", datetime(2026, 1, 1, tzinfo=UTC), text, mentions=mentions)


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Call me on +44 20 7946 0958 about the meetup", "en", "+44 20 7946 0958"),
        ("Ring (415) 555-0132 after six", "en", "(415) 555-0132"),
        ("text 415.555.0132", "en", "415.555.0132"),
        ("+1 212 555 0123 is the office", "en", "+1 212 555 0123"),
        ("call 020 7946 0958", "en-GB", "020 7946 0958"),
        ("mon numéro : 06 12 34 56 78", "fr", "06 12 34 56 78"),
        ("Questions? write to jane.doe@gmail.com", "en", "jane.doe@gmail.com"),
        ("mail jane [at] example [dot] com for tickets", "en", "jane [at] example [dot] com"),
        ("mail jane(at)example.org", "en", "jane(at)example.org"),
    ],
)
def test_contact_details_in_every_format_people_write(text: str, language: str, found: str) -> None:
    data = find_personal_data(_post(text), regions_for(language))
    assert [text[d.start : d.end] for d in data] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks @alice@mastodon.social and (@bob@fosstodon.org) for the review",
        "Shipped 2026-11-20, see v12.3.4 notes",
        "Version 1.2.3.4 and 3.11.4, build 20240512",
        "ISBN 978-3-16-148410-0",
        "10 000 000 downloads and 1,234,567 stars",
        "https://example.com/items/123456789012 looks right",
        "git clone git@github.com:owner/repo.git",
        "Order #123456789 shipped; meeting 10:30-11:45",
        "the server at 192.168.100.200 answered",
    ],
)
def test_what_only_looks_like_contact_details_is_not(text: str) -> None:
    assert find_personal_data(_post(text), regions_for("en")) == ()


def test_a_mention_written_without_its_leading_at_is_a_handle_when_the_post_says_so() -> None:
    text = "Great talk by alice@hachyderm.io today"
    assert find_personal_data(_post(text)) != ()  # nothing says it is a handle: it reads as an address
    assert find_personal_data(_post(text, mentions=("@alice@hachyderm.io",))) == ()
