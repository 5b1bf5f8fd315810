"""One window per person: a second start brings the running window forward and ends, in one
sentence; a socket left by a run that crashed does not stop the next one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket
from pytestqt.qtbot import QtBot

from ui.single_instance import SingleInstance, instance_key

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_start_asks_the_first_to_come_forward(qtbot: QtBot) -> None:
    key = f"advocacy-test-{uuid.uuid4().hex[:12]}"
    first = SingleInstance(key)
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activated, timeout=5_000):
            assert SingleInstance(key).hand_over()
    finally:
        first.close()


def test_nobody_listening_means_this_run_is_the_first(qtbot: QtBot) -> None:
    key = f"advocacy-test-{uuid.uuid4().hex[:12]}"
    assert not SingleInstance(key).hand_over()
    # A socket file left behind by a crash: nobody answers on it, and the next run takes it over.
    stale = QLocalServer()
    assert stale.listen(key)
    stale.close()
    taker = SingleInstance(key)
    assert taker.listen()
    taker.close()


def test_the_key_belongs_to_the_data_folder(tmp_path: Path) -> None:
    assert instance_key(tmp_path / "a") != instance_key(tmp_path / "b")
    assert instance_key(tmp_path / "a") == instance_key(tmp_path / "x" / ".." / "a")


def _listening(key: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(key)
    connected = socket.waitForConnected(200)
    socket.abort()
    return connected


def test_two_processes_one_window(tmp_path: Path) -> None:
    """The real app twice on one data folder: the second says so, exits 0, and opens no window."""
    env = {**os.environ, "ADVOCACY_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--sample"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        key = instance_key(tmp_path / "config")  # the app's config folder under ADVOCACY_HOME
        deadline = time.monotonic() + 60
        while not _listening(key):
            assert first.poll() is None and time.monotonic() < deadline, "the first window never started"
            time.sleep(0.2)
        second = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--sample"],
            check=False,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0
        assert second.stderr.strip() == "Advocacy is already open: its window was brought to the front."
        assert first.poll() is None  # the first window is still running
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_the_key_is_the_folders_sha256_as_it_always_was(tmp_path: Path) -> None:
    import hashlib

    # A window started by an earlier version of the app is found by this one, and the other way round.
    expected = hashlib.sha256(str(tmp_path.resolve()).encode("utf-8")).hexdigest()[:16]
    assert instance_key(tmp_path) == f"advocacy-{expected}"
    assert instance_key(tmp_path / "ü") != instance_key(tmp_path)
