"""Findings read plainly: one line each with its severity as a chip in words a person uses, groups
counted in the same words, and no truncated Suggestion column (the fix is in the detail pane)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from advocacy.domain.models import Finding, Network, Severity
from ui.panels.findings_model import FINDING_ROLE, summary
from ui.panels.findings_panel import FindingsPanel
from ui.widgets.severity_chip import CHIP_COLOURS


def _finding(severity: Severity, n: int, network: Network = Network.MASTODON) -> Finding:
    return Finding(
        check=f"test.{n}",
        severity=severity,
        network=network,
        target=f"t{n}",
        message=f"Finding {n}",
        suggestion="x" * 300,
    )


FINDINGS = [
    _finding(Severity.ERROR, 1),
    _finding(Severity.WARNING, 2),
    _finding(Severity.INFO, 3),
    _finding(Severity.INFO, 4),
    _finding(Severity.WARNING, 5, Network.GITHUB),
]


def _panel(qtbot: QtBot) -> FindingsPanel:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.model.set_findings(FINDINGS)
    panel.view.expandAll()
    panel.view_or_empty.show_view()
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_every_severity_has_words_and_the_counts_use_them() -> None:
    assert {s.label for s in Severity} == {"Fix now", "Worth doing", "For your information"}
    assert summary(FINDINGS) == "1 to fix now, 2 worth doing, 2 for your information"
    assert summary(FINDINGS[2:4]) == "2 for your information"
    assert "info" not in summary(FINDINGS).replace("information", "")


def test_one_column_one_plain_line_per_finding_with_the_chip_said_to_screen_readers(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    model = panel.model
    assert model.columnCount() == 1  # no Suggestion column cut at its width
    groups = {model.item(row).text() for row in range(model.rowCount())}
    assert groups == {"GitHub (1 worth doing)", "Mastodon (1 to fix now, 1 worth doing, 2 for your information)"}
    mastodon = next(row for row in range(model.rowCount()) if model.item(row).text().startswith("Mastodon"))
    lines = [model.item(mastodon).child(row) for row in range(model.item(mastodon).rowCount())]
    assert [line.text() for line in lines] == ["Finding 1", "Finding 2", "Finding 3", "Finding 4"]
    assert lines[0].data(Qt.ItemDataRole.AccessibleTextRole) == "Fix now: Finding 1"
    assert isinstance(lines[0].data(FINDING_ROLE), Finding)


def test_the_chip_is_painted_in_its_severitys_colour(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    model = panel.model
    mastodon = next(row for row in range(model.rowCount()) if model.item(row).text().startswith("Mastodon"))
    image = panel.view.viewport().grab().toImage()
    for row, severity in enumerate((Severity.ERROR, Severity.WARNING, Severity.INFO)):
        index: QModelIndex = model.index(row, 0, model.index(mastodon, 0))
        rect = panel.view.visualRect(index)
        colours = {image.pixelColor(x, rect.center().y()).name() for x in range(rect.left(), rect.left() + 60)}
        assert QColor(CHIP_COLOURS[severity][0]).name() in colours, (severity, colours)


def test_the_severity_filter_speaks_the_same_words(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    labels = [panel.severity_filter.itemText(i) for i in range(panel.severity_filter.count())]
    assert labels == ["Everything", "Fix now only", "Fix now, worth doing"]
