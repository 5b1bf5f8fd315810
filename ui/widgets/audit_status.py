"""What the window shows while an audit runs: the actions' state, the progress bar, the status line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QProgressBar

from advocacy.domain.models import AuditReport, SourceStatus
from ui.widgets.error_reporting import show_error
from ui.window_actions import WindowActions
from ui.workers.audit_controller import AuditController

if TYPE_CHECKING:  # the Findings tab is made when first shown; its module loads then
    from ui.panels.dashboard import DashboardWidget
    from ui.panels.findings_panel import FindingsPanel

STATUS_SECONDS = 8
WORKING = "Auditing your profiles… what it finds appears here when it is done (Esc cancels)."


def show_working(findings: FindingsPanel | None, dashboard: DashboardWidget | None) -> None:
    """Before a profile's first audit ends, its empty views say that one is on its way (a view not
    made yet is told when it is made)."""
    if findings is not None:
        findings.view_or_empty.show_empty(WORKING)
    if dashboard is not None:
        dashboard.summary_label.setText(WORKING)


class AuditStatus:
    def __init__(self, window: QMainWindow, controller: AuditController, actions: WindowActions) -> None:
        self._window = window
        self._actions = actions
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(240)
        # Its words are inside it and it is wide enough for them: never "2 of 1…" cut by the frame.
        self.progress_bar.setFormat("%v of %m networks")
        self.progress_bar.setMinimumWidth(self.progress_bar.fontMetrics().horizontalAdvance("88 of 88 networks") + 48)
        self.progress_bar.setAccessibleName("Audit progress")
        self.progress_bar.setVisible(False)
        window.statusBar().addPermanentWidget(self.progress_bar)
        controller.started.connect(self._on_started)
        controller.progressed.connect(self._on_progressed)
        controller.finished.connect(self._on_finished)
        controller.failed.connect(self._on_failed)
        controller.cancelled.connect(lambda: self._ended("Audit cancelled; the previous results stay."))

    def _on_started(self) -> None:
        self._actions.audit_running(True)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self._window.statusBar().showMessage("Auditing… (Esc to cancel)")

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    def _ended(self, message: str) -> None:
        self._actions.audit_running(False)
        self.progress_bar.setVisible(False)
        self._window.statusBar().showMessage(message, STATUS_SECONDS * 1000)

    def _on_finished(self, report: AuditReport) -> None:
        failed = sum(1 for s in report.sources if s.status is SourceStatus.ERROR)
        noun = "source" if failed == 1 else "sources"
        self._ended(f"Audit finished; {failed} {noun} could not be read." if failed else "Audit finished.")

    def _on_failed(self, exc: BaseException) -> None:
        self._ended("The audit could not run.")
        show_error(self._window, exc, title="The audit could not run")
