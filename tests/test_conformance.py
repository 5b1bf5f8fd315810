"""The networks' own conformance suites, run as they are (tests/fixtures/conformance, provenance in
its README): twitter-text's counting tests against the X counter, and the AT Protocol's handle
syntax vectors against the Bluesky handle check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from twitter_text import parse_tweet
from twitter_text.config import config as twitter_configs

from advocacy.domain.handles import BadHandle, bluesky_handle, is_bluesky_handle
from advocacy.domain.x_syntax import is_hashtag, is_x_list, is_x_url, is_x_username
from advocacy.networks.x.count import X_LIMIT, count_x

SUITES = Path(__file__).parent / "fixtures" / "conformance"
VALIDATE = yaml.safe_load((SUITES / "twittertext__validate.yml").read_text(encoding="utf-8"))["tests"]
# The counting groups and the configuration each was written for. X counts with version 3 today;
# version 2 (emoji by code point) is run against the same engine, with its configuration.
COUNTING = {
    "WeightedTweetsWithDiscountedEmojiCounterTest": "version3",
    "UnicodeDirectionalMarkerCounterTest": "version3",
    "WeightedTweetsCounterTest": "version2",
}


def _cases(group: str) -> list[Any]:
    return [pytest.param(case, id=case["description"][:60]) for case in VALIDATE[group]]


@pytest.mark.parametrize("case", _cases("WeightedTweetsWithDiscountedEmojiCounterTest"))
def test_x_counts_every_twitter_text_case_as_x_does(case: dict[str, Any]) -> None:
    counted = count_x(case["text"])
    assert counted.length == case["expected"]["weightedLength"]
    assert counted.limit == X_LIMIT
    assert counted.fits == case["expected"]["valid"]


@pytest.mark.parametrize("case", _cases("UnicodeDirectionalMarkerCounterTest"))
def test_x_judges_directional_and_invalid_characters_as_twitter_text_does(case: dict[str, Any]) -> None:
    counted = count_x(case["text"])
    assert counted.length == case["expected"]["weightedLength"]
    assert counted.fits == case["expected"]["valid"]


@pytest.mark.parametrize("case", _cases("WeightedTweetsCounterTest"))
def test_the_counting_engine_passes_the_version_2_suite_too(case: dict[str, Any]) -> None:
    parsed = parse_tweet(case["text"], options={**twitter_configs["version2"], "emoji_parsing_enabled": False})
    expected = case["expected"]
    assert (parsed.weightedLength, parsed.valid, parsed.permillage) == (
        expected["weightedLength"],
        expected["valid"],
        expected["permillage"],
    )
    assert (parsed.validRangeStart, parsed.validRangeEnd) == (expected["validRangeStart"], expected["validRangeEnd"])


@pytest.mark.parametrize("case", _cases("tweets"))
def test_the_counting_engine_passes_the_version_1_validity_suite(case: dict[str, Any]) -> None:
    version1 = {**twitter_configs["version1"], "emoji_parsing_enabled": False}
    assert parse_tweet(case["text"], options=version1).valid == case["expected"]


def _vectors(name: str) -> list[str]:
    lines = (SUITES / name).read_text(encoding="utf-8").split("\n")
    # Lines starting with "#" are comments; blank lines separate groups. Spaces are part of a vector.
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("handle", _vectors("atproto__handle_syntax_valid.txt"))
def test_every_valid_at_protocol_handle_is_accepted(handle: str) -> None:
    assert is_bluesky_handle(handle)
    assert bluesky_handle(handle).value == handle.lower()


@pytest.mark.parametrize("handle", _vectors("atproto__handle_syntax_invalid.txt"))
def test_every_invalid_at_protocol_handle_is_refused(handle: str) -> None:
    assert not is_bluesky_handle(handle)
    if handle == handle.strip() and not handle.startswith(("@", "did:")):
        with pytest.raises(BadHandle):
            bluesky_handle(handle)


def test_a_handle_ending_in_a_dot_is_refused_with_a_reason() -> None:
    with pytest.raises(BadHandle, match="does not end with a dot"):
        bluesky_handle("you.bsky.social.")


# twitter-text's validator groups: usernames, lists, hashtags and links, as X's own library judges them.
@pytest.mark.parametrize("case", _cases("usernames"))
def test_every_twitter_text_username_case(case: dict[str, Any]) -> None:
    assert is_x_username(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("lists"))
def test_every_twitter_text_list_case(case: dict[str, Any]) -> None:
    assert is_x_list(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("hashtags"))
def test_every_twitter_text_hashtag_case(case: dict[str, Any]) -> None:
    assert is_hashtag(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("urls"))
def test_every_twitter_text_url_case(case: dict[str, Any]) -> None:
    assert is_x_url(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("urls_without_protocol"))
def test_every_twitter_text_url_without_a_scheme_case(case: dict[str, Any]) -> None:
    assert is_x_url(case["text"], require_scheme=False) is case["expected"]


def test_every_group_of_the_validate_suite_is_run() -> None:
    run = set(COUNTING) | {"tweets", "usernames", "lists", "hashtags", "urls", "urls_without_protocol"}
    assert set(VALIDATE) == run, f"groups in the suite that no test runs: {sorted(set(VALIDATE) - run)}"
