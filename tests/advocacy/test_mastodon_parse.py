"""Mastodon JSON and HTML parsing on recorded server output."""

from __future__ import annotations

from typing import Any

import pytest

from advocacy.domain.models import Network
from advocacy.errors import MalformedResponse
from advocacy.networks.mastodon.parse import (
    parse_account,
    parse_post_length_limit,
    parse_status,
    parse_statuses,
)
from advocacy.sources.html_text import html_to_text
from tests.cassettes import find, load_cassette


def _recorded_accounts() -> list[dict[str, Any]]:
    cassette = load_cassette("mastodon/mastodonpy__test_accounts.yaml")
    return [i.json() for i in find(cassette, "GET", "/api/v1/accounts/lookup")]


def test_account_visibility_facts_from_recorded_lookups() -> None:
    locked, open_account = _recorded_accounts()
    first = parse_account(locked, host="localhost:3000")
    assert first.handle == "@mastodonpy_test@localhost:3000"
    assert first.visibility.locked is True
    assert first.visibility.discoverable is None
    assert first.visibility.indexable is False
    assert first.avatar_is_default is True and first.header_is_default is True
    assert first.last_post_at is not None and first.last_post_at.isoformat().startswith("2026-08-01")
    second = parse_account(open_account, host="localhost:3000")
    assert second.visibility.discoverable is True
    assert second.visibility.indexable is True
    assert second.visibility.locked is False


def test_profile_fields_become_links_with_verification() -> None:
    account = {
        "id": "1",
        "username": "ada",
        "acct": "ada",
        "note": "<p>Hi</p>",
        "fields": [
            {
                "name": "Blog",
                "value": '<a href="https://ada.example/" rel="me">ada.example</a>',
                "verified_at": "2026-01-02T03:04:05.000+00:00",
            },
            {"name": "Home", "value": "https://plain.example", "verified_at": None},
            {"name": "Pronouns", "value": "she/her", "verified_at": None},
        ],
        "moved": {"id": "2", "acct": "ada@new.example"},
    }
    profile = parse_account(account, host="old.example")
    assert [(link.label, link.url) for link in profile.links] == [
        ("Blog", "https://ada.example/"),
        ("Home", "https://plain.example"),
    ]
    assert profile.links[0].verified_at is not None and profile.links[1].verified_at is None
    assert profile.visibility.moved_to == "ada@new.example"


def test_account_without_id_is_malformed() -> None:
    with pytest.raises(MalformedResponse):
        parse_account({"username": "x"}, host="h")
    with pytest.raises(MalformedResponse):
        parse_account(["not", "an", "object"], host="h")


def test_recorded_status_parses_to_a_post() -> None:
    cassette = load_cassette("mastodon/mastodonpy__test_status.yaml")
    status = find(cassette, "GET", "/api/v1/statuses/117020583223442465")[0].json()
    post = parse_status(status)
    assert post is not None
    assert post.network is Network.MASTODON
    assert post.id == "117020583223442465"
    assert post.text and "<" not in post.text
    assert post.created_at.tzinfo is not None


def test_reply_repost_mentions_tags_and_links() -> None:
    status = {
        "id": "9",
        "created_at": "2026-05-01T10:00:00Z",
        "in_reply_to_id": "8",
        "language": "en",
        "content": (
            '<p><span class="h-card"><a href="https://x.example/@lee" class="u-url mention">@<span>lee</span></a>'
            '</span> see <a href="https://docs.example/a?b=1" rel="nofollow"><span class="invisible">https://'
            '</span><span class="ellipsis">docs.example/a</span><span class="invisible">?b=1</span></a> '
            '<a href="https://x.example/tags/a11y" class="mention hashtag" rel="tag">#<span>a11y</span></a></p>'
        ),
        "mentions": [{"acct": "lee@x.example"}],
        "tags": [{"name": "a11y"}],
    }
    post = parse_status(status)
    assert post is not None
    assert post.text == "@lee see https://docs.example/a?b=1 #a11y"
    assert post.is_reply and not post.is_repost and not post.is_original
    assert post.links == ("https://docs.example/a?b=1",)
    assert post.mentions == ("@lee@x.example",)
    assert post.hashtags == ("a11y",)


def test_statuses_skip_broken_items_but_reject_a_non_list() -> None:
    good = {"id": "1", "created_at": "2026-01-01T00:00:00Z", "content": "<p>ok</p>"}
    assert [p.id for p in parse_statuses([good, {"id": "2"}, "junk", None], host="h")] == ["1"]
    with pytest.raises(MalformedResponse):
        parse_statuses({"error": "nope"}, host="h")


def test_post_length_limit_from_recorded_instance() -> None:
    instance = load_cassette("mastodon/mastodonpy__test_instance.yaml")[0].json()
    assert parse_post_length_limit(instance) == 500
    assert parse_post_length_limit({"max_toot_chars": 1000}) == 1000
    assert parse_post_length_limit({"configuration": {"statuses": {"max_characters": "lots"}}}) is None
    assert parse_post_length_limit("nonsense") is None


def test_html_to_text_paragraphs_breaks_and_entities() -> None:
    rendered = html_to_text("<p>One &amp; two<br>three</p><p>Four <script>alert(1)</script>five</p>")
    assert rendered.text == "One & two\nthree\n\nFour five"


def test_html_to_text_keeps_targets_of_named_links() -> None:
    rendered = html_to_text('<p>Read <a href="https://blog.example/post">my blog</a></p>')
    assert rendered.text == "Read my blog"
    assert rendered.links == ("https://blog.example/post",)
    assert html_to_text("").text == ""
    assert html_to_text("plain text, no tags").text == "plain text, no tags"


def test_only_profile_field_links_can_carry_the_verified_tick() -> None:
    _, account = _recorded_accounts()
    account = {
        **account,
        "note": '<p>Blog at <a href="https://bio.example/">bio.example</a></p>',
        "fields": [{"name": "Site", "value": '<a href="https://field.example/">field.example</a>'}],
    }
    links = {link.url: link.in_profile_field for link in parse_account(account, host="localhost:3000").links}
    assert links == {"https://field.example/": True, "https://bio.example/": False}
