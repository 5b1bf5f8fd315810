"""Child process for the start-up benchmark: builds the real window like ``ui.app.run_app`` does,
prints the seconds since interpreter start when the window first paints, and exits."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from cli.args import build_parser
from ui.app import initial_workspace
from ui.main_window import MainWindow

STARTED = float(os.environ["BENCH_STARTED_AT"])


class _FirstPaint(QObject):
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time() - STARTED:.4f}", flush=True)
            os._exit(0)
        return False


def main() -> None:
    app = QApplication(sys.argv[:1])
    import checks

    args = build_parser(["--sample"]).parse_args(["--sample"])
    window = MainWindow(initial_workspace(args, rules=checks.DEFAULT_RULES, scorer=checks.score_card))
    spy = _FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
