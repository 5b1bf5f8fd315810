"""The app always opens: on a home folder holding every kind of record it can write, at every schema
version since the first, the window starts and every tab draws, with each record in its list.

The databases are built by the app's own migrations up to each version, then filled with the rows
that version allowed (its state checks decide which): audits scored and not audited, shares in every
state, reminders planned, done and dropped, dismissals, drafts.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from advocacy.domain.models import Network
from advocacy.domain.records import ShareState
from advocacy.domain.shares import ShareRecord
from advocacy.paths import database_path
from advocacy.serialization import report_to_dict
from advocacy.storage import Store
from advocacy.store_schema import MIGRATIONS, SCHEMA_VERSION, statements
from advocacy.wording import share_state_words
from advocacy.workspace import Workspace
from tests.ui.windows import app_window, workspace

NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def report_json() -> str:
    """A real audit's report, as the store keeps it."""
    import checks

    sample = Workspace.sample(rules=checks.DEFAULT_RULES, scorer=checks.score_card)
    return json.dumps(report_to_dict(sample.run_audit()))


def _states_at(version: int) -> list[str]:
    """The share states the schema at ``version`` accepts, read from its own CHECK constraint."""
    script = " ".join(MIGRATIONS[:version])
    allowed = [state.value for state in ShareState if f"'{state.value}'" in script]
    return allowed if version >= 4 else []


def _database_at(path: Path, version: int, report: str) -> int:
    """A database at schema ``version`` holding every record that version can hold; returns how many shares."""
    connection = sqlite3.connect(path, isolation_level=None)
    for index in range(version):
        for statement in statements(MIGRATIONS[index]):
            connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {version}")
    audited = (NOW - timedelta(days=3)).isoformat()
    connection.execute(
        "INSERT INTO audits (audited_at, score, findings_count, report) VALUES (?, 71, 3, ?)", (audited, report)
    )
    if version >= 5:  # an audit that could read nothing has no score
        connection.execute(
            "INSERT INTO audits (audited_at, score, findings_count, report) VALUES (?, NULL, 0, ?)",
            (NOW.isoformat(), report),
        )
    if version >= 2:
        column = ", evidence_hash" if version >= 3 else ""
        value = ", ''" if version >= 3 else ""
        connection.execute(
            f"INSERT INTO dismissals (check_id, network, target{column}, dismissed_at) "
            f"VALUES ('staleness.last_post', 'mastodon', 'profile'{value}, ?)",
            (audited,),
        )
    shares = 0
    for number, state in enumerate(_states_at(version)):
        scheduled = ", scheduled_at, remote_id" if version >= 6 else ""
        values = ", ?, ?" if version >= 6 else ""
        extra = ((NOW + timedelta(days=2)).isoformat(), str(number)) if version >= 6 else ()
        url = "https://social.example/@sam/1" if state == "posted" else None
        connection.execute(
            f"INSERT INTO shares (item_key, network, idempotency_key, state, created_at, post_url{scheduled}) "
            f"VALUES (?, 'mastodon', ?, ?, ?, ?{values})",
            (f"item-{number}", f"key-{number}", state, audited, url, *extra),
        )
        shares += 1
    if version >= 7:
        for number, state in enumerate(("planned", "done", "dropped")):
            connection.execute(
                "INSERT INTO reminders (network, item_key, text, due_at, created_at, state) "
                "VALUES ('bluesky', ?, 'A draft', ?, ?, ?)",
                (f"reminder-{number}", (NOW - timedelta(hours=1)).isoformat(), audited, state),
            )
        # Marked as posted from a reminder: a share with no address.
        connection.execute(
            "INSERT INTO shares (item_key, network, idempotency_key, state, created_at) "
            "VALUES ('reminder-1', 'bluesky', 'reminder:2', 'posted', ?)",
            (audited,),
        )
        shares += 1
        connection.execute("INSERT INTO app_state (key, value) VALUES ('last_nudge_day', '2026-01-01')")
    if version >= 11:
        connection.execute(
            "INSERT INTO drafts (item_key, network, text, saved_at) VALUES ('item-0', 'mastodon', 'My words', ?)",
            (audited,),
        )
    connection.close()
    return shares


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_the_window_opens_on_every_kind_of_record_at_every_schema_version(
    qtbot: QtBot, version: int, report_json: str
) -> None:
    path = database_path()
    shares = _database_at(path, version, report_json)
    ws = workspace(workspace().config, is_sample=False)
    window = app_window(qtbot, ws)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        page = window.tabs.widget(index)
        assert page is not None
        assert window.tab_problems.sentence(page) == "", window.tabs.tabText(index)
    assert Store(path).schema_version() == SCHEMA_VERSION
    assert window.history.table.rowCount() == (2 if version >= 5 else 1)
    assert window.history.shares_table.rowCount() == shares
    shown = [window.history.shares_table.item(row, 1).text() for row in range(shares)]  # type: ignore[union-attr]
    for state in _states_at(version):
        url = "https://social.example/@sam/1" if state == "posted" else None
        words = share_state_words(ShareRecord("x", Network.MASTODON, ShareState(state), NOW, url))
        assert any(words.split(" for ")[0] in text for text in shown), (state, shown)


def test_every_share_state_is_drawn_in_its_own_words(qtbot: QtBot) -> None:
    store = Store(database_path())
    for state in ShareState:
        store.record_share(f"item-{state.value}", Network.MASTODON, f"key-{state.value}", state=state, text=state.value)
    window = app_window(qtbot, workspace(workspace().config, is_sample=False))
    table = window.history.shares_table
    rows = {table.item(r, 2).text(): table.item(r, 1).text() for r in range(table.rowCount())}  # type: ignore[union-attr]
    assert set(rows) == {state.value for state in ShareState}
    for state in ShareState:
        words = share_state_words(ShareRecord("x", Network.MASTODON, state, NOW, None))
        assert rows[state.value] == "Mastodon" + (f" ({words})" if words else "")


def test_a_tab_that_cannot_draw_says_so_and_the_window_goes_on(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = app_window(qtbot)

    def broken(*_args: object) -> None:
        raise KeyError("a state this view does not know")

    # A fault put into one view on purpose: the point is what the window does when a view fails.
    monkeypatch.setattr(window.history, "show_shares", broken)
    window.refresh_shares()
    assert "History tab could not be shown" in window.tab_problems.sentence(window.history)
    window.tabs.setCurrentWidget(window.plan_panel)  # the other tabs still work
    assert window.isEnabled()
