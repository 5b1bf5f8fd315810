"""One window per person: starting the app again brings the running window to the front.

The first run listens on a local socket named after the app's data folder (so two people, or a test
with its own folder, never meet); a later run finds it, asks it to come forward, and ends.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_SHOW = b"show\n"
_WAIT_MS = 1000


def instance_key(folder: Path) -> str:
    # Qt's SHA-256 (the same digest as hashlib's): hashlib would load OpenSSL before the window shows.
    data = str(folder.resolve()).encode("utf-8")
    digest = bytes(QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex().data()).decode()[:16]
    return f"advocacy-{digest}"


class SingleInstance(QObject):
    """Signals:
    activated: another start of the app asked this one to come to the front.
    """

    activated = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._server: QLocalServer | None = None

    def hand_over(self) -> bool:
        """True when another run of the app is listening and was asked to come forward."""
        socket = QLocalSocket()
        socket.connectToServer(self._key)
        if not socket.waitForConnected(_WAIT_MS):
            return False
        socket.write(_SHOW)
        sent = socket.waitForBytesWritten(_WAIT_MS)
        socket.disconnectFromServer()
        return sent

    def listen(self) -> bool:
        """Listen for later runs; False (logged, the app runs on) when the socket cannot be made."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._key):
            # A run that crashed leaves its socket file behind: nobody answered on it, so it is stale.
            QLocalServer.removeServer(self._key)
            if not server.listen(self._key):
                log.warning("single-instance socket unavailable: %s", server.errorString())
                return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        server = self._server
        socket = server.nextPendingConnection() if server is not None else None
        while server is not None and socket is not None:
            # The other run writes at once after connecting: a short wait, no slot kept per socket.
            if not socket.bytesAvailable():
                socket.waitForReadyRead(_WAIT_MS)
            asked = bytes(socket.readAll().data()).startswith(_SHOW.strip())
            socket.disconnectFromServer()
            socket.deleteLater()
            if asked:
                self.activated.emit()
            socket = server.nextPendingConnection()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
