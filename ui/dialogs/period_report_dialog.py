"""File → Report for a period…: which period, which sections, which format; then where to save it.

Reading the audits and drawing the report run off the GUI thread (``run_in_background``) while a
modal "Making the report…" waits, so the window keeps painting and nothing else can be started meanwhile.
A period with nothing to report says so in one sentence before anything is asked about a file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QEventLoop, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from advocacy.domain.period import Period, PeriodReport, Section
from advocacy.errors import AdvocacyError
from advocacy.workspace import Workspace
from ui.widgets.error_reporting import show_error
from ui.widgets.mnemonics import Mnemonics
from ui.widgets.safe_text import plain_label
from ui.workers.background import run_in_background

T = TypeVar("T")


class Choice(Enum):
    """The periods offered, in the order shown; ``period`` gives the dates for a day."""

    THIS_MONTH = "This month"
    LAST_MONTH = "Last month"
    THIS_QUARTER = "This quarter"
    LAST_QUARTER = "Last quarter"
    DATES = "Dates…"

    def period(self, today: date, first: date, last: date) -> Period:
        if self is Choice.THIS_MONTH:
            return Period.this_month(today)
        if self is Choice.LAST_MONTH:
            return Period.last_month(today)
        if self is Choice.THIS_QUARTER:
            return Period.this_quarter(today)
        if self is Choice.LAST_QUARTER:
            return Period.last_quarter(today)
        return Period(first, last)


FORMATS = (("PDF", "pdf"), ("HTML page", "html"), ("JSON", "json"))
_FILTERS = {"pdf": "PDF (*.pdf)", "html": "HTML (*.html *.htm)", "json": "JSON (*.json)"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodReportDialog(QDialog):
    """The choices; nothing is read or written here."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle("Report for a period")
        self._today = today
        letters = Mnemonics()
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                "What changed over the period, against your last audit before it, to share. Only the parts "
                "ticked below go in; no file paths and no tokens ever do."
            )
        )
        form = QFormLayout()
        self.choice = QComboBox()
        for choice in Choice:
            self.choice.addItem(self._choice_text(choice), choice)
        self.choice.setCurrentIndex(list(Choice).index(Choice.LAST_MONTH))
        self.choice.setAccessibleName("Period")
        form.addRow(letters.label("Period"), self.choice)
        self.first = QDateEdit(_qdate(today.replace(day=1)))
        self.last = QDateEdit(_qdate(today))
        for edit, name in ((self.first, "From"), (self.last, "To")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(_qdate(today))
            edit.setAccessibleName(f"{name} (a day)")
            edit.dateChanged.connect(self._update)
            form.addRow(letters.label(name), edit)
        self.format = QComboBox()
        for text, value in FORMATS:
            self.format.addItem(text, value)
        self.format.setAccessibleName("Format")
        form.addRow(letters.label("Format"), self.format)
        layout.addLayout(form)
        box = QGroupBox("Put in")
        inside = QVBoxLayout(box)
        self.boxes: dict[Section, QCheckBox] = {}
        for section in Section:
            check = QCheckBox(letters.label(section.heading))
            check.setChecked(True)
            check.setToolTip(section.description[0].upper() + section.description[1:] + ".")
            check.setAccessibleDescription(section.description)
            check.toggled.connect(self._update)
            inside.addWidget(check)
            self.boxes[section] = check
        layout.addWidget(box)
        self.problem = plain_label("")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Make the report…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choice.currentIndexChanged.connect(self._update)
        self._update()

    def _choice_text(self, choice: Choice) -> str:
        if choice is Choice.DATES:
            return choice.value
        return f"{choice.value} ({choice.period(self._today, self._today, self._today).label})"

    def chosen_period(self) -> Period | None:
        choice = self.choice.currentData()
        first, last = _day(self.first.date()), _day(self.last.date())
        if choice is Choice.DATES and last < first:
            return None
        return Choice(choice).period(self._today, first, last)

    def sections(self) -> list[Section]:
        return [section for section, check in self.boxes.items() if check.isChecked()]

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _update(self) -> None:
        custom = self.choice.currentData() is Choice.DATES
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:  # the greyed dates show the period chosen, never stale ones
            period = Choice(self.choice.currentData()).period(self._today, self._today, self._today)
            for edit, day in ((self.first, period.first_day), (self.last, period.last_day)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        problem = ""
        if self.chosen_period() is None:
            problem = "The period ends before it starts: change From or To."
        elif not self.sections():
            problem = "Tick at least one part to put in the report."
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


def _wait_for(parent: QWidget, work: Callable[[], T], what: str) -> T:
    """``work``'s result, run on the pool while a modal note waits; its exception raised here."""
    loop = QEventLoop()
    outcome: list[tuple[bool, object]] = []

    def done(ok: bool, value: object) -> None:
        outcome.append((ok, value))
        loop.quit()

    waiting = QProgressDialog(what, "", 0, 0, parent)
    waiting.setCancelButton(None)  # no Cancel: reading the store and drawing the report are quick and safe
    waiting.setWindowModality(Qt.WindowModality.WindowModal)
    waiting.setMinimumDuration(400)
    waiting.setWindowTitle("Report for a period")
    parent.destroyed.connect(loop.quit)
    run_in_background(parent, work, on_success=lambda value: done(True, value), on_failure=lambda exc: done(False, exc))
    if not outcome:
        loop.exec()
    waiting.reset()
    waiting.deleteLater()
    if not outcome:
        raise AdvocacyError("The window closed before the report was made.")
    ok, value = outcome[0]
    if not ok:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]  # what ``work`` returned


def _ask_path(parent: QWidget, suggested: str, file_filter: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, "Save the report", suggested, file_filter)
    return name


def _render(report: PeriodReport, chosen: str) -> str | bytes:
    if chosen == "pdf":
        from advocacy.period_pdf import render_period_pdf

        return render_period_pdf(report)
    from advocacy.period_render import render_period_html, render_period_json

    return render_period_json(report) if chosen == "json" else render_period_html(report)


def _write(path: Path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def ask_and_write_period_report(
    parent: QWidget,
    workspace_of: Callable[[], Workspace],
    *,
    today: date | None = None,
    choose: Callable[[PeriodReportDialog], bool] | None = None,
    ask_path: Callable[[QWidget, str, str], str] = _ask_path,
) -> str | None:
    """Ask for the period, the parts and the format, make the report, ask where and save it.

    Returns what to tell the user (for the status bar), or None when they changed their mind.
    ``choose`` and ``ask_path`` stand in for the two dialogs in tests."""
    dialog = PeriodReportDialog(parent, today or date.today())
    try:
        if not (choose(dialog) if choose is not None else dialog.exec() == QDialog.DialogCode.Accepted):
            return None
        period, sections, chosen = dialog.chosen_period(), dialog.sections(), dialog.chosen_format()
    finally:
        dialog.deleteLater()
    if period is None or not sections:
        return None
    workspace = workspace_of()
    try:
        report = _wait_for(parent, lambda: workspace.period_report(period, sections), "Reading your audits…")
    except AdvocacyError as exc:  # nothing in the period, or the local data cannot be read
        show_error(parent, exc, title="Report for a period")
        return exc.user_message
    suggested = str(Path.home() / f"report-{period.slug}.{chosen}")  # not the folder the app started in
    name = ask_path(parent, suggested, _FILTERS[chosen])
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (f".{chosen}", ".htm" if chosen == "html" else f".{chosen}"):
        path = path.with_name(path.name + f".{chosen}")
    try:
        _wait_for(parent, lambda: _write(path, _render(report, chosen)), "Making the report…")
    except OSError as exc:
        show_error(parent, AdvocacyError(f"The report could not be written to {path} ({exc.strerror or exc})."))
        return "The report was not saved."
    return f"Report for {period.label} saved to {path}."
