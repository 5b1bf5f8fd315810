"""A finding's severity as a small coloured chip before its line ("Fix now", "Worth doing", …).

The chip's words are the severity's own label (the domain says them once); its colours are chosen
to read on light and dark palettes alike (white or black text on a saturated fill).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from advocacy.domain.models import Severity

# Holds the severity's value: Qt hands a str subclass back as a plain str.
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
_BY_VALUE = {severity.value: severity for severity in Severity}


def _severity(index: QModelIndex | QPersistentModelIndex) -> Severity | None:
    value = index.data(SEVERITY_ROLE)
    return _BY_VALUE.get(value) if isinstance(value, str) else None


# Fill and text per severity; contrast of each pair is at least 4.5:1.
CHIP_COLOURS: dict[Severity, tuple[str, str]] = {
    Severity.ERROR: ("#b71c1c", "#ffffff"),
    Severity.WARNING: ("#f9a825", "#000000"),
    Severity.INFO: ("#455a64", "#ffffff"),
}
_PAD = 6
_GAP = 8


def chip_width(metrics: QFontMetrics) -> int:
    """One width for every chip, so the lines' text starts in one column."""
    return max(metrics.horizontalAdvance(severity.label) for severity in Severity) + 2 * _PAD


class SeverityChipDelegate(QStyledItemDelegate):
    """Draws a chip for rows that carry a severity (``SEVERITY_ROLE``); other rows as usual."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        severity = _severity(index)
        if severity is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = QFontMetrics(opt.font)
        width = chip_width(metrics)
        rect = QRect(opt.rect)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        chip = QRect(rect.left() + 2, rect.top() + 2, width, rect.height() - 4)
        fill, ink = CHIP_COLOURS[severity]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor(ink))
        painter.setFont(opt.font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, severity.label)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            opt.palette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else opt.palette.ColorGroup.Inactive
        )
        painter.setPen(
            opt.palette.color(group, opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text)
        )
        body = QRect(chip.right() + _GAP, rect.top(), max(0, rect.right() - chip.right() - _GAP), rect.height())
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, body.width())
        painter.drawText(body, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if _severity(index) is not None:
            size.setWidth(size.width() + chip_width(QFontMetrics(option.font)) + _GAP)
        # Every row (groups too): the view keeps uniform row heights, taken from the first row.
        size.setHeight(max(size.height(), QFontMetrics(option.font).height() + 8))
        return size
