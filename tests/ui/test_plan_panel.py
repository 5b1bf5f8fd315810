"""The posting plan in the window: schedule from the Share tab (Mastodon holds the post, on a loopback
server, exactly once; elsewhere a reminder), the Plan tab's week, due reminders and their drafts,
cancelling a held post, and the opt-in daily notification."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication, QIcon
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.paths import saved_profile_path
from advocacy.profile_file import load_profile
from tests.keyring_memory import MemoryKeyring
from tests.scheduled_mastodon import ScheduledMastodon
from tests.ui.windows import app_window, settle_plan, workspace
from ui.main_window import MainWindow
from ui.workers.reminder_notifier import ReminderNotifier

HELD_AT = datetime(2031, 6, 1, 9, 30, tzinfo=UTC)
TEXT = "Our plugin guide is out: https://acme.example/guide I work at Acme"


@pytest.fixture(autouse=True)
def _no_dangling_workers() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000), "a background job was left running"


def _window(qtbot: QtBot, config: ProfileConfig) -> MainWindow:
    window = app_window(qtbot, workspace(config, False), confirm=lambda _title, _question: True)
    window.show()
    return window


def _schedule(qtbot: QtBot, window: MainWindow, network: Network, text: str, at: datetime) -> None:
    panel = window.share_panel
    panel._ask_time = lambda _parent, _network, _text: at  # the time picker, answered
    assert panel.load_draft(network, text)
    with qtbot.waitSignal(panel.scheduled, timeout=20_000):
        panel.schedule_button.click()


def test_a_mastodon_post_scheduled_from_the_window_is_held_once_and_cancelled_from_the_plan(
    qtbot: QtBot, scheduling: tuple[HTTPServer, ScheduledMastodon], memory_keyring: MemoryKeyring
) -> None:
    server, mastodon = scheduling
    config = ProfileConfig(
        me=Me(name="Sam", accounts=Accounts(mastodon="@sam@social.example")),
        endpoints=Endpoints(mastodon=server.url_for("").rstrip("/")),
    )
    window = _window(qtbot, config)
    window.workspace.credentials.set(Network.MASTODON, "@sam@social.example", "tok")
    _schedule(qtbot, window, Network.MASTODON, TEXT, HELD_AT)
    assert "Mastodon will post it at" in window.statusBar().currentMessage()
    _schedule(qtbot, window, Network.MASTODON, TEXT, HELD_AT)  # the same click again
    assert list(mastodon.held) == ["1"] and len(mastodon.by_key) == 1  # held once, one Idempotency-Key
    assert mastodon.held["1"]["scheduled_at"] == "2031-06-01T09:30:00Z"

    plan = window.plan_panel
    settle_plan(qtbot, plan, lambda: window.tabs.setCurrentWidget(plan))
    assert plan.entries.count() == 1 and "the server posts it" in plan.entries.item(0).text()
    assert plan.entries.item(0).text().endswith(TEXT)  # which post it is, before cancelling it
    plan.entries.setCurrentRow(0)
    assert plan.cancel_button.isEnabled() and not plan.done_button.isEnabled()
    with qtbot.waitSignal(plan.settled, timeout=20_000):
        plan.cancel_button.click()
    assert mastodon.held == {}
    assert plan.entries_or_empty.is_empty and "Schedule" in plan.entries_or_empty.message.text()


def test_a_reminder_is_planned_once_comes_due_and_offers_its_draft(qtbot: QtBot) -> None:
    config = ProfileConfig(me=Me(name="Sam", accounts=Accounts(mastodon="@sam@social.example", bluesky="sam.example")))
    window = _window(qtbot, config)
    soon = datetime.now(UTC) + timedelta(hours=2)
    _schedule(qtbot, window, Network.BLUESKY, TEXT, soon)
    assert "You will be reminded at" in window.statusBar().currentMessage()
    _schedule(qtbot, window, Network.BLUESKY, TEXT, soon + timedelta(hours=1))
    assert "not planned twice" in window.statusBar().currentMessage()
    plan = window.plan_panel
    settle_plan(qtbot, plan, lambda: window.tabs.setCurrentWidget(plan))  # read in full when shown
    assert plan.entries.count() == 1 and "Bluesky · reminder" in plan.entries.item(0).text()
    assert window.tabs.tabText(window.tabs.indexOf(plan)) == "&Plan"  # nothing due yet

    # One that came due while the app was closed: listed first, and the tab says so.
    window.workspace.store.add_reminder(Network.X, "x-item", "Due text for X", datetime.now(UTC) - timedelta(hours=1))
    settle_plan(qtbot, plan)
    assert window.tabs.tabText(window.tabs.indexOf(plan)) == "&Plan (1 due)"
    assert plan.entries.item(0).text().startswith("X · reminder · due now")
    plan.entries.setCurrentRow(0)
    plan.draft_button.click()
    assert QGuiApplication.clipboard().text() == "Due text for X"
    assert window.tabs.currentWidget() is window.share_panel
    assert window.share_panel.composer_for[Network.X].text() == "Due text for X"
    window.tabs.setCurrentWidget(plan)  # nothing changed meanwhile: shown as it was
    plan.entries.setCurrentRow(0)
    settle_plan(qtbot, plan, plan.done_button.click)
    assert window.tabs.tabText(window.tabs.indexOf(plan)) == "&Plan"
    assert [r.network for r in window.workspace.plan().reminders] == [Network.BLUESKY]


def test_the_week_shows_goals_and_an_empty_plan_says_what_to_do(qtbot: QtBot) -> None:
    window = _window(qtbot, ProfileConfig(me=Me(accounts=Accounts(github="sam"))))
    plan = window.plan_panel
    settle_plan(qtbot, plan, lambda: window.tabs.setCurrentWidget(plan))
    assert plan.week_or_empty.is_empty and "weekly goal" in plan.week_or_empty.message.text()
    config = ProfileConfig(me=Me(accounts=Accounts(mastodon="@sam@social.example", github="sam")))
    settle_plan(qtbot, plan, lambda: window.open_workspace(window.workspace.with_profile(config)))
    window.cancel_audit()
    qtbot.waitUntil(lambda: not plan.week_or_empty.is_empty, timeout=10_000)
    assert not plan.week_or_empty.is_empty and plan.week.rowCount() == 1
    cells = [plan.week.item(0, column).text() for column in range(plan.week.columnCount())]
    assert cells == ["Mastodon", "1 a week", "—", "0", "not read yet: run an audit", "—"]  # never a made-up 0


def test_notifications_are_opt_in_saved_and_at_most_once_a_day(qtbot: QtBot) -> None:
    config = ProfileConfig(me=Me(accounts=Accounts(bluesky="sam.example")))
    window = _window(qtbot, config)
    window.workspace.store.add_reminder(Network.BLUESKY, "item", "Due", datetime.now(UTC) - timedelta(minutes=5))
    notifier = ReminderNotifier(lambda: window.workspace, QIcon(), parent=window)
    assert notifier.check() is None  # not opted in
    window.tabs.setCurrentWidget(window.plan_panel)
    window.plan_panel.reminders_box.click()  # opt in: saved to the app's own profile
    assert load_profile(saved_profile_path()).goals.reminders and window.workspace.config.goals.reminders
    with qtbot.waitSignal(notifier.notified) as shown:
        assert notifier.check() is not None
    assert shown.args[0].startswith("Time to post on Bluesky")
    assert notifier.check() is None  # once a day


def test_reminders_that_came_due_while_the_app_was_closed_are_said_at_start(qtbot: QtBot) -> None:
    config = ProfileConfig(me=Me(accounts=Accounts(bluesky="sam.example")))
    earlier = workspace(config, False)
    earlier.store.add_reminder(Network.BLUESKY, "item", "Due text", datetime.now(UTC) - timedelta(hours=3))
    window = _window(qtbot, config)  # the next start, on another tab
    assert window.tabs.currentWidget() is not window.plan_panel
    qtbot.waitUntil(lambda: "due" in window.tabs.tabText(window.tabs.indexOf(window.plan_panel)), timeout=10_000)
    assert window.tabs.tabText(window.tabs.indexOf(window.plan_panel)) == "&Plan (1 due)"


def test_every_networks_week_is_shown_without_scrolling(qtbot: QtBot) -> None:
    accounts = Accounts(
        mastodon="@sam@social.example",
        bluesky="sam.example",
        linkedin_export="/nowhere/linkedin",
        x_archive="/nowhere/x",
        facebook_export="/nowhere/facebook",
        instagram_export="/nowhere/instagram",
        threads_export="/nowhere/instagram",
    )
    window = _window(qtbot, ProfileConfig(me=Me(accounts=accounts)))
    window.resize(1024, 600)  # a small laptop screen: the list of what is planned gives way first
    plan = window.plan_panel
    settle_plan(qtbot, plan, lambda: window.tabs.setCurrentWidget(plan))
    window.cancel_audit()
    qtbot.waitUntil(lambda: plan.week.rowCount() >= 7, timeout=10_000)
    qtbot.wait(50)
    table = plan.week
    assert not table.verticalScrollBar().isVisible()
    assert table.viewport().height() >= table.verticalHeader().length()


def test_a_cancel_stopped_by_a_missing_token_offers_accounts_and_tokens_and_can_be_tried_again(
    qtbot: QtBot, scheduling: tuple[HTTPServer, ScheduledMastodon], memory_keyring: MemoryKeyring
) -> None:
    server, mastodon = scheduling
    config = ProfileConfig(
        me=Me(name="Sam", accounts=Accounts(mastodon="@sam@social.example")),
        endpoints=Endpoints(mastodon=server.url_for("").rstrip("/")),
    )
    window = _window(qtbot, config)
    credentials = window.workspace.credentials
    credentials.set(Network.MASTODON, "@sam@social.example", "tok")
    _schedule(qtbot, window, Network.MASTODON, TEXT, HELD_AT)
    credentials.delete(Network.MASTODON, "@sam@social.example")  # the token is gone since
    plan = window.plan_panel
    asked: list[str] = []

    def choose_accounts_and_tokens(_parent: object, sentence: str) -> bool:
        asked.append(sentence)
        return True

    plan._ask_fix = choose_accounts_and_tokens
    # What Accounts and tokens leaves behind when a token is set there (the dialog is tested on its own).
    plan._edit_credentials = lambda _parent: credentials.set(Network.MASTODON, "@sam@social.example", "tok")
    settle_plan(qtbot, plan, lambda: window.tabs.setCurrentWidget(plan))
    plan.entries.setCurrentRow(0)
    with qtbot.waitSignal(plan.status_message, timeout=20_000) as said:
        plan.cancel_button.click()
    assert len(asked) == 1 and "Mastodon" in asked[0]
    assert said.args[0].startswith("The post is still scheduled")
    assert list(mastodon.held) == ["1"] and plan.cancel_button.isEnabled()  # still held, and the button is back
    with qtbot.waitSignal(plan.settled, timeout=20_000):
        plan.cancel_button.click()
    assert mastodon.held == {}
