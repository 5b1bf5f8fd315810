"""Findings as a tree: one branch per network, most serious first; one plain line per finding, with
its severity as a chip (the fix itself is in the detail pane). Text is always plain."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from advocacy.domain.models import Finding, Severity
from ui.widgets.safe_text import tooltip
from ui.widgets.severity_chip import SEVERITY_ROLE

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Finding",)


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(tooltip(text))
    return item


def summary(findings: list[Finding]) -> str:
    """ "2 to fix now, 1 worth doing": the most serious first, kinds with none left out."""
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    return ", ".join(f"{counts[s]} {s.counted}" for s in reversed(Severity) if counts[s])


class FindingsModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels(list(COLUMNS))

    def set_findings(self, findings: Iterable[Finding]) -> None:
        self.removeRows(0, self.rowCount())
        groups: dict[str, list[Finding]] = {}
        for finding in findings:
            label = finding.network.label if finding.network else "General"
            groups.setdefault(label, []).append(finding)
        for label in sorted(groups):
            members = sorted(groups[label], key=lambda f: (-f.severity.rank, f.check, f.target))
            branch = _item(f"{label} ({summary(members)})")
            for finding in members:
                line = _item(finding.message)
                line.setData(finding, FINDING_ROLE)
                line.setData(finding.severity.value, SEVERITY_ROLE)
                # A screen reader hears the chip too.
                line.setData(f"{finding.severity.label}: {finding.message}", Qt.ItemDataRole.AccessibleTextRole)
                branch.appendRow(line)
            self.appendRow(branch)

    def finding_at(self, index_row: int, parent_row: int) -> Finding | None:
        branch = self.item(parent_row)
        child = branch.child(index_row) if branch else None
        value = child.data(FINDING_ROLE) if child else None
        return value if isinstance(value, Finding) else None

    def remove_finding(self, finding: Finding) -> None:
        for row in range(self.rowCount()):
            branch = self.item(row)
            for child_row in range(branch.rowCount()):
                if branch.child(child_row).data(FINDING_ROLE) == finding:
                    branch.removeRow(child_row)
                    if branch.rowCount() == 0:
                        self.removeRow(row)
                    return

    def finding_count(self) -> int:
        return sum(self.item(row).rowCount() for row in range(self.rowCount()))
