"""Runs audits off the GUI thread and reports back with signals. Owns the cancel token."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from advocacy.cancellation import CancelToken
from advocacy.domain.audit_input import Rule, Scorer
from advocacy.domain.models import AuditReport
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.text_check import TextCheckerFactory
from advocacy.errors import Cancelled
from ui.background import run_in_background

if TYPE_CHECKING:  # the runner pulls in requests and bs4; load it when the first audit starts
    from advocacy.audit_runner import AuditServices


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
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        *,
        rules: Sequence[Rule],
        scorer: Scorer,
        services_factory: Callable[[bool], AuditServices],
        text_checker: TextCheckerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``text_checker`` checks spelling before the rules run; without it the audit has no typo findings."""
        super().__init__(parent)
        self._rules = tuple(rules)
        self._scorer = scorer
        self._services_factory = services_factory
        self._text_checker = text_checker
        self._cancel: CancelToken | None = None

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, config: ProfileConfig, *, is_sample: bool) -> None:
        if self._cancel is not None:
            return
        cancel = CancelToken()
        self._cancel = cancel
        rules, scorer, factory, text_checker = self._rules, self._scorer, self._services_factory, self._text_checker

        def work() -> AuditReport:
            from advocacy.audit_runner import run_audit

            return run_audit(
                config,
                rules=rules,
                scorer=scorer,
                services=factory(is_sample),
                cancel=cancel,
                on_progress=self.progressed.emit,
                text_checker=text_checker,
            )

        self.started.emit()
        run_in_background(self, work, on_success=self._on_success, on_failure=self._on_failure)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def _on_success(self, report: object) -> None:
        self._cancel = None
        self.finished.emit(report)

    def _on_failure(self, exc: BaseException) -> None:
        was_cancelled = self._cancel is not None and self._cancel.cancelled
        self._cancel = None
        if isinstance(exc, Cancelled) or was_cancelled:
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
