"""Plan: this week against your goals per network, the streak, and what is scheduled or due.

A reminder that has come due offers its draft (copied, and opened in the Share tab), and is then
marked posted or dropped. A Mastodon post the server holds can be cancelled here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocacy.domain.models import Network
from advocacy.domain.plan import quiet_sentence
from advocacy.domain.records import Changed
from advocacy.domain.shares import ShareRecord
from advocacy.errors import AdvocacyError, CredentialsUnavailable, MissingCredential
from advocacy.workspace import Workspace
from ui.shortcuts import undo_shortcut
from ui.widgets.empty_state import EmptyState
from ui.widgets.error_reporting import AskFix, offer_accounts_and_tokens, show_error
from ui.widgets.safe_text import plain_label
from ui.widgets.tables import fit_columns_once
from ui.workers.background import run_in_background

log = logging.getLogger(__name__)
T = TypeVar("T")

if TYPE_CHECKING:  # the plan's modules load with the Plan tab's first full read, not at start-up
    from advocacy.domain.plan import Plan, Reminder

NO_GOALS = "No network with a weekly goal yet: add Mastodon, Bluesky, LinkedIn or X to your profile (Settings)."
NOTHING_PLANNED = "Nothing scheduled: pick something in the Share tab and press Schedule (Alt+C)."
ENTRY_ROLE = Qt.ItemDataRole.UserRole


def _week_cells(plan: Plan) -> list[list[str]]:
    rows = []
    for row in plan.rows:
        if not row.read:
            state = "not read yet: run an audit" if row.read is None else "could not be read: see its card"
            rows.append(
                [row.network.label, f"{row.goal} a week" if row.goal else "no goal", "—", str(row.planned), state, "—"]
            )
            continue
        if row.goal == 0:
            rows.append([row.network.label, "no goal", str(row.posted), str(row.planned), "—", "—"])
            continue
        due = f"{row.due} to plan" if row.due else "on track"
        streak = f"{row.streak} week{'s' if row.streak != 1 else ''}" if row.streak else "—"
        rows.append([row.network.label, f"{row.goal} a week", str(row.posted), str(row.planned), due, streak])
    return rows


def _is_reminder(entry: object) -> bool:
    from advocacy.domain.plan import Reminder

    return isinstance(entry, Reminder)


def _entry_text(entry: Reminder | ShareRecord, plan: Plan) -> str:
    if not isinstance(entry, ShareRecord):
        when = "due now" if entry in plan.due else f"{entry.due_at.astimezone():%a %Y-%m-%d %H:%M}"
        first_line = entry.text.splitlines()[0] if entry.text else ""
        return f"{entry.network.label} · reminder · {when}\n{first_line[:120]}"
    when = f"{entry.scheduled_at.astimezone():%a %Y-%m-%d %H:%M}" if entry.scheduled_at else "later"
    return f"{entry.network.label} · the server posts it · {when}\n{entry.summary}"


class PlanPanel(QWidget):
    """Signals:
    status_message(text): something to tell the user in the status bar.
    draft_requested(network, text): open this draft in the Share tab.
    due_changed(count): how many reminders are due now (the tab's title shows it).
    profile_saved(workspace): the profile changed here (reminders on or off) and was saved.
    wrote(changes): what a click here wrote (a reminder closed, a held post cancelled).
    """

    status_message = Signal(str)
    draft_requested = Signal(Network, str)
    due_changed = Signal(int)
    profile_saved = Signal(Workspace)
    wrote = Signal(Changed)
    settled = Signal()  # the plan (or, off screen, the due count) as the store now has it is shown

    def __init__(
        self,
        workspace: Callable[[], Workspace],
        *,
        edit_credentials: Callable[[QWidget], None] | None = None,
        ask_fix: AskFix | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        # File → Accounts and tokens, opened where a missing token or keyring stops a cancel.
        self._edit_credentials = edit_credentials
        self._ask_fix = ask_fix or partial(offer_accounts_and_tokens, title="The scheduled post was not cancelled")
        self._plan: Plan | None = None
        self._dirty = True
        self._built = False  # the widgets are made when the tab is first shown, not at start-up
        self._generation = 0  # bumped by each refresh: an older answer (another profile's) is dropped

    def _build(self) -> None:
        self._built = True
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label("This week, against your goals (original posts; replies and reposts do not count)")
        )
        self.week = QTableWidget(0, 6)
        self.week.setHorizontalHeaderLabels(["Network", "Goal", "Posted", "Planned", "This week", "Streak"])
        self.week.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.week.verticalHeader().setVisible(False)
        self.week.horizontalHeader().setStretchLastSection(True)
        self.week.setAccessibleName("This week against your goals")
        self.week_or_empty = EmptyState(self.week, NO_GOALS)
        layout.addWidget(self.week_or_empty)  # as tall as its rows (see _fit_week); the list below takes the rest
        self.quiet_label = plain_label("")
        layout.addWidget(self.quiet_label)
        self.advice_label = plain_label("")
        self.advice_label.setAccessibleName("What works for you")
        layout.addWidget(self.advice_label)
        layout.addWidget(plain_label("Scheduled and reminders"))
        self.entries = QListWidget()
        self.entries.setAccessibleName("Scheduled posts and reminders")
        self.entries.setWordWrap(True)
        self.entries.setSpacing(3)
        self.entries.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.entries_or_empty = EmptyState(self.entries, NOTHING_PLANNED)
        layout.addWidget(self.entries_or_empty, 1)
        layout.addLayout(self._build_buttons())
        self.reminders_box = QCheckBox("&Remind me on this computer when a post is due or a network goes quiet")
        self.reminders_box.setToolTip("At most one notification a day; nothing leaves this computer.")
        self.reminders_box.toggled.connect(self._on_reminders_toggled)
        layout.addWidget(self.reminders_box)

    def _fit_week(self) -> None:
        """Tall enough to show every network's row (one per network at most): a week's goals are
        read at a glance, never scrolled."""
        table = self.week
        rows = table.verticalHeader().length()
        scroll_bar = table.horizontalScrollBar()
        bar = scroll_bar.sizeHint().height() if scroll_bar.isVisible() else 0
        header = table.horizontalHeader().sizeHint().height()  # its height before the tab is first shown too
        table.setFixedHeight(header + rows + bar + 2 * table.frameWidth())

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.draft_button = QPushButton("&Use the draft")
        self.draft_button.setAccessibleDescription("Copy the reminder's text and open it in the Share tab")
        self.draft_button.clicked.connect(self._on_use_draft)
        self.done_button = QPushButton("Mar&k as posted")
        self.done_button.clicked.connect(lambda: self._close(done=True))
        self.drop_button = QPushButton("Dr&op it")
        self.drop_button.clicked.connect(lambda: self._close(done=False))
        self.cancel_button = QPushButton("Ca&ncel the scheduled post")
        self.cancel_button.clicked.connect(self._on_cancel_scheduled)
        # Mark as posted and Drop it are taken back with Undo (Ctrl+Z), newest first, this session.
        self._closed: list[Reminder] = []
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Plan the reminder you just marked as posted or dropped again (Ctrl+Z)")
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.undo_close)
        undo_shortcut(self, self.undo_close)
        for button in (self.draft_button, self.done_button, self.drop_button, self.cancel_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def undo_close(self) -> None:
        if not self._closed:
            return
        reminder = self._closed.pop()
        self.undo_button.setVisible(bool(self._closed))
        try:
            reopened = self._workspace().reopen_reminder(reminder)
        except AdvocacyError as exc:
            show_error(self, exc, title="The reminder could not be planned again")
            return
        self.wrote.emit(Changed.REMINDERS | Changed.SHARES)
        self.status_message.emit(
            "The reminder is planned again." if reopened else "It was planned again meanwhile; that plan stands."
        )
        self.refresh()

    # Showing ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The whole plan when the tab is on screen; otherwise only what the tab's title says (how many
        reminders are due), and the rest when it is shown: the window starts without reading it all."""
        workspace = self._workspace()
        self._generation += 1
        generation = self._generation

        def current(show: Callable[[T], None]) -> Callable[[T], None]:
            return lambda value: show(value) if generation == self._generation else None

        # The store is read off the GUI thread: a large history or a slow disk never freezes the window.
        if not self.isVisible():
            self._dirty = True
            run_in_background(
                self, workspace.due_reminders, on_success=current(self._show_due), on_failure=current(self._failed)
            )
            return
        self._dirty = False
        if not self._built:
            self._build()
        run_in_background(
            self,
            workspace.plan,
            on_success=current(lambda plan: self._show(workspace, plan)),
            on_failure=current(self._failed),
        )

    def _show_due(self, due: int) -> None:
        self.due_changed.emit(due)
        self.settled.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, AdvocacyError):
            self.status_message.emit(exc.user_message)
        else:
            log.error("the plan could not be read", exc_info=exc)
            self.status_message.emit("The plan could not be read; your data is kept. The log file has the details.")
        self.settled.emit()

    def _show(self, workspace: Workspace, plan: Plan) -> None:
        self._plan = plan
        cells = _week_cells(plan)
        self.week.setRowCount(len(cells))
        for row, values in enumerate(cells):
            for column, value in enumerate(values):
                self.week.setItem(row, column, QTableWidgetItem(value))
        fit_columns_once(self.week)
        self._fit_week()
        if cells:
            self.week_or_empty.show_view()
        else:
            self.week_or_empty.show_empty()
        self.quiet_label.setText(quiet_sentence(plan.quiet))
        advice = [f"• {f.network.label + ': ' if f.network else ''}{f.message}" for f in plan.advice]
        self.advice_label.setText("\n".join(["What works for you, from your own posts:", *advice]) if advice else "")
        self.entries.clear()
        entries = plan.upcoming()
        for entry in entries:
            item = QListWidgetItem(_entry_text(entry, plan))
            item.setData(ENTRY_ROLE, entry)
            self.entries.addItem(item)
        if entries:
            self.entries_or_empty.show_view()
            self.entries.setCurrentRow(0)
        else:
            self.entries_or_empty.show_empty()
        self.reminders_box.blockSignals(True)
        self.reminders_box.setChecked(workspace.config.goals.reminders)
        self.reminders_box.setEnabled(not workspace.is_sample)
        self.reminders_box.blockSignals(False)
        self._update_buttons()
        self.due_changed.emit(len(plan.due))
        self.settled.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:
            self._build()
        if self._dirty:
            self.refresh()

    def _current(self) -> Reminder | ShareRecord | None:
        item = self.entries.currentItem()
        entry = item.data(ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, ShareRecord) or _is_reminder(entry) else None

    def _update_buttons(self) -> None:
        entry = self._current()
        is_reminder = _is_reminder(entry)
        for button in (self.draft_button, self.done_button, self.drop_button):
            button.setEnabled(is_reminder)
        self.cancel_button.setEnabled(isinstance(entry, ShareRecord) and bool(entry.remote_id))

    # Acting -----------------------------------------------------------------------------------

    def _on_use_draft(self) -> None:
        entry = self._current()
        if entry is not None and not isinstance(entry, ShareRecord):
            QGuiApplication.clipboard().setText(entry.text)
            self.draft_requested.emit(entry.network, entry.text)
            self.status_message.emit(
                f"The draft is copied and open in the Share tab: post it on {entry.network.label}, "
                "then mark it as posted here."
            )

    def _close(self, *, done: bool) -> None:
        entry = self._current()
        if entry is None or isinstance(entry, ShareRecord):
            return
        try:
            closed = self._workspace().close_reminder(entry, done=done)
        except AdvocacyError as exc:
            show_error(self, exc, title="The reminder could not be changed")
            return
        if not closed:
            self.status_message.emit("That reminder was already closed (in another window?); nothing changed.")
            self.refresh()
            return
        self.wrote.emit(Changed.REMINDERS | (Changed.SHARES if done else Changed.NOTHING))
        self._closed.append(entry)
        self.undo_button.setVisible(True)
        self.status_message.emit(
            f"Recorded as posted on {entry.network.label}: it counts this week and is not suggested again. "
            "Ctrl+Z takes it back."
            if done
            else "Reminder dropped. Ctrl+Z takes it back."
        )
        self.refresh()

    def _on_cancel_scheduled(self) -> None:
        entry = self._current()
        if not isinstance(entry, ShareRecord) or not entry.remote_id:
            return
        workspace, network, remote_id = self._workspace(), entry.network, entry.remote_id
        self.cancel_button.setEnabled(False)
        run_in_background(
            self,
            lambda: workspace.cancel_scheduled(network, remote_id),
            on_success=lambda _none: self._after_cancel(),
            on_failure=self._cancel_failed,
        )

    def _cancel_failed(self, exc: BaseException) -> None:
        """The post is still held: the button comes back, and a missing token or keyring is
        fixable right here (Accounts and tokens: Connect…, or a token for this session only)."""
        self._update_buttons()
        if self._edit_credentials is not None and isinstance(exc, MissingCredential | CredentialsUnavailable):
            if self._ask_fix(self, exc.user_message):
                self._edit_credentials(self)
                self.status_message.emit("The post is still scheduled: cancel it again once the token is set.")
            return
        show_error(self, exc, title="The scheduled post was not cancelled")

    def _after_cancel(self) -> None:
        self.wrote.emit(Changed.SHARES)
        self.status_message.emit("The scheduled post was cancelled; the server will not post it.")
        self.refresh()

    def _on_reminders_toggled(self, on: bool) -> None:
        from dataclasses import replace

        workspace = self._workspace()
        config = replace(workspace.config, goals=replace(workspace.config.goals, reminders=on))
        try:
            saved = workspace.saved_as_own(config)
        except Exception as exc:  # shown to the user; bugs go to the crash dialog
            show_error(self, exc, title="The setting could not be saved")
            return
        self.profile_saved.emit(saved)
        self.status_message.emit("Reminders are on: at most one a day." if on else "Reminders are off.")
