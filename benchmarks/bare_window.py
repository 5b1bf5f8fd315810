"""Child process for the start-up benchmark's yardstick: a bare PySide6 window that shows, paints
once and quits, timed from the same moment as the app (before the interpreter starts)."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

STARTED = float(os.environ["BENCH_STARTED_AT"])


class _FirstPaint(QObject):
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time() - STARTED:.4f}", flush=True)
            os._exit(0)
        return False


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QLabel("Hello")
    window.resize(800, 600)
    spy = _FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
