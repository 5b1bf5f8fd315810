"""The posting plan: goals per week, the week view, the streak, reminders never planned twice, and
the nudge at most once a day, on a real SQLite store and through the command line."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advocacy.domain.models import AuditReport, Network, Post, Profile, SourceOutcome, SourceStatus
from advocacy.domain.plan import streak, week_plan, week_start
from advocacy.domain.profile import Accounts, Goals, Me, ProfileConfig, Thresholds
from advocacy.domain.records import ShareState
from advocacy.domain.shares import ShareRecord
from advocacy.errors import AdvocacyError, InvalidProfileFile
from advocacy.profile_file import load_profile, profile_to_toml
from advocacy.workspace import Workspace
from tests.test_cli import run_cli

# A Wednesday afternoon, in a zone east of UTC so a week boundary in UTC is not one here.
NOW = datetime(2026, 12, 2, 15, 0, tzinfo=UTC).astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))


def _post(network: Network, when: datetime, n: int, *, reply: bool = False) -> Post:
    return Post(
        network, f"{network.value}-{n}", f"https://example.social/{network.value}/{n}", when, "hi", is_reply=reply
    )


def _report(posts: list[Post], audited_at: datetime = NOW) -> AuditReport:
    by_network: dict[Network, list[Post]] = {}
    for post in posts:
        by_network.setdefault(post.network, []).append(post)
    sources = tuple(
        SourceOutcome(n, "me", SourceStatus.OK, profile=Profile(n, "me"), posts=tuple(p)) for n, p in by_network.items()
    )
    return AuditReport(audited_at, 80, sources, ())


CONFIG = ProfileConfig(
    me=Me(accounts=Accounts(mastodon="@me@example.social", bluesky="me.example", github="me")),
    goals=Goals(posts_per_week=(("mastodon", 2),)),
)


def test_the_goal_defaults_from_the_older_setting_and_github_has_none() -> None:
    assert CONFIG.goals.for_network("mastodon", CONFIG.thresholds) == 2  # set explicitly
    assert CONFIG.goals.for_network("bluesky", Thresholds(posting_target_days=7)) == 1
    assert CONFIG.goals.for_network("bluesky", Thresholds(posting_target_days=2)) == 4  # one every 2 days
    assert CONFIG.goals.for_network("github", CONFIG.thresholds) == 0


def test_the_week_counts_original_posts_planned_ones_and_what_is_still_due() -> None:
    monday = week_start(NOW)
    assert (monday.weekday(), monday.hour, monday.tzinfo) == (0, 0, NOW.tzinfo)
    posts = [
        _post(Network.MASTODON, monday + timedelta(hours=9), 1),
        _post(Network.MASTODON, monday + timedelta(hours=10), 2, reply=True),  # a reply is not posting
        _post(Network.MASTODON, monday - timedelta(minutes=1), 3),  # Sunday night: last week
    ]
    scheduled = ShareRecord(
        "item", Network.MASTODON, ShareState.SCHEDULED, NOW, None, scheduled_at=NOW + timedelta(days=1), remote_id="7"
    )
    next_week = replace(scheduled, scheduled_at=monday + timedelta(days=8))
    rows = {row.network: row for row in week_plan(CONFIG, _report(posts), [scheduled, next_week], [], NOW)}
    assert list(rows) == [Network.MASTODON, Network.BLUESKY]  # goal networks the profile names, no GitHub
    mastodon = rows[Network.MASTODON]
    assert (mastodon.goal, mastodon.posted, mastodon.planned, mastodon.due) == (2, 1, 1, 0)
    assert (rows[Network.BLUESKY].goal, rows[Network.BLUESKY].due) == (1, 1)


def test_a_share_posted_after_the_audit_counts_once_and_not_again_when_read_back() -> None:
    audited = NOW - timedelta(hours=2)
    share = ShareRecord(
        "item", Network.MASTODON, ShareState.POSTED, NOW - timedelta(hours=1), "https://example.social/mastodon/9"
    )
    rows = week_plan(CONFIG, _report([], audited), [share], [], NOW)
    assert rows[0].posted == 1
    read_back = _post(Network.MASTODON, NOW - timedelta(hours=1), 9)
    assert read_back.url == share.post_url
    rows = week_plan(CONFIG, _report([read_back], NOW), [share], [], NOW)
    assert rows[0].posted == 1


def test_a_share_marked_as_posted_keeps_counting_through_any_number_of_re_audits() -> None:
    """An export never reads a share back: it counts after every later audit, and once only when an
    audit does read it back (by its text: a share marked by hand has no address)."""
    marked = ShareRecord(
        "item",
        Network.BLUESKY,
        ShareState.POSTED,
        NOW - timedelta(hours=5),
        None,
        text="WidgetOS 5 is out\nhttps://acme.example/w5",
    )
    for audits in range(1, 4):
        later = _report([_post(Network.MASTODON, NOW - timedelta(days=9), audits)], NOW - timedelta(hours=4 - audits))
        rows = {row.network: row for row in week_plan(CONFIG, later, [marked], [], NOW)}
        assert rows[Network.BLUESKY].posted == 1, audits
    read_back = replace(
        _post(Network.BLUESKY, NOW - timedelta(hours=5), 7), text="WidgetOS 5 is out https://acme.example/w5"
    )
    rows = {row.network: row for row in week_plan(CONFIG, _report([read_back]), [marked], [], NOW)}
    assert rows[Network.BLUESKY].posted == 1  # the post and the share it came from are one post


def test_the_streak_counts_full_weeks_and_this_one_once_met() -> None:
    monday = week_start(NOW)
    weekly = [monday - timedelta(weeks=w, days=-1) for w in (1, 2, 3)]  # Tuesdays of the last three weeks
    assert streak(weekly, 1, NOW) == 3
    assert streak([*weekly, NOW - timedelta(hours=1)], 1, NOW) == 4  # this week met too
    assert streak(weekly, 2, NOW) == 0  # one a week does not meet two a week
    gap = [weekly[0], weekly[2]]
    assert streak(gap, 1, NOW) == 1  # the week in between broke it
    assert streak(weekly, 0, NOW) == 0  # no goal, no streak


def test_a_reminder_is_planned_once_listed_when_due_and_closed(tmp_path: Path) -> None:
    workspace = Workspace.open(CONFIG, is_sample=False)
    at = datetime.now(UTC) + timedelta(hours=3)
    first = workspace.schedule(Network.BLUESKY, "Our new guide https://acme.example/g I work at Acme", "item-1", at)
    assert first.startswith("You will be reminded at")
    again = workspace.schedule(Network.BLUESKY, "Another text", "item-1", at + timedelta(hours=1))
    assert "already planned" in again and "not planned twice" in again
    same = workspace.schedule(Network.BLUESKY, "Our new guide https://acme.example/g I work at Acme", "item-1", at)
    assert "already planned" in same  # the same click twice says so, not "you will be reminded" again
    plan = workspace.plan()
    assert [r.item_key for r in plan.reminders] == ["item-1"] and plan.due == ()
    later = workspace.plan(now=(at + timedelta(minutes=1)).astimezone())
    assert [r.item_key for r in later.due] == ["item-1"]
    workspace.close_reminder(later.due[0], done=True)
    assert workspace.plan().reminders == ()
    # Posted by hand: recorded as a share, so it counts this week and is never suggested again.
    (share,) = workspace.shares()
    assert (share.item_key, share.network, share.state) == ("item-1", Network.BLUESKY, "posted")
    assert share.text is not None and share.summary == share.text  # the History tab says what it was
    assert "item-1" in workspace.store.shared_item_keys()
    # Posted: planning it again is refused; a dropped reminder's item can be planned again.
    again = workspace.schedule(Network.BLUESKY, "Again", "item-1", at)
    assert again.startswith("Already posted to Bluesky") and "(you marked it as posted)" in again
    workspace.schedule(Network.X, "On X", "item-2", at)
    workspace.close_reminder(workspace.plan().reminders[0], done=False)
    assert workspace.schedule(Network.X, "On X", "item-2", at).startswith("You will be reminded")


@pytest.mark.parametrize(
    ("at", "problem"),
    [(timedelta(hours=-2), "has passed"), (timedelta(days=400), "more than a year")],
)
def test_a_reminder_at_an_impossible_time_is_one_sentence(at: timedelta, problem: str) -> None:
    workspace = Workspace.open(CONFIG, is_sample=False)
    with pytest.raises(AdvocacyError, match=problem):
        workspace.schedule(Network.X, "text", "item", datetime.now(UTC) + at)
    assert workspace.plan().reminders == ()


def test_the_nudge_is_opt_in_and_at_most_once_a_day() -> None:
    config = replace(CONFIG, goals=replace(CONFIG.goals, reminders=True))
    workspace = Workspace.open(config, is_sample=False)
    workspace.store.save_audit(_report([_post(Network.MASTODON, NOW - timedelta(days=20), 1)]))
    assert Workspace.open(CONFIG, is_sample=False).nudge(NOW) is None  # not opted in
    text = workspace.nudge(NOW)
    assert text is not None and "Mastodon for 20 days" in text
    assert workspace.nudge(NOW + timedelta(hours=5)) is None  # the same day
    assert workspace.nudge(NOW + timedelta(days=1)) is not None  # the next day


def test_goals_round_trip_through_the_profile_file_and_bad_ones_are_one_sentence(tmp_path: Path) -> None:
    config = replace(CONFIG, goals=Goals(posts_per_week=(("mastodon", 3), ("x", 0)), reminders=True))
    path = tmp_path / "me.toml"
    path.write_text(profile_to_toml(config), encoding="utf-8")
    assert load_profile(path).goals == config.goals
    for bad in ('mastodon = "3"', "mastodon = -1", "mastodon = 51", "github = 2", "reminders = 1"):
        path.write_text(f'[me.accounts]\nmastodon = "@me@example.social"\n[goals]\n{bad}\n', encoding="utf-8")
        with pytest.raises(InvalidProfileFile) as raised:
            load_profile(path)
        assert "[goals]" in raised.value.user_message and "\n" not in raised.value.user_message


def test_advocacy_plan_prints_the_week_as_text_and_json(tmp_path: Path, advocacy_home: Path) -> None:
    profile = tmp_path / "me.toml"
    profile.write_text(profile_to_toml(CONFIG), encoding="utf-8")
    text = run_cli("plan", "--profile", str(profile), home=advocacy_home)
    assert text.returncode == 0, text.stderr
    assert "Mastodon: not read yet (run `advocacy audit`); 0 planned of 2 a week" in text.stdout
    result = run_cli("plan", "--profile", str(profile), "--format", "json", home=advocacy_home)
    document = json.loads(result.stdout)
    assert [n["network"] for n in document["networks"]] == ["mastodon", "bluesky"]
    first = document["networks"][0]
    assert (first["to_plan"], first["read"]) == (2, None) and document["reminders"] == []


def test_what_works_comes_from_the_last_audits_rhythm_findings_only() -> None:
    from advocacy.domain.models import Finding, Severity
    from cli.plan import plan_lines

    advice = Finding(
        "rhythm.links",
        Severity.INFO,
        Network.MASTODON,
        "posts",
        "Posts with a link got 2.0× the interactions (12 vs 10).",
    )
    other = Finding("visibility.noindex", Severity.WARNING, Network.MASTODON, "profile", "Hidden from search.")
    workspace = Workspace.open(CONFIG, is_sample=False)
    workspace.store.save_audit(replace(_report([]), findings=(advice, other)))
    plan = workspace.plan(NOW)
    assert plan.advice == (advice,)
    assert "  Mastodon: Posts with a link got 2.0× the interactions (12 vs 10)." in plan_lines(plan)


def test_a_network_the_audit_could_not_read_says_so_instead_of_zero() -> None:
    failed = SourceOutcome(Network.BLUESKY, "me.example", SourceStatus.ERROR, error="Could not connect.")
    report = replace(_report([_post(Network.MASTODON, NOW - timedelta(hours=1), 1)]), sources=())
    report = replace(report, sources=(*_report([_post(Network.MASTODON, NOW - timedelta(hours=1), 1)]).sources, failed))
    rows = {row.network: row for row in week_plan(CONFIG, report, [], [], NOW)}
    assert (rows[Network.MASTODON].read, rows[Network.MASTODON].posted) == (True, 1)
    assert rows[Network.BLUESKY].read is False and rows[Network.BLUESKY].streak == 0
    assert all(row.read is None for row in week_plan(CONFIG, None, [], [], NOW))  # before any audit


def test_a_due_reminder_still_counts_as_planned_this_week() -> None:
    from advocacy.domain.plan import Reminder

    due = Reminder(1, Network.BLUESKY, "item", "text", NOW - timedelta(hours=1), NOW - timedelta(days=1))
    rows = {row.network: row for row in week_plan(CONFIG, _report([]), [], [due], NOW)}
    assert (rows[Network.BLUESKY].planned, rows[Network.BLUESKY].due) == (1, 0)


def test_the_latest_audit_is_decoded_once_and_a_newer_one_is_noticed(tmp_path: Path) -> None:
    workspace = Workspace.open(CONFIG, is_sample=False)
    workspace.store.save_audit(_report([]))
    first = workspace.latest_audit()
    assert first is not None and workspace.latest_audit() is first  # the same object: not read back again
    other = Workspace.open(CONFIG, is_sample=False)  # another process, say `advocacy audit`
    other.store.save_audit(replace(_report([]), score=55))
    newer = workspace.latest_audit()
    assert newer is not first and newer is not None and newer.score == 55


def test_a_goal_for_a_network_the_profile_does_not_name_is_noted(tmp_path: Path) -> None:
    path = tmp_path / "me.toml"
    path.write_text('[me.accounts]\nbluesky = "me.example"\n[goals]\nmastodon = 3\nx = 0\n', encoding="utf-8")
    config = load_profile(path)
    assert config.notes == (
        "[goals] mastodon: no Mastodon account is named under [me.accounts], so it counts for nothing yet.",
    )  # a goal of 0 needs no note
