"""The posting plan of one loaded profile: the week against its goals, scheduling (held by the server
where the network can, else a reminder), reminders closed and reopened, the day's nudge."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from advocacy.domain.models import Network
from advocacy.domain.records import ReminderState
from advocacy.errors import AlreadyShared

if TYPE_CHECKING:
    from advocacy.domain.plan import Plan, Reminder
    from advocacy.workspace import Workspace


class Planner:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def plan(self, now: datetime | None = None) -> Plan:
        """This week per network (goal, posted, planned, streak), what is scheduled, reminders, what is due."""
        from advocacy.planning import plan_for

        return plan_for(
            self._workspace.config,
            self._workspace.store,
            now or datetime.now().astimezone(),
            self._workspace.latest_audit(),
        )

    def schedule(self, network: Network, text: str, item_key: str, at: datetime) -> str:
        """Plan a post for ``at``: Mastodon holds it and posts it then, even with the app closed;
        the other networks get a reminder with the draft ready. Returns the sentence to show."""
        from advocacy.planning import add_reminder

        if network.facts.schedules_on_server:
            try:
                published = self._workspace.sharing.publish(network, text, item_key, scheduled_at=at)
            except AlreadyShared as exc:
                return exc.user_message
            when = (published.scheduled_at or at).astimezone()
            return f"{network.label} will post it at {when:%Y-%m-%d %H:%M}, even while the app is closed."
        earlier = self._workspace.sharing.posted_share(item_key, network)
        if earlier is not None:  # posted (from the app, or marked posted from a reminder): not again
            from advocacy.wording import already_shared

            return already_shared(earlier, network)
        planned_before = {r.id for r in self._workspace.store.reminders()}
        reminder = add_reminder(self._workspace.store, network, text, item_key, at, datetime.now(UTC))
        when = reminder.due_at.astimezone()
        if reminder.id in planned_before:
            return f"This is already planned for {network.label} at {when:%Y-%m-%d %H:%M}; it was not planned twice."
        return f"You will be reminded at {when:%Y-%m-%d %H:%M} to post it on {network.label}, with the draft ready."

    def due_reminders(self, now: datetime | None = None) -> int:
        """How many reminders have come due: one quick read, for a tab's title."""
        return self._workspace.store.due_count(now or datetime.now(UTC))

    def close_reminder(self, reminder: Reminder, *, done: bool) -> bool:
        """Done: the person posted it by hand, so it is recorded as shared (it counts this week, shows
        in the history, and is never suggested again). Dropped: it is simply no longer planned.
        False when it was already closed (another click, another copy of the app): nothing changed."""
        return self._workspace.store.close_reminder(reminder, ReminderState.DONE if done else ReminderState.DROPPED)

    def reopen_reminder(self, reminder: Reminder) -> bool:
        """Undo Mark as posted or Drop it: planned again, and a share it recorded withdrawn."""
        return self._workspace.store.reopen_reminder(reminder)

    def nudge(self, now: datetime | None = None) -> str | None:
        """The day's one notification, if the person opted in and something is due or quiet."""
        from advocacy.planning import nudge

        return nudge(
            self._workspace.config,
            self._workspace.store,
            now or datetime.now().astimezone(),
            self._workspace.latest_audit,
        )
