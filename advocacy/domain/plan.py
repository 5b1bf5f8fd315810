"""The posting plan: goals per week, what this week holds, the streak, what is due. Pure functions.

A week runs Monday to Sunday in the person's own time zone (``now``'s). "Posted" counts original
posts the last audit read (replies and reposts are not posting) plus shares the app posted since,
so a share counts at once, before the next audit reads it back; one post is never counted twice.
"Planned" is what is set to go out later this week: Mastodon posts the server holds, and reminders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from advocacy.domain.models import AuditReport, Finding, Network
from advocacy.domain.profile import GOAL_NETWORKS, ProfileConfig
from advocacy.domain.records import ReminderState, ShareState
from advocacy.domain.shares import ShareRecord

# How far back a streak is looked for: the audit reads about this much history anyway.
STREAK_WEEKS_MAX = 52
# A post planned further ahead than this (a reminder, a scheduled post) is a typo for a date, not a plan.
MAX_AHEAD = timedelta(days=366)


@dataclass(frozen=True)
class Reminder:
    """A post to make by hand at ``due_at`` (networks that cannot hold a post for later), draft ready."""

    id: int
    network: Network
    item_key: str
    text: str
    due_at: datetime
    created_at: datetime
    state: ReminderState = ReminderState.PLANNED

    @property
    def open(self) -> bool:
        return self.state is ReminderState.PLANNED


@dataclass(frozen=True)
class WeekRow:
    network: Network
    goal: int  # original posts per week; 0: no goal on this network
    posted: int
    planned: int
    streak: int  # weeks in a row, up to the last full one, with the goal met
    # Whether the last audit read this network: None before any audit; False when it could not be read
    # (then "posted" counts only what the app shared, and says nothing of what the network has).
    read: bool | None = True

    @property
    def due(self) -> int:
        """Posts still to plan this week to meet the goal."""
        return max(0, self.goal - self.posted - self.planned)


@dataclass(frozen=True)
class Plan:
    """One week of the posting plan, as ``advocacy.planning.plan_for`` reads it from the store; here so
    every front end can show it without reaching into the module that reads it."""

    week_of: datetime  # Monday 00:00 of the week shown
    rows: tuple[WeekRow, ...]
    scheduled: tuple[ShareRecord, ...]  # posts a network holds to publish later (Mastodon)
    reminders: tuple[Reminder, ...]  # open reminders, earliest first
    due: tuple[Reminder, ...]  # open reminders whose time has come
    quiet: tuple[tuple[Network, int], ...]  # networks quiet past their goal, with days since the last post
    # What works for you, from your own posts (the last audit's rhythm findings), each with its figures.
    advice: tuple[Finding, ...] = ()

    def upcoming(self) -> list[Reminder | ShareRecord]:
        """What is due now, then every other reminder and scheduled post in time order: the one
        list a person reads top to bottom (a post scheduled for Monday before a reminder for Friday)."""
        later: list[Reminder | ShareRecord] = [r for r in self.reminders if r not in self.due]
        later += self.scheduled

        def at(entry: Reminder | ShareRecord) -> datetime:
            moment = entry.due_at if isinstance(entry, Reminder) else entry.scheduled_at
            return moment or self.week_of

        return [*self.due, *sorted(later, key=at)]


def week_start(now: datetime) -> datetime:
    """Monday 00:00 of ``now``'s week, in ``now``'s time zone."""
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


def _posted_times(network: Network, report: AuditReport | None, shares: Sequence[ShareRecord]) -> list[datetime]:
    """Original posts the audit read, plus every share it did not read back. A share is read back when
    the audit holds a post at its address or with its text; one the network never shows again (a
    LinkedIn or X share marked as posted, a post older than the audit reads) keeps counting."""
    times: list[datetime] = []
    urls: set[str] = set()
    texts: list[str] = []
    for outcome in report.sources if report else ():
        for post in outcome.posts:
            if post.network is network and post.is_original:
                times.append(post.created_at)
                urls.add(post.url)
                texts.append(_gist(post.text))
    for share in shares:
        if share.network is not network or share.state is not ShareState.POSTED:
            continue
        if share.post_url and share.post_url in urls:
            continue
        gist = _gist(share.text or "")
        if gist and any(text.startswith(gist) or (text and gist.startswith(text)) for text in texts):
            continue
        times.append(share.created_at)
    return times


def _gist(text: str) -> str:
    """The start of a text, without case or spacing: how a post and the share it came from are matched,
    since each network renders line breaks and links its own way."""
    return " ".join(text.split()).casefold()[:80]


def streak(times: Iterable[datetime], goal: int, now: datetime) -> int:
    """Full weeks in a row, ending with last week, with at least ``goal`` original posts each.
    This week counts too once its goal is met: a streak never drops on a Monday morning."""
    if goal <= 0:
        return 0
    start = week_start(now)
    counts: dict[int, int] = {}
    for when in times:
        weeks_back = (start - week_start(when.astimezone(now.tzinfo))).days // 7
        counts[weeks_back] = counts.get(weeks_back, 0) + 1
    run = 1 if counts.get(0, 0) >= goal else 0
    for weeks_back in range(1, STREAK_WEEKS_MAX + 1):
        if counts.get(weeks_back, 0) < goal:
            break
        run += 1
    return run


def goal_networks(config: ProfileConfig) -> list[Network]:
    """The networks the profile names where a weekly goal applies, in the usual order."""
    configured = config.me.accounts.configured()
    return [Network(value) for value in GOAL_NETWORKS if Network(value) in configured]


def week_plan(
    config: ProfileConfig,
    report: AuditReport | None,
    shares: Sequence[ShareRecord],
    reminders: Sequence[Reminder],
    now: datetime,
) -> list[WeekRow]:
    start, end = week_start(now), week_start(now) + timedelta(days=7)
    rows = []
    read_state = {o.network: o.was_read for o in report.sources} if report else {}
    for network in goal_networks(config):
        goal = config.goals.for_network(network.value, config.thresholds)
        times = _posted_times(network, report, shares)
        posted = sum(1 for t in times if start <= t.astimezone(now.tzinfo) < end)
        # Held by the server and still ahead; a reminder this week counts until it is done, even once due.
        planned = sum(
            1
            for s in shares
            if s.network is network and s.state is ShareState.SCHEDULED and _within(s.scheduled_at, now, end)
        ) + sum(1 for r in reminders if r.network is network and r.open and _within(r.due_at, start, end))
        read = read_state.get(network) if report else None
        rows.append(WeekRow(network, goal, posted, planned, streak(times, goal, now) if read else 0, read))
    return rows


def _within(when: datetime | None, now: datetime, end: datetime) -> bool:
    return when is not None and now <= when < end


def due_reminders(reminders: Sequence[Reminder], now: datetime) -> list[Reminder]:
    return sorted((r for r in reminders if r.open and r.due_at <= now), key=lambda r: r.due_at)


def quiet_networks(config: ProfileConfig, report: AuditReport | None, now: datetime) -> list[tuple[Network, int]]:
    """Networks with a goal whose last original post is older than the goal allows, with its age in
    days (a goal of 2 a week allows 3½ days, rounded up to whole days plus one of grace)."""
    if report is None:
        return []
    quiet = []
    for outcome in report.sources:
        goal = config.goals.for_network(outcome.network.value, config.thresholds)
        last = outcome.last_original_post_at()
        if goal <= 0 or last is None:
            continue
        allowed = -(-7 // goal) + 1
        days = (now - last).days
        if days > allowed:
            quiet.append((outcome.network, days))
    return quiet


def quiet_sentence(quiet: Sequence[tuple[Network, int]]) -> str:
    """Networks with no post for longer than the person's own goal allows; empty when there are none."""
    if not quiet:
        return ""
    names = ", ".join(f"{network.label} for {days} days" for network, days in quiet)
    return f"Nothing posted for longer than you planned: {names}."


def nudge_text(due: Sequence[Reminder], quiet: Sequence[tuple[Network, int]]) -> str | None:
    """The one sentence a desktop notification says; None when there is nothing to say."""
    parts = []
    if due:
        first = due[0]
        more = f" and {len(due) - 1} more" if len(due) > 1 else ""
        parts.append(f"Time to post on {first.network.label}{more}: your draft is ready in the Plan tab.")
    if quiet:
        parts.append(quiet_sentence(quiet))
    return " ".join(parts) or None
