"""Areas are one closed set: every check id the rules can produce names an ``Area``, and the Findings
filter lists every area (Accessibility and Rhythm included, which the sample produces)."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from advocacy.domain.models import Area

ROOT = Path(__file__).resolve().parents[1]


def test_every_check_id_in_the_code_names_an_area() -> None:
    found = set()
    for path in [*(ROOT / "checks").glob("*.py"), *(ROOT / "advocacy").rglob("*.py")]:
        found |= set(re.findall(r"""check\s*=\s*f?["']([a-z_]+)\.[a-z_{]""", path.read_text(encoding="utf-8")))
    assert found, "no check ids found: the pattern no longer matches the code"
    assert found <= {area.value for area in Area}, found - {area.value for area in Area}


def test_the_findings_filter_lists_every_area_in_order(qtbot: QtBot) -> None:
    from tests.ui.windows import app_window

    window = app_window(qtbot)
    combo = window.findings_panel.area_filter
    listed = []
    for index in range(1, combo.count()):
        combo.setCurrentIndex(index)
        listed.append(combo.current())
    assert listed == list(Area)
    assert [combo.itemText(i) for i in range(1, combo.count())] == [area.label for area in Area]
    report = window.workspace.run_audit()
    produced = {finding.area for finding in report.findings}
    assert "rhythm" in produced and produced <= set(listed)
