"""The window's one holder of the open workspace, and the change events every view reacts to.

Views never refresh each other by hand: whatever writes (a share, a reminder closed, a finding
dismissed, an audit saved) says what it changed with ``wrote``, and each view listens to
``data_changed`` for the kinds it shows. A different profile is ``changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from advocacy.domain.records import Changed
from advocacy.workspace import Workspace


class WorkspaceHolder(QObject):
    """Signals:
    changed: another profile (another workspace) is open.
    data_changed(Changed): an operation on the open workspace wrote these kinds of data.
    """

    changed = Signal()
    data_changed = Signal(Changed)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    def replace(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self.changed.emit()

    def wrote(self, changes: Changed) -> None:
        if changes:
            self.data_changed.emit(changes)
