"""The Dashboard opens on what changed since the audit before; a partial audit is marked as such in
History and on the charts, whose x-axes carry dates; the charts follow a dark palette and have names."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCharts import QChartView, QDateTimeAxis, QScatterSeries
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advocacy.domain.changes import compare_findings, since_last_time
from advocacy.domain.models import AuditReport, Finding, Network, Severity, SourceOutcome, SourceStatus
from advocacy.domain.profile import ProfileConfig
from advocacy.wording import since_last_time_lines
from tests.checks.profiles import PROFILES
from tests.ui.windows import store_for, workspace
from ui.main_window import MainWindow
from ui.panels.dashboard_charts import PARTIAL

NOW = datetime.now(UTC).replace(microsecond=0)


def _finding(check: str, message: str, network: Network = Network.MASTODON) -> Finding:
    return Finding(check=check, severity=Severity.WARNING, network=network, target="profile", message=message)


NOINDEX = _finding("visibility.noindex", "Your Mastodon profile asks search engines not to index it.")
QUIET = _finding("staleness.last_post", "Your last original Mastodon post was 3 weeks ago.")
NO_COMPANY = _finding("company.missing", "Your Mastodon profile does not say that you work at Acme.")
GITHUB = _finding("company.missing", "Your GitHub profile does not say that you work at Acme.", Network.GITHUB)


def _report(
    when: datetime, score: int, findings: tuple[Finding, ...], *, github_read: bool, followers: int
) -> AuditReport:
    profile = replace(PROFILES[Network.MASTODON], followers_count=followers)
    mastodon = SourceOutcome(Network.MASTODON, "@sam@social.example", SourceStatus.OK, profile=profile)
    github = (
        SourceOutcome(Network.GITHUB, "samrivera", SourceStatus.OK, profile=PROFILES[Network.GITHUB])
        if github_read
        else SourceOutcome(Network.GITHUB, "samrivera", SourceStatus.ERROR, error="api.github.com did not answer.")
    )
    return AuditReport(audited_at=when, score=score, sources=(mastodon, github), findings=findings)


BEFORE = _report(NOW - timedelta(days=10), 70, (NOINDEX, QUIET, GITHUB), github_read=True, followers=120)
AFTER = _report(NOW, 78, (QUIET, NO_COMPANY), github_read=False, followers=130)


def test_fixed_means_gone_with_its_network_read_and_not_dismissed() -> None:
    compared = compare_findings(BEFORE, AFTER, dismissed=set())
    # GitHub was not read the second time: its finding is not "fixed", it was not looked at.
    assert compared.fixed == (NOINDEX,) and compared.new == (NO_COMPANY,) and compared.not_read == 1
    dismissed = compare_findings(BEFORE, AFTER, dismissed={("visibility.noindex", Network.MASTODON, "profile")})
    assert dismissed.fixed == () and dismissed.dismissed == 1


def test_the_lines_say_it_as_a_person_would() -> None:
    heading, lines = since_last_time_lines(since_last_time(BEFORE, AFTER, None, set()))
    assert heading.startswith("Since your audit of ")
    assert lines[0] == "This audit was partial: 1 of 2 networks read (1 failed)."
    assert "Score 70 → 78/100 (+8)." in lines and "1 finding fixed, 1 new." in lines
    assert "1 finding was not checked again: their network was not read this time." in lines
    assert f"Fixed: {NOINDEX.message}" in lines
    assert "Followers: Mastodon 130 (+10)." in lines
    worse = since_last_time(AFTER, BEFORE, None, set())
    assert "Score 78 → 70/100 (−8)." in since_last_time_lines(worse)[1]


def _window(qtbot: QtBot) -> MainWindow:
    store = store_for(False)
    store.save_audit(BEFORE)
    store.save_audit(AFTER)
    window = MainWindow(workspace(ProfileConfig(), is_sample=False))
    qtbot.addWidget(window)
    return window


def test_the_dashboard_opens_on_what_changed_and_history_marks_the_partial_audit(qtbot: QtBot) -> None:
    window = _window(qtbot)
    with qtbot.waitSignal(window.since_last_time_shown, timeout=10_000):
        window.show()
    assert window.tabs.currentWidget() is window.dashboard
    shown = window.since_last_time.text()
    assert shown.startswith("Since your audit of") and "1 finding fixed, 1 new." in shown
    assert window.since_last_time.accessibleDescription().startswith("Since your audit of")
    column = window.history.table.horizontalHeaderItem(3)
    assert column is not None and column.text() == "Networks read"
    cells = [window.history.table.item(row, 3).text() for row in range(2)]  # type: ignore[union-attr]
    assert cells == ["Partial: 1 of 2 networks read (1 failed)", "all 2 networks read"]
    # The oldest audit has none before it: opened from History, it says it is the first.
    with qtbot.waitSignal(window.since_last_time_shown, timeout=10_000):
        window.history.table.cellActivated.emit(1, 0)
    assert "Your first audit" in window.since_last_time.text()


def test_charts_are_dated_mark_the_partial_audit_and_are_named(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.show()
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: len(window.dashboard.findChildren(QChartView)) >= 4)
    views = window.dashboard.findChildren(QChartView)
    assert [view.accessibleName() for view in views] == [view.chart().title() for view in views]
    trend = views[0].chart()
    assert trend.title() == "Score over your audits" and views[0].accessibleDescription().startswith("Latest score 78")
    (x_axis,) = [axis for axis in trend.axes() if isinstance(axis, QDateTimeAxis)]
    assert x_axis.min().toMSecsSinceEpoch() < BEFORE.audited_at.timestamp() * 1000
    assert x_axis.max().toMSecsSinceEpoch() > AFTER.audited_at.timestamp() * 1000
    (squares,) = [s for s in trend.series() if isinstance(s, QScatterSeries) and s.name() == PARTIAL]
    assert [(p.x(), p.y()) for p in squares.points()] == [(AFTER.audited_at.timestamp() * 1000, 78.0)]


def test_charts_follow_a_dark_palette(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QGuiApplication.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    app.setPalette(dark)
    try:
        window = _window(qtbot)
        window.show()
        window.tabs.setCurrentWidget(window.dashboard)
        qtbot.waitUntil(lambda: len(window.dashboard.findChildren(QChartView)) >= 4)
        for view in window.dashboard.findChildren(QChartView):
            chart = view.chart()
            assert chart.backgroundBrush().color().lightness() < 128, chart.title()
            assert chart.titleBrush().color().lightness() > 128, chart.title()
    finally:
        app.setPalette(before)


def test_follower_axes_count_in_whole_round_steps_each_label_once() -> None:
    from ui.panels.dashboard_charts import whole_step

    for top in (0, 1, 3, 7, 12, 64, 312, 845, 4_000, 123_456):
        step = whole_step(top)
        assert step >= 1 and str(step).rstrip("0") in ("1", "2", "5", "25")
        assert top / step <= 5 and (step == 1 or top / step > 1)
