"""Expected failures get a calm sentence; bugs get a report the user can copy."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from advocacy.errors import AdvocacyError, Cancelled

log = logging.getLogger(__name__)


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    """A plain-text question whose default answer is No: nothing happens by an accidental Enter."""
    from PySide6.QtCore import Qt  # Qt's namespace too: made with the first box, not at start-up
    from PySide6.QtWidgets import QMessageBox  # the class loads with the first box, not at start-up

    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


# (parent, the sentence) -> the person chose Accounts and tokens… to fix a token or the keyring there.
AskFix = Callable[[QWidget, str], bool]


def offer_fix(parent: QWidget, sentence: str, *, title: str, action: str) -> bool:
    """A sentence with the place that fixes it right there (``action``, a button label) and Close,
    the fix the default: True when the person chose it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, sentence, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    fix = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(fix)
    box.exec()
    return box.clickedButton() is fix


def offer_accounts_and_tokens(parent: QWidget, sentence: str, *, title: str) -> bool:
    """A missing token or keyring, with Accounts and tokens right there (Connect…, or a token kept
    for this session only)."""
    return offer_fix(parent, sentence, title=title, action="&Accounts and tokens…")


def show_error(parent: QWidget | None, exc: BaseException, *, title: str = "Something went wrong") -> None:
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, AdvocacyError):
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, exc.user_message, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return
    show_crash(parent, type(exc), exc, exc.__traceback__)


def show_crash(
    parent: QWidget | None,
    kind: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from advocacy.redaction import redact  # with the first crash, not at start-up

    details = redact("".join(traceback.format_exception(kind, exc, tb)))
    log.error("unexpected error:\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Unexpected error",
        "The app hit a problem it did not expect. Your data is safe; the details below are also in the log "
        "file. Please include them if you report the problem.",
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """PySide prints exceptions raised in slots and carries on; route them to the crash dialog instead."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        show_crash(parent, kind, exc, tb)

    sys.excepthook = hook
