"""Regenerate docs/screenshot.png: the window after auditing the bundled (fictional) sample.

QT_QPA_PLATFORM=offscreen ADVOCACY_HOME=$(mktemp -d) python docs/make_screenshot.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

import checks
from advocacy.sample import load_sample_profile
from ui.app import build_services, latest_audit
from ui.audit_controller import AuditController
from ui.main_window import LoadedProfile, MainWindow


def main() -> None:
    app = QApplication(sys.argv[:1])
    profile = LoadedProfile(load_sample_profile(), is_sample=True)
    controller = AuditController(rules=checks.DEFAULT_RULES, scorer=checks.score_card, services_factory=build_services)
    window = MainWindow(
        controller=controller, profile=profile, latest_audit=latest_audit, open_profile=lambda _path: profile
    )
    window.resize(1100, 640)
    window.show()
    loop = QEventLoop()
    window.findings_shown.connect(lambda _count: loop.quit())
    window.start_audit()
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    model = window.findings_model
    window.findings_view.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    app.processEvents()
    target = Path(__file__).with_name("screenshot.png")
    window.grab().save(str(target))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
