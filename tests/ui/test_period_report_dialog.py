"""File → Report for a period…: a check box per section, the periods by name, the work off the GUI
thread, and a period with nothing in it said in one sentence before any file is asked for."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from advocacy.domain.period import Section
from advocacy.storage import Store
from advocacy.workspace import Workspace, store_path
from tests.pdf_text import text_of
from tests.test_period_report import _fill, _workspace
from ui.dialogs import period_report_dialog
from ui.dialogs.period_report_dialog import Choice, PeriodReportDialog, ask_and_write_period_report

TODAY = date(2026, 11, 30)


def test_a_check_box_per_section_and_the_periods_by_name(qtbot: QtBot) -> None:
    dialog = PeriodReportDialog(None, TODAY)
    qtbot.addWidget(dialog)
    assert [dialog.boxes[s].text().replace("&", "") for s in Section] == [s.heading for s in Section]
    items = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert "Last month (November 2026)" not in items and "Last month (October 2026)" in items
    assert "Last quarter (Q3 2026 (July–September))" in items
    ok = dialog.buttons.buttons()[0]
    assert ok.isEnabled() and not dialog.first.isEnabled()
    for check in dialog.boxes.values():
        check.setChecked(False)
    assert not ok.isEnabled() and "at least one" in dialog.problem.text()
    dialog.boxes[Section.POSTS].setChecked(True)
    dialog.choice.setCurrentIndex(list(Choice).index(Choice.DATES))
    assert dialog.first.isEnabled()
    dialog.first.setDate(dialog.last.date().addDays(-1))
    assert ok.isEnabled() and dialog.chosen_period() is not None
    dialog.first.setDate(dialog.last.date().addDays(1).addMonths(-1))
    dialog.last.setDate(dialog.first.date().addDays(-3))
    assert not ok.isEnabled() and "ends before it starts" in dialog.problem.text()


def test_the_report_is_made_off_the_gui_thread_and_saved_with_the_parts_ticked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = _workspace(tmp_path)
    _fill(Store(store_path(False)), export=str(tmp_path / "exports" / "linkedin.zip"))
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[int] = []
    original = Workspace.period_report

    def watched(self: Workspace, *args: object, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Workspace, "period_report", watched)

    def choose(dialog: PeriodReportDialog) -> bool:
        dialog.choice.setCurrentIndex(list(Choice).index(Choice.LAST_MONTH))
        dialog.boxes[Section.COMPANY_SHARES].setChecked(False)
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        return True

    asked: list[str] = []

    def ask_path(_parent: QWidget, suggested: str, file_filter: str) -> str:
        asked.append(f"{Path(suggested).name} {file_filter}")
        return str(tmp_path / "october")

    status = ask_and_write_period_report(parent, lambda: workspace, today=TODAY, choose=choose, ask_path=ask_path)
    written = tmp_path / "october.pdf"
    assert status == f"Report for October 2026 saved to {written}."
    assert asked == ["report-2026-10.pdf PDF (*.pdf)"]
    assert threads and threading.get_ident() not in threads  # the store was read on the pool
    text = text_of(written.read_bytes())
    assert "Report for October 2026" in text and "Findings fixed" in text
    assert "Shared from the company" not in text and "WidgetOS" not in text


def test_nothing_in_the_period_is_one_sentence_and_no_file_is_asked_for(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = _workspace(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(period_report_dialog, "show_error", lambda _parent, exc, **_: shown.append(str(exc)))
    parent = QWidget()
    qtbot.addWidget(parent)

    def never(*_: object) -> str:
        raise AssertionError("a file was asked for")

    status = ask_and_write_period_report(parent, lambda: workspace, today=TODAY, choose=lambda _: True, ask_path=never)
    assert status == "There is no audit yet, so there is nothing to report: run an audit first."
    assert shown == [status]
    cancelled = ask_and_write_period_report(parent, lambda: workspace, today=TODAY, choose=lambda _: False)
    assert cancelled is None


def test_the_file_menu_opens_it_for_the_profile_on_screen(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.windows import app_window
    from ui.dialogs import period_report_dialog

    window = app_window(qtbot)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert "&Report for a period…" in [a.text() for a in file_menu.actions()]
    asked: list[object] = []

    def ask(_parent: QWidget, workspace_of: Callable[[], Workspace]) -> str:
        asked.append(workspace_of())
        return "Saved the report."

    # The dialog itself is tested above; here only that the menu reaches it with this window's profile.
    monkeypatch.setattr(period_report_dialog, "ask_and_write_period_report", ask)
    window.menu_actions.period_report.trigger()
    assert asked == [window.workspace] and window.statusBar().currentMessage() == "Saved the report."


def test_the_greyed_dates_follow_the_period_chosen(qtbot: QtBot) -> None:
    dialog = PeriodReportDialog(None, date(2026, 12, 5))
    qtbot.addWidget(dialog)
    for index in range(dialog.choice.count()):
        dialog.choice.setCurrentIndex(index)
        choice = Choice(dialog.choice.currentData())
        if choice is Choice.DATES:
            continue
        period = choice.period(date(2026, 12, 5), date(2026, 12, 5), date(2026, 12, 5))
        # A period still running is shown up to today: the date fields go no further.
        shown = (dialog.first.date().toPython(), dialog.last.date().toPython())
        assert shown == (period.first_day, min(period.last_day, date(2026, 12, 5)))
