"""Tokens: set, replace or delete one per account; the stored value is never shown back.

Every keyring call runs off the GUI thread: a locked keyring can hold a read for as long as its
unlock prompt is open, and the window must not freeze meanwhile. ``settled`` says when the table
shows the keyring as it now is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.domain.profile import ProfileConfig
from advocacy.errors import CredentialsUnavailable
from advocacy.tokens import TokenAccount, token_accounts
from ui.widgets.error_reporting import show_error
from ui.workers.background import run_in_background

# What each account's secret is, and for what, is the core's: ``advocacy tokens`` lists the same.
_Row = TokenAccount


def rows_for(config: ProfileConfig) -> list[_Row]:
    return token_accounts(config)


SAMPLE_ACCOUNTS = "These are the sample's made-up accounts: set up your own profile to connect yours."
AskSecret = Callable[[str], str | None]
AskFallback = Callable[[str], bool]


@dataclass(frozen=True)
class _KeyringView:
    backend: str
    available: bool
    states: tuple[str, ...]  # one per row, never the value itself


class CredentialsDialog(QDialog):
    settled = Signal()

    def __init__(
        self,
        config: ProfileConfig,
        credentials: CredentialStore,
        *,
        ask_secret: AskSecret | None = None,
        ask_fallback: AskFallback | None = None,
        connect: Callable[[QWidget, Network], object] | None = None,
        sample: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Accounts and tokens")
        self._connect = connect
        self._sample = sample  # made-up accounts: listed, never connected or given a token
        self._credentials = credentials
        self._ask_secret = ask_secret or self._ask_secret_dialog
        self._ask_fallback = ask_fallback or self._ask_fallback_dialog
        self._accounts = rows_for(config)
        layout = QVBoxLayout(self)
        self.backend_label = QLabel()
        self.backend_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backend_label.setWordWrap(True)
        layout.addWidget(self.backend_label)
        self.table = QTableWidget(len(self._accounts), 3)
        self.table.setHorizontalHeaderLabels(["Account", "Token", "What it is for"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)  # row numbers mean nothing here
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        # Connecting the way the network expects comes first; pasting a token stays the fallback.
        self.connect_button = QPushButton("&Connect…")
        self.connect_button.setToolTip("Sign in or make a token the way the network expects, tested before it is kept")
        self.connect_button.clicked.connect(self.connect_selected)
        buttons.addWidget(self.connect_button)
        self.set_button = QPushButton("&Set or replace…")
        self.set_button.clicked.connect(self.set_selected)
        self.delete_button = QPushButton("&Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_connect)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()
        if self._accounts:
            self.table.selectRow(0)

    def refresh(self) -> None:
        """Read the keyring in the background; the rows say "checking…" until it answers."""
        for index, row in enumerate(self._accounts):
            self.table.setItem(index, 0, QTableWidgetItem(row.label))
            if self.table.item(index, 1) is None:
                self.table.setItem(index, 1, QTableWidgetItem("checking…"))
            self.table.setItem(index, 2, QTableWidgetItem(row.use))
        self._busy(True)
        run_in_background(self, self._read, on_success=self._show, on_failure=self._failed)

    def _read(self) -> _KeyringView:
        states = tuple(self._state(row.service, row.account) for row in self._accounts)
        return _KeyringView(self._credentials.backend_name(), self._credentials.is_available(), states)

    def _show(self, view: _KeyringView) -> None:
        if self._sample:
            self.backend_label.setText(SAMPLE_ACCOUNTS)
        else:
            self.backend_label.setText(
                f"Tokens are kept in your system keyring ({view.backend}), never in files."
                if view.available
                else "No system keyring is available: tokens can only be kept for this session."
            )
        for index, state in enumerate(view.states):
            self.table.setItem(index, 1, QTableWidgetItem(state))
        self._fit_columns()
        self._busy(False)
        self.settled.emit()

    def _fit_columns(self) -> None:
        """Wide enough to read every column whole, as far as the screen allows."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        wanted = sum(header.sectionSize(i) for i in range(self.table.columnCount())) + 2 * self.table.frameWidth()
        layout = self.layout()
        extra = layout.contentsMargins().left() + layout.contentsMargins().right() if layout is not None else 0
        screen = self.screen()
        room = screen.availableGeometry().width() - 80 if screen is not None else wanted + extra
        if self.width() < min(wanted + extra + 24, room):
            self.resize(min(wanted + extra + 24, room), self.height())
            if screen is not None:  # grown to the right: kept on the screen it opened on
                right = screen.availableGeometry().right()
                overhang = self.frameGeometry().right() - right
                if overhang > 0:
                    self.move(max(screen.availableGeometry().left(), self.x() - overhang), self.y())

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        show_error(self, exc, title="The keyring could not be read")
        self.settled.emit()

    def _busy(self, busy: bool) -> None:
        # One keyring call at a time: a second click waits for the first to be answered.
        self.set_button.setEnabled(not busy and not self._sample)
        self.delete_button.setEnabled(not busy and not self._sample)
        self._update_connect()

    def _update_connect(self) -> None:
        """Connect… for a network whose row says how its accounts connect (the others take a token)."""
        selected = self._selected()
        network = selected.service if selected is not None else None
        connectable = isinstance(network, Network) and network.facts.connect is not None
        self.connect_button.setVisible(self._connect is not None)
        self.connect_button.setEnabled(connectable and self.set_button.isEnabled())
        if self._sample:
            for button in (self.connect_button, self.set_button, self.delete_button):
                button.setToolTip(SAMPLE_ACCOUNTS)

    def connect_selected(self) -> None:
        selected = self._selected()
        if self._connect is None or selected is None or not isinstance(selected.service, Network):
            return
        self._connect(self, selected.service)
        self.refresh()  # whatever the dialog did, the table shows the keyring as it is now

    def _state(self, network: Network | str, handle: str) -> str:
        if self._credentials.is_session_only(network, handle):
            return "kept for this session"
        try:
            stored = self._credentials.get(network, handle)
        except CredentialsUnavailable:
            return "can't reach your password store"
        return "saved" if stored else "none"  # never the value itself

    def _selected(self) -> _Row | None:
        row = self.table.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def set_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        network, handle = selected.service, selected.account
        what = selected.label if isinstance(network, str) else f"Token for {selected.label}"
        secret = self._ask_secret(what)
        if not secret:
            return

        def keep_for_session(exc: BaseException) -> None:
            if not isinstance(exc, CredentialsUnavailable):
                self._failed(exc)
                return
            if self._ask_fallback(exc.user_message):
                self._credentials.remember_for_session(network, handle, secret)  # memory only: instant
            self.refresh()

        self._busy(True)
        run_in_background(
            self,
            lambda: self._credentials.set(network, handle, secret),
            on_success=lambda _none: self.refresh(),
            on_failure=keep_for_session,
        )

    def delete_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return

        def said(exc: BaseException) -> None:
            message = exc.user_message if isinstance(exc, CredentialsUnavailable) else "The token was not deleted."
            QMessageBox.warning(self, "Accounts and tokens", message)
            self.refresh()

        self._busy(True)
        run_in_background(
            self,
            lambda: self._credentials.delete(selected.service, selected.account),
            on_success=lambda _none: self.refresh(),
            on_failure=said,
        )

    def _ask_secret_dialog(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, "Save a token", label, QLineEdit.EchoMode.Password)
        return text.strip() if ok and text.strip() else None

    def _ask_fallback_dialog(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, "Your password store cannot be reached", message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        keep = box.addButton("Keep for this session only", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Don't use a token", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is keep
