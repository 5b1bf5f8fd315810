"""Runs audits off the GUI thread and reports back with signals. Owns the cancel token."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from advocacy.cancellation import CancelToken
from advocacy.domain.models import AuditReport
from advocacy.errors import Cancelled
from advocacy.workspace import Workspace
from ui.workers.background import run_in_background


class AuditController(QObject):
    """Signals:
    started: an audit began.
    progressed(done, total): work units done so far (emitted from the worker, delivered queued).
    finished(report): the audit completed and was saved.
    failed(exception): the audit could not run at all (per-source failures are in the report).
    cancelled: the user stopped it; nothing was saved.
    """

    started = Signal()
    progressed = Signal(int, int)
    finished = Signal(AuditReport)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel: CancelToken | None = None

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, workspace: Workspace) -> None:
        """Audit the workspace's profile with its rules, services and text checker, off the GUI thread."""
        if self._cancel is not None:
            return
        cancel = CancelToken()
        self._cancel = cancel

        def work() -> AuditReport:
            return workspace.run_audit(cancel=cancel, on_progress=self.progressed.emit)

        self.started.emit()
        run_in_background(self, work, on_success=self._on_success, on_failure=self._on_failure)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def _on_success(self, report: AuditReport) -> None:
        self._cancel = None
        self.finished.emit(report)

    def _on_failure(self, exc: BaseException) -> None:
        was_cancelled = self._cancel is not None and self._cancel.cancelled
        self._cancel = None
        if isinstance(exc, Cancelled) or was_cancelled:
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
