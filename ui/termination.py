"""A polite end on SIGTERM and SIGHUP (a logout, a shutdown, ``kill``): the window closes as on
Ctrl+Q, so the drafts being typed and the window's layout are saved, instead of the process dying
where it stands.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop may wait
in C for a long time: the signal's wake-up byte on a pipe is what brings the loop back to Python.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

_POLITE = ("SIGTERM", "SIGHUP")


def close_on_termination(close: Callable[[], None], parent: QObject) -> None:
    """Call ``close`` (on the GUI thread) when the process is asked to end."""
    if sys.platform == "win32":
        return  # Windows ends a GUI app with a window message, which closes the window anyway
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    signal.set_wakeup_fd(writer)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, parent)
    # Reading the wake-up byte returns to Python, which then runs the handler below.
    notifier.activated.connect(lambda *_args: _drain(reader))
    asked: list[bool] = []

    def handler(_signum: int, _frame: object) -> None:
        if not asked:  # a second signal while closing changes nothing
            asked.append(True)
            close()

    for name in _POLITE:
        signal.signal(getattr(signal, name), handler)

    def close_pipe(*_args: object) -> None:
        signal.set_wakeup_fd(-1)
        os.close(reader)
        os.close(writer)

    parent.destroyed.connect(close_pipe)


def _drain(reader: int) -> None:
    try:
        while os.read(reader, 64):
            pass
    except (BlockingIOError, InterruptedError):
        pass
