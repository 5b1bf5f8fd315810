"""Ask when a draft should go out, saying what will happen on that network."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from advocacy.domain.models import Network
from ui.widgets.safe_text import plain_label

# Mastodon refuses a time less than five minutes ahead; a little more leaves time to confirm.
EARLIEST_AHEAD = timedelta(minutes=10)
LATEST_AHEAD = timedelta(days=365)


def default_time(now: datetime) -> datetime:
    """The next full hour at least an hour away: a sensible first answer, easy to change."""
    start = (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    return start + timedelta(hours=1) if start - now < timedelta(hours=1) else start


def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def what_happens(network: Network) -> str:
    if network.facts.schedules_on_server:
        return f"{network.label} holds the post and publishes it at that time, even while this app is closed."
    return (
        f"{network.label} cannot hold a post for later: at that time the app reminds you, with the draft "
        "ready to post (the reminder waits in the Plan tab if the app was closed)."
    )


class ScheduleDialog(QDialog):
    def __init__(self, network: Network, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Schedule for {network.label}")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(what_happens(network)))
        preview = plain_label(text)
        preview.setAccessibleName("The text that will be posted")
        layout.addWidget(preview)
        form = QFormLayout()
        now = datetime.now().astimezone()
        self.when = QDateTimeEdit(_qt(default_time(now)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
        self.when.setMinimumDateTime(_qt(now + EARLIEST_AHEAD))
        self.when.setMaximumDateTime(_qt(now + LATEST_AHEAD))  # the same bound the plan keeps
        self.when.setAccessibleName("When to post")
        form.addRow("&When", self.when)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)


def ask_time(parent: QWidget, network: Network, text: str) -> datetime | None:
    dialog = ScheduleDialog(network, text, parent)
    return dialog.chosen() if dialog.exec() else None
