"""Hostile text from networks is shown literally, and only web links are ever opened."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from advocacy.domain.models import (
    AccountSuggestion,
    AuditReport,
    Finding,
    Network,
    Profile,
    Severity,
    SourceOutcome,
    SourceStatus,
)
from advocacy.domain.profile import ProfileConfig
from tests.ui.windows import store_for, workspace
from ui.main_window import MainWindow
from ui.widgets.safe_text import open_web_link

HOSTILE = '<img src="file:///etc/passwd"><b>bold</b><a href="javascript:alert(1)">click</a>'


def test_hostile_text_is_shown_literally_everywhere(qtbot: QtBot) -> None:
    finding = Finding(
        check="company.misspelled",
        severity=Severity.INFO,
        network=Network.MASTODON,
        target="bio",
        message=HOSTILE,
        suggestion=HOSTILE,
        evidence=HOSTILE,
        help_url="javascript:alert(1)",
    )
    outcome = SourceOutcome(
        network=Network.MASTODON,
        account=HOSTILE,
        status=SourceStatus.ERROR,
        error=HOSTILE,
        profile=Profile(network=Network.MASTODON, handle=HOSTILE, display_name=HOSTILE),
    )
    suggestion = AccountSuggestion(Network.GITHUB, HOSTILE, Network.MASTODON, HOSTILE)
    store_for(False).save_audit(
        AuditReport(
            audited_at=datetime(2026, 11, 1, tzinfo=UTC),
            score=50,
            sources=(outcome,),
            findings=(finding,),
            discovered=(suggestion,),
        )
    )
    opened: list[str] = []

    def record(url: str) -> bool:
        opened.append(url)
        return True

    window = MainWindow(workspace(ProfileConfig(), is_sample=False), open_link=record)
    qtbot.addWidget(window)
    window.findings_panel.view.setCurrentIndex(
        window.findings_panel.model.index(0, 0, window.findings_panel.model.index(0, 0))
    )

    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert window.findings_panel.message_label.text() == HOSTILE
    item = window.findings_panel.model.item(0).child(0)
    assert item.text() == HOSTILE
    assert "<img" not in item.toolTip() and "&lt;img" in item.toolTip()  # escaped: shown literally
    assert any(HOSTILE in title + text for title, text in window.dashboard.card_states())
    assert HOSTILE in window.discovered.list.item(0).text()
    # The settings link is javascript: the button stays off and nothing is ever opened.
    assert not window.findings_panel.open_settings_button.isEnabled()
    window.findings_panel._on_open_settings()
    assert opened == []


def test_only_web_links_are_opened() -> None:
    seen: list[str] = []

    def opener(url: QUrl) -> bool:
        seen.append(url.toString())
        return True

    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "smb://host/share",
        "data:text/html,x",
        "https:",
        "  ",
        "mailto:a@b.c",
    ):
        assert open_web_link(bad, opener) is False
    assert open_web_link("https://social.example/settings/profile", opener) is True
    assert seen == ["https://social.example/settings/profile"]
