"""Counting and share links at their edges: characters a network refuses, byte limits, blank drafts,
and every way a person may type their Mastodon instance."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from advocacy.domain.models import Network
from advocacy.networks import counter_for
from advocacy.networks.bluesky.count import count_bluesky
from advocacy.networks.linkedin.count import count_linkedin
from advocacy.networks.mastodon.count import count_mastodon
from advocacy.networks.x.count import count_x
from advocacy.sharing.counting import Count
from advocacy.sharing.intents import InvalidInstance, mastodon_base, share_url


def count(network: Network, text: str) -> Count:
    return counter_for(network)(text)


FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one grapheme, 18 UTF-8 bytes


@pytest.mark.parametrize(
    ("draft", "where"),
    [
        ("ok\ufffe", "U+FFFE (a noncharacter) at character 3"),
        ("\uffffhello", "U+FFFF (a noncharacter) at character 1"),
        ("a\ud800b", "U+D800 (an unpaired surrogate) at character 2"),
        ("ab\udfffc", "U+DFFF (an unpaired surrogate) at character 3"),
        ("x\ufeffy", "U+FEFF (ZERO WIDTH NO-BREAK SPACE) at character 2"),
    ],
)
def test_x_refuses_twitter_texts_invalid_characters_and_says_which_and_where(draft: str, where: str) -> None:
    counted = count_x(draft)
    assert not counted.fits
    assert where in counted.invalid
    assert counted.sentence().startswith("X: ")
    assert f"contains {where}, which X does not accept" in counted.sentence()


@pytest.mark.parametrize("draft", ["left \u202aright\u202c", "\u2067مرحبا\u2069 hello", "evil\u202etxt"])
def test_directional_marks_are_valid_on_x_as_its_own_conformance_suite_says(draft: str) -> None:
    assert count_x(draft).fits and not count_x(draft).invalid


def test_x_counts_further_invalid_characters() -> None:
    counted = count_x("\ufffe one \ufffe two \ufffe")
    assert counted.invalid == "U+FFFE (a noncharacter) at character 1 (and 2 more)"


def test_a_lone_surrogate_never_crashes_a_count_and_never_fits() -> None:
    for network in (Network.MASTODON, Network.BLUESKY, Network.X, Network.LINKEDIN):
        counted = count(network, "hello \udcff world")
        assert not counted.fits, network
        assert "U+DCFF (an unpaired surrogate) at character 7" in counted.sentence()


def test_bluesky_over_the_byte_limit_says_which_limit_and_by_how_much() -> None:
    counted = count_bluesky(FAMILY * 300)
    assert (counted.length, counted.size, counted.over_size) == (300, 5400, 2400)
    assert not counted.fits
    assert counted.sentence() == "Bluesky: 300 of 300 characters, but 5,400 of 3,000 bytes: 2,400 bytes too long"
    assert counted.state == "2,400 bytes too long"


def test_bluesky_over_both_limits_names_both() -> None:
    assert count_bluesky(FAMILY * 301).sentence() == (
        "Bluesky: 301 of 300 characters and 5,418 of 3,000 bytes: 1 character and 2,418 bytes too long"
    )


def test_bluesky_over_the_character_limit_only() -> None:
    sentence = count_bluesky("x" * 320).sentence()
    assert sentence == "Bluesky: 320 of 300 characters; 20 characters too long (320 of 3,000 bytes)"


@pytest.mark.parametrize(
    ("counted", "expected"),
    [
        (count_mastodon("x" * 501), "Mastodon: 501 of 500 characters; 1 character too long"),
        (count_mastodon("x" * 1200, limit=1000), "Mastodon: 1,200 of 1,000 characters; 200 characters too long"),
        (count_x("x" * 290), "X: 290 of 280 weighted characters; 10 weighted characters too long"),
        (
            count_linkedin("x" * 3001),
            "LinkedIn: 3,001 of 3,000 characters; 1 character too long (“…more” after character 210)",
        ),
        (count_mastodon("Hello"), "Mastodon: 5 of 500 characters; fits"),
        (count_bluesky("Hello"), "Bluesky: 5 of 300 characters; fits (5 of 3,000 bytes)"),
        (count_linkedin("Hello"), "LinkedIn: 5 of 3,000 characters; fits (all of it shows before “…more”)"),
    ],
)
def test_every_networks_verdict_is_one_plain_sentence(counted: object, expected: str) -> None:
    assert counted.sentence() == expected  # type: ignore[attr-defined]
    assert "is 0" not in expected and "over the" not in expected


@pytest.mark.parametrize("draft", ["", "   ", "\n\t \n", "\u200b\u200b", "\u3000", "\u2800", "\u202e"])
def test_a_blank_draft_never_fits(draft: str) -> None:
    for network in (Network.MASTODON, Network.BLUESKY, Network.X, Network.LINKEDIN):
        counted = count(network, draft)
        assert not counted.fits
        assert counted.state == "empty"
        assert "the draft is empty" in counted.sentence()


@pytest.mark.parametrize(
    "typed",
    [
        "mastodon.social",
        "https://mastodon.social/",
        "mastodon.social/",
        "@sam@mastodon.social",
        "sam@mastodon.social",
        "HTTPS://Mastodon.Social",
        "https://mastodon.social/@sam",
        "  mastodon.social  ",
        "mastodon.social.",
        "http://mastodon.social",
        "mastodon.social:443",
    ],
)
def test_an_instance_is_normalised_however_it_is_typed(typed: str) -> None:
    assert mastodon_base(typed) == "https://mastodon.social"
    assert share_url(Network.MASTODON, "a b", server=typed) == "https://mastodon.social/share?text=a%20b"


def test_an_instance_keeps_a_port_and_accepts_local_and_international_names() -> None:
    assert share_url(Network.MASTODON, "hi", server="mastodon.social:8443") == (
        "https://mastodon.social:8443/share?text=hi"
    )
    assert mastodon_base("localhost:3000") == "https://localhost:3000"
    assert mastodon_base("127.0.0.1:3000") == "https://127.0.0.1:3000"
    assert mastodon_base("Mastödon.Example") == "https://xn--mastdon-d1a.example"


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "   ",
        "not a host!!",
        "javascript:alert(1)",
        "data:text/html,hi",
        "ftp://mastodon.social",
        "mastodon",
        "a..b",
        "-bad.example",
        "mastodon.social:99999",
        "mastodon.social:0",
        "@sam@",
        "\x1b]0;pwned\x07.example",
    ],
)
def test_an_instance_that_names_no_server_is_one_sentence(garbage: str) -> None:
    with pytest.raises(InvalidInstance) as caught:
        share_url(Network.MASTODON, "hi", server=garbage)
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message and "\x1b" not in message
    assert isinstance(caught.value, ValueError)  # callers that catch ValueError keep working


def test_every_share_link_is_https_on_the_networks_own_host() -> None:
    for network in (Network.BLUESKY, Network.X, Network.LINKEDIN):
        parts = urlsplit(share_url(network, "x&y"))
        assert parts.scheme == "https" and parts.netloc in ("bsky.app", "x.com", "www.linkedin.com")
