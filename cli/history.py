"""``advocacy history``: audits and shares, newest first: the same data as the History tab.

Exit codes: 0 listed, 1 the local data cannot be read, 2 the profile cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from advocacy.domain.records import AuditSummary
from advocacy.domain.shares import ShareRecord
from advocacy.wording import engagement_phrase, share_state_words
from cli.args import EXIT_OK
from cli.common import print_json, read_from_workspace, say


def history_document(audits: list[AuditSummary], shares: list[ShareRecord]) -> dict[str, object]:
    return {
        "audits": [
            {"id": a.id, "audited_at": a.audited_at.isoformat(), "score": a.score, "findings": a.findings_count}
            for a in audits
        ],
        "shares": [
            {
                "created_at": s.created_at.isoformat(),
                "network": s.network.value,
                "item": s.item_key,
                "text": s.text,
                "state": s.state,
                "url": s.post_url,
                "scheduled_at": s.scheduled_at.isoformat() if s.scheduled_at else None,
                "remote_id": s.remote_id,
                "engagement": s.engagement.as_dict() if s.engagement else None,
            }
            for s in shares
        ],
    }


def _share_state(share: ShareRecord) -> str:
    """The share's state in words (one wording for every front end); a posted one needs none."""
    words = share_state_words(share)
    return f" ({words})" if words else ""


def history_lines(audits: list[AuditSummary], shares: list[ShareRecord]) -> list[str]:
    lines = ["Audits:" if audits else "No audits yet: run `advocacy audit`."]
    for a in audits:
        score = "not audited" if a.score is None else f"score {a.score}/100"
        lines.append(f"  #{a.id}  {a.audited_at.astimezone():%Y-%m-%d %H:%M}  {score}  {a.findings_count} findings")
    lines.append("Shares:" if shares else "Nothing shared yet: `advocacy suggest` lists what you could share.")
    for s in shares:
        where = (s.post_url or "no address") + (f"  ({engagement_phrase(s.engagement)})" if s.engagement else "")
        lines.append(
            f"  {s.created_at.astimezone():%Y-%m-%d %H:%M}  {s.network.label}{_share_state(s)}  {s.summary}  {where}"
        )
    return lines


def run(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    read = read_from_workspace(args, stderr, lambda workspace: (workspace.history(), workspace.shares()))
    if isinstance(read, int):
        return read
    audits, shares = read
    if args.format == "json":
        print_json(stdout, history_document(audits, shares))
        return EXIT_OK
    for line in history_lines(audits, shares):
        say(stdout, line)
    return EXIT_OK
