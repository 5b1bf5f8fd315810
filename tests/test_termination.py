"""SIGTERM and SIGHUP (a logout, a shutdown, `kill`) close the window as Ctrl+Q does: the drafts
and the window's layout are saved, and the process exits cleanly instead of dying where it stands."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.termination import close_on_termination

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def test_a_termination_signal_calls_close_once_on_the_gui_thread(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    closed: list[str] = []
    before = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        close_on_termination(lambda: closed.append("closed"), widget)
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: closed == ["closed"], timeout=5_000)
        os.kill(os.getpid(), signal.SIGHUP)  # a second signal while closing changes nothing
        qtbot.wait(100)
        assert closed == ["closed"]
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(-1)


def test_the_app_ended_by_sigterm_closes_its_window_and_exits_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "ADVOCACY_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        # The sample's first audit is started after the handler is set (both queued at the first
        # paint, in that order): once an audit is kept, a signal is the handler's.
        deadline = time.monotonic() + 90
        while not _audits_kept(tmp_path / "data" / "sample.sqlite3"):
            assert app.poll() is None and time.monotonic() < deadline, "the window never audited"
            time.sleep(0.1)
        assert not (tmp_path / "config" / "window.ini").exists()  # written only when the window closes
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err.decode(errors="replace")[-2000:]
    assert (tmp_path / "config" / "window.ini").exists()  # closed as Ctrl+Q closes it
    assert b"Traceback" not in err


def _audits_kept(path: Path) -> bool:
    import sqlite3

    if not path.exists():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return bool(db.execute("SELECT count(*) FROM audits").fetchone()[0])
    except sqlite3.Error:  # not made yet, or being written: ask again
        return False
