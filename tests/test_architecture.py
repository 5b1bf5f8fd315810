"""Dependency rules, checked on the code itself (import-linter checks them too, in .ci/run)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Imports every core, rule and command-line module, then runs a sample audit, with Qt made unimportable.
_HEADLESS = r"""
import importlib, importlib.abc, pkgutil, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "ui"}:
            raise ImportError(f"{name} must not be imported by the core")
        return None

sys.meta_path.insert(0, NoQt())
import advocacy, checks, cli
for package in (advocacy, checks, cli):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
from cli.main import main
sys.exit(main(["audit", "--sample", "--format", "json"], rules=checks.DEFAULT_RULES, scorer=checks.score_card))
"""


def test_core_and_rules_run_without_qt(advocacy_home: Path) -> None:
    import os

    result = subprocess.run(
        [sys.executable, "-c", _HEADLESS],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "ADVOCACY_HOME": str(advocacy_home)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["findings"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


# Standard-library modules that do I/O: pure code has no business with them.
_IO_MODULES = {"sqlite3", "socket", "ssl", "subprocess", "urllib.request", "http.client", "asyncio", "shutil"}


def _pure_stdlib(name: str) -> bool:
    top = name.split(".", maxsplit=1)[0]
    return top in sys.stdlib_module_names and name not in _IO_MODULES and top not in _IO_MODULES


def test_rules_import_only_the_domain_and_the_standard_library() -> None:
    for path in (ROOT / "checks").rglob("*.py"):
        for name in _imports(path):
            allowed = _pure_stdlib(name) or name.split(".")[0] == "checks" or name.startswith("advocacy.domain")
            assert allowed, f"{path.relative_to(ROOT)} imports {name}"


def test_domain_is_pure() -> None:
    for path in (ROOT / "advocacy" / "domain").rglob("*.py"):
        for name in _imports(path):
            assert _pure_stdlib(name) or name.startswith("advocacy.domain"), f"{path.relative_to(ROOT)} imports {name}"


_FIRST_SCREEN = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
import checks
from cli.args import build_parser
from ui.app import initial_workspace
from ui.main_window import MainWindow
args = build_parser().parse_args(["--sample"])
window = MainWindow(initial_workspace(args, rules=checks.DEFAULT_RULES, scorer=checks.score_card))
window.show()
app.processEvents()
print(" ".join(sorted(name for name in sys.modules if "." not in name)))
"""
HEAVY = {
    "requests",
    "urllib3",
    "bs4",
    "feedparser",
    "keyring",
    "vaderSentiment",
    "twitter_text",
    "regex",
    "rapidfuzz",
    "language_tool_python",
    "advocacy.spelling.lexicon",
}


