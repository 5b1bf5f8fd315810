"""The person's vocabulary is learned from their own public data and never flagged; a slip they
make now and then is still a slip."""

from __future__ import annotations

from dataclasses import replace

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Link, Network
from advocacy.spelling.lexicon import load
from advocacy.spelling.vocabulary import vocabulary
from tests.checks.profiles import CONFIG, NOW, PROFILES, outcome, post

M, G = Network.MASTODON, Network.GITHUB


def _audit(*texts: str, bio: str = "", links: tuple[Link, ...] = (), github: tuple[str, ...] = ()) -> AuditInput:
    mastodon = outcome(
        replace(PROFILES[M], bio=bio, links=links),
        tuple(replace(post(M, text, days_ago=i + 1), id=f"m{i}") for i, text in enumerate(texts)),
    )
    code = outcome(
        PROFILES[G],
        tuple(
            replace(post(G, "Pushed 2 commits", days_ago=i + 1), id=f"g{i}", url=f"https://github.com/{repo}")
            for i, repo in enumerate(github)
        ),
    )
    return AuditInput(config=CONFIG, outcomes=(mastodon, code), now=NOW)


def test_a_word_written_twice_is_theirs_and_once_is_not_yet() -> None:
    learned = vocabulary(
        _audit("New tidyverse release", "tidyverse tips", "a ggplotz chart", "the blorbix team", "ok"),
        load("en"),
    )
    assert "tidyverse" in learned and "ggplotz" not in learned and "blorbix" not in learned


def test_a_word_repeated_in_one_post_is_theirs() -> None:
    learned = vocabulary(_audit("Quobbling is fun; I quobble daily and quobbling helps", "ok"), load("en"))
    assert "quobbling" in learned and "quobble" not in learned


def test_a_slip_beside_the_word_they_usually_write_is_not_learned() -> None:
    texts = ("I recieve mail", "you recieve it", "we recieve", "did you receive it")
    assert "recieve" not in vocabulary(_audit(*texts), load("en"))


def test_hashtags_repositories_profile_fields_and_names_in_the_bio_are_theirs() -> None:
    audit = _audit(
        "Talk today",
        bio="Maintainer of Blorptastic, a fast documentaion parser.",
        links=(Link("https://x.example", label="Keyoxide"),),
        github=("sam/gloop-kit", "sam/frobnicator.git"),
    )
    mastodon = audit.outcomes[0]
    tagged = replace(mastodon.posts[0], hashtags=("rstats", "OpenSourceFriday"))
    audit = replace(audit, outcomes=(replace(mastodon, posts=(tagged,)), audit.outcomes[1]))
    learned = vocabulary(audit, load("en"))
    assert {"rstats", "opensourcefriday", "friday", "blorptastic", "keyoxide", "gloop", "kit", "frobnicator"} <= learned
    assert "documentaion" not in learned  # a slip in the bio is still a slip: only names are taken


def test_a_slip_real_text_is_full_of_repeated_in_one_post_is_still_a_slip() -> None:
    assert "recieve" not in vocabulary(_audit("I recieve mail and you recieve mail", "ok"), load("en"))


def test_what_they_link_to_is_named_in_its_address() -> None:
    mastodon = _audit("ok").outcomes[0]
    linked = replace(
        mastodon.posts[0],
        text="they merged my rbenv PR, and see twibe",
        links=("https://github.com/sstephenson/rbenv/pull/663", "http://twibes.com/DigitalHabitats", "https://t.co/ab"),
    )
    audit = replace(_audit(), outcomes=(replace(mastodon, posts=(linked,)),))
    learned = vocabulary(audit, load("en"))
    assert {"rbenv", "sstephenson", "twibes", "digital", "habitats"} <= learned
    assert "com" not in learned and "ab" not in learned  # the top-level domain and short ids say nothing


def test_a_name_they_always_capitalise_is_theirs_whatever_word_it_resembles() -> None:
    texts = ("Quimet & Quimet is a tapas bar", "a quiet evening", "Wrold news", "the wrold is big", "world")
    learned = vocabulary(_audit(*texts), load("en"))
    assert "quimet" in learned  # beside quiet, which they also write: a name, not a slip of it
    assert "wrold" not in learned  # written in lower case too, beside world: a slip, as before
    assert "recieve" not in vocabulary(_audit("Recieve it", "Recieve mail", "receive"), load("en"))


def test_an_address_written_in_the_text_names_what_it_links_to_too() -> None:
    # Older posts (tweets before 2011) carry no list of links: the address is only in the text.
    audit = _audit("I subscribed to their channel http://www.youtube.com/user/mywebbedfeat?feature=share ok")
    learned = vocabulary(audit, load("en"))
    assert {"mywebbedfeat", "youtube"} <= learned
    assert "feature" not in learned and "channel" not in learned  # the query and the prose add nothing
    assert "mywebbedfeat" not in vocabulary(_audit("I subscribed to mywebbedfeat"), load("en"))


def test_a_name_written_out_whose_letters_are_a_handle_they_mention_is_theirs() -> None:
    texts = ("Bev Trayner and I talk at a webinar", "back from @bevtrayner's party", "Thanks @ward!", "Ward said so")
    learned = vocabulary(_audit(*texts), load("en"))
    assert {"bev", "trayner", "ward"} <= learned
    unmentioned = vocabulary(_audit("Bev Trayner and I talk at a webinar", "Ward said so"), load("en"))
    assert not {"bev", "trayner", "ward"} & unmentioned


def test_a_word_that_begins_or_ends_one_of_their_hashtags_is_theirs() -> None:
    audit = _audit("Week 3 of the course", "a small mooc, I guess", "the blorbix team")
    mastodon = audit.outcomes[0]
    tagged = replace(mastodon.posts[0], hashtags=("ivmooc",))
    audit = replace(audit, outcomes=(replace(mastodon, posts=(tagged, *mastodon.posts[1:])), audit.outcomes[1]))
    learned = vocabulary(audit, load("en"))
    assert "mooc" in learned  # the end of #ivmooc
    assert "blorbix" not in learned  # no tag holds it
    middle = (replace(tagged, hashtags=("bigmoocday",)), *mastodon.posts[1:])
    inside = replace(audit, outcomes=(replace(mastodon, posts=middle), audit.outcomes[1]))
    assert "mooc" not in vocabulary(inside, load("en"))  # only a tag's ends are words of their own


def test_a_word_of_their_own_is_odd_only_beside_a_neighbour_they_write_more_often() -> None:
    # preso twice beside press once: theirs; thow twice beside how three times: a slip of how.
    learned = vocabulary(
        _audit(
            "a great preso today",
            "the preso slides",
            "press the button",
            "thow hard",
            "thow so",
            "how",
            "how so",
            "how now",
        ),
        load("en"),
    )
    assert "preso" in learned
    assert "thow" not in learned
    usual_press = _audit("a great preso today", "the preso slides", "press it", "press on", "press here")
    assert "preso" not in vocabulary(usual_press, load("en"))  # press is what they usually write
