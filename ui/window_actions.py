"""The window's actions, menus and toolbar: one place for every shortcut and mnemonic."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


def _action(parent: QObject, text: str, *keys: QKeySequence | str, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if keys:
        action.setShortcuts([QKeySequence(k) if isinstance(k, str) else k for k in keys])
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    return action


class WindowActions:
    def __init__(self, window: QMainWindow) -> None:
        self.audit = _action(
            window,
            "&Run audit",
            "F5",  # keys by name, as Qt.Key.Key_F5 is: Qt's namespace is not made before the first paint
            "Ctrl+R",
            tip="Fetch your profiles again and re-run every check (F5)",
        )
        self.cancel = _action(window, "&Cancel", "Esc", tip="Stop the audit (Esc)")
        self.cancel.setEnabled(False)
        self.open = _action(window, "&Open profile file…", QKeySequence(QKeySequence.StandardKey.Open))
        self.export = _action(window, "&Export report…", "Ctrl+E", tip="Save the audit as HTML or PDF")
        self.export.setEnabled(False)
        self.period_report = _action(
            window,
            "&Report for a period…",
            "Ctrl+Shift+E",
            tip="A month or a quarter of your posts and reach",
        )
        self.setup = _action(window, "&Settings…", "Ctrl+,", tip="Who you are and where you work")
        self.credentials = _action(window, "Accounts and &tokens…", tip="Tokens and app passwords, in the keyring")
        # The platform's Quit keys, and Ctrl+Q everywhere: some platform themes bind none at all.
        quit_keys = {k.toString(): k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)}
        quit_keys.setdefault("Ctrl+Q", QKeySequence("Ctrl+Q"))
        self.quit = _action(window, "&Quit", *quit_keys.values())
        self.quit.triggered.connect(window.close)

        file_menu = window.menuBar().addMenu("&File")
        for action in (self.setup, self.open, self.credentials, self.export, self.period_report):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        audit_menu = window.menuBar().addMenu("&Audit")
        audit_menu.addAction(self.audit)
        audit_menu.addAction(self.cancel)
        self.open_data = _action(window, "Open the &data folder", tip="Where your audits, shares and drafts are kept")
        self.backup = _action(
            window,
            "&Back up or move to another computer…",
            tip="One file with your profile, history, drafts and words (tokens stay in the keyring)",
        )
        self.delete_data = _action(
            window, "Delete a&ll my data…", tip="Your profile, history, drafts, words, cache, log and keyring entries"
        )
        self.about = _action(window, "&About Advocacy", tip="The version, the licence and where your data lives")
        help_menu = window.menuBar().addMenu("&Help")
        help_menu.addAction(self.open_data)
        help_menu.addAction(self.backup)
        help_menu.addSeparator()
        help_menu.addAction(self.delete_data)
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        toolbar = window.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.audit)
        toolbar.addAction(self.cancel)

    def audit_running(self, running: bool) -> None:
        self.audit.setEnabled(not running)
        self.cancel.setEnabled(running)
