"""Connect…: one account, connected the way its network expects, and who it turned out to be.

What the dialog offers comes from the network's row (``connect``) and what its connector says
(``ConnectGuide``): a sign-in in the browser (Mastodon), or a page to open and a secret to paste
and test (a Bluesky app password, a GitHub token). Every call that touches the network or the
keyring runs off the GUI thread; ``settled`` says when the dialog shows the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocacy.cancellation import CancelToken
from advocacy.connection import Connected, ConnectGuide, NotKept
from advocacy.domain.models import Network
from advocacy.domain.networks import ConnectKind
from advocacy.errors import AdvocacyError, Cancelled
from ui.widgets.error_reporting import show_crash
from ui.widgets.safe_text import open_web_link, plain_label
from ui.workers.background import run_in_background

if TYPE_CHECKING:
    from advocacy.connection.service import Connections
    from advocacy.workspace import Workspace

AskFallback = Callable[[str], bool]


@dataclass(frozen=True)
class _Opened:
    guide: ConnectGuide
    connected: Connected | None
    problem: str | None  # the saved connection is refused now, or the keyring cannot be read


class _BrowserRelay(QObject):
    """Carries the authorize page from the worker to the GUI thread, where the browser is opened."""

    open_requested = Signal(str)


class ConnectDialog(QDialog):
    """Signals:
    settled: an answer came back and is shown (opening, connecting, testing, disconnecting).
    connected(sentence): the account is connected; "Connected as …".
    """

    settled = Signal()
    connected = Signal(str)

    def __init__(
        self,
        connections: Connections,
        network: Network,
        account: str,
        *,
        open_link: Callable[[str], bool] = open_web_link,
        ask_fallback: AskFallback | None = None,
        posting: bool = False,
        timeout: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Connect {network.label}")
        self._connections, self._network = connections, network
        self._open_link = open_link
        self._ask_fallback = ask_fallback or self._ask_fallback_dialog
        self._timeout = timeout
        self._guide: ConnectGuide | None = None
        self._waiting: CancelToken | None = None
        self._saved = False  # something is kept for this account: Disconnect has something to do
        layout = QVBoxLayout(self)
        self.title_label = plain_label(f"{network.label} {account}")
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.steps_label = plain_label("Reading what is saved for this account…")
        layout.addWidget(self.title_label)
        layout.addWidget(self.steps_label)
        self.posting_box = QCheckBox("Let the app &post for me (it shows each post and asks first)")
        self.posting_box.setChecked(posting)
        self.posting_box.setVisible(False)
        layout.addWidget(self.posting_box)
        layout.addLayout(self._build_sign_in_row())
        layout.addWidget(self._build_paste())
        self.address_label = plain_label()  # the authorize page, when no browser opened it
        self.address_label.setVisible(False)
        layout.addWidget(self.address_label)
        self.status_label = plain_label()
        self.status_label.setAccessibleName("Connection")
        layout.addWidget(self.status_label)
        bottom = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.disconnect_button = bottom.addButton("&Disconnect", QDialogButtonBox.ButtonRole.ActionRole)
        self.disconnect_button.setEnabled(False)
        self.disconnect_button.clicked.connect(self.disconnect_account)
        bottom.rejected.connect(self.reject)
        layout.addWidget(bottom)
        self.setMinimumWidth(560)
        self._busy(True)
        run_in_background(self, self._open, on_success=self._on_opened, on_failure=self._on_failed)

    def _build_sign_in_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.connect_button = QPushButton("&Connect…")
        self.connect_button.setVisible(False)
        self.connect_button.clicked.connect(self.sign_in)
        self.stop_button = QPushButton("&Stop waiting")
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop_waiting)
        self.paste_toggle = QPushButton("Paste a token &instead…")
        self.paste_toggle.setVisible(False)
        self.paste_toggle.clicked.connect(lambda: self._show_paste(True))
        for button in (self.connect_button, self.stop_button, self.paste_toggle):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_paste(self) -> QWidget:
        self.paste_box = QWidget()
        box = QVBoxLayout(self.paste_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.paste_steps_label = plain_label()
        box.addWidget(self.paste_steps_label)
        self.page_button = QPushButton()
        self.page_button.clicked.connect(self._on_open_page)
        page_row = QHBoxLayout()
        page_row.addWidget(self.page_button)
        page_row.addStretch(1)
        box.addLayout(page_row)
        form = QFormLayout()
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)  # never shown, as in the tokens dialog
        self.secret_edit.returnPressed.connect(self.test_secret)
        self.secret_label = QLabel("&Token")
        self.secret_label.setBuddy(self.secret_edit)
        form.addRow(self.secret_label, self.secret_edit)
        box.addLayout(form)
        self.test_button = QPushButton("&Test and save")
        self.test_button.clicked.connect(self.test_secret)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        box.addLayout(test_row)
        self.paste_box.setVisible(False)
        return self.paste_box

    # What is saved now ---------------------------------------------------------------------------

    def _open(self) -> _Opened:
        guide = self._connections.guide(self._network)
        try:
            return _Opened(guide, self._connections.status(self._network), None)
        except AdvocacyError as exc:  # refused now, or the keyring cannot be read: said, and Connect… offered
            return _Opened(guide, None, exc.user_message)

    def _on_opened(self, opened: _Opened) -> None:
        guide = self._guide = opened.guide
        sign_in = guide.kind is ConnectKind.SIGN_IN
        self.title_label.setText(f"{self._network.label} {guide.account}")
        self.steps_label.setText(guide.steps)
        self.posting_box.setVisible(sign_in and guide.posting_choice)
        self.connect_button.setVisible(sign_in)
        self.paste_toggle.setVisible(sign_in)
        self.paste_steps_label.setText(guide.paste_steps if sign_in and guide.paste_steps else "")
        self.paste_steps_label.setVisible(bool(self.paste_steps_label.text()))
        self.page_button.setText(guide.page_label or "Open the page")
        self.page_button.setVisible(guide.page is not None)
        self.secret_label.setText(f"&{guide.secret_label}")
        self.secret_edit.setAccessibleName(guide.secret_label)
        self._show_paste(not sign_in)
        self._fit()
        if opened.connected is not None:
            self._say(opened.connected.sentence)
        else:
            self._say(opened.problem or "Not connected yet.")
        self._saved = opened.connected is not None or opened.problem is not None
        self._busy(False)
        (self.connect_button if sign_in else self.secret_edit).setFocus()
        self.settled.emit()

    def _show_paste(self, shown: bool) -> None:
        self.paste_box.setVisible(shown)
        self.paste_toggle.setEnabled(not shown)
        if shown and self.isVisible():
            self.secret_edit.setFocus()

    # Connecting ----------------------------------------------------------------------------------

    def sign_in(self) -> None:
        """Open the server's page in the browser and wait for its answer (Mastodon)."""
        guide = self._guide
        if guide is None:
            return
        cancel = self._waiting = CancelToken()
        relay = _BrowserRelay()  # kept by the job below; delivers to this dialog's thread
        relay.open_requested.connect(self._on_open_requested)
        connections, network, posting, timeout = (
            self._connections,
            self._network,
            self.posting_box.isChecked(),
            self._timeout,
        )
        self._busy(True, waiting=True)
        self.address_label.setVisible(False)
        self._say(f"Opening {guide.where} in your browser…")
        run_in_background(
            self,
            lambda: connections.sign_in(
                network, posting=posting, open_browser=relay.open_requested.emit, cancel=cancel, timeout=timeout
            ),
            on_success=self._on_connected,
            on_failure=self._on_failed,
        )

    def _on_open_requested(self, url: str) -> None:
        guide = self._guide
        where = guide.where if guide else "the server"
        if self._open_link(url):
            self._say(f"Waiting for you to allow Advocacy on {where}, in your browser…")
            return
        self._say(f"No browser opened: copy this address into your browser and allow Advocacy on {where} there.")
        self.address_label.setText(url)
        self.address_label.setVisible(True)
        self._fit()

    def stop_waiting(self) -> None:
        if self._waiting is not None:
            self._waiting.cancel()

    def test_secret(self) -> None:
        """Test what was pasted on the network, and keep it only if the network accepts it."""
        secret = self.secret_edit.text()
        if not secret.strip() or not self.test_button.isEnabled():
            return
        connections, network = self._connections, self._network
        self._busy(True)
        self._say("Testing it…")
        run_in_background(
            self,
            lambda: connections.use_secret(network, secret),
            on_success=self._on_connected,
            on_failure=self._on_failed,
        )

    def _on_connected(self, connected: Connected) -> None:
        self.secret_edit.clear()
        self.address_label.setVisible(False)
        self._say(connected.sentence)
        self._saved = True
        self._busy(False)
        self.connected.emit(connected.sentence)
        self.settled.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.address_label.setVisible(False)
        if self._guide is None:  # it could not even open (the sample): no steps to show, only why
            self.steps_label.setVisible(False)
        if isinstance(exc, NotKept):
            if self._ask_fallback(exc.user_message):
                self._connections.keep_for_session(exc.connected)  # memory only: instant
                self._on_connected(exc.connected)
                return
            self._say("Nothing was saved.")
        elif isinstance(exc, Cancelled):
            self._say("Stopped waiting; nothing was saved.")
        elif isinstance(exc, AdvocacyError):
            self._say(exc.user_message)
        else:
            self._say("Something went wrong; nothing was saved.")
            show_crash(self, type(exc), exc, exc.__traceback__)
        self.settled.emit()

    def disconnect_account(self) -> None:
        connections, network = self._connections, self._network
        self._busy(True)
        self._say("Disconnecting…")

        def done(sentence: str) -> None:
            self._say(sentence)
            self._saved = False
            self._busy(False)
            self.settled.emit()

        run_in_background(self, lambda: connections.disconnect(network), on_success=done, on_failure=self._on_failed)

    # State ---------------------------------------------------------------------------------------

    def _say(self, sentence: str) -> None:
        self.status_label.setText(sentence)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every wrapped line at the width it has: sentences arrive after the dialog
        opened, and a top-level layout does not grow for wrapped text by itself."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    @property
    def status(self) -> str:
        return self.status_label.text()

    def _busy(self, busy: bool, *, waiting: bool = False) -> None:
        # One call at a time; while the browser is out, only Stop waiting works.
        for widget in (self.connect_button, self.test_button, self.paste_toggle, self.page_button, self.posting_box):
            widget.setEnabled(not busy)
        if not busy:
            self.paste_toggle.setEnabled(not self.paste_box.isVisible())
        self.disconnect_button.setEnabled(not busy and self._saved)
        self.connect_button.setText("Connect &again…" if self._saved else "&Connect…")
        self.stop_button.setVisible(waiting)
        if not waiting:
            self._waiting = None

    def _on_open_page(self) -> None:
        guide = self._guide
        if guide is not None and guide.page is not None and not self._open_link(guide.page):
            self._say(f"No browser opened; the page is {guide.page}")

    def done(self, result: int) -> None:
        self.stop_waiting()  # closing the dialog gives up a sign-in under way: nothing waits behind it
        super().done(result)

    def _ask_fallback_dialog(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, "Your password store cannot be reached", message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        keep = box.addButton("Keep for this session only", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Don't keep it", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is keep


def connect_account(parent: QWidget, workspace: Workspace, network: Network, *, posting: bool = False) -> str | None:
    """Open Connect… for the profile's account on ``network``; the sentence saying whose account it
    connected, or None when nothing was connected."""
    account = workspace.config.me.accounts.get(network) or ""
    dialog = ConnectDialog(workspace.connections, network, account, posting=posting, parent=parent)
    said: list[str] = []
    dialog.connected.connect(said.append)
    dialog.exec()
    return said[-1] if said else None
