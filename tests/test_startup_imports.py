"""Start-up stays light: what the window imports before its first paint is counted, and a test fails
when it grows (python -m benchmarks.startup measures the time itself).

The window is built as benchmarks/first_paint.py builds it, on the sample with its last audit, and
``sys.modules`` is read when the window first paints: what a worker thread loads after the paint
(since last time, the due count) is not counted, what the window needs to draw is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Modules loaded before the first paint beyond PySide6, as measured when this budget was set (74),
# with a little room. Raise it only with a start-up benchmark run that shows the cost is worth it.
BUDGET = 76
# Of those, the app's own (each is compiled from source wherever bytecode is not cached): 53 measured.
OWN_BUDGET = 55
OWN_PACKAGES = ("advocacy", "checks", "cli", "ui", "resources")
WHAT_TO_DO = (
    "Import it where it is first used (inside the function, the slot, the tab's factory in "
    "ui/main_window.py), or under TYPE_CHECKING for a type; see the Start-up commits on how."
)
# Never before the first paint: the network stack, the keyring, what only an audit, a draft, a share
# or another tab needs, and the standard library's heavier modules the first paint has no use for.
NOT_AT_START = (
    # what an audit fetches and checks with
    "requests",
    "urllib3",
    "keyring",
    "phonenumbers",
    "twitter_text",
    "feedparser",
    "bs4",
    "regex",
    "vaderSentiment",
    "rapidfuzz",
    "language_tool_python",
    "yaml",
    "advocacy.networks",
    "advocacy.spelling",
    "advocacy.http_session",
    "advocacy.audit_runner",
    "advocacy.domain.audit_input",
    "checks.accessibility",
    "checks.company",
    "checks.consistency",
    "checks.disclosure",
    "checks.rhythm",
    "checks.risk",
    "checks.staleness",
    "checks.typos",
    "checks.visibility",
    # what the other tabs, the charts and the dialogs need: made when first shown
    "PySide6.QtCharts",
    "ui.panels.findings_panel",
    "ui.panels.history_view",
    "ui.panels.share_panel",
    "ui.panels.share_wiring",
    "ui.panels.plan_panel",
    "ui.panels.dashboard_charts",
    "ui.dialogs",
    "advocacy.sharing",
    "advocacy.planner",
    "advocacy.planning",
    "advocacy.domain.plan",
    "advocacy.domain.changes",
    "advocacy.domain.period",
    "advocacy.domain.report_sections",
    # the records of shares, drafts and dismissals: loaded with the first one read
    "advocacy.domain.shares",
    "advocacy.domain.dismissals",
    # what only a write, a damaged file, a share or a crash report needs
    "advocacy.store_recovery",
    "advocacy.share_claims",
    "advocacy.redaction",
    "tomli_w",
    "logging.handlers",
    "socket",
    "hashlib",
    "statistics",
    "difflib",
    "uuid",
    # the app's own files are found with resources.folder(), beside the package
    "importlib.resources",
)

PROBE = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
before = set(sys.modules)
import checks
from cli.args import build_parser
from ui.app import initial_workspace
from ui.main_window import MainWindow

class FirstPaint(QObject):
    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint:
            # PySide makes each class on first use: was the class of Qt's namespace made (in either module)?
            made = [m + ".Qt" for m in ("PySide6.QtCore", "PySide6.QtGui") if "Qt" in vars(sys.modules[m])]
            print(json.dumps({"modules": sorted(set(sys.modules) - before), "made": made}), flush=True)
            os._exit(0)
        return False

args = build_parser(["--sample"]).parse_args(["--sample"])
window = MainWindow(initial_workspace(args, rules=checks.DEFAULT_RULES, scorer=checks.score_card))
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("advocacy-home")
    env = {**os.environ, "ADVOCACY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    # The window opens on the last audit, as in the benchmark: there must be one.
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "audit", "--sample"], env=env, capture_output=True, check=True
    )
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    seen: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return seen


@pytest.fixture(scope="module")
def first_paint_modules(first_paint: dict[str, Any]) -> list[str]:
    modules: list[str] = first_paint["modules"]
    return modules


def test_the_first_paint_makes_no_class_of_qts_namespace(first_paint: dict[str, Any]) -> None:
    """Qt's namespace (Qt.AlignmentFlag, Qt.TextFormat and 91 other enums) costs PySide 14 ms to make."""
    made = first_paint["made"]
    assert not made, (
        f"made before the first paint: {made}. Set what the first paint needs by name "
        "(ui.widgets.properties.set_by_name) and import Qt inside what runs later; see its docstring."
    )


def test_the_first_paint_loads_none_of_what_it_does_not_show(first_paint_modules: list[str]) -> None:
    early = sorted(m for m in first_paint_modules if any(m == n or m.startswith(n + ".") for n in NOT_AT_START))
    assert not early, f"imported before the first paint: {early}. {WHAT_TO_DO}"


def test_the_first_window_imports_no_more_than_its_budget(first_paint_modules: list[str]) -> None:
    own = [m for m in first_paint_modules if m.split(".")[0] in OWN_PACKAGES]
    assert len(first_paint_modules) <= BUDGET, (
        f"{len(first_paint_modules)} modules before the first paint (budget {BUDGET}): {first_paint_modules}. "
        + WHAT_TO_DO
    )
    assert len(own) <= OWN_BUDGET, (
        f"{len(own)} of the app's own modules before the first paint (budget {OWN_BUDGET}): {own}. " + WHAT_TO_DO
    )
