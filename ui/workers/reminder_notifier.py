"""Desktop notifications for the posting plan: opt-in, at most one a day (the workspace decides).

Checked shortly after start (so reminders that came due while the app was closed are said at once)
and then every few minutes. Uses the system tray where there is one; elsewhere the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from advocacy.errors import AdvocacyError
from advocacy.workspace import Workspace

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 3_000
CHECK_EVERY_MS = 5 * 60_000


class ReminderNotifier(QObject):
    """Signals:
    notified(text): a nudge was shown (in the tray, or to be shown in the status bar).
    """

    notified = Signal(str)

    def __init__(self, workspace: Callable[[], Workspace], icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Advocacy")
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        QTimer.singleShot(FIRST_CHECK_MS, self.check)
        self._timer.start()

    def check(self) -> str | None:
        try:
            text = self._workspace().nudge()
        except AdvocacyError as exc:
            log.info("no reminder check: %s", exc.user_message)
            return None
        if text is None:
            return None
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage("Advocacy", text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.notified.emit(text)
        return text
