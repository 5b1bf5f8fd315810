"""Cooperative cancellation and progress reporting, shared by the CLI and the window."""

from __future__ import annotations

import threading
from collections.abc import Callable

from advocacy.errors import Cancelled

# (done, total): the UI turns it into a queued signal, the CLI prints it.
ProgressCallback = Callable[[int, int], None]


class CancelToken:
    """Checked by long work between steps; a cancel waits at most one HTTP timeout."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def sleep(self, seconds: float) -> None:
        """Wait, but wake up at once on cancel (used for retry back-off)."""
        if self._event.wait(max(0.0, seconds)):
            raise Cancelled()
