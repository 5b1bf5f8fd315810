"""What works for you: stated only when the posts support it, with the numbers, and never scored."""

from __future__ import annotations

from datetime import timedelta

from advocacy.domain.models import Engagement, Network, Post
from checks.rhythm import MIN_GROUP, check_what_works
from checks.scoring import score_card
from tests.checks.profiles import NOW, with_posts

M = Network.MASTODON


def _post(index: int, *, likes: int, link: bool = False, weekday_offset: int = 0, company: bool = False) -> Post:
    # Posts every day at 10:00 UTC; weekday_offset moves one to another day of the same week.
    created = (NOW - timedelta(days=index + weekday_offset)).replace(hour=10)
    text = "Shipped the WidgetOS release at Acme today" if company else f"Notes on API design, part {index}"
    return Post(
        network=M,
        id=str(index),
        url=f"https://social.example/@sam/{index}",
        created_at=created,
        text=text,
        links=("https://sam.example/blog/post",) if link else (),
        engagement=Engagement(likes=likes, reposts=0, replies=0, quotes=None),
    )


def test_links_that_work_are_said_with_the_numbers() -> None:
    feed = tuple(_post(i, likes=20, link=True) for i in range(12)) + tuple(_post(100 + i, likes=5) for i in range(12))
    (finding,) = [f for f in check_what_works(with_posts(M, feed)) if f.check == "rhythm.links"]
    assert finding.message == "On Mastodon, posts with a link get 4.0× the interactions of posts without one."
    assert finding.evidence == (
        "Median interactions: posts with a link 20, posts without one 5 (12 posts with a link, 12 posts without one)."
    )
    assert score_card([finding], [M]).overall == 100  # advice, not a fault


def test_a_small_difference_or_a_small_group_is_not_a_finding() -> None:
    close = tuple(_post(i, likes=10, link=True) for i in range(12)) + tuple(_post(100 + i, likes=8) for i in range(12))
    assert not [f for f in check_what_works(with_posts(M, close)) if f.check == "rhythm.links"]
    few = tuple(_post(i, likes=50, link=True) for i in range(MIN_GROUP - 1)) + tuple(
        _post(100 + i, likes=1) for i in range(30)
    )
    assert not [f for f in check_what_works(with_posts(M, few)) if f.check == "rhythm.links"]


def test_too_few_posts_says_not_enough_data_and_nothing_else() -> None:
    feed = tuple(_post(i, likes=100 * (i % 2), link=bool(i % 2)) for i in range(7))
    found = check_what_works(with_posts(M, feed))
    assert [f.check for f in found] == ["rhythm.not_enough_data"]
    assert found[0].evidence == "7 original posts with engagement figures so far."


def test_posts_without_figures_are_never_counted_as_zero() -> None:
    feed = tuple(
        Post(M, str(i), f"https://x/{i}", NOW - timedelta(days=i), "hello", links=("https://a",) if i % 2 else ())
        for i in range(40)
    )  # no engagement at all: a network that gives none
    assert check_what_works(with_posts(M, feed)) == []


def test_the_best_weekday_stands_out_only_when_the_best_posts_cluster() -> None:
    # 42 days of posts; the well-liked ones are the six Tuesdays.
    feed = tuple(_post(i, likes=40 if (NOW - timedelta(days=i)).weekday() == 1 else 4) for i in range(42))
    (finding,) = [f for f in check_what_works(with_posts(M, feed)) if f.check == "rhythm.best_time"]
    assert finding.message == "Your best Mastodon posts tend to go out on Tuesdays."
    assert finding.evidence.startswith("6 of your 10 best Mastodon posts went out on Tuesdays")
    # Four good Tuesdays in four weeks could be chance: no day is named from so few.
    few = feed[:28]
    assert not [f for f in check_what_works(with_posts(M, few)) if f.check == "rhythm.best_time"]
    flat = tuple(_post(i, likes=10) for i in range(28))
    assert not [f for f in check_what_works(with_posts(M, flat)) if f.check == "rhythm.best_time"]
