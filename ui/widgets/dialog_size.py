"""A dialog opened at a chosen width, exactly as tall as its wrapped sentences need there.

Size hints are worked out with each word-wrapped label at its own preferred width, so at another
width a dialog is either too short (its buttons drawn over what is above them) or too tall (an
empty band under the text). Asking the layout for its height at the width the dialog opens with
gives neither.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def open_at_width(dialog: QDialog, width: int) -> None:
    layout = dialog.layout()
    needed = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else 0
    dialog.resize(width, max(dialog.minimumSizeHint().height(), needed))
