"""Exported reports: self-contained, escaped, and a real PDF from the window."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from advocacy.domain.models import AuditReport, Finding, Network, Severity, SourceOutcome, SourceStatus
from advocacy.domain.profile import ProfileConfig
from advocacy.report_html import render_html
from tests.test_cli import run_cli
from tests.ui.windows import store_for, workspace
from ui.dialogs.report_export import export_report
from ui.main_window import MainWindow

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def _report() -> AuditReport:
    finding = Finding(
        check="company.misspelled",
        severity=Severity.WARNING,
        network=Network.MASTODON,
        target="bio",
        message=HOSTILE,
        suggestion="Write “Acme”",
        evidence=HOSTILE,
        replacement="Acme",
    )
    source = SourceOutcome(network=Network.MASTODON, account="@a@x", status=SourceStatus.ERROR, error=HOSTILE)
    return AuditReport(audited_at=datetime(2026, 11, 1, tzinfo=UTC), score=72, sources=(source,), findings=(finding,))


def test_html_escapes_everything_and_loads_nothing() -> None:
    html = render_html(_report())
    assert "<script" not in html.lower() and "<img" not in html.lower()  # escaped, so inert
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "http" not in html  # no external resources
    assert "Score 72/100" in html and "Write “Acme” (text: “Acme”)" in html


def test_cli_html_format(advocacy_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "audit.html"
    result = run_cli("audit", "--sample", "--format", "html", "--output", str(target), home=advocacy_home)
    assert result.returncode == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Mastodon" in html and "staleness.last_post" in html


def test_window_exports_html_and_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    store_for(False).save_audit(_report())
    window = MainWindow(workspace(ProfileConfig(), is_sample=False))
    qtbot.addWidget(window)
    assert window.menu_actions.export.isEnabled()
    report, charts = window.workspace.latest_audit(), window.dashboard.chart_images()
    assert report is not None
    export_report(report, tmp_path / "audit.html", charts)
    export_report(report, tmp_path / "audit.pdf", charts)
    html = (tmp_path / "audit.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html
    assert html.count("src='data:image/png;base64,") == 4  # every dashboard chart, embedded
    pdf = (tmp_path / "audit.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/Image" in pdf  # the charts are in the PDF too
