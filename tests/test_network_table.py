"""A network is one row in the table and one adapter package: a copy of the app with a made-up
network added that way, and nothing else changed, shows it in the setup form, the command line's
choices, the Findings filter, the Share tab, the audit and its reports."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ROW = """    NetworkFacts(
        Network.FAKEBOOK,
        "Fakebook",
        "advocacy.networks.fakebook",
        "fakebook",
        "you.fakebook.example",
        company_field="fakebook",
        api_posting=True,
        token_use="lets the app post for you",
        badge=("F", "#123456"),
    ),
"""

ADAPTER = """
from datetime import UTC, datetime

from advocacy.domain.models import Network, Post, Profile
from advocacy.networks.adapter import NetworkAdapter
from advocacy.sharing.counting import Count


def fetch(client, account, context):
    from advocacy.sources.base import Fetched

    profile = Profile(Network.FAKEBOOK, account.handle, bio="", display_name="Sam")
    post = Post(Network.FAKEBOOK, "1", "https://fakebook.example/1", datetime(2020, 1, 1, tzinfo=UTC), "Helo world")
    return Fetched(profile, (post,))


def count(text, limit=None):
    return Count(Network.FAKEBOOK, len(text), limit or 100, "characters")


ADAPTER = NetworkAdapter(Network.FAKEBOOK, fetch=fetch, count=count, share_link=lambda text, _server: "https://fakebook.example/share")
"""

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication

app = QApplication([])
import checks
from advocacy.audit_runner import AuditServices, run_audit
from cli.args import build_parser
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Me, ProfileConfig
from advocacy.errors import NOTHING_TO_AUDIT
from advocacy.report import render_json, render_text
from ui.panels.findings_panel import FindingsPanel
from ui.widgets.network_badges import network_badge
from ui.dialogs.setup_dialog import SetupDialog

fake = Network("fakebook")
dialog = SetupDialog()
panel = FindingsPanel()
parser = build_parser()
commands = parser._subparsers._group_actions[0].choices
choices = {
    name: next(a.choices for a in commands[name]._actions if "--network" in a.option_strings)
    for name in ("compose", "share")
}
config = ProfileConfig(me=Me(name="Sam", accounts=Accounts(fakebook="sam.fakebook.example")))
report = run_audit(config, rules=checks.DEFAULT_RULES, scorer=checks.score_card, services=AuditServices())
print(json.dumps({
    "form": fake in dialog.account_edits and fake in dialog.company_edits,
    "compose": list(choices["compose"]),
    "share": list(choices["share"]),
    "filter": [panel.network_filter.itemText(i) for i in range(panel.network_filter.count())],
    "badge": not network_badge(fake).isNull(),
    "sources": [s.network.value for s in report.sources],
    "findings": sorted({f.check for f in report.findings if f.network is fake}),
    "text": "Fakebook" in render_text(report),
    "json": "fakebook" in render_json(report),
    "nothing_to_audit": "fakebook" in NOTHING_TO_AUDIT,
}))
"""


def _copy_with_fake_network(target: Path) -> None:
    for package in ("advocacy", "checks", "cli", "ui"):
        shutil.copytree(ROOT / package, target / package, ignore=shutil.ignore_patterns("__pycache__"))
    table = target / "advocacy" / "domain" / "networks.py"
    source = table.read_text(encoding="utf-8")
    source = source.replace('    MISSKEY = "misskey"\n', '    MISSKEY = "misskey"\n    FAKEBOOK = "fakebook"\n', 1)
    source = source.replace(")\nFACTS: dict[Network, NetworkFacts]", ROW + ")\nFACTS: dict[Network, NetworkFacts]", 1)
    assert "FAKEBOOK" in source and '"Fakebook"' in source
    table.write_text(source, encoding="utf-8")
    adapter = target / "advocacy" / "networks" / "fakebook"
    adapter.mkdir()
    (adapter / "__init__.py").write_text(ADAPTER, encoding="utf-8")


def test_a_network_added_through_the_table_alone_appears_everywhere(tmp_path: Path) -> None:
    _copy_with_fake_network(tmp_path / "src")
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path / "src"),
        "QT_QPA_PLATFORM": "offscreen",
        "ADVOCACY_HOME": str(tmp_path / "home"),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["form"], "the setup form has a row for it, and a company row"
    assert "fakebook" in seen["compose"] and "fakebook" in seen["share"]
    assert "Fakebook" in seen["filter"] and seen["badge"]
    assert seen["sources"] == ["fakebook"]
    # The rules run on it as on any network: an empty bio and a post with a typo on a quiet account.
    assert "visibility.empty_bio" in seen["findings"] and "staleness.last_post" in seen["findings"]
    assert seen["text"] and seen["json"] and seen["nothing_to_audit"]
