"""``advocacy plan``: this week against your goals, the streak, what is scheduled and what is due.

Exit codes: 0 shown, 1 the local data cannot be read, 2 the profile cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TextIO

from advocacy.domain.plan import Plan
from cli.args import EXIT_OK
from cli.common import print_json, read_from_workspace, say


def plan_document(plan: Plan) -> dict[str, object]:
    return {
        "week_of": plan.week_of.date().isoformat(),
        "networks": [
            {
                "network": row.network.value,
                "goal_per_week": row.goal,
                "posted": row.posted,
                "planned": row.planned,
                "to_plan": row.due,
                "streak_weeks": row.streak,
                "read": row.read,
            }
            for row in plan.rows
        ],
        "scheduled": [
            {
                "network": s.network.value,
                "at": s.scheduled_at.isoformat() if s.scheduled_at else None,
                "id": s.remote_id,
                "text": s.text,
            }
            for s in plan.scheduled
        ],
        "reminders": [
            {
                "id": r.id,
                "network": r.network.value,
                "due_at": r.due_at.isoformat(),
                "text": r.text,
                "due": r in plan.due,
            }
            for r in plan.reminders
        ],
        "quiet": [{"network": network.value, "days_since_last_post": days} for network, days in plan.quiet],
        "what_works": [
            {"network": f.network.value if f.network else None, "check": f.check, "message": f.message}
            for f in plan.advice
        ],
    }


def _when(moment: datetime) -> str:
    return f"{moment.astimezone():%a %Y-%m-%d %H:%M}"


def plan_lines(plan: Plan) -> list[str]:
    lines = [f"Week of {plan.week_of:%Y-%m-%d}:"]
    if not plan.rows:
        lines.append("  No network with a weekly goal: add Mastodon, Bluesky, LinkedIn or X to your profile.")
    for row in plan.rows:
        if not row.read:
            why = "not read yet (run `advocacy audit`)" if row.read is None else "could not be read in the last audit"
            lines.append(f"  {row.network.label}: {why}; {row.planned} planned of {row.goal} a week")
            continue
        if row.goal == 0:
            lines.append(f"  {row.network.label}: no goal · {row.posted} posted this week")
            continue
        streak = f" · streak {row.streak} week{'s' if row.streak != 1 else ''}" if row.streak else ""
        due = f" · {row.due} still to plan" if row.due else " · on track"
        lines.append(
            f"  {row.network.label}: {row.posted} posted, {row.planned} planned of {row.goal} a week{due}{streak}"
        )
    for share in plan.scheduled:
        if share.scheduled_at:
            lines.append(
                f"Scheduled on {share.network.label} for {_when(share.scheduled_at)} (id {share.remote_id}): "
                f"{share.summary}"
            )
    for reminder in plan.reminders:
        state = "due now" if reminder in plan.due else f"at {_when(reminder.due_at)}"
        first_line = (reminder.text.splitlines() or [""])[0]
        shown = first_line if len(first_line) <= 70 else first_line[:69] + "…"
        lines.append(f"Reminder #{reminder.id}, {reminder.network.label}, {state}: {shown}")
    for network, days in plan.quiet:
        lines.append(f"{network.label} has been quiet for {days} days, past your goal.")
    if plan.advice:
        lines.append("What works for you:")
        lines += [f"  {f.network.label + ': ' if f.network else ''}{f.message}" for f in plan.advice]
    return lines


def run(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    plan = read_from_workspace(args, stderr, lambda workspace: workspace.plan())
    if isinstance(plan, int):
        return plan
    if args.format == "json":
        print_json(stdout, plan_document(plan))
    else:
        for line in plan_lines(plan):
            say(stdout, line)
    return EXIT_OK
