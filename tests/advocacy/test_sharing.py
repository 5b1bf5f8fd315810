"""Drafts counted exactly as each network counts them; facets, tracking links, share links."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from advocacy.domain.models import Network
from advocacy.networks import counter_for
from advocacy.networks.bluesky.count import count_bluesky
from advocacy.networks.linkedin.count import count_linkedin, linkedin_fold
from advocacy.networks.mastodon.count import count_mastodon
from advocacy.networks.x.count import count_x
from advocacy.sharing.drafts import add_tracking, draft_for, near_copy
from advocacy.sharing.intents import share_url
from advocacy.sharing.richtext import bluesky_text_and_facets
from tests.test_cli import run_cli

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one grapheme, five code points, 18 UTF-8 bytes
THUMB = "\U0001f44d\U0001f3fd"  # thumbs up with a skin tone: one grapheme


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello", 5),
        ("https://example.com/a/very/long/path/that/goes/on?x=1", 23),  # every URL is 23
        ("see http://a.example and https://b.example", 4 + 23 + 5 + 23),
        ("@lee@other.example hi", 4 + 3),  # a remote mention counts as the local part
        (f"{FAMILY}{THUMB}", 2),  # grapheme clusters, not code points
        ("cafe\u0301", 4),  # e + combining accent is one character
    ],
)
def test_mastodon_counts(text: str, expected: int) -> None:
    assert count_mastodon(text).length == expected


def test_mastodon_uses_the_instances_limit() -> None:
    assert count_mastodon("x" * 600, limit=1000).fits
    assert not count_mastodon("x" * 600).fits  # default 500


def test_bluesky_graphemes_and_bytes() -> None:
    assert count_bluesky("Grüße " + FAMILY).length == 7
    assert count_bluesky("Grüße " + FAMILY).extra == "26 of 3,000 bytes"
    emoji_wall = FAMILY * 200  # 200 graphemes, but 3,600 bytes
    counted = count_bluesky(emoji_wall)
    assert counted.length == 200 and not counted.fits and counted.over_size == 600
    assert counted.sentence() == "Bluesky: 200 of 300 characters, but 3,600 of 3,000 bytes: 600 bytes too long"
    assert not count_bluesky("x" * 301).fits and count_bluesky("x" * 300).fits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is a test.", 15),
        ("http://test.com", 23),
        ("test.com", 23),  # a URL without a scheme counts as a URL too
        ("Test https://test.com test https://test.com test.com test", 86),
        ("H\U0001f431\u263a", 5),  # v3: Latin 1, emoji 2, U+263A (outside the light ranges) 2
        ("の" * 140, 280),
        (FAMILY, 2),  # an emoji sequence counts once
    ],
)
def test_x_weighted_length(text: str, expected: int) -> None:
    assert count_x(text).length == expected


def test_x_limit() -> None:
    assert count_x("の" * 140).fits and not count_x("の" * 141).fits


def test_linkedin_fold() -> None:
    assert linkedin_fold("one\ntwo\nthree\nfour") == len("one\ntwo\nthree")
    assert linkedin_fold("x" * 500) == 210
    assert count_linkedin("short").extra == "all of it shows before “…more”"
    assert not count_linkedin("x" * 3001).fits


def test_bluesky_facets_use_byte_offsets_and_keep_the_full_url() -> None:
    url = "https://acme.example/blog/2026/11/widgetos-5-is-here?ref=newsletter"
    visible, facets = bluesky_text_and_facets(f"Grüße {FAMILY} lies: {url} #AcmeWidgets #café")
    encoded = visible.encode("utf-8")
    link, tag, accented = facets
    assert link.kind == "link" and link.value == url  # the facet keeps the whole address
    assert encoded[link.byte_start : link.byte_end].decode() == "acme.example/blog/2026/11/wid…"  # 30 shown
    assert encoded[tag.byte_start : tag.byte_end].decode() == "#AcmeWidgets" and tag.value == "AcmeWidgets"
    assert encoded[accented.byte_start : accented.byte_end].decode() == "#café"
    assert link.as_record()["features"] == [{"$type": "app.bsky.richtext.facet#link", "uri": url}]


def test_tracking_keeps_existing_parameters_and_fragment() -> None:
    tracked = add_tracking(
        "https://acme.example/post?id=7&utm_source=old&lang=en#comments", network=Network.BLUESKY, campaign="launch"
    )
    parts = urlsplit(tracked)
    assert parts.fragment == "comments"
    assert dict(parse_qsl(parts.query)) == {
        "id": "7",
        "lang": "en",
        "utm_source": "bluesky",
        "utm_medium": "social",
        "utm_campaign": "launch",
    }


def test_drafts_fit_and_keep_link_and_disclosure() -> None:
    caption = "Our team spent a year rebuilding WidgetOS from the ground up, and " * 8
    draft = draft_for(
        Network.X,
        caption=caption,
        url="https://acme.example/w5",
        disclosure="#AcmeEmployee",
        count=counter_for(Network.X),
    )
    assert draft.fits and draft.length <= 280
    assert draft.text.endswith("\n\n#AcmeEmployee") and "utm_source=x" in draft.text  # a line of its own
    assert "…" in draft.text and draft.note == "The caption was shortened to fit."
    short = draft_for(
        Network.MASTODON,
        caption="New release!",
        url="https://acme.example/w5",
        disclosure=None,
        count=counter_for(Network.MASTODON, 500),
    )
    assert short.note == "" and short.text.startswith("New release!\nhttps://acme.example/w5?utm_source=mastodon")
    sky = draft_for(
        Network.BLUESKY,
        caption="New release!",
        url="https://acme.example/w5",
        disclosure="(I work at Acme)",
        count=counter_for(Network.BLUESKY),
    )
    facets = bluesky_text_and_facets(sky.text)[1]
    assert facets and facets[0].value.startswith("https://acme.example/w5?utm_source=bluesky")


def test_near_copy_detection() -> None:
    suggested = "WidgetOS 5 is out: faster builds and a new plugin API."
    assert near_copy("WidgetOS 5 is out: faster builds and a new plugin API!", suggested)
    assert not near_copy("I tried WidgetOS 5 on our monorepo: builds went from 9 to 4 minutes.", suggested)
    assert not near_copy("anything", "")


def test_share_links() -> None:
    assert (
        share_url(Network.MASTODON, "a b&c", server="social.example") == "https://social.example/share?text=a%20b%26c"
    )
    assert share_url(Network.BLUESKY, "#x").endswith("compose?text=%23x")
    with pytest.raises(ValueError):
        share_url(Network.MASTODON, "x")


def test_compose_command(advocacy_home: Path) -> None:
    fits = run_cli(
        "compose",
        "--network",
        "mastodon",
        "--instance",
        "social.example",
        "Hello @lee@other.example",
        home=advocacy_home,
    )
    assert fits.returncode == 0
    assert fits.stdout.splitlines() == [
        "Mastodon: 10 of 500 characters; fits",
        "Share link: https://social.example/share?text=Hello%20%40lee%40other.example",
    ]
    too_long = run_cli("compose", "--network", "x", "の" * 141, home=advocacy_home)
    assert (
        too_long.returncode == 1 and "282 of 280 weighted characters; 2 weighted characters too long" in too_long.stdout
    )
    bad = run_cli("compose", "--network", "myspace", "hi", home=advocacy_home)
    assert bad.returncode == 2


def test_words_in_addresses_are_not_topics() -> None:
    from advocacy.sharing.ranking import words

    found = words("Notes on accessibility: https://github.com/acme/widgets and sam.example/blog/screenreaders")
    assert "accessibility" in found
    assert not {"github", "widgets", "example", "blog", "screenreaders"} & set(found)


@pytest.mark.parametrize(
    ("url", "ours"),
    [
        ("https://acme.example/blog/post", True),
        ("https://blog.acme.example/post?x=1", True),
        ("http://ACME.example:8080/", True),
        ("https://notacme.example/post", False),
        ("https://acme.example.evil.test/", False),
        ("https://bsky.app/profile/acme.example/post/3k", False),
        ("https://news.test/about?ref=acme.example", False),
    ],
)
def test_only_the_companys_own_sites_get_tracking_tags(url: str, ours: bool) -> None:
    """Another site ignores utm tags (or reads them as noise): a post, an article, a partner's page keep
    their address as the company shared it."""
    from advocacy.domain.addresses import on_domains
    from advocacy.domain.profile import Company, ProfileConfig
    from advocacy.sharing.content import ContentItem
    from advocacy.sharing.suggest import suggest

    assert on_domains(url, ["acme.example"]) is ours
    config = ProfileConfig(company=Company(name="Acme", domains=("acme.example",)))
    item = ContentItem(id=url, title="News", url=url, source="Acme blog")
    drafts = suggest(config, [item], latest=None, shared=set(), now=datetime.now(UTC))[0].drafts
    assert ("utm_source=mastodon" in drafts[Network.MASTODON].text) is ours
