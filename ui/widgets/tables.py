"""Tables whose column widths stay put: sized to their contents once, then left as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

_FITTED = "columns_fitted"


def fit_columns_once(table: QTableWidget) -> None:
    """Size the columns to their contents the first time the table has rows; after that the widths
    stay as they are (the person's own, if they dragged one), so a refresh never moves them."""
    if table.rowCount() == 0 or table.property(_FITTED):
        return
    table.resizeColumnsToContents()
    table.setProperty(_FITTED, True)
