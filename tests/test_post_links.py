"""A finding that quotes a post links to that post, everywhere: the text report's "in:" line and the
Findings tab's "Open the post" (not the guide the finding cites, such as the FTC's for disclosure)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

import checks
from advocacy.domain.models import AuditReport
from advocacy.report import render_text
from advocacy.workspace import Workspace
from tests.ui.windows import app_window


def _sample_report() -> AuditReport:
    return Workspace.sample(rules=checks.DEFAULT_RULES, scorer=checks.score_card).run_audit()


def test_every_finding_about_a_post_links_to_that_post() -> None:
    report = _sample_report()
    about_posts = [f for f in report.findings if f.target.startswith("post:")]
    assert any(f.check == "disclosure.missing" for f in about_posts)  # the case that linked to a guide
    addresses: dict[tuple[object, str], str] = {(p.network, p.id): p.url for p in report.posts}
    for finding in about_posts:
        address = addresses[(finding.network, finding.target.removeprefix("post:"))]
        # An export that gives no address for a post (Facebook's, Instagram's) links nowhere: never to a guide.
        assert report.link_for(finding) == (address or None), finding
    text = render_text(report)
    assert "ftc.gov" not in "".join(line for line in text.splitlines() if line.strip().startswith("in:"))


def test_open_the_post_opens_the_post(qtbot: QtBot) -> None:
    opened: list[str] = []

    def open_link(url: str) -> bool:
        opened.append(url)
        return True

    window = app_window(qtbot, open_link=open_link)
    report = window.workspace.run_audit()
    window.show_report(report)
    panel = window.findings_panel
    finding = next(f for f in report.findings if f.check == "disclosure.missing")
    panel.show_finding(finding)
    assert panel.open_settings_button.text().replace("&", "") == "Open the post"
    panel.open_settings_button.click()
    assert opened == [report.link_for(finding)] and opened[0] in {p.url for p in report.posts}