def test_the_first_window_shows_without_the_network_and_parsing_stacks(advocacy_home: Path) -> None:
    import os

    result = subprocess.run(
        [sys.executable, "-c", _FIRST_SCREEN],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "ADVOCACY_HOME": str(advocacy_home)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert loaded & HEAVY == set(), "start-up imports what only an audit or sharing needs"
    assert "PySide6" in loaded


# Each probe is an import the contracts must refuse: a rule doing I/O or reaching past the domain
# models, the core importing any Qt binding or the rules.
_RULE_PROBES = [
    "urllib.request",
    "http.client",
    "language_tool_python",
    "feedparser",
    "platformdirs",
    "advocacy.discovery",
    "advocacy.serialization",
    "advocacy.spelling.lexicon",
    "sqlite3",
    "PyQt6",
]
_CORE_PROBES = ["PyQt5", "PyQt6", "PySide2", "qtpy", "checks", "PySide6", "cli", "ui"]


def _lint_imports_with_probes(
    tmp_path: Path, package: str, probes: list[str], extra: dict[str, str] | None = None
) -> str:
    """lint-imports on a copy of the tree with one probe module per import added to ``package``, and
    ``extra`` lines appended to files of the copy (by path)."""
    import shutil

    for name in ("advocacy", "checks", "cli", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "tests").mkdir()
    for name in ("__init__.py", "import_contracts.py"):
        shutil.copy(ROOT / "tests" / name, tmp_path / "tests" / name)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for index, probe in enumerate(probes):
        (tmp_path / package / f"probe_{index}.py").write_text(f"import {probe}\n", encoding="utf-8")
    for path, lines in (extra or {}).items():
        with (tmp_path / path).open("a", encoding="utf-8") as handle:
            handle.write(lines)
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode != 0, result.stdout  # a broken contract fails the run
    return result.stdout


def test_the_rule_contract_refuses_every_probe(tmp_path: Path) -> None:
    report = _lint_imports_with_probes(tmp_path, "checks", _RULE_PROBES)
    for index, probe in enumerate(_RULE_PROBES):
        assert f"checks.probe_{index} imports {probe.split('.')[0]}" in report or (
            f"checks.probe_{index} imports {probe}" in report
        ), probe


def test_the_core_contract_refuses_every_qt_binding_the_front_ends_and_the_rules(tmp_path: Path) -> None:
    report = _lint_imports_with_probes(tmp_path, "advocacy", _CORE_PROBES)
    for index, probe in enumerate(_CORE_PROBES):
        assert f"advocacy.probe_{index} -> {probe}" in report, probe


# The window reaches fetching, storing, text checks and posting only through the workspace.
_UI_PROBES = [
    "advocacy.audit_runner",
    "advocacy.storage",
    "advocacy.http_session",
    "advocacy.networks.mastodon.source",
    "advocacy.sharing.publish",
    "advocacy.spelling.service",
    "advocacy.sharing.intents",
    "cli",
    "requests",
    "sqlite3",
    "keyring",
]


def test_the_ui_contract_routes_the_window_through_the_workspace(tmp_path: Path) -> None:
    report = _lint_imports_with_probes(tmp_path, "ui", _UI_PROBES)
    for index, probe in enumerate(_UI_PROBES):
        assert f"ui.probe_{index} -> {probe}" in report, probe


# The command line is a front end like the window: the same rule, and its commands stay apart.
_CLI_PROBES = [
    "advocacy.networks.mastodon.source",
    "advocacy.storage",
    "advocacy.sharing.publish",
    "advocacy.profile_file",
    "advocacy.spelling.lexicon",
    "keyring",
    "ui",
]


def test_the_cli_contract_routes_every_command_through_the_workspace(tmp_path: Path) -> None:
    report = _lint_imports_with_probes(tmp_path, "cli", _CLI_PROBES)
    for index, probe in enumerate(_CLI_PROBES):
        assert f"cli.probe_{index} -> {probe}" in report, probe


def test_a_command_that_imports_another_breaks_the_independence_contract(tmp_path: Path) -> None:
    report = _lint_imports_with_probes(tmp_path, "cli", [], extra={"cli/suggest.py": "import cli.compose\n"})
    assert "cli.suggest -> cli.compose" in report, report


def test_what_the_app_says_about_networks_follows_the_network_table() -> None:
    """Adding a network is a row in advocacy.domain.networks: the sentences and lists that name
    every network must follow it, not a copy of their own."""
    from advocacy.domain.networks import ACCOUNT_FIELDS, API_POSTING, NETWORKS, POSTED_TO
    from advocacy.domain.profile import GOAL_NETWORKS
    from advocacy.errors import NOTHING_TO_AUDIT
    from ui.panels.findings_panel import DRAFT_NETWORKS

    assert all(field in NOTHING_TO_AUDIT for field in ACCOUNT_FIELDS)
    assert tuple(n.value for n in POSTED_TO) == GOAL_NETWORKS and DRAFT_NETWORKS == POSTED_TO
    assert tuple(f.network for f in NETWORKS if f.api_posting) == API_POSTING
