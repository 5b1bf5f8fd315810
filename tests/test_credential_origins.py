"""Every credential goes only to the exact origin (scheme, host, port) it was configured for.

Two real loopback servers on two ports (two origins), recording everything that reaches them; the
home one paginates and redirects to the other with every redirect status. The same server reached
as ``localhost`` instead of ``127.0.0.1`` is another origin too. Covered: the GitHub token (audit),
the Mastodon token (posting), the Bluesky app password and session tokens (posting), and the
LanguageTool username and API key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from advocacy.credentials import CredentialStore
from advocacy.domain.models import AccountRef, Network
from advocacy.errors import FetchError
from advocacy.http_session import Credential, HttpClient, HttpPolicy, origin_of
from advocacy.networks.bluesky.publish import publish_bluesky
from advocacy.networks.github import source as github
from advocacy.networks.mastodon.publish import publish_mastodon
from advocacy.sources.base import FetchContext
from advocacy.spelling.languagetool import GrammarChecker, GrammarUnavailable, HostedCredentials
from advocacy.storage import Store
from tests.keyring_memory import MemoryKeyring
from tests.origin_server import RecordingServer, two_origins

TOKEN = "ghp_SECRET_TOKEN_d41d8cd98f00"
REDIRECTS = (301, 302, 303, 307, 308)
FAST = HttpPolicy(max_retries=0, connect_timeout=2, read_timeout=5)


@pytest.fixture
def origins() -> Iterator[tuple[RecordingServer, RecordingServer]]:
    with two_origins() as pair:
        yield pair


def _event(number: int) -> dict[str, object]:
    when = (datetime.now(UTC) - timedelta(hours=number)).isoformat().replace("+00:00", "Z")
    return {"id": str(number), "type": "CreateEvent", "created_at": when, "repo": {"name": "ada/x"}, "payload": {}}


def _github_home(server: RecordingServer, next_link: str) -> None:
    server.route("/users/ada", body=json.dumps({"login": "ada", "name": "Ada"}))
    server.route("/users/ada/orgs", body="[]")
    server.route("/users/ada/social_accounts", body="[]")
    server.route("/users/ada/events/public", body=json.dumps([_event(1)]), Link=f'<{next_link}>; rel="next"')


def _fetch_github(base: str) -> None:
    client = HttpClient(policy=FAST)
    try:
        github.fetch(client, AccountRef(Network.GITHUB, "ada", base_url=base), FetchContext(token=TOKEN))
    finally:
        client.close()


def test_origin_is_scheme_host_and_port() -> None:
    assert origin_of("https://API.github.com/x") == ("https", "api.github.com", 443)
    assert origin_of("https://api.github.com:443/") == origin_of("https://api.github.com")
    assert origin_of("http://api.github.com") != origin_of("https://api.github.com")
    assert origin_of("https://api.github.com:8443") != origin_of("https://api.github.com")
    assert origin_of("https://api.github.com.evil.example") != origin_of("https://api.github.com")
    assert origin_of("https://api.github.com@evil.example/") == ("https", "evil.example", 443)
    assert origin_of("javascript:alert(1)") is None and origin_of("file:///etc/passwd") is None
    assert "SECRET" not in repr(Credential.bearer("https://api.github.com", "SECRET"))


def test_github_next_page_on_another_port_gets_no_token(origins: tuple[RecordingServer, RecordingServer]) -> None:
    home, elsewhere = origins
    _github_home(home, f"{elsewhere.url}/users/ada/events/public?page=2")
    elsewhere.route("/users/ada/events/public", body=json.dumps([_event(2)]))
    _fetch_github(home.url)
    assert [s.path for s in elsewhere.seen] == ["/users/ada/events/public?page=2"]  # the page was still read
    assert elsewhere.secrets_seen(TOKEN) == []
    assert all(s.headers.get("Authorization") == f"Bearer {TOKEN}" for s in home.seen)  # home did get it


def test_github_next_page_on_localhost_instead_of_127_gets_no_token(
    origins: tuple[RecordingServer, RecordingServer],
) -> None:
    home, _ = origins
    _github_home(home, f"http://localhost:{home.port}/users/ada/events/public?page=2")
    _fetch_github(home.url)
    by_localhost = [s for s in home.seen if s.host.startswith("localhost")]
    assert by_localhost and {s.path for s in by_localhost} == {"/users/ada/events/public?page=2"}
    assert all("Authorization" not in s.headers for s in by_localhost)


@pytest.mark.parametrize("status", REDIRECTS)
def test_github_redirect_to_another_origin_gets_no_token(
    origins: tuple[RecordingServer, RecordingServer], status: int
) -> None:
    home, elsewhere = origins
    home.route("/users/ada", status=status, Location="{other}/users/ada")
    elsewhere.route("/users/ada", body=json.dumps({"login": "ada"}))
    for path in ("/users/ada/orgs", "/users/ada/social_accounts"):
        elsewhere.route(path, body="[]")
    elsewhere.route("/users/ada/events/public", body="[]")
    home.route("/users/ada/orgs", body="[]")
    home.route("/users/ada/social_accounts", body="[]")
    home.route("/users/ada/events/public", body="[]")
    _fetch_github(home.url)
    assert [s.path for s in elsewhere.seen] == ["/users/ada"]
    assert elsewhere.secrets_seen(TOKEN) == []


def test_a_same_origin_redirect_keeps_the_token(origins: tuple[RecordingServer, RecordingServer]) -> None:
    home, _ = origins
    home.route("/old", status=308, Location="/new")
    home.route("/new", body="{}")
    client = HttpClient(policy=FAST)
    response = client.get(f"{home.url}/old", what="x", credential=Credential.bearer(home.url, TOKEN))
    assert response.url == f"{home.url}/new"  # the final address is reported
    assert [s.headers.get("Authorization") for s in home.seen] == [f"Bearer {TOKEN}"] * 2


def test_a_redirect_loop_is_one_sentence(origins: tuple[RecordingServer, RecordingServer]) -> None:
    home, _ = origins
    home.route("/loop", status=302, Location="/loop")
    with pytest.raises(FetchError, match="too many redirects"):
        HttpClient(policy=FAST).get(f"{home.url}/loop", what="the page")


@pytest.mark.parametrize("status", REDIRECTS)
def test_mastodon_post_redirected_elsewhere_sends_nothing_there(
    origins: tuple[RecordingServer, RecordingServer], status: int, tmp_path: object
) -> None:
    home, elsewhere = origins
    home.route("/api/v1/statuses", status=status, Location="{other}/api/v1/statuses")
    elsewhere.route("/api/v1/statuses", body=json.dumps({"url": "https://elsewhere/1"}))
    store = Store(tmp_path / "s.sqlite3")  # type: ignore[operator]
    with pytest.raises(FetchError) as caught:
        publish_mastodon(
            HttpClient(policy=FAST), store, base_url=home.url, token=TOKEN, text="Hello", item_key="item-1"
        )
    assert elsewhere.seen == []  # neither the token nor the post went there
    assert "redirected your post to" in caught.value.user_message and TOKEN not in caught.value.user_message


@pytest.mark.parametrize("status", REDIRECTS)
def test_bluesky_login_redirected_elsewhere_sends_no_password(
    origins: tuple[RecordingServer, RecordingServer], status: int, tmp_path: object, memory_keyring: MemoryKeyring
) -> None:
    home, elsewhere = origins
    password = "app-pass-SECRET-1234"
    credentials = CredentialStore()
    credentials.set(Network.BLUESKY, "ada.example.com", password)
    home.route("/xrpc/com.atproto.server.createSession", status=status, Location="{other}/login")
    elsewhere.route("/login", body=json.dumps({"accessJwt": "a", "refreshJwt": "r", "did": "did:plc:x"}))
    store = Store(tmp_path / "s.sqlite3")  # type: ignore[operator]
    with pytest.raises(FetchError, match="redirected a Bluesky login to"):
        publish_bluesky(
            HttpClient(policy=FAST),
            store,
            credentials,
            handle="ada.example.com",
            text="Hello",
            facets=(),
            item_key="item-1",
            pds=home.url,
        )
    assert elsewhere.seen == []
    assert [s.path for s in home.secrets_seen(password)] == ["/xrpc/com.atproto.server.createSession"]


def test_bluesky_session_token_stays_with_the_pds(
    origins: tuple[RecordingServer, RecordingServer], tmp_path: object, memory_keyring: MemoryKeyring
) -> None:
    home, elsewhere = origins
    credentials = CredentialStore()
    credentials.set(Network.BLUESKY, "ada.example.com", "app-pass")
    session = {"accessJwt": "ACCESS-JWT-SECRET", "refreshJwt": "REFRESH-JWT-SECRET", "did": "did:plc:x"}
    home.route("/xrpc/com.atproto.server.createSession", body=json.dumps(session))
    home.route("/xrpc/com.atproto.repo.createRecord", status=307, Location="{other}/xrpc/com.atproto.repo.createRecord")
    store = Store(tmp_path / "s.sqlite3")  # type: ignore[operator]
    with pytest.raises(FetchError):
        publish_bluesky(
            HttpClient(policy=FAST),
            store,
            credentials,
            handle="ada.example.com",
            text="Hello",
            facets=(),
            item_key="item-1",
            pds=home.url,
        )
    assert elsewhere.seen == []


@pytest.mark.parametrize("status", REDIRECTS)
def test_languagetool_redirect_elsewhere_sends_no_key(
    origins: tuple[RecordingServer, RecordingServer], status: int
) -> None:
    home, elsewhere = origins
    languages = json.dumps([{"name": "English", "code": "en", "longCode": "en-US"}])
    home.route("/v2/languages", body=languages)
    home.route("/v2/check", status=status, Location="{other}/v2/check")
    elsewhere.route("/v2/languages", body=languages)
    elsewhere.route("/v2/check", body=json.dumps({"matches": []}))
    checker = GrammarChecker(home.url + "/", HostedCredentials("ada@example.com", "LT-KEY-SECRET-99"), timeout_s=5)
    with pytest.raises(GrammarUnavailable) as caught:
        checker.check("This are a test.", "en-US")
    assert elsewhere.seen == []
    assert f"127.0.0.1:{elsewhere.port}" in str(caught.value) and "not sent there" in str(caught.value)
    assert [s.path for s in home.secrets_seen("LT-KEY-SECRET-99")] == ["/v2/check"]
