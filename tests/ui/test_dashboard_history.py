"""Dashboard (cards, score trend and posting rhythm charts, offscreen) and history of past audits."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCharts import QChartView, QLineSeries
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from advocacy.domain.models import AuditReport, Finding, Network, Post, Severity, SourceOutcome, SourceStatus
from advocacy.domain.profile import ProfileConfig
from tests.checks.profiles import PROFILES
from tests.ui.windows import store_for, workspace
from ui.main_window import MainWindow
from ui.panels.dashboard_charts import posts_per_week

NOW = datetime.now(UTC)


def _report(score: int, when: datetime) -> AuditReport:
    posts = tuple(
        Post(
            network=Network.MASTODON,
            id=str(i),
            url="",
            created_at=when - timedelta(days=d),
            text="hi",
            is_reply=(i == 3),
        )
        for i, d in enumerate([1, 2, 9, 3, 40])
    )
    source = SourceOutcome(
        network=Network.MASTODON,
        account="@sam@social.example",
        status=SourceStatus.OK,
        profile=PROFILES[Network.MASTODON],
        posts=posts,
    )
    failed = SourceOutcome(
        network=Network.GITHUB,
        account="samrivera",
        status=SourceStatus.ERROR,
        error="api.github.com had a problem on its side; try again later.",
    )
    finding = Finding(
        check="visibility.noindex",
        severity=Severity.WARNING,
        network=Network.MASTODON,
        target="profile",
        message="Your Mastodon profile asks search engines not to index it.",
    )
    from checks.scoring import score_card

    card = score_card([finding], [Network.MASTODON])
    return AuditReport(audited_at=when, score=score, sources=(source, failed), findings=(finding,), score_card=card)


def test_posts_per_week_counts_original_posts_by_calendar_week() -> None:
    thursday = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    counts = posts_per_week(_report(80, thursday), thursday)
    assert counts[Network.MASTODON][-1] == 2  # this week: Wednesday and Tuesday (the reply on Monday does not count)
    assert counts[Network.MASTODON][-2] == 1  # last week: Tuesday, 9 days ago
    assert counts[Network.MASTODON][-7] == 1  # 40 days ago, a Saturday, is six calendar weeks back
    assert sum(counts[Network.MASTODON]) == 4
    monday_morning = datetime(2026, 11, 30, 0, 30, tzinfo=UTC)
    sunday_night = Post(Network.MASTODON, "s", "", monday_morning - timedelta(hours=1), "hi")
    report = AuditReport(monday_morning, 80, (replace(_report(80, thursday).sources[0], posts=(sunday_night,)),), ())
    assert posts_per_week(report, monday_morning)[Network.MASTODON][-2:] == [1, 0]  # Sunday is last week


def test_dashboard_and_history(qtbot: QtBot) -> None:
    store = store_for(False)
    for days_ago, score in ((20, 55), (10, 70), (0, 82)):
        store.save_audit(_report(score, NOW - timedelta(days=days_ago)))
    window = MainWindow(workspace(ProfileConfig(), is_sample=False))
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: len(window.dashboard.findChildren(QChartView)) == 4)
    cards = [window.dashboard.cards.itemAt(i).widget() for i in range(window.dashboard.cards.count())]  # type: ignore[union-attr]
    titles = [card.title() for card in cards]  # type: ignore[union-attr]
    assert titles == ["Mastodon @sam@social.example", "GitHub samrivera"]
    # What the card shows is what it tells a screen reader; and each card has its network's badge.
    shown = ["\n".join(label.text() for label in card.findChildren(QLabel) if label.text()) for card in cards]  # type: ignore[union-attr]
    assert [text for _title, text in window.dashboard.card_states()] == shown
    badges = [[label for label in card.findChildren(QLabel) if not label.pixmap().isNull()] for card in cards]  # type: ignore[union-attr]
    assert [[badge.accessibleName() for badge in found] for found in badges] == [["Mastodon"], ["GitHub"]]
    first, second = shown[0].splitlines(), shown[1].splitlines()
    assert first[0].startswith("Score ") and "Last original post: 1 day ago" in first
    assert "Most important: Your Mastodon profile asks search engines not to index it." in first
    assert any("had a problem on its side" in text for text in second)
    trend = window.dashboard.findChildren(QChartView)[0].chart().series()[0]
    assert isinstance(trend, QLineSeries)
    assert [point.y() for point in trend.points()] == [55, 70, 82]  # oldest to newest
    image = window.dashboard.grab()
    assert not image.isNull() and image.width() > 100

    assert window.history.table.rowCount() == 3
    assert window.history.table.item(2, 1).text() == "55/100"  # type: ignore[union-attr]
    window.history.table.cellActivated.emit(2, 0)  # open the oldest audit
    assert window.header.score_label.text() == "Score 55/100 · 1 of 2 networks read (1 failed)"
    assert window.tabs.currentWidget() is window.findings_panel
