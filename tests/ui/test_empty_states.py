"""Every list says what to do when it is empty, and a network's card opens its findings."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from advocacy.domain.models import AuditReport, Finding, Network, Profile, Severity, SourceOutcome, SourceStatus
from tests.ui.windows import app_window


def _report(*findings: Finding) -> AuditReport:
    sources = tuple(
        SourceOutcome(n, "sam", SourceStatus.OK, profile=Profile(n, "sam")) for n in (Network.MASTODON, Network.GITHUB)
    )
    return AuditReport(datetime.now(UTC), 80, sources, findings)


def test_before_any_audit_every_list_says_what_to_do(qtbot: QtBot) -> None:
    window = app_window(qtbot)
    window.refresh_shares()
    window.history.show_history([])
    assert window.findings_panel.view_or_empty.is_empty
    assert "press F5" in window.findings_panel.view_or_empty.message.text()
    assert window.history.table_or_empty.is_empty and "press F5" in window.history.table_or_empty.message.text()
    assert window.history.shares_or_empty.is_empty and "Share tab" in window.history.shares_or_empty.message.text()
    assert window.share_panel.items_or_empty.is_empty
    assert "Find something new to share" in window.share_panel.items_or_empty.message.text()


def test_an_audit_with_no_findings_and_filters_that_hide_all_say_so(qtbot: QtBot) -> None:
    window = app_window(qtbot)
    panel = window.findings_panel
    panel.set_report(_report())
    assert panel.view_or_empty.message.text() == "No findings: nothing to fix right now."
    finding = Finding("visibility.noindex", Severity.WARNING, Network.MASTODON, "profile", "Hidden from search.")
    panel.set_report(_report(finding))
    assert not panel.view_or_empty.is_empty
    panel.show_network(Network.GITHUB)
    assert panel.view_or_empty.is_empty and "Nothing matches these filters" in panel.view_or_empty.message.text()


def test_a_card_opens_its_networks_findings(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    window = app_window(qtbot)
    mastodon = Finding("visibility.noindex", Severity.WARNING, Network.MASTODON, "profile", "Hidden from search.")
    github = Finding("visibility.no_company", Severity.INFO, Network.GITHUB, "profile", "No company.")
    window.show()
    window.show_report(_report(mastodon, github))
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.wait(50)
    item = window.dashboard.cards.itemAt(1)  # GitHub
    card = item.widget() if item is not None else None
    assert card is not None
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.findings_panel
    assert window.findings_panel.visible_findings() == [github]
