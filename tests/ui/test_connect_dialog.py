"""Connect… in the window: a real event loop, a loopback server, and an opener that plays the browser."""

from __future__ import annotations

import json

from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot
from werkzeug import Request, Response

from advocacy.credentials import CredentialStore, service_name
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.workspace import Workspace
from tests import github_server, oauth_server
from tests.keyring_memory import MemoryKeyring
from tests.oauth_server import browse
from ui.dialogs.connect_dialog import ConnectDialog

HANDLE = "@sam@social.example"


def _workspace(**endpoints: str) -> Workspace:
    config = ProfileConfig(
        me=Me(accounts=Accounts(mastodon=HANDLE, github=github_server.LOGIN)), endpoints=Endpoints(**endpoints)
    )
    return Workspace.open(config, is_sample=False, credentials=CredentialStore())


def _opened(qtbot: QtBot, dialog: ConnectDialog) -> ConnectDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.status != "", timeout=10_000)  # what is saved was read off the GUI thread
    return dialog


def test_connect_signs_in_in_the_browser_and_says_whose_account_it_is(
    qtbot: QtBot, httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    mastodon = oauth_server.install(httpserver)
    opened: list[str] = []

    def browser(url: str) -> bool:
        opened.append(url)
        browse(url)  # the person allows the app; the server sends the browser back to the listener
        return True

    workspace = _workspace(mastodon=mastodon.base_url)
    dialog = _opened(qtbot, ConnectDialog(workspace.connections, Network.MASTODON, HANDLE, open_link=browser))
    assert dialog.status == "Not connected yet." and dialog.connect_button.isVisible()
    assert not dialog.disconnect_button.isEnabled() and dialog.posting_box.isVisible()
    dialog.posting_box.setChecked(True)
    with qtbot.waitSignal(dialog.connected, timeout=15_000) as said:
        dialog.connect_button.click()
    assert said.args == ["Connected as @sam@social.example."] and dialog.status == said.args[0]
    assert opened[0].startswith(f"{mastodon.base_url}/oauth/authorize?")
    assert mastodon.authorize_queries[0]["scope"] == "read write:statuses"
    token = memory_keyring.entries[(service_name(Network.MASTODON), HANDLE)]
    assert token in mastodon.tokens and dialog.disconnect_button.isEnabled()
    assert all(token not in label.text() for label in (dialog.status_label, dialog.address_label))

    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.disconnect_button.click()
    assert dialog.status.startswith("Disconnected:") and token in mastodon.revoked
    assert (service_name(Network.MASTODON), HANDLE) not in memory_keyring.entries


def test_stop_waiting_and_a_browser_that_does_not_open(
    qtbot: QtBot, httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    mastodon = oauth_server.install(httpserver)
    workspace = _workspace(mastodon=mastodon.base_url)
    dialog = _opened(qtbot, ConnectDialog(workspace.connections, Network.MASTODON, HANDLE, open_link=lambda _u: False))
    dialog.connect_button.click()
    qtbot.waitUntil(dialog.address_label.isVisible, timeout=10_000)
    assert dialog.address_label.text().startswith(f"{mastodon.base_url}/oauth/authorize?")
    assert dialog.status.startswith("No browser opened: copy this address") and dialog.stop_button.isVisible()
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.stop_button.click()
    assert dialog.status == "Stopped waiting; nothing was saved."
    assert (service_name(Network.MASTODON), HANDLE) not in memory_keyring.entries
    assert dialog.connect_button.isEnabled() and not dialog.stop_button.isVisible()


def test_a_saved_connection_the_server_no_longer_accepts_offers_connect_again(
    qtbot: QtBot, httpserver: HTTPServer, memory_keyring: MemoryKeyring
) -> None:
    mastodon = oauth_server.install(httpserver)
    workspace = _workspace(mastodon=mastodon.base_url)
    workspace.credentials.set(Network.MASTODON, HANDLE, "revoked-long-ago")
    dialog = _opened(qtbot, ConnectDialog(workspace.connections, Network.MASTODON, HANDLE))
    assert dialog.status.endswith("no longer accepts this connection; connect again.")
    assert dialog.connect_button.isEnabled() and dialog.disconnect_button.isEnabled()


def test_a_token_is_pasted_tested_and_kept(qtbot: QtBot, httpserver: HTTPServer, memory_keyring: MemoryKeyring) -> None:
    github_server.install(httpserver)

    def user(request: Request) -> Response:
        good = request.headers.get("Authorization") == "Bearer github_pat_good"
        body = github_server.recorded_user() if good else {"message": "Bad credentials"}
        return Response(json.dumps(body), status=200 if good else 401, content_type="application/json")

    httpserver.expect_request("/user").respond_with_handler(user)
    pages: list[str] = []

    def opener(url: str) -> bool:
        pages.append(url)
        return True

    workspace = _workspace(github=httpserver.url_for("").rstrip("/"))
    dialog = _opened(qtbot, ConnectDialog(workspace.connections, Network.GITHUB, github_server.LOGIN, open_link=opener))
    assert not dialog.connect_button.isVisible() and dialog.paste_box.isVisible()
    dialog.page_button.click()
    assert pages == [httpserver.url_for("/settings/personal-access-tokens/new")]
    dialog.secret_edit.setText("github_pat_wrong")
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.test_button.click()
    assert "did not accept this token" in dialog.status and not memory_keyring.entries
    dialog.secret_edit.setText("github_pat_good")
    with qtbot.waitSignal(dialog.connected, timeout=10_000):
        dialog.test_button.click()
    assert dialog.status.startswith(f"Connected as {github_server.LOGIN} on ") and dialog.secret_edit.text() == ""


def test_a_card_whose_network_wants_a_token_offers_connect(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QPushButton

    from advocacy.domain.models import AuditReport, SourceOutcome, SourceStatus
    from ui.panels.dashboard import DashboardWidget

    def failed(network: Network, account: str, *, connect_helps: bool) -> SourceOutcome:
        return SourceOutcome(
            network, account, SourceStatus.ERROR, error="It stopped answering.", connect_helps=connect_helps
        )

    report = AuditReport(
        audited_at=datetime.now(UTC),
        score=None,
        sources=(
            failed(Network.GITHUB, "samrivera", connect_helps=True),
            failed(Network.WEBSITE, "https://sam.example/", connect_helps=False),
        ),
        findings=(),
    )
    dashboard = DashboardWidget()
    qtbot.addWidget(dashboard)
    dashboard.show(report, [])
    assert len(dashboard.card_states()) == 2  # drawn now, as when the tab is shown
    buttons = dashboard.findChildren(QPushButton)
    assert [b.accessibleName() for b in buttons] == ["Connect your GitHub account"]
    with qtbot.waitSignal(dashboard.connect_requested) as asked:
        buttons[0].click()
    assert asked.args == [Network.GITHUB]


def test_the_samples_account_says_why_it_cannot_connect_and_nothing_else(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    from advocacy.sample import load_sample_profile

    sample = Workspace.open(load_sample_profile(), is_sample=True, credentials=CredentialStore())
    dialog = _opened(qtbot, ConnectDialog(sample.connections, Network.MASTODON, HANDLE))
    assert dialog.status.startswith("The sample’s accounts are made up")
    assert not dialog.steps_label.isVisible()  # no "Reading what is saved…" left behind
    assert not dialog.connect_button.isVisible() and not memory_keyring.entries
