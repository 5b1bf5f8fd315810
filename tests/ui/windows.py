"""The main window as the app builds it, for tests: real rules, real services, the sample by default."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

import checks
from advocacy.sample import load_sample_profile
from ui.app import build_services, latest_audit
from ui.audit_controller import AuditController
from ui.main_window import LoadedProfile, MainWindow


def app_window(qtbot: QtBot, profile: LoadedProfile | None = None, **wiring: Any) -> MainWindow:
    """A window on ``profile`` (the sample if None); ``wiring`` adds the optional collaborators."""
    profile = profile or LoadedProfile(load_sample_profile(), is_sample=True)
    window = MainWindow(
        controller=AuditController(
            rules=checks.DEFAULT_RULES, scorer=checks.score_card, services_factory=build_services
        ),
        profile=profile,
        latest_audit=latest_audit,
        open_profile=lambda _p: profile,
        **wiring,
    )
    qtbot.addWidget(window)
    return window
