"""Connect… for Mastodon, end to end on a loopback OAuth server: the test plays the browser."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import requests
from pytest_httpserver import HTTPServer

from advocacy.cancellation import CancelToken
from advocacy.connection import ConnectRefused
from advocacy.connection.loopback import SignInTimedOut
from advocacy.connection.oauth import SignInRefused
from advocacy.credentials import CredentialStore, service_name
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.errors import Cancelled, ConnectionLost
from advocacy.workspace import Workspace
from tests import oauth_server
from tests.keyring_memory import MemoryKeyring
from tests.oauth_server import OAuthMastodon, browse

HANDLE = "@sam@social.example"


@pytest.fixture
def mastodon(httpserver: HTTPServer) -> OAuthMastodon:
    return oauth_server.install(httpserver)


@pytest.fixture
def workspace(mastodon: OAuthMastodon, memory_keyring: MemoryKeyring) -> Workspace:
    config = ProfileConfig(
        me=Me(name="Sam", accounts=Accounts(mastodon=HANDLE)), endpoints=Endpoints(mastodon=mastodon.base_url)
    )
    return Workspace.open(config, is_sample=False, credentials=CredentialStore())


def _token(memory_keyring: MemoryKeyring) -> str | None:
    return memory_keyring.entries.get((service_name(Network.MASTODON), HANDLE))


def test_connect_registers_signs_in_in_the_browser_and_keeps_the_token(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring, advocacy_home: Path
) -> None:
    sign_in = workspace.connections.begin(Network.MASTODON, posting=True)
    url = sign_in.authorize_url
    assert url.startswith(f"{mastodon.base_url}/oauth/authorize?response_type=code&client_id=")
    page = browse(url)  # the server redirects to the app's loopback listener
    assert "You can close this tab" in page
    connected = workspace.connections.finish(sign_in, cancel=CancelToken())
    assert connected.sentence == "Connected as @sam@social.example."

    query = mastodon.authorize_queries[0]
    (app,) = mastodon.apps.values()
    assert query["scope"] == "read write:statuses" and app.scopes == {"read", "write:statuses"}
    assert query["code_challenge_method"] == "S256" and len(query["state"]) >= 32
    assert query["redirect_uri"].startswith("http://127.0.0.1:") and query["redirect_uri"].endswith("/callback")
    form = mastodon.token_forms[0]
    assert form["grant_type"] == "authorization_code" and form["code_verifier"]  # the server checked it
    token = _token(memory_keyring)
    assert token in mastodon.tokens and token not in url  # the token never travels in an address
    # The registration is kept for the next sign-in: its id in the config folder, its secret in the keyring.
    kept = (advocacy_home / "config" / "mastodon-apps.json").read_text()
    assert app.client_secret not in kept and query["client_id"] in kept
    assert memory_keyring.entries[(service_name(Network.MASTODON), f"{mastodon.base_url} (app)")] == app.client_secret
    assert workspace.connections.status(Network.MASTODON) == connected


def test_read_only_unless_posting_is_allowed_and_the_registration_is_reused(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    for _ in range(2):
        sign_in = workspace.connections.begin(Network.MASTODON)
        browse(sign_in.authorize_url)
        workspace.connections.finish(sign_in, cancel=CancelToken())
    assert [q["scope"] for q in mastodon.authorize_queries] == ["read", "read"]
    assert len(mastodon.apps) == 1  # the second sign-in reused the app (same port, same scopes)
    assert mastodon.authorize_queries[0]["redirect_uri"] == mastodon.authorize_queries[1]["redirect_uri"]
    # Posting asks for more than the app was registered for: it registers again, with write:statuses.
    sign_in = workspace.connections.begin(Network.MASTODON, posting=True)
    browse(sign_in.authorize_url)
    workspace.connections.finish(sign_in, cancel=CancelToken())
    assert len(mastodon.apps) == 2 and mastodon.authorize_queries[-1]["scope"] == "read write:statuses"


def test_an_answer_with_another_sign_ins_state_is_refused_and_nothing_is_kept(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    mastodon.tamper_state = True
    sign_in = workspace.connections.begin(Network.MASTODON)
    assert "refused" in browse(sign_in.authorize_url)
    with pytest.raises(SignInRefused, match="not for the sign-in it started, so it was refused"):
        workspace.connections.finish(sign_in, cancel=CancelToken())
    assert mastodon.token_forms == [] and _token(memory_keyring) is None


def test_denied_consent_is_one_sentence_and_nothing_is_kept(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    mastodon.consent = False
    sign_in = workspace.connections.begin(Network.MASTODON)
    assert "You did not allow Advocacy" in browse(sign_in.authorize_url)
    with pytest.raises(SignInRefused) as refused:
        workspace.connections.finish(sign_in, cancel=CancelToken())
    assert (
        refused.value.user_message
        == f"You did not allow the app on {mastodon.server.host}:{mastodon.server.port}, so nothing was saved."
    )
    assert mastodon.token_forms == [] and _token(memory_keyring) is None


def test_an_expired_code_is_one_sentence(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    mastodon.codes_expire = True
    sign_in = workspace.connections.begin(Network.MASTODON)
    browse(sign_in.authorize_url)
    with pytest.raises(ConnectRefused) as refused:
        workspace.connections.finish(sign_in, cancel=CancelToken())
    message = refused.value.user_message
    assert "did not accept the sign-in (it may have taken too long), so nothing was saved" in message
    assert "invalid_grant" not in message and "400" not in message
    assert _token(memory_keyring) is None


def test_a_revoked_token_says_connect_again(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    sign_in = workspace.connections.begin(Network.MASTODON)
    browse(sign_in.authorize_url)
    workspace.connections.finish(sign_in, cancel=CancelToken())
    mastodon.revoke_everything()
    with pytest.raises(ConnectionLost) as lost:
        workspace.connections.status(Network.MASTODON)
    assert lost.value.user_message.endswith("no longer accepts this connection; connect again.")
    assert lost.value.network is Network.MASTODON


def test_cancel_while_waiting_stops_listening_and_keeps_nothing(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    sign_in = workspace.connections.begin(Network.MASTODON)
    cancel = CancelToken()
    threading.Timer(0.2, cancel.cancel).start()
    with pytest.raises(Cancelled):
        workspace.connections.finish(sign_in, cancel=cancel)
    # The listener is gone: a browser coming back late finds nothing listening.
    with pytest.raises(requests.ConnectionError):
        browse(sign_in.authorize_url)
    assert _token(memory_keyring) is None and mastodon.token_forms == []


def test_no_answer_in_time_is_one_sentence(workspace: Workspace, memory_keyring: MemoryKeyring) -> None:
    sign_in = workspace.connections.begin(Network.MASTODON)
    with pytest.raises(SignInTimedOut) as timed_out:
        workspace.connections.finish(sign_in, cancel=CancelToken(), timeout=0.3)
    assert timed_out.value.user_message == (
        "No answer came back from your browser within 1 second, so nothing was saved; press Connect… to try again."
    )
    assert _token(memory_keyring) is None


def test_disconnect_revokes_on_the_server_then_deletes_here(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    sign_in = workspace.connections.begin(Network.MASTODON)
    browse(sign_in.authorize_url)
    workspace.connections.finish(sign_in, cancel=CancelToken())
    token = _token(memory_keyring)
    said = workspace.connections.disconnect(Network.MASTODON)
    assert said.startswith("Disconnected:") and token in mastodon.revoked
    assert _token(memory_keyring) is None and workspace.connections.status(Network.MASTODON) is None


def test_a_failed_revoke_still_deletes_here_and_says_so(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    sign_in = workspace.connections.begin(Network.MASTODON)
    browse(sign_in.authorize_url)
    workspace.connections.finish(sign_in, cancel=CancelToken())
    mastodon.refuse_revoke = True
    said = workspace.connections.disconnect(Network.MASTODON)
    assert said == (
        f"The connection is deleted from this computer, but {mastodon.server.host}:{mastodon.server.port} could not "
        f"be told to end it: end it there too, on {mastodon.base_url}/oauth/authorized_applications."
    )
    assert _token(memory_keyring) is None and not mastodon.revoked


def test_a_pasted_token_is_tested_before_it_is_kept(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    mastodon.tokens["made-by-hand"] = ("elsewhere", "read")
    assert workspace.connections.use_secret(Network.MASTODON, " made-by-hand ").who == "@sam@social.example"
    assert _token(memory_keyring) == "made-by-hand"
    with pytest.raises(ConnectRefused, match="did not accept this token"):
        workspace.connections.use_secret(Network.MASTODON, "never-issued")
    assert _token(memory_keyring) == "made-by-hand"


def test_another_account_than_the_profiles_is_named(httpserver: HTTPServer, memory_keyring: MemoryKeyring) -> None:
    mastodon = oauth_server.install(httpserver, username="sam_work")
    config = ProfileConfig(me=Me(accounts=Accounts(mastodon=HANDLE)), endpoints=Endpoints(mastodon=mastodon.base_url))
    workspace = Workspace.open(config, is_sample=False, credentials=CredentialStore())
    sign_in = workspace.connections.begin(Network.MASTODON)
    browse(sign_in.authorize_url)
    connected = workspace.connections.finish(sign_in, cancel=CancelToken())
    assert connected.sentence == (
        "Connected as @sam_work@social.example. This is not the account your profile names (@sam@social.example); "
        "to connect that one, sign in as it and connect again."
    )


def test_the_sample_and_a_profile_without_the_account_cannot_connect(mastodon: OAuthMastodon) -> None:
    from advocacy.errors import AdvocacyError

    with pytest.raises(AdvocacyError, match="sample"):
        Workspace.sample().connections.begin(Network.MASTODON)
    with pytest.raises(AdvocacyError, match="names no Mastodon account"):
        Workspace.open(ProfileConfig(), is_sample=False).connections.begin(Network.MASTODON)
    assert not Workspace.open(ProfileConfig(), is_sample=False).connections.can_connect(Network.MASTODON)


def test_sign_in_start_to_end_hands_the_authorize_page_to_the_opener(
    workspace: Workspace, mastodon: OAuthMastodon, memory_keyring: MemoryKeyring
) -> None:
    """What the window does: the listener is open before the browser is, so a browser that comes
    back at once (here the opener itself follows the page) is not missed."""
    pages: list[str] = []
    connected = workspace.connections.sign_in(
        Network.MASTODON, open_browser=lambda url: pages.append(browse(url)), cancel=CancelToken()
    )
    assert connected.who == "@sam@social.example" and "You can close this tab" in pages[0]
    assert _token(memory_keyring) in mastodon.tokens
