"""Secrets never leave the keyring: not into files the app writes, logs, reports or messages."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from pytest_httpserver import HTTPServer

import checks
from advocacy.audit_runner import AuditServices, run_audit
from advocacy.credentials import CredentialStore
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, Endpoints, Me, ProfileConfig
from advocacy.http_cache import SqliteHttpCache
from advocacy.logging_setup import configure_logging
from advocacy.paths import database_path, http_cache_path
from advocacy.report import render_json, render_text
from advocacy.storage import Store
from tests import github_server, mastodon_server
from tests.keyring_memory import MemoryKeyring
from tests.mastodon_server import RECORDED_NOW


def _all_bytes_under(root: Path) -> bytes:
    return b"".join(path.read_bytes() for path in root.rglob("*") if path.is_file())


def test_marker_secrets_appear_nowhere(
    memory_keyring: MemoryKeyring, httpserver: HTTPServer, advocacy_home: Path, capsys: object
) -> None:
    markers = {network: f"SECRET-{network.value}-{uuid.uuid4().hex}" for network in Network}
    handles = {network: network.value for network in Network} | {  # an export's "handle" is its path
        Network.MASTODON: f"@{mastodon_server.USERNAME}@localhost",
        Network.GITHUB: github_server.LOGIN,
        Network.BLUESKY: "sam.example",
        Network.WEBSITE: "https://sam.example/",
        Network.MISSKEY: "@sam@misskey.example",
    }
    credentials = CredentialStore()
    for network, marker in markers.items():
        credentials.set(network, handles[network], marker)

    mastodon_server.install(httpserver)
    loopback = github_server.install(httpserver)
    # A GitHub answer that refuses the token: its error path must not echo it either.
    httpserver.expect_request("/users/rejected").respond_with_json({"message": "Bad credentials"}, status=401)
    credentials.set(Network.GITHUB, "rejected", markers[Network.GITHUB])
    base = httpserver.url_for("").rstrip("/")
    handler = configure_logging(verbose=True)
    outputs = []
    try:
        for github in (github_server.LOGIN, "rejected"):
            config = ProfileConfig(
                me=Me(name="Sam", accounts=Accounts(mastodon=handles[Network.MASTODON], github=github)),
                endpoints=Endpoints(mastodon=base, github=base),
            )
            services = AuditServices(
                store=Store(database_path()), http_cache=SqliteHttpCache(http_cache_path()), credentials=credentials
            )
            report = run_audit(
                config, rules=checks.DEFAULT_RULES, scorer=checks.score_card, services=services, now=RECORDED_NOW
            )
            outputs += [render_json(report), render_text(report)]
            logging.getLogger("test").debug("audit done: %r", report)
        outputs += _suggest_share_and_export(httpserver, credentials, handles, markers, advocacy_home)
        # A careless log line with a token in it: the log formatter must scrub it.
        logging.getLogger("test").warning("retrying with token %s", markers[Network.GITHUB])
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()

    assert loopback.authorizations[0] == f"Bearer {markers[Network.GITHUB]}"  # the token really was used
    written = _all_bytes_under(advocacy_home)
    log_text = (advocacy_home / "logs" / "advocacy.log").read_text(encoding="utf-8")
    assert "retrying with token [secret]" in log_text
    captured = capsys.readouterr()  # type: ignore[attr-defined]
    everything = written + "".join(outputs).encode() + (captured.out + captured.err).encode()
    leaks = [network.value for network, marker in markers.items() if marker.encode() in everything]
    assert leaks == []
    assert "no longer accepts the GitHub token" in "".join(outputs)  # the refusal is reported, without the token


def _suggest_share_and_export(
    httpserver: HTTPServer,
    credentials: CredentialStore,
    handles: dict[Network, str],
    markers: dict[Network, str],
    home: Path,
) -> list[str]:
    """The rest of the app's secret-bearing paths: suggestions, posting with both tokens, exports."""
    from advocacy.domain.profile import Company, Feed
    from advocacy.http_session import HttpClient
    from advocacy.networks.bluesky.publish import publish_bluesky
    from advocacy.networks.mastodon.publish import publish_mastodon
    from advocacy.report_html import render_html
    from advocacy.sharing.content import gather
    from advocacy.sharing.richtext import bluesky_text_and_facets
    from advocacy.sharing.suggest import suggest, suggestion_json
    from tests.cassettes import FIXTURES
    from tests.test_bluesky_publish import LoopbackPds
    from tests.test_never_twice import IdempotentMastodon

    # The loopback servers check that each token really arrived.
    mastodon = IdempotentMastodon(token=markers[Network.MASTODON])
    pds = LoopbackPds(handle="poster.example", password=markers[Network.BLUESKY])
    httpserver.expect_request("/api/v1/statuses", method="POST").respond_with_handler(mastodon.handle)
    httpserver.expect_request("/xrpc/com.atproto.server.createSession", method="POST").respond_with_handler(
        pds.create_session
    )
    httpserver.expect_request("/xrpc/com.atproto.repo.createRecord", method="POST").respond_with_handler(
        pds.create_record
    )
    httpserver.expect_request("/feed.xml").respond_with_data(
        (FIXTURES / "website/feedrs__rss_2.0_ghost_2.xml").read_bytes(), content_type="application/rss+xml"
    )
    base = httpserver.url_for("").rstrip("/")
    store = Store(database_path())
    client = HttpClient()
    company = Company(name="Acme", feeds=(Feed(f"{base}/feed.xml"),))
    items = gather(company, client=client).items
    config = ProfileConfig(me=Me(accounts=Accounts(mastodon=handles[Network.MASTODON])), company=company)
    found = suggest(config, list(items), latest=store.latest_audit(), shared=set(), now=RECORDED_NOW)
    text = found[0].drafts[Network.MASTODON].text
    publish_mastodon(
        client,
        store,
        base_url=base,
        token=credentials.get(Network.MASTODON, handles[Network.MASTODON]) or "",
        text=text,
        item_key="item",
    )
    credentials.set(Network.BLUESKY, "poster.example", markers[Network.BLUESKY])
    visible, facets = bluesky_text_and_facets(text)
    publish_bluesky(
        client, store, credentials, handle="poster.example", text=visible, facets=facets, item_key="item", pds=base
    )
    report = store.latest_audit()
    assert report is not None and mastodon.created and pds.records
    (home / "export.html").write_text(render_html(report), encoding="utf-8")
    return [str(suggestion_json(s)) for s in found]
