"""Regenerate the README's screenshots: the window after auditing the bundled (fictional) sample.

QT_QPA_PLATFORM=offscreen ADVOCACY_HOME=$(mktemp -d) python docs/make_screenshot.py

Writes ``docs/screenshot.png`` (Findings, with the sample's typo selected) and, under
``docs/screens/``, the Dashboard, the Share composer with a typo underlined, Settings, and the
Findings tab under a dark palette.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from ui.findings_panel.model import FINDING_ROLE

import checks
from advocacy.domain.models import Finding
from advocacy.sample import load_sample_profile
from advocacy.workspace import Workspace
from main import audit_rules
from ui.main_window import MainWindow
from ui.setup_dialog import SetupDialog

HERE = Path(__file__).parent


def _wait(signal: object, timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *_args: loop.quit())  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _select_typo(window: MainWindow) -> None:
    model = window.findings_panel.model
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            finding = index.data(FINDING_ROLE)
            if isinstance(finding, Finding) and finding.check.startswith("typo."):
                window.findings_panel.view.setCurrentIndex(index)
                return
    window.findings_panel.view.setCurrentIndex(model.index(0, 0, model.index(0, 0)))


def main() -> None:
    app = QApplication(sys.argv[:1])
    profile = Workspace.open(load_sample_profile(), is_sample=True, rules=audit_rules(), scorer=checks.score_card)
    window = MainWindow(profile)
    window.resize(1100, 640)
    window.show()
    window.start_audit()
    _wait(window.findings_shown)
    _select_typo(window)
    app.processEvents()
    screens = HERE / "screens"
    screens.mkdir(exist_ok=True)
    window.grab().save(str(HERE / "screenshot.png"))
    window.tabs.setCurrentWidget(window.dashboard)
    app.processEvents()
    window.grab().save(str(screens / "dashboard.png"))
    panel = window.share_panel
    window.tabs.setCurrentWidget(panel)
    panel.refresh_button.click()
    _wait(panel.suggestions_loaded)
    composer = panel.current()
    if composer.spelling is not None:
        composer.editor.setPlainText("A recomended read from my team: " + composer.editor.toPlainText())
        _wait(composer.spelling.checked)
    app.processEvents()
    window.grab().save(str(screens / "share.png"))
    settings = SetupDialog(initial=profile.config, find_accounts=profile.find_linked_accounts)
    settings.show()
    app.processEvents()
    settings.grab().save(str(screens / "settings.png"))
    settings.close()
    # The same window under a dark palette, as a desktop in dark mode gives it.
    app.setStyle("Fusion")
    app.setPalette(_dark_palette())
    window.tabs.setCurrentWidget(window.findings_panel)
    app.processEvents()
    window.grab().save(str(screens / "dark.png"))
    print(f"wrote {HERE / 'screenshot.png'} and {screens}/*.png")


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


if __name__ == "__main__":
    main()
