"""One way to run work off the GUI thread and get the result back on it.

Lifetime rule: the job and its relay QObject are created on the GUI thread, kept in
``_in_flight`` while the work runs, and released on the GUI thread after the result was delivered.
Neither is ever destroyed from the worker thread: with auto-deleted runnables the worker drops the
last reference and Qt deletes the relay from the wrong thread, a double delete we saw crash here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception instance


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # released by run_in_background on the GUI thread
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


T = TypeVar("T")

_in_flight: set[tuple[_Job, _Relay]] = set()  # touched on the GUI thread only


def jobs_in_flight() -> int:
    return len(_in_flight)


def run_in_background(
    owner: QObject,
    fn: Callable[[], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn`` on the pool; exactly one callback runs later on the GUI thread, unless ``owner``
    was destroyed meanwhile (then the result is dropped: nobody is left to show it).

    Typed end to end: ``on_success`` receives what ``fn`` returns (the relay's signal carries it as
    an object only between threads), so no slot re-checks the type it was given."""
    relay = _Relay()
    job = _Job(fn, relay)
    entry = (job, relay)
    _in_flight.add(entry)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        # Release after this slot returns: deleting the relay inside its own signal is unsafe.
        QTimer.singleShot(0, lambda: _in_flight.discard(entry))
        if shiboken6.isValid(owner):
            callback(value)

    relay.succeeded.connect(lambda value: finish(on_success, value))
    relay.failed.connect(lambda exc: finish(on_failure, exc))
    (pool or QThreadPool.globalInstance()).start(job)


# A window shown and never painted (minimised at once, say) still gets its reads after this long.
UNPAINTED_WAIT_MS = 300


class AfterFirstPaint(QObject):
    """Holds work (starting reads off the GUI thread) until ``widget`` has painted once.

    A worker started while the window is being built and drawn for the first time competes with it for
    the interpreter (its imports, its decoding), so the first paint comes later. What it reads (what
    changed since last time, the Plan tab's due count) arrives a moment after the window shows,
    as it always did. A widget that is not shown by the next turn of the event loop (a test's window,
    one built before being shown) holds nothing: the work starts then."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._held: list[Callable[[], None]] | None = []
        widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._unless_shown)

    def run(self, work: Callable[[], None]) -> None:
        if self._held is None:
            work()
        else:
            self._held.append(work)

    def _unless_shown(self) -> None:
        if self._widget.isVisible():
            QTimer.singleShot(UNPAINTED_WAIT_MS, self, self._release)
        else:
            self._release()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._held is not None:
            QTimer.singleShot(0, self, self._release)  # once this paint is done
        return False

    def _release(self) -> None:
        held, self._held = self._held, None
        if held is None:
            return
        self._widget.removeEventFilter(self)
        for work in held:
            work()
