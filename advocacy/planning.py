"""The posting plan of one profile, from its store: the week, reminders, and the daily nudge.

Used through ``Workspace.plan`` and friends by the window (the Plan tab, the tray) and by
``advocacy plan``. The arithmetic lives in ``advocacy.domain.plan``; this module reads and writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from advocacy.domain.models import AuditReport, Network
from advocacy.domain.plan import (
    MAX_AHEAD,
    Plan,
    Reminder,
    due_reminders,
    nudge_text,
    quiet_networks,
    week_plan,
    week_start,
)
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.records import ShareState
from advocacy.errors import AdvocacyError
from advocacy.storage import Store

LAST_NUDGE_KEY = "last_nudge_day"


def plan_for(config: ProfileConfig, store: Store, now: datetime, report: AuditReport | None) -> Plan:
    """``report`` is the latest audit (the workspace keeps it decoded)."""
    shares = store.shares(limit=1000)
    reminders = store.reminders()
    return Plan(
        week_of=week_start(now),
        rows=tuple(week_plan(config, report, shares, reminders, now)),
        scheduled=tuple(
            sorted(
                (s for s in shares if s.state is ShareState.SCHEDULED and s.scheduled_at and s.scheduled_at > now),
                key=lambda s: s.scheduled_at or now,
            )
        ),
        reminders=tuple(reminders),
        due=tuple(due_reminders(reminders, now)),
        quiet=tuple(quiet_networks(config, report, now)),
        advice=tuple(f for f in report.findings if f.area == "rhythm") if report else (),
    )


def add_reminder(store: Store, network: Network, text: str, item_key: str, due_at: datetime, now: datetime) -> Reminder:
    if due_at.tzinfo is None:
        raise AdvocacyError("The reminder needs a time with its time zone.")
    if not text.strip():
        raise AdvocacyError("There is nothing to post: the draft is empty.")
    if due_at < now - timedelta(minutes=1):
        raise AdvocacyError("That time has passed; choose a time from now on.")
    if due_at > now + MAX_AHEAD:
        raise AdvocacyError("That is more than a year ahead; choose a nearer time.")
    return store.add_reminder(network, item_key, text, due_at)


def nudge(config: ProfileConfig, store: Store, now: datetime, latest: Callable[[], AuditReport | None]) -> str | None:
    """What to notify about now, at most once a day and only when the person opted in; the day is
    recorded as soon as the sentence is handed out, so a crash cannot make it repeat."""
    if not config.goals.reminders:
        return None
    today = now.date().isoformat()
    if store.get_state(LAST_NUDGE_KEY) == today:
        return None
    plan = plan_for(config, store, now, latest())  # read only once the day's nudge is still to give
    text = nudge_text(plan.due, plan.quiet)
    if text is not None:
        store.set_state(LAST_NUDGE_KEY, today)
    return text
