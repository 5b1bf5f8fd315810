"""run_in_background: results on the GUI thread, failures delivered, nothing leaked or double-freed."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from ui.workers.background import jobs_in_flight, run_in_background


def test_success_and_failure_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    gui_thread = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def boom() -> None:
        raise ValueError("bad input")

    run_in_background(
        owner,
        threading.get_ident,
        on_success=lambda v: seen.append(("ok", v, threading.get_ident())),
        on_failure=lambda e: seen.append(("err", e, threading.get_ident())),
    )
    run_in_background(
        owner,
        boom,
        on_success=lambda v: seen.append(("ok", v, threading.get_ident())),
        on_failure=lambda e: seen.append(("err", e, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    by_kind = {kind: (value, thread) for kind, value, thread in seen}
    assert by_kind["ok"][0] != gui_thread  # the work ran elsewhere...
    assert by_kind["ok"][1] == gui_thread and by_kind["err"][1] == gui_thread  # ...results came home
    assert isinstance(by_kind["err"][0], ValueError)
    qtbot.waitUntil(lambda: jobs_in_flight() == 0, timeout=5000)


def test_many_jobs_complete_and_are_released(qtbot: QtBot) -> None:
    owner = QObject()
    results: list[int] = []

    def doubled(n: int) -> Callable[[], int]:
        return lambda: n * 2

    for n in range(300):
        run_in_background(owner, doubled(n), on_success=results.append, on_failure=lambda e: None)
    qtbot.waitUntil(lambda: len(results) == 300, timeout=20_000)
    assert sorted(results) == [n * 2 for n in range(300)]
    qtbot.waitUntil(lambda: jobs_in_flight() == 0, timeout=5000)
    assert QThreadPool.globalInstance().waitForDone(5000)


def test_results_for_a_destroyed_owner_are_dropped(qtbot: QtBot) -> None:
    owner = QObject()
    gate = threading.Event()
    delivered: list[object] = []
    run_in_background(owner, lambda: gate.wait(5), on_success=delivered.append, on_failure=delivered.append)
    import shiboken6

    shiboken6.delete(owner)
    gate.set()
    qtbot.waitUntil(lambda: jobs_in_flight() == 0, timeout=5000)
    assert delivered == []


def test_work_held_for_the_first_paint_starts_after_it_or_at_once_off_screen(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    from ui.workers.background import AfterFirstPaint

    events: list[str] = []

    class Window(QWidget):
        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return super().event(event)

    shown = Window()
    qtbot.addWidget(shown)
    held = AfterFirstPaint(shown)
    held.run(lambda: events.append("work"))
    shown.show()
    qtbot.waitUntil(lambda: "work" in events, timeout=5000)
    assert events.index("paint") < events.index("work")  # held until the window had painted
    held.run(lambda: events.append("later"))
    assert events[-1] == "later"  # after the first paint, work starts at once

    off_screen = QWidget()  # never shown (a test's window): held only until the event loop turns
    qtbot.addWidget(off_screen)
    ran: list[str] = []
    AfterFirstPaint(off_screen).run(lambda: ran.append("work"))
    assert ran == []
    qtbot.waitUntil(lambda: ran == ["work"], timeout=5000)
