"""Claims on a share: which process is sending it, and whether that process can still be.

A claim is a pending share row with its owner. The owner is this host, process id and a token drawn
when the process started, so a claim left by a killed process (or one older than any post takes to
answer) is recognised as an attempt with an unclear end rather than a share in progress.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from advocacy.domain.models import Network
from advocacy.domain.shares import ShareRecord

# A claim older than this is stale even if its process still runs: a post is answered within minutes.
CLAIM_LEASE = timedelta(minutes=10)
_PROCESS_TOKEN = uuid.uuid4().hex[:12]


class ClaimRefused(Exception):
    """The item is being sent by another process right now, or already went out (``share``)."""

    def __init__(self, share: ShareRecord, *, in_progress: bool) -> None:
        super().__init__(share.item_key)
        self.share = share
        self.in_progress = in_progress


@dataclass(frozen=True)
class Claim:
    item_key: str
    network: Network
    key: str  # the idempotency (or record) key the post is sent with
    unclear: bool  # an earlier attempt may have reached the server: look there before sending
    created: bool  # a new row, withdrawn again when nothing is sent


def current_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{_PROCESS_TOKEN}"


def owner_alive(claimed_by: str | None, claimed_at: str | None, now: datetime) -> bool:
    """Whether the process that claimed a share may still be sending it."""
    if not claimed_by:
        return False
    if claimed_by == current_owner():
        return True  # another thread of this process is sending it
    try:
        age = now - datetime.fromisoformat(claimed_at or "")
    except ValueError:
        return False
    if age > CLAIM_LEASE:
        return False
    host, _, rest = claimed_by.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or os.name != "posix" or not pid.isdigit():
        return True  # another computer, or no way to ask: trust the lease
    return _process_exists(int(pid))


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process is there
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True
