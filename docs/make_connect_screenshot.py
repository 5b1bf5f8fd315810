"""Screens of Connect… for the sample's (fictional) Mastodon account: ``docs/screens/connect.png`` as
the dialog opens, and ``docs/screens/connect-done.png`` once the browser came back ("Connected as …").

xvfb-run -a -s "-screen 0 1280x800x24" env ADVOCACY_HOME=$(mktemp -d) python docs/make_connect_screenshot.py

No real network is touched: social.example is a loopback OAuth server (``tests/oauth_server.py``) that
only this process resolves, to 127.0.0.1; the keyring is an in-memory one; and the "browser" is this
script following the authorize page itself, as the tests do.
"""

from __future__ import annotations

import socket
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytest_httpserver import HTTPServer

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.sample import load_sample_profile
from advocacy.workspace import Workspace
from ui.dialogs.connect_dialog import ConnectDialog

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # the loopback server and the in-memory keyring live with the tests
from tests import oauth_server  # noqa: E402
from tests.keyring_memory import MemoryKeyring  # noqa: E402

SERVER = "social.example"  # the sample's Mastodon server


def _wait(signal: Any, timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *_args: loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _shoot(app: QApplication, widget: QWidget, name: str) -> None:
    for _ in range(3):  # layouts settle over a few passes
        app.processEvents()
    widget.grab().save(str(HERE / "screens" / name))


def _loopback_server() -> tuple[HTTPServer, str]:
    """The server on port 80 when it is free, so the dialog names the server as a person would see it."""
    for port in (80, 0):
        server = HTTPServer(host="127.0.0.1", port=port, threaded=True)
        try:
            server.start()
        except OSError:
            continue
        return server, f"http://{SERVER}" if port == 80 else server.url_for("").rstrip("/")
    raise SystemExit("no loopback port could be opened")


def _resolve_the_sample_server_here() -> None:
    """social.example is answered by the loopback server, in this process only."""
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        return real("127.0.0.1" if host == SERVER else host, *args, **kwargs)

    socket.getaddrinfo = getaddrinfo


def main() -> None:
    app = QApplication(sys.argv[:1])
    _resolve_the_sample_server_here()
    server, origin = _loopback_server()
    oauth_server.install(server, username="sam")
    sample = load_sample_profile()
    config = replace(sample, endpoints=sample.endpoints.replaced(Network.MASTODON, origin))
    workspace = Workspace.open(config, is_sample=False, credentials=CredentialStore(backend=MemoryKeyring()))
    handle = config.me.accounts.get(Network.MASTODON) or ""

    def browser(url: str) -> bool:
        oauth_server.browse(url)  # the person allows the app; the server sends the browser back
        return True

    dialog = ConnectDialog(workspace.connections, Network.MASTODON, handle, open_link=browser, posting=True)
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    _wait(dialog.settled)
    (HERE / "screens").mkdir(exist_ok=True)
    _shoot(app, dialog, "connect.png")
    dialog.connect_button.click()
    _wait(dialog.connected)
    _shoot(app, dialog, "connect-done.png")
    dialog.close()
    server.stop()
    print(f"wrote {HERE / 'screens' / 'connect.png'} and connect-done.png")


if __name__ == "__main__":
    main()
