"""Accessible posts: alt text where the network records it, emoji-heavy posts, one-case hashtags."""

from __future__ import annotations

import json
from dataclasses import replace

import checks
from advocacy.audit_runner import run_rules
from advocacy.domain.models import Media, Network
from advocacy.networks.bluesky.parse import parse_feed_item
from advocacy.networks.mastodon.parse import parse_status
from advocacy.networks.x.archive import parse_tweet
from advocacy.spelling.service import session_for
from advocacy.text_checks import with_text_checks
from checks.accessibility import check_alt_text, check_emoji_heavy
from tests.cassettes import FIXTURES
from tests.checks.profiles import post, with_posts

M, B, X = Network.MASTODON, Network.BLUESKY, Network.X


def test_a_recorded_bluesky_image_without_alt_text_is_flagged_with_the_fix() -> None:
    data = json.loads((FIXTURES / "bluesky/marshalx__thread_view_post_with_embed_media.json").read_text())
    parsed = parse_feed_item({"post": data["thread"]["post"]})
    assert parsed is not None and parsed.media == (Media("image", ""),)  # recorded with "alt": ""
    (finding,) = check_alt_text(with_posts(B, (replace(parsed, is_reply=False),)))
    assert finding.check == "accessibility.missing_alt" and finding.target == f"post:{parsed.id}"
    assert finding.message.startswith("The image in this post has no description")
    assert "+ALT" in finding.suggestion


def test_a_described_mastodon_image_passes_and_an_undescribed_one_does_not() -> None:
    status = json.loads((FIXTURES / "mastodon/tootsdk__post_with_emojis_and_attachments.json").read_text())
    described = parse_status(status, host="example.social")
    assert described is not None and described.media[0].alt  # the recorded description
    status["media_attachments"] = [{**status["media_attachments"][0], "description": None}] * 2
    undescribed = parse_status(status, host="example.social")
    assert undescribed is not None and [m.alt for m in undescribed.media] == ["", ""]
    plain = replace(described, is_reply=False, is_repost=False)
    assert check_alt_text(with_posts(M, (plain,))) == []
    (finding,) = check_alt_text(with_posts(M, (replace(undescribed, is_reply=False, is_repost=False),)))
    assert finding.message.startswith("2 of the 2 images in this post have no description")


def test_an_archive_that_does_not_record_alt_text_is_never_flagged() -> None:
    text = (FIXTURES / "x/alrocar__tweets.js").read_text(encoding="utf-8")
    records = json.loads(text[text.index("=") + 1 :])
    with_media = [r for r in records if r["tweet"].get("extended_entities")]
    assert with_media
    parsed = [parse_tweet(r, username="u", account_id="1") for r in with_media]
    posts = tuple(replace(p, is_reply=False, is_repost=False) for p in parsed if p is not None)
    assert posts and all(m.alt is None for p in posts for m in p.media)
    assert check_alt_text(with_posts(X, posts)) == []


def test_mostly_emoji_is_advice_and_a_few_emoji_are_fine() -> None:
    heavy = post(M, "🎉🎉🚀🚀🔥🔥 ship it")
    (finding,) = check_emoji_heavy(with_posts(M, (heavy,)))
    assert finding.check == "accessibility.emoji_heavy" and "6 of 12 characters" in finding.message
    assert check_emoji_heavy(with_posts(M, (post(M, "We shipped WidgetOS 5 today, thanks all 🎉🚀"),))) == []


def test_a_one_case_multi_word_hashtag_gets_its_camel_case() -> None:
    tagged = post(
        M, "Proud of our team #employeeadvocacy #Mastodon #python", hashtags=("employeeadvocacy", "Mastodon", "python")
    )
    found = [
        f
        for f in run_rules(with_text_checks(with_posts(M, (tagged,)), session_for), checks.default_rules())
        if f.check == "accessibility.hashtag_case"
    ]
    assert [(f.evidence, f.replacement) for f in found] == [("#employeeadvocacy", "#EmployeeAdvocacy")]


def test_a_draft_gets_the_same_hashtag_advice_as_a_published_post() -> None:
    from advocacy.spelling.hashtags import hashtag_issues

    text = "Proud of our team #employeeadvocacy #Mastodon #python"
    tagged = post(M, text, hashtags=("employeeadvocacy", "Mastodon", "python"))
    [finding] = [
        f
        for f in run_rules(with_text_checks(with_posts(M, (tagged,)), session_for), checks.default_rules())
        if f.check == "accessibility.hashtag_case"
    ]
    [issue] = hashtag_issues(text)
    assert issue.message == finding.message and issue.suggestions == (finding.replacement,)
    assert text[issue.start : issue.end] == finding.evidence
