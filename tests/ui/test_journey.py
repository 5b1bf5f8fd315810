"""A newcomer's whole first session, on loopback servers: the sample, the setup form, an audit of
their own profile, a finding acted on, a company post shared after confirmation, and the history."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from advocacy.domain.models import Network
from advocacy.domain.profile import Company, CompanyAccounts, Endpoints, Feed, ProfileConfig
from advocacy.paths import saved_profile_path
from advocacy.profile_file import load_profile
from advocacy.workspace import Workspace
from tests import mastodon_server
from tests.cassettes import FIXTURES
from tests.keyring_memory import MemoryKeyring
from tests.test_never_twice import IdempotentMastodon
from tests.ui.windows import app_window
from ui.dialogs.setup_dialog import SetupDialog


@pytest.fixture(autouse=True)
def _errors_fail_the_journey(monkeypatch: pytest.MonkeyPatch) -> None:
    # An error dialog is modal and would wait for a click forever: fail with its sentence instead.
    import ui.panels.share_panel

    def fail(_parent: object, error: BaseException, **_kwargs: object) -> None:
        pytest.fail(f"the window showed an error: {error}")

    monkeypatch.setattr(ui.panels.share_panel, "show_error", fail)


def test_sample_to_setup_to_audit_to_fix_to_share_to_history(
    qtbot: QtBot, httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    loopback = mastodon_server.install(httpserver)
    posted = IdempotentMastodon()
    httpserver.expect_request("/api/v1/statuses", method="POST").respond_with_handler(posted.handle)
    httpserver.expect_request("/feed.xml").respond_with_data(
        (FIXTURES / "website/feedrs__rss_2.0_ghost_2.xml").read_bytes(), content_type="application/rss+xml"
    )
    # What the company file and the instance address would give; the form fills in the rest.
    starting_point = ProfileConfig(
        company=Company(
            name="Acme",
            disclosures=("I work at Acme",),
            feeds=(Feed(httpserver.url_for("/feed.xml")),),
            accounts=CompanyAccounts(),
        ),
        endpoints=Endpoints(mastodon=loopback.base_url),
    )

    def set_up(parent: object, current: Workspace) -> Workspace:
        # The real form, filled in as a person would, saved as ui.dialogs.profile_dialogs.set_up_profile saves it.
        dialog = SetupDialog(initial=starting_point)
        qtbot.addWidget(dialog)
        dialog.name.setText("John")
        dialog.title.setText("Developer Advocate")
        dialog.account_edits[Network.MASTODON].setText(loopback.handle)
        dialog.company_name.setText("Acme")
        dialog.company_domains.setText("acme.example")
        dialog.try_accept()
        assert dialog.config is not None, dialog.error_label.text()
        return current.saved_as_own(dialog.config)

    answers = [True]  # the share confirmation
    window = app_window(qtbot, set_up=set_up, confirm=lambda _title, _question: answers.pop(0))
    window.show()

    # 1. Try the sample: it audits offline and shows findings.
    with qtbot.waitSignal(window.findings_shown, timeout=20_000):
        window.start_audit()
    assert window.findings_panel.model.finding_count() > 0

    # 2. Set up their own profile: saved for them, then audited against the (loopback) instance.
    with qtbot.waitSignal(window.findings_shown, timeout=30_000):
        window.setup_button.click()
    saved = load_profile(saved_profile_path())
    assert saved.me.accounts.get(Network.MASTODON) == loopback.handle and saved.company.name == "Acme"
    assert window.windowTitle() == "Advocacy — John"
    ((title, text),) = window.dashboard.card_states()
    assert title.startswith("Mastodon") and "failed" not in text and "Last original post" in text

    # 3. Act on a finding: its detail explains it, and the fix text can be copied.
    assert window.findings_panel.model.finding_count() >= 1
    first = window.findings_panel.model.index(
        0, 0, window.findings_panel.model.index(0, 0)
    )  # first finding of the first group
    window.findings_panel.view.setCurrentIndex(first)
    assert window.findings_panel.message_label.text()
    assert window.findings_panel.copy_button.isEnabled()
    window.findings_panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == window.findings_panel.suggestion_label.text() != ""

    # 4. Share a suggested company post to Mastodon, after saying yes, exactly once.
    window.workspace.credentials.set(Network.MASTODON, loopback.handle, posted.token)
    window.tabs.setCurrentWidget(window.share_panel)
    panel = window.share_panel
    with qtbot.waitSignal(panel.suggestions_loaded, timeout=20_000) as loaded:
        panel.refresh_button.click()
    assert loaded.args[0] >= 1
    panel.composers.setCurrentWidget(panel.composer_for[Network.MASTODON])
    draft = panel.composer_for[Network.MASTODON].text()
    # The recorded feed links to ghost.org, not to acme.example: no tracking tags on another site's link.
    assert draft.endswith("I work at Acme") and "ghost.org/changelog/" in draft and "utm_" not in draft
    with qtbot.waitSignal(panel.shared, timeout=20_000):
        panel.share_button.click()
    assert len(posted.created) == 1 and answers == []

    # 5. History: both audits of this profile's store and the share with its link.
    history = window.history
    qtbot.waitUntil(lambda: history.shares_table.rowCount() == 1)
    assert history.table.rowCount() == 1  # this profile's own audit; the sample keeps its own store
    assert history.shares_table.item(0, 1).text() == "Mastodon"  # type: ignore[union-attr]
    assert history.shares_table.item(0, 3).text().startswith("https://")  # type: ignore[union-attr]
