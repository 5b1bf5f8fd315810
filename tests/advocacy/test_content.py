"""Company content: the library file, gathering from feeds and the company's account, and ranking."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from advocacy.domain.models import Network, Post, Profile
from advocacy.domain.profile import Company, CompanyAccounts, Endpoints, Feed, ProfileConfig
from advocacy.errors import InvalidProfileFile
from advocacy.http_session import HttpClient
from advocacy.sharing.content import ContentItem, gather, parse_library
from advocacy.sharing.ranking import Interests, rank
from tests import mastodon_server
from tests.cassettes import FIXTURES
from tests.test_cli import run_cli

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
LIBRARY = b"""
[[items]]
id = "widgetos-5"
title = "WidgetOS 5 is out"
url = "https://acme.example/blog/widgetos-5"
tags = ["release"]
published = 2026-11-18
expires = 2026-12-31
[items.captions]
mastodon = "WidgetOS 5 is out: builds twice as fast."

[[items]]
title = "Old webinar"
url = "https://acme.example/webinar"
expires = 2026-01-31
"""


def test_library_in_toml_and_json() -> None:
    items = parse_library(LIBRARY, where="library.toml")
    assert [i.id for i in items] == ["widgetos-5", "https://acme.example/webinar"]
    assert items[0].captions["mastodon"].startswith("WidgetOS 5 is out") and items[0].expires == date(2026, 12, 31)
    as_json = json.dumps(
        {"items": [{"title": "A", "url": "https://a.example", "tags": ["x"], "expires": "2027-01-01"}]}
    )
    assert parse_library(as_json.encode(), where="lib.json")[0].expires == date(2027, 1, 1)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"[[items]]\ntitle = 'no url'\n", "item 1 needs at least a title and a url."),
        (b"{broken", "cannot be read as a list of company posts"),
        (b"title = 'x'\n", "has no list of items"),
        (b"[[items]]\ntitle = 'a'\nurl = 'https://a'\nexpires = 'soon'\n", "is not a date like 2026-12-31."),
    ],
)
def test_library_errors_are_one_sentence(data: bytes, problem: str) -> None:
    with pytest.raises(InvalidProfileFile, match=problem.replace("(", r"\(").replace(")", r"\)")):
        parse_library(data, where="lib.toml")


def _item(title: str, *, days_old: int, tags: tuple[str, ...] = (), **changes: object) -> ContentItem:
    item = ContentItem(
        id=title,
        title=title,
        url=f"https://acme.example/{title.replace(' ', '-')}",
        tags=tags,
        published=NOW - timedelta(days=days_old),
        source="Acme blog",
    )
    return replace(item, **changes)  # type: ignore[arg-type]


def _interests() -> Interests:
    profile = Profile(
        network=Network.MASTODON,
        handle="@sam@x",
        bio="Developer advocate. API design and docs.",
        skills=("Accessibility",),
    )
    posts = [
        Post(network=Network.MASTODON, id=str(i), url="", created_at=NOW, text=text, hashtags=tags)
        for i, (text, tags) in enumerate(
            [
                ("Notes from the accessibility meetup", ("a11y",)),
                ("Keyboard focus order matters", ()),
                ("Great API docs answer three questions", ()),
            ]
        )
    ]
    return Interests.of([profile], posts)


def test_ranking_fresh_relevant_unshared_unexpired_varied() -> None:
    items = [
        _item("Quarterly results", days_old=1, tags=("finance",)),
        _item("Accessible dashboards", days_old=6, tags=("accessibility",)),
        _item("Accessibility checklist", days_old=7, tags=("accessibility",)),
        _item("Accessibility audit tools", days_old=8, tags=("accessibility",)),
        _item("API docs template", days_old=3, tags=("docs",)),
        _item("Old news", days_old=120),
        _item("Expired promo", days_old=2, expires=date(2026, 11, 1)),
        _item("Already shared", days_old=1),
    ]
    ranked = rank(items, interests=_interests(), shared={"Already shared"}, now=NOW, limit=6)
    titles = [r.item.title for r in ranked]
    assert "Expired promo" not in titles and "Already shared" not in titles
    assert titles.index("API docs template") < titles.index("Old news")
    first_accessibility = next(r for r in ranked if r.item.title == "Accessible dashboards")
    assert first_accessibility.reason == "matches your skills in accessibility"
    # Variety: three accessibility items do not take the top three places.
    assert (
        titles[:3].count("Accessible dashboards")
        + titles[:3].count("Accessibility checklist")
        + titles[:3].count("Accessibility audit tools")
        < 3
    )
    assert next(r for r in ranked if r.item.title == "Quarterly results").reason.startswith("fresh from Acme blog")
    # Nothing years old is called fresh, even when it is the only thing there is to share.
    (old,) = rank([_item("Archive", days_old=5 * 365 + 2)], interests=_interests(), shared=set(), now=NOW)
    assert old.reason.startswith("older from") and "5 years old" in old.reason


def test_gather_reads_feeds_the_company_account_and_a_library(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/feed.xml").respond_with_data(
        (FIXTURES / "website/feedrs__rss_2.0_ghost_2.xml").read_bytes(), content_type="application/rss+xml"
    )
    httpserver.expect_request("/broken.xml").respond_with_data("nope", status=500)
    loopback = mastodon_server.install(httpserver)
    library = tmp_path / "library.toml"
    library.write_bytes(LIBRARY)
    company = Company(
        name="Acme",
        feeds=(
            Feed(httpserver.url_for("/feed.xml"), "Ghost changelog"),
            Feed(httpserver.url_for("/broken.xml"), "Broken"),
        ),
        accounts=CompanyAccounts(mastodon=loopback.handle),
    )
    gathered = gather(
        company,
        client=HttpClient(),
        library=str(library),
        now=mastodon_server.RECORDED_NOW,
        endpoints=Endpoints(mastodon=loopback.base_url),
    )
    sources = {item.source for item in gathered.items}
    assert sources == {"Ghost changelog", "Acme on Mastodon", "library"}
    assert len(gathered.problems) == 1 and "had a problem on its side" in gathered.problems[0]
    assert gathered.problems[0].startswith("The company feed Broken could not be read: ")  # names the source
    assert gathered.sources == 4  # two feeds, the company's Mastodon account, the library


def test_suggest_command_on_the_sample(advocacy_home: Path) -> None:
    assert run_cli("audit", "--sample", home=advocacy_home).returncode == 0
    result = run_cli("suggest", "--sample", "--format", "json", "--limit", "3", home=advocacy_home)
    assert result.returncode == 0, result.stderr
    suggestions = json.loads(result.stdout)
    assert len(suggestions) == 3
    first = suggestions[0]
    assert first["reason"].startswith("matches your") and first["source"]
    draft = first["drafts"]["mastodon"]
    assert draft["fits"] and "utm_source=mastodon" in draft["text"] and draft["text"].endswith("I work at Acme")
    assert draft["share_link"].startswith("https://social.example/share?text=")


def test_an_everyday_word_is_never_the_topic_of_a_match() -> None:
    """Both the person and the item say "built": that is no shared topic ("matches your posts about
    built"). A rare word they share is; an everyday word counts when it is the item's own tag."""
    from advocacy.sharing.suggest import common_word

    now = datetime(2026, 11, 20, tzinfo=UTC)
    common = common_word(ProfileConfig())
    assert common("built") and common("using") and not common("accessibility") and not common("kubernetes")
    posts = [
        Post(network=Network.MASTODON, id=str(n), url="", created_at=now, text=text)
        for n, text in enumerate(["We built it over a weekend", "I built a tool", "Kubernetes notes, built slowly"])
    ]
    interests = Interests.of((), posts, common)
    plain = ContentItem(id="a", title="How we built our release train", url="https://acme.example/a")
    assert interests.match(plain) == (0.0, "")
    rare = ContentItem(id="b", title="We built a Kubernetes operator", url="https://acme.example/b")
    relevance, reason = interests.match(rare)
    assert relevance > 0 and reason == "matches your posts about kubernetes"
    tagged = ContentItem(id="c", title="What we built", url="https://acme.example/c", tags=("built",))
    assert interests.match(tagged)[1] == "matches your posts about built"


def test_a_tracked_link_is_explained_once_in_words() -> None:
    from advocacy.workspace import tracking_note

    note = tracking_note("Read this https://acme.example/a?id=3&utm_source=mastodon&utm_medium=social")
    assert note is not None and "tracking tags" in note and "works the same without them" in note
    assert tracking_note("Read this https://acme.example/a?id=3") is None
    assert tracking_note("utm_source is a word here, not in a link") is None


def test_suggestions_never_say_nothing_new_for_a_source_that_was_not_read() -> None:
    from advocacy.sharing.suggest import Suggestions

    assert Suggestions(()).summary() == "Nothing new to share right now."
    problem = "The company feed Drip could not be read: it did not answer."
    unread = Suggestions((), (problem,), sources=2)
    assert unread.summary() == (
        "Nothing new from the sources that could be read; 1 of your company's 2 sources could not be read, "
        "so there may be more."
    )
    assert Suggestions((), (problem,), sources=1).summary() == (
        "Nothing can be suggested: your company's source could not be read."
    )
    assert Suggestions((), (problem, problem), sources=2).summary() == (
        "Nothing can be suggested: none of your company's 2 sources could be read."
    )


def test_the_suggest_command_says_which_company_source_was_not_read(
    httpserver: HTTPServer, advocacy_home: Path
) -> None:
    httpserver.expect_request("/feed.xml").respond_with_data("nope", status=500)
    advocacy_home.mkdir(parents=True, exist_ok=True)
    profile = advocacy_home / "profile.toml"
    profile.write_text(
        f'[me]\nname = "Sam"\n\n[company]\nname = "Acme"\n\n'
        f'[[company.feeds]]\nurl = "{httpserver.url_for("/feed.xml")}"\nname = "Acme news"\n',
        encoding="utf-8",
    )
    result = run_cli("suggest", "--profile", str(profile), home=advocacy_home)
    assert result.returncode == 1
    assert "Nothing can be suggested: your company's source could not be read." in result.stdout
    assert "Nothing new" not in result.stdout
    assert "The company feed Acme news could not be read" in result.stderr
