"""LanguageTool through language_tool_python, against recorded real server responses on loopback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from advocacy.credentials import LANGUAGETOOL, CredentialStore
from advocacy.domain.profile import AuditOptions, ProfileConfig
from advocacy.domain.text_check import GRAMMAR, SPELLING
from advocacy.spelling.languagetool import GrammarChecker, GrammarUnavailable, HostedCredentials
from advocacy.spelling.service import TextCheckService, session_for
from tests.keyring_memory import MemoryKeyring
from tests.languagetool_server import languagetool_server

EXTENSIN = "LanguageTool Extensin is the best onee there shud be."


def test_recorded_spelling_matches_come_back_with_exact_offsets_and_replacements() -> None:
    with languagetool_server() as server:
        issues = GrammarChecker(server.url).check(EXTENSIN, "en-US")
    assert [(i.word, i.check) for i in issues] == [("Extensin", SPELLING), ("onee", SPELLING), ("shud", SPELLING)]
    for issue in issues:
        assert EXTENSIN[issue.start : issue.end] == issue.word
    assert "Extension" in issues[0].suggestions


def test_a_grammar_match_is_a_grammar_issue_with_the_servers_message() -> None:
    with languagetool_server() as server:
        (issue,) = GrammarChecker(server.url).check("I have many dog.", "en-US")
    assert issue.check == GRAMMAR
    assert issue.word == "many dog"
    assert issue.message


def test_the_service_merges_grammar_with_offline_spelling_without_duplicates() -> None:
    text = "LanguageTool Extensin is the best onee there shud be."
    with languagetool_server() as server:
        service = TextCheckService("en", GrammarChecker(server.url))
        merged = service(text, None, frozenset())
    # LanguageTool's own spelling matches are dropped; the offline engine reports each typo once.
    assert [i.word for i in merged] == ["Extensin", "onee", "shud"]
    assert {i.check for i in merged} == {SPELLING}
    assert service.notices == []


def test_grammar_and_offline_spelling_add_up() -> None:
    with languagetool_server() as server:
        merged = TextCheckService("en", GrammarChecker(server.url))("I have many dog.", None, frozenset())
    assert [(i.word, i.check) for i in merged] == [("many dog", GRAMMAR)]


def test_the_hosted_api_gets_username_and_key_in_the_body_never_in_the_url() -> None:
    with languagetool_server() as server:
        GrammarChecker(server.url, HostedCredentials("sam@example.com", "k-123-secret")).check("A simple tset", "en-US")
    check = next(r for r in server.log if r["path"].endswith("/check"))
    assert check["username"] == "sam@example.com" and check["apiKey"] == "k-123-secret"
    assert all("k-123-secret" not in r["path"] for r in server.log)


def test_credentials_come_from_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    store.set(LANGUAGETOOL, "username", "sam@example.com")
    store.set(LANGUAGETOOL, "api_key", "k-456-secret")
    with languagetool_server() as server:
        config = ProfileConfig(audit=AuditOptions(languagetool_url=server.url))
        session_for(config, store)("A simple tset", None, frozenset())
    assert any(r.get("apiKey") == "k-456-secret" for r in server.log)


def test_an_unreachable_server_gives_one_notice_and_spelling_still_runs() -> None:
    with languagetool_server() as server:
        url = server.url
    service = TextCheckService("en", GrammarChecker(url))  # the server is gone now
    first = service("We recieve it.", None, frozenset())
    second = service("Teh second post.", None, frozenset())
    assert [i.word for i in first] == ["recieve"] and [i.word for i in second] == ["Teh"]
    assert len(service.notices) == 1
    assert "did not answer" in service.notices[0] and "spelling was checked offline" in service.notices[0]


def test_a_hung_server_is_given_up_on_after_the_timeout() -> None:
    with languagetool_server(delay_s=3.0) as server:
        checker = GrammarChecker(server.url, timeout_s=0.3)
        started = time.monotonic()
        with pytest.raises(GrammarUnavailable):
            checker.check("A simple tset", "en-US")
        # Two tries of 0.3 s each by the library, plus its languages request: far below 300 s.
        assert time.monotonic() - started < 2.9


def test_a_server_error_is_one_clear_sentence() -> None:
    with languagetool_server(status=500) as server, pytest.raises(GrammarUnavailable) as error:
        GrammarChecker(server.url).check("A simple tset", "en-US")
    assert str(error.value).endswith(".") and "LanguageTool" in str(error.value)


def test_local_mode_never_downloads_anything(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    with pytest.raises(GrammarUnavailable) as error:
        GrammarChecker("local").check("A simple tset", "en-US")
    assert "No local LanguageTool installation" in str(error.value)


def test_a_check_moved_with_301_is_not_followed_as_an_empty_get() -> None:
    """301-303 would turn the POST into a GET without the text: a 'check' that checks nothing."""
    from tests.origin_server import two_origins

    with two_origins() as (home, _elsewhere):
        home.route("/v2/languages", body='[{"name": "English", "code": "en", "longCode": "en-US"}]')
        home.route("/v2/check", status=301, Location="/v2/check2")
        home.route("/v2/check2", body='{"matches": []}')
        checker = GrammarChecker(home.url + "/", None, timeout_s=5)
        with pytest.raises(GrammarUnavailable, match="moved the check"):
            checker.check("This are a test.", "en-US")
        assert [s.path for s in home.seen if s.path.startswith("/v2/check2")] == []
