"""File → Export report: the audit as HTML, or as PDF through Qt's own printing (no browser engine)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from advocacy.domain.models import AuditReport
from advocacy.errors import AdvocacyError
from ui.widgets.error_reporting import show_error


def export_report(report: AuditReport, path: Path, charts: list[tuple[str, bytes]]) -> None:
    from advocacy.report_html import render_html

    html = render_html(report, charts=charts)
    if path.suffix.lower() == ".pdf":
        from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(150)
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
    else:
        path.write_text(html, encoding="utf-8")


def ask_and_export(parent: QWidget, report: AuditReport, charts: list[tuple[str, bytes]]) -> str | None:
    """Ask where, write the report; returns what to tell the user, or None when they changed their mind."""
    suggested = str(Path.home() / "audit.html")  # not the folder the app happened to start in
    name, _ = QFileDialog.getSaveFileName(parent, "Export report", suggested, "HTML (*.html);;PDF (*.pdf)")
    if not name:
        return None
    try:
        export_report(report, Path(name), charts)
    except OSError as exc:
        show_error(parent, AdvocacyError(f"The report could not be written to {name} ({exc.strerror or exc})."))
        return "The report was not saved."
    return f"Report saved to {name}."
