"""The Share tab: ranked content, live counts, and a confirmed post that arrives exactly once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from advocacy.credentials import CredentialStore
from advocacy.domain.models import AuditReport, Network, Profile, SourceOutcome, SourceStatus
from advocacy.domain.profile import Accounts, Company, CompanyAccounts, Endpoints, Feed, Me, ProfileConfig
from advocacy.sharing.suggest import Suggestions
from advocacy.workspace import Workspace
from tests.cassettes import FIXTURES
from tests.keyring_memory import MemoryKeyring
from tests.test_never_twice import IdempotentMastodon
from tests.ui.windows import store_for, workspace
from ui.main_window import MainWindow


def _window(qtbot: QtBot, profile: Workspace, answers: list[bool]) -> MainWindow:
    window = MainWindow(profile, confirm=lambda _title, _question: answers.pop(0))
    qtbot.addWidget(window)
    return window


def test_sample_suggestions_fill_the_composers(qtbot: QtBot) -> None:
    from advocacy.sample import load_sample_profile

    window = _window(qtbot, workspace(load_sample_profile(), is_sample=True), [])
    panel = window.share_panel
    with qtbot.waitSignal(panel.suggestions_loaded, timeout=20_000) as loaded:
        panel.refresh_button.click()
    assert loaded.args[0] >= 3
    mastodon = panel.composer_for[Network.MASTODON]
    # The top item is the company's Bluesky post: another site than acme.example, so no tracking tags.
    assert "https://bsky.app/profile/acme.example/post/" in mastodon.text() and "utm_" not in mastodon.text()
    assert mastodon.text().endswith("I work at Acme")
    assert mastodon.count_label.text().split(" — ")[1].startswith("fits")
    window.show_report(_report_with_mastodon_limit(1000))  # the instance allows 1,000 characters
    mastodon.editor.setPlainText("x" * 501)
    assert "501 / 1000" in mastodon.count_label.text() and "fits" in mastodon.count_label.text()
    mastodon.editor.setPlainText("x" * 1001)
    assert "1 character too long" in mastodon.count_label.text()
    linkedin = panel.composer_for[Network.LINKEDIN]
    assert "nearly the suggested text" in linkedin.notice_label.text()  # untouched draft: invite a personal angle
    panel.composers.setCurrentWidget(panel.composer_for[Network.BLUESKY])
    assert panel.share_link() is not None and panel.share_link().startswith("https://bsky.app/intent/compose?text=")  # type: ignore[union-attr]
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == panel.composer_for[Network.BLUESKY].text()


def test_confirmed_share_posts_once_and_is_remembered(
    qtbot: QtBot, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    server = HTTPServer(threaded=True)
    server.start()
    try:
        mastodon = IdempotentMastodon()
        server.expect_request("/api/v1/statuses", method="POST").respond_with_handler(mastodon.handle)
        server.expect_request("/feed.xml").respond_with_data(
            (FIXTURES / "website/feedrs__rss_2.0_ghost_2.xml").read_bytes(), content_type="application/rss+xml"
        )
        config = ProfileConfig(
            me=Me(name="Sam", accounts=Accounts(mastodon="@sam@social.example")),
            company=Company(
                name="Acme",
                disclosures=("I work at Acme",),
                feeds=(Feed(server.url_for("/feed.xml")),),
                accounts=CompanyAccounts(),
            ),
            endpoints=Endpoints(mastodon=server.url_for("").rstrip("/")),
        )
        CredentialStore().set(Network.MASTODON, "@sam@social.example", "tok")
        answers = [False, True]  # first the user says no, then yes
        window = _window(qtbot, workspace(config, is_sample=False), answers)
        panel = window.share_panel
        with qtbot.waitSignal(panel.suggestions_loaded, timeout=20_000):
            panel.refresh_button.click()
        panel.composers.setCurrentWidget(panel.composer_for[Network.MASTODON])
        panel.composer_for[Network.MASTODON].editor.setPlainText(
            "We can send emails without publishing now. I work at Acme"
        )
        assert panel.share_button.isEnabled()
        panel.share_button.click()  # declined: nothing is sent
        assert mastodon.created == []
        with qtbot.waitSignal(panel.shared, timeout=20_000) as shared:
            panel.share_button.click()
        assert shared.args == ["https://social.example/@sam/1"] and len(mastodon.created) == 1
        assert store_for(False).shares()[0].state == "posted"
        assert store_for(False).shared_item_keys()  # the ranking will not propose it again
        table = window.history.shares_table
        qtbot.waitUntil(lambda: table.rowCount() == 1)
        assert table.item(0, 1).text() == "Mastodon"  # type: ignore[union-attr]
        assert table.item(0, 3).text() == "https://social.example/@sam/1"  # type: ignore[union-attr]
    finally:
        server.clear()
        server.stop()


def test_confirmed_share_to_bluesky_from_the_window(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    from tests.test_bluesky_publish import HANDLE, LoopbackPds

    server = HTTPServer(threaded=True)
    server.start()
    try:
        pds = LoopbackPds()
        server.expect_request("/xrpc/com.atproto.server.createSession", method="POST").respond_with_handler(
            pds.create_session
        )
        server.expect_request("/xrpc/com.atproto.repo.createRecord", method="POST").respond_with_handler(
            pds.create_record
        )
        server.expect_request("/feed.xml").respond_with_data(
            (FIXTURES / "website/feedrs__rss_2.0_ghost_2.xml").read_bytes(), content_type="application/rss+xml"
        )
        config = ProfileConfig(
            me=Me(name="Sam", accounts=Accounts(bluesky=HANDLE)),
            company=Company(name="Acme", feeds=(Feed(server.url_for("/feed.xml")),)),
            endpoints=Endpoints(bluesky_pds=server.url_for("").rstrip("/")),
        )
        CredentialStore().set(Network.BLUESKY, HANDLE, "app-pass-1234")
        window = _window(qtbot, workspace(config, is_sample=False), [True])
        panel = window.share_panel
        with qtbot.waitSignal(panel.suggestions_loaded, timeout=20_000):
            panel.refresh_button.click()
        panel.composers.setCurrentWidget(panel.composer_for[Network.BLUESKY])
        with qtbot.waitSignal(panel.shared, timeout=20_000) as shared:
            panel.share_button.click()
        assert shared.args[0].startswith(f"https://bsky.app/profile/{HANDLE}/post/")
        assert pds.logins == 1 and len(pds.records) == 1
        facets = pds.records[0]["facets"]
        assert any(
            f["features"][0]["$type"].endswith("#link") and f["features"][0]["uri"].startswith("https://ghost.org/")
            for f in facets
        )
    finally:
        server.clear()
        server.stop()


def _report_with_mastodon_limit(limit: int) -> AuditReport:

    profile = Profile(network=Network.MASTODON, handle="@sam@social.example", post_length_limit=limit)
    source = SourceOutcome(
        network=Network.MASTODON, account="@sam@social.example", status=SourceStatus.OK, profile=profile
    )
    return AuditReport(audited_at=datetime.now(UTC), score=90, sources=(source,), findings=())


def test_a_new_profile_starts_the_share_tab_afresh(qtbot: QtBot, tmp_path: Path) -> None:
    """Nothing of the sample's company content or drafts survives setting up one's own profile,
    not even an answer still on its way for the sample."""
    from advocacy.sample import load_sample_profile

    sample = workspace(load_sample_profile(), is_sample=True)
    mine = workspace(ProfileConfig(me=Me(name="Ada", accounts=Accounts(github="ada"))), is_sample=False)
    window = _window(qtbot, sample, [])
    window._set_up = lambda _parent, _current: mine  # the form, saved
    window._controller.start = lambda *_a, **_k: None  # type: ignore[method-assign]  # no audit needed here
    panel = window.share_panel
    with qtbot.waitSignal(panel.suggestions_loaded, timeout=20_000):
        panel.refresh_button.click()
    assert panel.items.count() >= 3
    panel.refresh_button.click()  # another load for the sample is on its way…
    window.run_setup()  # …when the user's own profile replaces it
    assert panel.items.count() == 0
    assert all(composer.text() == "" for composer in panel.composer_for.values())
    qtbot.wait(1500)  # the sample's late answer arrives and is dropped
    assert panel.items.count() == 0 and window.windowTitle() == "Advocacy — Ada"


def test_every_network_gets_a_full_draft_even_one_the_profile_does_not_use(qtbot: QtBot) -> None:
    from dataclasses import replace

    from advocacy.sample import load_sample_profile

    sample = load_sample_profile()
    only_mastodon = replace(
        sample, me=replace(sample.me, accounts=Accounts(mastodon=sample.me.accounts.get(Network.MASTODON)))
    )
    window = _window(qtbot, workspace(only_mastodon, is_sample=True), [])
    panel = window.share_panel
    with qtbot.waitSignal(panel.suggestions_loaded, timeout=20_000):
        panel.refresh_button.click()
    for network in (Network.BLUESKY, Network.X, Network.LINKEDIN):
        text = panel.composer_for[network].text()
        assert "I work at Acme" in text and not text.startswith("http"), (network, text)


def test_share_without_a_token_offers_connect_right_there(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    """No token: the sentence comes with Connect… beside it; once connected, Share posts."""
    from ui.panels.share_panel import SharePanel

    server = HTTPServer(threaded=True)
    server.start()
    try:
        mastodon = IdempotentMastodon()
        server.expect_request("/api/v1/statuses", method="POST").respond_with_handler(mastodon.handle)
        config = ProfileConfig(
            me=Me(name="Sam", accounts=Accounts(mastodon="@sam@social.example")),
            endpoints=Endpoints(mastodon=server.url_for("").rstrip("/")),
        )
        profile = workspace(config, is_sample=False)
        asked: list[str] = []
        connected: list[Network] = []

        def ask_connect(_parent: object, sentence: str) -> bool:
            asked.append(sentence)
            return True

        def connect(_parent: object, network: Network) -> str:
            connected.append(network)  # what the Connect… dialog leaves behind (tested on its own)
            profile.credentials.set(network, "@sam@social.example", "tok")
            return "Connected as @sam@social.example."

        panel = SharePanel(
            load_suggestions=lambda: Suggestions(()),
            publish=lambda network, text, key: profile.publish(network, text, key).url,
            confirm=lambda _title, _question: True,
            count=profile.count,
            share_link=profile.share_link,
            connect=connect,
            ask_connect=ask_connect,
        )
        qtbot.addWidget(panel)
        panel.load_draft(Network.MASTODON, "Our new widget is out")
        with qtbot.waitSignal(panel.status_message, timeout=20_000) as said:
            panel.share_button.click()
        assert asked == ["Connect your Mastodon account first (in the app: File → Accounts and tokens → Connect…)."]
        assert connected == [Network.MASTODON] and said.args[0].startswith("Connected as @sam@social.example.")
        assert mastodon.created == []
        with qtbot.waitSignal(panel.shared, timeout=20_000):
            panel.share_button.click()
        assert len(mastodon.created) == 1
    finally:
        server.clear()
        server.stop()


def test_a_company_source_that_could_not_be_read_is_named_never_taken_for_nothing_new(qtbot: QtBot) -> None:
    from dataclasses import replace

    from advocacy.sample import load_sample_profile
    from ui.panels.share_panel import SharePanel

    sample = workspace(load_sample_profile(), is_sample=True)
    problem = "The company feed Acme news could not be read: 127.0.0.1:8500 had a problem on its side."
    answers = [Suggestions((), (problem,), sources=1), replace(sample.suggestions(), problems=(problem,), sources=4)]
    panel = SharePanel(
        load_suggestions=lambda: answers.pop(0),
        publish=None,
        confirm=lambda _title, _question: False,
        count=sample.count,
        share_link=sample.share_link,
    )
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.status_message, timeout=20_000, check_params_cb=lambda s: "source" in s) as said:
        panel.refresh()
    assert said.args[0] == "Nothing can be suggested: your company's source could not be read."
    assert panel.items_or_empty.is_empty
    assert problem in panel.items_or_empty.message.text() and "Nothing new" not in panel.items_or_empty.message.text()
    with qtbot.waitSignal(panel.suggestions_loaded, timeout=20_000) as loaded:
        panel.refresh()
    assert loaded.args[0] >= 3 and not panel.items_or_empty.is_empty
    assert panel.unread.isVisibleTo(panel) and panel.unread.text() == problem  # shown above the items
    panel.reset()
    assert not panel.unread.isVisibleTo(panel)


def test_no_keyring_to_post_with_offers_accounts_and_tokens_and_sends_nothing(qtbot: QtBot) -> None:
    import keyring.backends.fail

    from advocacy.credentials import CredentialStore
    from ui.panels.share_panel import SharePanel

    config = ProfileConfig(me=Me(name="Sam", accounts=Accounts(mastodon="@sam@social.example")))
    profile = Workspace.open(
        config, is_sample=False, credentials=CredentialStore(backend=keyring.backends.fail.Keyring())
    )
    asked: list[str] = []
    opened: list[str] = []

    def choose_accounts_and_tokens(_parent: object, sentence: str) -> bool:
        asked.append(sentence)
        return True

    panel = SharePanel(
        load_suggestions=lambda: Suggestions(()),
        publish=lambda network, text, key: profile.publish(network, text, key).url,
        confirm=lambda _title, _question: True,
        count=profile.count,
        share_link=profile.share_link,
        edit_credentials=lambda _parent: opened.append("Accounts and tokens"),
        ask_fix=choose_accounts_and_tokens,
    )
    qtbot.addWidget(panel)
    panel.load_draft(Network.MASTODON, "Our new widget is out")
    with qtbot.waitSignal(panel.status_message, timeout=20_000, check_params_cb=lambda s: "Nothing was sent" in s):
        panel.share_button.click()
    assert len(asked) == 1 and "keyring" in asked[0] and "this session only" in asked[0]
    assert opened == ["Accounts and tokens"] and panel.share_button.isEnabled()
