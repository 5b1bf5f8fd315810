"""Findings as a tree: one branch per network, most serious first. Text is always plain."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from advocacy.domain.models import Finding, Severity
from ui.widgets.safe_text import tooltip

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Finding", "Severity", "Suggestion")

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


_icon_cache: dict[Severity, QIcon] = {}


def _icon(severity: Severity) -> QIcon:
    # One icon per severity, shared by every row (QIcon copies are cheap; asking the style is not).
    if severity not in _icon_cache:
        style = QApplication.style()
        _icon_cache[severity] = style.standardIcon(_ICONS[severity]) if style else QIcon()
    return _icon_cache[severity]


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(tooltip(text))
    return item


def _summary(findings: list[Finding]) -> str:
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in reversed(Severity) if counts[s]]
    return ", ".join(parts)


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
            branch = _item(f"{label} ({_summary(members)})")
            for finding in members:
                message = _item(finding.message)
                message.setIcon(_icon(finding.severity))
                message.setData(finding, FINDING_ROLE)
                branch.appendRow([message, _item(finding.severity.value), _item(finding.suggestion)])
            self.appendRow([branch, _item(""), _item("")])

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
