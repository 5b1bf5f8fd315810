"""Help → Back up or move to another computer…: make one backup file, or restore one made here or on
another computer. The work runs off the GUI thread with a progress bar; a restore says what the file
holds and what it replaces, and asks first.

Signals:
    restored(RestoreOutcome): a backup was restored; the window opens the restored profile.
    settled(str): the work ended (done, refused, not wanted); the sentence said in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocacy.domain.housekeeping import BACKUP_SUFFIX, TOKENS_STAY, BackupContents, RestoreOutcome, joined
from advocacy.errors import AdvocacyError
from advocacy.workspace import Workspace, load_profile_file, profile_to_open
from ui.widgets.dialog_size import open_at_width
from ui.widgets.safe_text import plain_label
from ui.workers.background import run_in_background

WHAT_IT_HOLDS = (
    "A backup is one file with your profile, the company file you imported, your history of audits and "
    "shares, the findings you dismissed, your drafts and your own words. Keep it somewhere safe, or copy it "
    "to your other computer and choose Restore… there."
)

ChooseFile = Callable[[QWidget], Path | None]
Confirm = Callable[[QWidget, str, str], bool]


class _Progress(QObject):
    """Carries the core's progress callback from the worker thread to the bar (a queued signal)."""

    moved = Signal(int, int)


def choose_target(parent: QWidget) -> Path | None:
    dialog = QFileDialog(parent, "Back up to", str(Path.home()), f"Advocacy backups (*{BACKUP_SUFFIX})")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(BACKUP_SUFFIX.lstrip("."))
    dialog.selectFile(f"advocacy-{date.today():%Y-%m-%d}{BACKUP_SUFFIX}")
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None


def choose_source(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, "Restore from", str(Path.home()), f"Advocacy backups (*{BACKUP_SUFFIX});;All files (*)"
    )
    return Path(name) if name else None


def ask_to_restore(parent: QWidget, title: str, question: str) -> bool:
    """Restore or Cancel, Cancel by default: nothing is replaced by an accidental Enter."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is restore


def restore_question(contents: BackupContents) -> str:
    return "\n".join([*contents.lines(), "", contents.replacing()])


def reopened(workspace: Workspace) -> Workspace:
    """What the window shows after a restore: the restored profile (the one the app saves), with this
    run's credentials and rules; else the profile that was open, read afresh from the restored store.
    ``InvalidProfileFile`` (one sentence) when the restored profile cannot be used here."""
    path = profile_to_open(None)
    if path is None:
        return workspace.with_profile(workspace.config, is_sample=workspace.is_sample, path=workspace.path)
    return workspace.with_profile(load_profile_file(path), path=path)


class BackupDialog(QDialog):
    restored = Signal(object)
    settled = Signal(str)

    def __init__(
        self,
        workspace: Callable[[], Workspace],
        *,
        parent: QWidget | None = None,
        before_restore: Callable[[], None] = lambda: None,
        choose_target: ChooseFile = choose_target,
        choose_source: ChooseFile = choose_source,
        confirm: Confirm = ask_to_restore,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Back up or move to another computer")
        self._workspace = workspace
        self._before_restore = before_restore
        self.choose_target, self.choose_source, self.confirm = choose_target, choose_source, confirm
        self._busy = False
        self._progress = _Progress(self)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(WHAT_IT_HOLDS))
        self.tokens_label = plain_label(TOKENS_STAY)
        font = self.tokens_label.font()
        font.setBold(True)
        self.tokens_label.setFont(font)
        layout.addWidget(self.tokens_label)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton("&Back up…")
        self.backup_button.setAccessibleDescription("Write one backup file, to keep or to copy to another computer")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setAccessibleDescription("Restore a backup file made here or on another computer")
        self.restore_button.clicked.connect(self.restore)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setVisible(False)
        self._progress.moved.connect(self._moved)
        layout.addWidget(self.progress)
        self.status = plain_label()
        self.status.setAccessibleName("What happened")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout.addWidget(self.close_buttons)
        open_at_width(self, 560)

    # Making a backup ---------------------------------------------------------------------------

    def back_up(self) -> None:
        workspace = self._workspace()
        self._set_busy(True)  # looked at before a file is asked for: nobody names a file for nothing
        run_in_background(
            self,
            workspace.nothing_to_back_up,
            on_success=lambda why: self._settle(why) if why else self._choose_and_back_up(workspace),
            on_failure=self._failed,
        )

    def _choose_and_back_up(self, workspace: Workspace) -> None:
        self._set_busy(False)
        target = self.choose_target(self)
        if target is None:
            return
        self._start(f"Backing up to {target.name}…")
        run_in_background(
            self,
            lambda: workspace.backup(target, on_progress=self._progress.moved.emit),
            on_success=lambda contents: self._settle(
                f"Saved {target.name} in {target.parent}. It holds {joined(contents.holdings())}."
            ),
            on_failure=self._failed,
        )

    # Restoring one -----------------------------------------------------------------------------

    def restore(self) -> None:
        source = self.choose_source(self)
        if source is None:
            return
        workspace = self._workspace()
        self._start(f"Reading {source.name}…")
        self.progress.setRange(0, 0)  # checking the file has no steps to count
        run_in_background(
            self,
            lambda: workspace.inspect_backup(source),
            on_success=lambda contents: self._ask(workspace, source, contents),
            on_failure=self._failed,
        )

    def _ask(self, workspace: Workspace, source: Path, contents: BackupContents) -> None:
        self.progress.setVisible(False)
        if not self.confirm(self, "Restore this backup?", restore_question(contents)):
            self._settle("Not restored; nothing was changed.")
            return
        self._before_restore()  # the window stops its audit and saves the drafts being typed
        self._start(f"Restoring {source.name}…")
        run_in_background(
            self,
            lambda: workspace.restore_backup(source, on_progress=self._progress.moved.emit),
            on_success=self._restored,
            on_failure=self._failed,
        )

    def _restored(self, outcome: RestoreOutcome) -> None:
        self.restored.emit(outcome)
        self._settle(" ".join(outcome.sentences()))

    # Progress and the end of the work ----------------------------------------------------------

    def _start(self, doing: str) -> None:
        self._set_busy(True)
        self.status.setText(doing)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AdvocacyError):
            self._set_busy(False)
            raise exc  # a bug: the crash dialog
        self._settle(exc.user_message)

    def _settle(self, said: str) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        self.status.setText(said)
        self.settled.emit(said)

    def _set_busy(self, busy: bool) -> None:
        # One piece of work at a time, and the dialog stays until it ends: its result is shown here.
        self._busy = busy
        for widget in (self.backup_button, self.restore_button, self.close_buttons):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
