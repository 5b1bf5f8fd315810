"""Without a screen, the window says in one sentence how to start the app, instead of Qt aborting
the process with a dozen lines about platform plugins."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.display_check import no_display_reason

ROOT = Path(__file__).resolve().parents[1]


def test_without_a_display_the_window_says_how_to_start(advocacy_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ADVOCACY_HOME"] = str(advocacy_home)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py")], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    if not sys.platform.startswith("linux"):
        return
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no screen to open the window on" in result.stderr
    assert "advocacy audit" in result.stderr and "Traceback" not in result.stderr


def test_a_display_of_any_kind_lets_the_window_try() -> None:
    assert no_display_reason({"DISPLAY": ":0"}, "linux") is None
    assert no_display_reason({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_reason({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_reason({}, "win32") is None and no_display_reason({}, "darwin") is None
    assert no_display_reason({}, "linux") is not None
