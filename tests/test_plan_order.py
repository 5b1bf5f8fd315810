"""The Plan's list reads top to bottom: what is due now, then reminders and scheduled posts in time
order, whichever kind each is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from advocacy.domain.models import Network
from advocacy.domain.plan import Plan, Reminder
from advocacy.domain.records import ShareState
from advocacy.domain.shares import ShareRecord

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def _reminder(id: int, hours: int) -> Reminder:
    return Reminder(id, Network.BLUESKY, f"r{id}", "text", NOW + timedelta(hours=hours), NOW)


def _scheduled(key: str, hours: int) -> ShareRecord:
    return ShareRecord(
        key, Network.MASTODON, ShareState.SCHEDULED, NOW, None, scheduled_at=NOW + timedelta(hours=hours)
    )


def test_due_first_then_everything_else_in_time_order() -> None:
    due = _reminder(1, -2)
    friday, tuesday = _reminder(2, 96), _reminder(3, 24)
    monday_post, thursday_post = _scheduled("m", 2), _scheduled("t", 72)
    plan = Plan(
        week_of=NOW,
        rows=(),
        scheduled=(monday_post, thursday_post),
        reminders=(due, tuesday, friday),
        due=(due,),
        quiet=(),
    )
    assert plan.upcoming() == [due, monday_post, tuesday, thursday_post, friday]
