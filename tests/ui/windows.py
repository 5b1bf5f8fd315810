"""The main window as the app builds it, for tests: real rules, real services, the sample by default."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

import checks
from advocacy.domain.audit_input import Rule
from advocacy.domain.profile import ProfileConfig
from advocacy.sample import load_sample_profile
from advocacy.storage import Store
from advocacy.workspace import Workspace, store_path
from ui.main_window import MainWindow


def workspace(
    config: ProfileConfig | None = None,
    is_sample: bool | None = None,
    *,
    path: Path | None = None,
    rules: Sequence[Rule] = checks.DEFAULT_RULES,
) -> Workspace:
    """The workspace the app opens for ``config`` (the sample if None), with the real rules unless
    a test narrows them to keep its counts stable."""
    sample = config is None if is_sample is None else is_sample
    return Workspace.open(
        config if config is not None else load_sample_profile(),
        is_sample=sample,
        path=path,
        rules=rules,
        scorer=checks.score_card,
    )


def app_window(qtbot: QtBot, ws: Workspace | None = None, **wiring: Any) -> MainWindow:
    """A window on ``ws`` (the sample if None); ``wiring`` passes the window's UI seams (confirm, …)."""
    window = MainWindow(ws or workspace(), **wiring)
    qtbot.addWidget(window)
    return window


def store_for(is_sample: bool) -> Store:
    """The store the app keeps for the sample, or for the user's own audits."""
    return Store(store_path(is_sample))


def settle_plan(qtbot: QtBot, plan: Any, action: Any = None) -> None:
    """Do ``action`` (default: refresh) and wait until the Plan tab shows what the store now holds:
    the plan is read off the GUI thread."""
    with qtbot.waitSignal(plan.settled, timeout=10_000):
        (action or plan.refresh)()
