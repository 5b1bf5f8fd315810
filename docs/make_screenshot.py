"""Regenerate the README's screenshots: the window after auditing the bundled (fictional) sample.

xvfb-run -a -s "-screen 0 1280x800x24" env ADVOCACY_HOME=$(mktemp -d) python docs/make_screenshot.py
(or QT_QPA_PLATFORM=offscreen instead of xvfb-run)

Writes ``docs/screenshot.png`` (Findings, with the sample's typo selected) and, under
``docs/screens/``, every tab at 1280×800 (dashboard, history, share with a typo underlined),
the setup form, the Findings tab under a dark palette, a profile whose networks cannot be reached,
the Dashboard and Findings at the window's minimum size, the Help menu open, and the one
confirmation Delete all my data asks for.

Connect… has its own script, run the same way: ``docs/make_connect_screenshot.py`` writes
``docs/screens/connect.png`` and ``connect-done.png`` against a loopback OAuth server.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea

import checks
from advocacy.domain.housekeeping import DataFolder, DeletionPlan, KeyringEntry
from advocacy.domain.models import Finding, Network, Severity
from advocacy.domain.profile import Accounts, Endpoints
from advocacy.sample import load_sample_profile
from advocacy.workspace import Workspace
from main import audit_rules
from ui.dialogs.setup_dialog import SetupDialog
from ui.main_window import MainWindow
from ui.panels.findings_model import FINDING_ROLE

HERE = Path(__file__).parent


def _wait(signal: object, timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *_args: loop.quit())  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _select_typo(window: MainWindow) -> None:
    model = window.findings_panel.model
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            finding = index.data(FINDING_ROLE)
            if isinstance(finding, Finding) and finding.check.startswith("typo."):
                window.findings_panel.view.setCurrentIndex(index)
                return
    window.findings_panel.view.setCurrentIndex(model.index(0, 0, model.index(0, 0)))


DEFAULT = (1280, 800)


def _shoot(app: QApplication, window: MainWindow, name: str, size: tuple[int, int] = DEFAULT) -> None:
    window.resize(*size)
    for _ in range(3):  # layouts settle over a few passes (cards, charts)
        app.processEvents()
    window.grab().save(str(HERE / "screens" / name))


def _seed_last_week(profile: Workspace) -> None:
    """An audit a week ago for "since last time" to compare with: the sample's own audit as it would
    have read before Sam fixed two findings and gained a few followers (the sample is fictional)."""
    report = profile.run_audit()
    extra = (
        Finding(
            "consistency.display_name",
            Severity.WARNING,
            Network.MASTODON,
            "display_name",
            "Your Mastodon display name is not the name on your other profiles.",
        ),
        Finding(
            "staleness.dead_link",
            Severity.WARNING,
            Network.BLUESKY,
            "link:https://sam.example/old-talks",
            "A link on your Bluesky profile leads to a page that is gone.",
        ),
    )
    sources = tuple(
        replace(s, profile=replace(s.profile, followers_count=max(0, s.profile.followers_count - 9)))
        if s.profile is not None and s.profile.followers_count
        else s
        for s in report.sources
    )
    earlier = replace(
        report,
        audited_at=report.audited_at - timedelta(days=7),
        score=(report.score or 0) - 4,
        sources=sources,
        findings=report.findings + extra,
    )
    import sqlite3

    store = profile.store
    store.save_audit(earlier)
    with sqlite3.connect(store.path) as connection:  # only last week's audit stays; the window audits today
        connection.execute("DELETE FROM audits WHERE id = (SELECT MIN(id) FROM audits)")


def main() -> None:
    app = QApplication(sys.argv[:1])
    profile = Workspace.open(load_sample_profile(), is_sample=True, rules=audit_rules(), scorer=checks.score_card)
    _seed_last_week(profile)
    window = MainWindow(profile)
    window.resize(*DEFAULT)
    window.show()
    window.start_audit()
    _wait(window.findings_shown)
    _wait(window.since_last_time_shown, 5_000)
    window.tabs.setCurrentWidget(window.findings_panel)
    _select_typo(window)
    (HERE / "screens").mkdir(exist_ok=True)
    _shoot(app, window, "findings.png")
    window.grab().save(str(HERE / "screenshot.png"))
    _dashboard_screens(app, window)
    _help_screens(app, window)
    window.tabs.setCurrentWidget(window.history)
    _shoot(app, window, "history.png")
    panel = window.share_panel
    window.tabs.setCurrentWidget(panel)
    panel.refresh_button.click()
    _wait(panel.suggestions_loaded)
    composer = panel.current()
    if composer.spelling is not None:
        composer.editor.setPlainText("A recomended read from my team: " + composer.editor.toPlainText())
        _wait(composer.spelling.checked)
    _shoot(app, window, "share.png")
    # A reminder planned for tomorrow morning (Bluesky cannot hold a post; the app reminds you).
    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).replace(hour=9, minute=30, second=0, microsecond=0)
    bluesky = panel.composer_for[Network.BLUESKY].text()
    profile.schedule(Network.BLUESKY, bluesky, "sample-plan-screenshot", tomorrow)
    window.tabs.setCurrentWidget(window.plan_panel)
    window.plan_panel.refresh()
    _shoot(app, window, "plan.png")
    minimum = (window.minimumWidth(), window.minimumHeight())
    window.tabs.setCurrentWidget(window.dashboard)
    _shoot(app, window, "dashboard-minimum.png", minimum)
    window.tabs.setCurrentWidget(window.findings_panel)
    _shoot(app, window, "findings-minimum.png", minimum)
    settings = SetupDialog(initial=profile.config, find_accounts=profile.find_linked_accounts)
    settings.show()
    app.processEvents()
    settings.grab().save(str(HERE / "screens" / "settings.png"))
    settings.close()
    _failing_sources(app, window, profile)
    _dark_screens(app, window, profile)
    print(f"wrote {HERE / 'screenshot.png'} and {HERE / 'screens'}/*.png")


def _dark_screens(app: QApplication, window: MainWindow, profile: Workspace) -> None:
    # The sample again, under a dark palette, as a desktop in dark mode gives it.
    app.setStyle("Fusion")
    app.setPalette(_dark_palette())
    window.open_workspace(profile)  # drawn afresh: the charts take the palette they are drawn in
    _wait(window.since_last_time_shown, 5_000)
    window.tabs.setCurrentWidget(window.findings_panel)
    _select_typo(window)
    _shoot(app, window, "dark.png")
    window.tabs.setCurrentWidget(window.dashboard)
    _shoot(app, window, "dashboard-dark.png")
    scroll = window.dashboard.findChild(QScrollArea)
    if scroll is not None:
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    _shoot(app, window, "dashboard-reach-dark.png")


def _dashboard_screens(app: QApplication, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    _shoot(app, window, "dashboard.png")
    # Further down the same page: followers and interactions per post, from the first audit on.
    scroll = window.dashboard.findChild(QScrollArea)
    if scroll is not None:
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    _shoot(app, window, "dashboard-reach.png")
    if scroll is not None:
        scroll.verticalScrollBar().setValue(0)


def _help_screens(app: QApplication, window: MainWindow) -> None:
    """The Help menu open over the Dashboard (a menu is a window of its own: drawn onto the window's
    picture where it opens), and Delete all my data's confirmation for the sample's accounts."""
    window.tabs.setCurrentWidget(window.dashboard)
    window.resize(*DEFAULT)
    bar = window.menuBar()
    (help_action,) = [a for a in bar.actions() if a.text() == "&Help"]
    menu = help_action.menu()
    assert isinstance(menu, QMenu)
    bar.setActiveAction(help_action)  # opens the menu under its title, as a click does
    for _ in range(5):
        app.processEvents()
    menu.setActiveAction(window.menu_actions.backup)
    app.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()) + QPoint(0, 0), menu.grab())
    painter.end()
    picture.save(str(HERE / "screens" / "help-menu.png"))
    menu.close()
    bar.setActiveAction(None)  # type: ignore[arg-type]
    from advocacy.data_removal import entry_name
    from ui.dialogs.delete_data_dialog import DeleteDataDialog

    # Sam's folders as a Linux desktop names them, and the secrets the sample's accounts would keep.
    home = Path("/home/sam")
    plan = DeletionPlan(
        folders=(
            DataFolder(
                home / ".config/advocacy",
                "your profile, the company file you imported, your own words and the window's layout",
            ),
            DataFolder(
                home / ".local/share/advocacy",
                "your history of audits and shares, with your drafts and "
                "dismissed findings, the sample's history and copies of your history kept before an upgrade",
            ),
            DataFolder(home / ".cache/advocacy", "copies of pages the app read, kept to read them faster"),
            DataFolder(home / ".local/state/advocacy/log", "the log"),
        ),
        entries=tuple(
            KeyringEntry(service, account, entry_name(service, account))
            for service, account in (
                ("mastodon", "@sam@social.example"),
                ("bluesky", "sam.example"),
                ("bluesky", "sam.example (session)"),
                ("github", "samrivera"),
                ("languagetool", "api_key"),
            )
        ),
    )
    dialog = DeleteDataDialog(plan, window)
    dialog.show()
    for _ in range(3):
        app.processEvents()
    dialog.grab().save(str(HERE / "screens" / "delete-my-data.png"))
    dialog.close()


def _failing_sources(app: QApplication, window: MainWindow, sample: Workspace) -> None:
    """A fictional profile whose servers do not answer (a closed port on this machine): every card
    says why, and the header says nothing could be scored."""
    closed = "http://127.0.0.1:9"
    config = replace(
        sample.config,
        me=replace(sample.config.me, accounts=Accounts(mastodon="@sam@social.example", github="samrivera")),
        endpoints=Endpoints(mastodon=closed, github=closed),
    )
    failing = sample.with_profile(config)
    window.open_workspace(failing)
    window.start_audit()
    _wait(window.findings_shown)
    window.tabs.setCurrentWidget(window.dashboard)
    _shoot(app, window, "failing-source.png")


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


if __name__ == "__main__":
    main()
