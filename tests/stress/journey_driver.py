"""One user's journey through the real app, start to Ctrl+Q, for the shutdown stress test.

Run as a script (``python -X dev tests/stress/journey_driver.py``, with ``ADVOCACY_HOME`` set and
``QT_QPA_PLATFORM=offscreen``): it starts the app through ``main.main`` exactly as the console
script does, then drives the window with timers as a person would: the setup form (filled and
saved, a LinkedIn export built from the test fixtures), the audit that follows, "Why this score?" (the
box closed again), and Ctrl+Q while background work may still be running. Exit code 0 means the
app shut down cleanly; a crash at exit shows as a signal or a "Fatal Python error" on stderr.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt, QTimer  # noqa: E402 - after the path is set
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

import main  # noqa: E402
from advocacy.domain.models import Network  # noqa: E402
from ui.dialogs.setup_dialog import SetupDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "linkedin"
STEP_MS = int(os.environ.get("JOURNEY_STEP_MS", "30"))


def _later(ms: int, action: Callable[[], object]) -> None:
    QTimer.singleShot(ms, action)


def _fill_setup() -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, SetupDialog):
        _later(STEP_MS, _fill_setup)
        return
    dialog.name.setText("Sam")
    dialog.account_edits[Network.LINKEDIN].setText(str(_export()))
    dialog.company_name.setText("Acme")
    dialog.try_accept()


def _close_message_box() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QDialog) and box.windowTitle() == "Why this score?":
        box.reject()
    else:
        _later(STEP_MS, _close_message_box)


def _export() -> Path:
    """A LinkedIn export folder, as the user downloads it, built from the recorded test files."""
    folder = Path(os.environ["ADVOCACY_HOME"]) / "export"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("Profile", "Positions", "Shares", "Skills"):
        shutil.copy(FIXTURES / f"apk0703__{name}.csv", folder / f"{name}.csv")
    return folder


def _press_quit(window: MainWindow) -> None:
    """Ctrl+Q once the window is active again (the box just closed): shortcuts go to the active window."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        _later(STEP_MS, lambda: _press_quit(window))
        return
    QTest.keySequence(window, QKeySequence("Ctrl+Q"))


def _journey(window: MainWindow) -> None:
    """Start (the sample's first audit) → setup → the new profile's audit → "Why this score?" → Ctrl+Q."""
    audits = 0

    def after_audit(_count: int) -> None:
        nonlocal audits
        audits += 1
        if audits == 1:  # the sample, audited on first start: now set up one's own profile
            _later(STEP_MS, _fill_setup)
            _later(STEP_MS, window.run_setup)
            return
        window.findings_shown.disconnect(after_audit)
        _later(STEP_MS, _close_message_box)
        if window.header.explain_button.isEnabled():
            window.header.explain_button.click()
        # Ctrl+Q as a person presses it, while the dictionary or the share list may still load.
        _later(STEP_MS, lambda: _press_quit(window))

    window.findings_shown.connect(after_audit)


def run() -> int:
    original_show = MainWindow.show

    def show(self: MainWindow) -> None:
        original_show(self)
        _later(0, lambda: _journey(self))
        # A safety net: a stuck journey must end the run, not hang the test.
        _later(60_000, lambda: QApplication.exit(3))

    MainWindow.show = show  # type: ignore[method-assign,assignment]
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    return main.main(["--sample"])


if __name__ == "__main__":
    sys.exit(run())
