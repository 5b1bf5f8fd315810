"""Tokens: set, replace or delete one per account; the stored value is never shown back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
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

from advocacy.credentials import LANGUAGETOOL, CredentialStore
from advocacy.domain.models import Network
from advocacy.domain.networks import TOKEN_USES as NETWORK_TOKEN_USES
from advocacy.domain.profile import ProfileConfig
from advocacy.errors import CredentialsUnavailable

LOCAL = "local"  # the languagetool_url value for a local installation: no account needed

# Networks whose reading or sharing can use a token, and what it is for.
TOKEN_USES = NETWORK_TOKEN_USES

_LANGUAGETOOL_USE = "LanguageTool's hosted API (premium); not needed for a self-hosted server"


@dataclass(frozen=True)
class _Row:
    service: Network | str  # a network, or another service such as LanguageTool
    account: str
    label: str
    use: str


def rows_for(config: ProfileConfig) -> list[_Row]:
    rows = [
        _Row(network, handle, f"{network.label} {handle}", TOKEN_USES[network])
        for network, handle in config.me.accounts.configured().items()
        if network in TOKEN_USES
    ]
    server = config.audit.languagetool_url
    if server and server != LOCAL:
        rows.append(_Row(LANGUAGETOOL, "username", "LanguageTool username", _LANGUAGETOOL_USE))
        rows.append(_Row(LANGUAGETOOL, "api_key", "LanguageTool API key", _LANGUAGETOOL_USE))
    return rows


AskSecret = Callable[[str], str | None]
AskFallback = Callable[[str], bool]


class CredentialsDialog(QDialog):
    def __init__(
        self,
        config: ProfileConfig,
        credentials: CredentialStore,
        *,
        ask_secret: AskSecret | None = None,
        ask_fallback: AskFallback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Accounts and tokens")
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
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.set_button = QPushButton("&Set or replace…")
        self.set_button.clicked.connect(self.set_selected)
        self.delete_button = QPushButton("&Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()
        if self._accounts:
            self.table.selectRow(0)

    def refresh(self) -> None:
        backend = self._credentials.backend_name()
        self.backend_label.setText(
            f"Tokens are kept in your system keyring ({backend}), never in files."
            if self._credentials.is_available()
            else "No system keyring is available: tokens can only be kept for this session."
        )
        for index, row in enumerate(self._accounts):
            self.table.setItem(index, 0, QTableWidgetItem(row.label))
            self.table.setItem(index, 1, QTableWidgetItem(self._state(row.service, row.account)))
            self.table.setItem(index, 2, QTableWidgetItem(row.use))
        self.table.resizeColumnsToContents()

    def _state(self, network: Network | str, handle: str) -> str:
        if self._credentials.is_session_only(network, handle):
            return "kept for this session"
        try:
            stored = self._credentials.get(network, handle)
        except CredentialsUnavailable:
            return "keyring unavailable"
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
        try:
            self._credentials.set(network, handle, secret)
        except CredentialsUnavailable as exc:
            if self._ask_fallback(exc.user_message):
                self._credentials.remember_for_session(network, handle, secret)
        self.refresh()

    def delete_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        try:
            self._credentials.delete(selected.service, selected.account)
        except CredentialsUnavailable as exc:
            QMessageBox.warning(self, "Accounts and tokens", exc.user_message)
        self.refresh()

    def _ask_secret_dialog(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, "Set token", label, QLineEdit.EchoMode.Password)
        return text.strip() if ok and text.strip() else None

    def _ask_fallback_dialog(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, "No keyring", message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        keep = box.addButton("Keep for this session only", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Don't use a token", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is keep
