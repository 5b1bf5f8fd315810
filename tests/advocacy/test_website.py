"""Website and blog: recorded pages and feeds, and the real fetch code against a loopback site."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from advocacy.domain.models import AccountRef, Network
from advocacy.errors import FetchError, MalformedResponse
from advocacy.http_session import HttpClient
from advocacy.networks.website import source as website
from advocacy.networks.website.page import parse_page
from advocacy.sources.base import FetchContext, Fetched, FetchLimits
from advocacy.sources.feeds import parse_feed
from tests.cassettes import FIXTURES

NOW = datetime(2026, 11, 22, tzinfo=UTC)
SITE = FIXTURES / "website"


def _raw_http_body(name: str) -> str:
    return (SITE / name).read_text(encoding="utf-8").split("\n\n", 1)[1]


def test_feed_autodiscovery_on_a_recorded_page() -> None:
    facts = parse_page(_raw_http_body("xray__html-with-json-and-atom.http"), base_url="https://feed.example.com/")
    assert facts.feeds == ("https://feed.example.com/atom", "https://feed.example.com/jsonfeed")
    assert facts.name == "Test" and not facts.noindex


def test_rel_me_links() -> None:
    facts = parse_page((SITE / "mftests__rel_xfn-elsewhere.html").read_text(), base_url="https://x.example/")
    assert len(facts.rel_me) == 8 and facts.rel_me[0] == "http://twitter.com/glennjones"


def test_h_card_implied_name_from_an_image() -> None:
    facts = parse_page((SITE / "mftests__h-card_impliedname.html").read_text(), base_url="https://x.example/")
    assert facts.name == "Jane Doe"


def test_opengraph_fallback() -> None:
    facts = parse_page(
        (SITE / "extruct__opengraph_test.html").read_text(encoding="cp1252"), base_url="https://e.example/"
    )
    assert facts.name == "Himanshu's Open Graph Protocol"
    assert facts.bio.startswith("Event Education provides free courses")
    assert facts.photo == "https://www.eventeducation.com/images/982336_wedding_dayandouan_th.jpg"


def test_json_ld_person_in_a_graph_and_robots() -> None:
    html = """<html><head><meta name="robots" content="noindex, follow">
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Site"},
      {"@type": "Person", "name": "Ada Example", "jobTitle": "Engineer", "worksFor": {"@type": "Organization",
       "name": "Acme"}, "description": "I build things.", "sameAs": ["https://social.example/@ada"]}]}</script>
    <script type="application/ld+json">{ broken json </script></head><body></body></html>"""
    facts = parse_page(html, base_url="https://ada.example/")
    assert (facts.name, facts.job_title, facts.employer, facts.bio) == (
        "Ada Example",
        "Engineer",
        "Acme",
        "I build things.",
    )
    assert facts.same_as == ("https://social.example/@ada",)
    assert facts.noindex
    assert parse_page("<html></html>", base_url="https://a/", robots_header="noindex").noindex


@pytest.mark.parametrize(
    ("name", "count", "first_title"),
    [
        ("feedrs__rss_2.0_ghost_2.xml", None, None),
        ("feedrs__atom_example_3_akamai.xml", None, None),
        ("feedrs__jsonfeed_example_1_daringfireball.json", None, "How Jeff Bezos’s iPhone X Was Hacked"),
    ],
)
def test_recorded_feeds_parse(name: str, count: int | None, first_title: str | None) -> None:
    feed = parse_feed((SITE / name).read_bytes(), where="the feed")
    assert feed.entries, name
    assert all(entry.title or entry.text for entry in feed.entries)
    assert any(entry.published is not None for entry in feed.entries)
    if first_title:
        assert feed.entries[0].title == first_title


def test_broken_feeds_are_clear_errors() -> None:
    with pytest.raises(MalformedResponse, match="not a readable RSS or Atom feed"):
        parse_feed(b"<html><body>Not a feed</body></html>", where="the feed")
    with pytest.raises(MalformedResponse, match="damaged or cut short"):
        parse_feed(b'{"version": ', where="the feed")
    with pytest.raises(MalformedResponse, match="is not a feed"):
        parse_feed(b'{"hello": "world"}', where="the feed")


def _serve_site(server: HTTPServer, *, feed_body: bytes | None = None) -> str:
    page = _raw_http_body("xray__html-with-json-and-atom.http").replace(
        "<title>Test</title>", '<title>Test</title><link rel="me" href="https://social.example/@ada">'
    )
    server.expect_request("/").respond_with_data(page, content_type="text/html; charset=utf-8")
    atom = feed_body if feed_body is not None else (SITE / "feedrs__atom_example_3_akamai.xml").read_bytes()
    server.expect_request("/atom").respond_with_data(atom, content_type="application/atom+xml")
    return server.url_for("/")


def _fetch(url: str) -> Fetched:
    context = FetchContext(limits=FetchLimits(max_posts=100, max_age_days=36500), now=NOW)
    return website.fetch(HttpClient(), AccountRef(Network.WEBSITE, url), context)


def test_fetches_page_and_feed(httpserver: HTTPServer) -> None:
    fetched = _fetch(_serve_site(httpserver))
    profile = fetched.profile
    assert profile.network is Network.WEBSITE
    assert [(k.label, k.url) for k in profile.links] == [("rel=me", "https://social.example/@ada")]
    assert profile.visibility.indexable is True
    assert fetched.posts and profile.last_post_at == fetched.posts[0].created_at
    assert all(p.network is Network.WEBSITE and p.url for p in fetched.posts)


def test_a_broken_feed_keeps_the_page(httpserver: HTTPServer) -> None:
    fetched = _fetch(_serve_site(httpserver, feed_body=b"<oops"))
    assert fetched.profile.display_name == "Test" and fetched.posts == ()


def test_not_a_web_page(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/").respond_with_data(b"\x89PNG", content_type="image/png")
    with pytest.raises(FetchError, match="sent image/png where a web page was expected"):
        _fetch(httpserver.url_for("/"))


SHARED_SITE = Path(__file__).resolve().parents[1] / "fixtures" / "website"


def test_undated_feed_items_are_counted(httpserver: HTTPServer) -> None:
    """JSON Feed 1.1 with RFC 822 dates (read) and one item without any date (counted)."""
    page = '<html><head><link rel="alternate" type="application/feed+json" href="/feed.json"></head></html>'
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    body = (SHARED_SITE / "feedrs__jsonfeed_elastic_1.1.json").read_bytes()
    httpserver.expect_request("/feed.json").respond_with_data(body, content_type="application/feed+json")
    fetched = _fetch(httpserver.url_for("/"))
    assert len(fetched.posts) == 2
    assert fetched.posts[0].created_at == datetime(2019, 5, 31, 19, 17, 58, tzinfo=UTC)
    assert [s.sentence() for s in fetched.skipped] == ["1 of 3 feed items had no date we could read."]


def test_a_broken_feed_is_said_and_the_next_feed_is_tried(httpserver: HTTPServer) -> None:
    page = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="/broken">'
        '<link rel="alternate" type="application/atom+xml" href="/atom"></head></html>'
    )
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/broken").respond_with_data(b"<oops", content_type="application/rss+xml")
    httpserver.expect_request("/atom").respond_with_data(
        (SITE / "feedrs__atom_example_3_akamai.xml").read_bytes(), content_type="application/atom+xml"
    )
    fetched = _fetch(httpserver.url_for("/"))
    assert len(fetched.posts) == 1 and fetched.skipped == ()
    only_broken = _fetch_with(
        httpserver, "/only-broken", '<link rel="alternate" type="application/rss+xml" href="/broken">'
    )
    assert only_broken.posts == ()
    assert [s.sentence() for s in only_broken.skipped] == [
        f"1 feed could not be read: the feed at {httpserver.host}:{httpserver.port} is not a readable RSS or Atom feed."
    ]


def _fetch_with(server: HTTPServer, path: str, head: str) -> Fetched:
    server.expect_request(path).respond_with_data(f"<html><head>{head}</head></html>", content_type="text/html")
    return _fetch(server.url_for(path))


def test_an_address_that_is_itself_a_feed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed").respond_with_data(
        b"\n" + (SITE / "feedrs__rss_2.0_ghost_2.xml").read_bytes(), content_type="application/rss+xml"
    )
    fetched = _fetch(httpserver.url_for("/feed"))
    assert fetched.profile.display_name == "Changelog"
    assert [p.url for p in fetched.posts] == ["https://ghost.org/changelog/email-without-publishing/"]


def test_a_page_without_a_feed_gives_its_h_entries(httpserver: HTTPServer) -> None:
    page = """<html><body class="h-feed">
      <article class="h-entry"><a class="u-url" href="/notes/1">#</a>
        <time class="dt-published" datetime="2024-03-14T09:12:00+01:00">14 March</time>
        <div class="e-content">Hello <a href="https://a.example/">there</a></div></article>
      <article class="h-entry"><a class="u-url" href="/notes/2">#</a>
        <time class="dt-published">sometime</time><div class="e-content">Undated</div></article>
    </body></html>"""
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    fetched = _fetch(httpserver.url_for("/"))
    assert [(p.url, p.text, p.links) for p in fetched.posts] == [
        (httpserver.url_for("/notes/1"), "Hello there", ("https://a.example/",))
    ]
    assert fetched.posts[0].created_at == datetime(2024, 3, 14, 8, 12, tzinfo=UTC)
    assert [s.sentence() for s in fetched.skipped] == ["1 of 2 feed items had no date we could read."]


def test_feeds_with_a_bom_a_blank_line_or_latin_1() -> None:
    atom = (SITE / "feedrs__atom_example_3_akamai.xml").read_bytes()
    assert len(parse_feed(b"\xef\xbb\xbf\n\n" + atom, where="f").entries) == 1
    daring = (SITE / "feedrs__jsonfeed_example_1_daringfireball.json").read_bytes()
    assert (
        len(parse_feed(b"\xef\xbb\xbf" + daring.replace(b"https://jsonfeed", b"http://jsonfeed"), where="f").entries)
        == 2
    )
    rss = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\xe9</title>'
        "<item><title>\xc4rger</title><pubDate>14 Mar 2018 09:12 GMT</pubDate></item>"
        "<item><title>Undated</title></item></channel></rss>"
    )
    feed = parse_feed(rss.encode("latin-1"), where="f")
    assert [(e.title, e.published) for e in feed.entries] == [
        ("Ärger", datetime(2018, 3, 14, 9, 12, tzinfo=UTC)),
        ("Undated", None),
    ]


def test_a_feed_that_breaks_off_is_read_as_far_as_it_goes_and_says_so(httpserver: HTTPServer) -> None:
    from advocacy.domain.models import AccountRef, Network
    from advocacy.http_session import HttpClient
    from advocacy.networks.website import source as website
    from advocacy.sources.base import FetchContext, FetchLimits

    body = (SHARED_SITE / "feedrs__rss_2.0_ghost_2.xml").read_bytes()
    httpserver.expect_request("/feed.xml").respond_with_data(
        body[: len(body) * 2 // 3], content_type="application/rss+xml"
    )
    context = FetchContext(limits=FetchLimits(max_age_days=100_000))
    fetched = website.fetch(HttpClient(), AccountRef(Network.WEBSITE, httpserver.url_for("/feed.xml")), context)
    assert len(fetched.posts) == 1
    (record,) = [r for r in fetched.skipped if r.what == "feed"]
    assert record.sentence() == "1 feed breaks off or is damaged after 1 entry; any entries after that were not read."


def test_an_entry_repeated_in_the_feed_is_read_once_and_the_repeat_counted(httpserver: HTTPServer) -> None:
    page = '<html><head><link rel="alternate" type="application/feed+json" href="/feed.json"></head></html>'
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    item = {
        "id": "1",
        "url": "https://site.example/a",
        "content_text": "Hello",
        "date_published": "2024-01-02T10:00:00Z",
    }
    other = {**item, "id": "2", "url": "https://site.example/b"}
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [item, other, item]}
    httpserver.expect_request("/feed.json").respond_with_json(feed, content_type="application/feed+json")
    fetched = _fetch(httpserver.url_for("/"))
    assert [p.id for p in fetched.posts] == ["1", "2"]
    assert [s.sentence() for s in fetched.skipped] == ["1 of 3 feed items repeated the id of an entry already read."]
