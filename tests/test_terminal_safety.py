"""Text written by others (names, bios, posts) never controls the terminal or the HTML report.

A loopback Mastodon serves a real recorded account whose name and bio were given terminal escape
sequences (OSC title, SGR colour, BEL, CR, C1 CSI); the real command line must print none of the
control characters, in any format.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from advocacy.terminal import for_terminal, json_for_terminal
from tests import mastodon_server
from tests.cassettes import find, load_cassette, serve
from tests.test_cli import run_cli

HOSTILE = "\x1b]0;pwned\x07\x1b[31mRed\x1b[0m\rOver\x9b2J\x00\x7f"
# Every control character but newline and tab: C0, DEL and C1.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_every_control_but_newline_and_tab_is_made_visible() -> None:
    for code in [*range(0x20), *range(0x7F, 0xA0)]:
        shown = for_terminal(f"a{chr(code)}b")
        if chr(code) in "\n\t":
            assert shown == f"a{chr(code)}b"
        else:
            assert not CONTROLS.search(shown) and shown.startswith("a") and shown.endswith("b"), hex(code)
    assert for_terminal("café 👋 naïve") == "café 👋 naïve"


def test_bidi_overrides_are_shown_not_obeyed() -> None:
    shown = for_terminal("pay https://evil.example/\u202egro.emca\u202c now \u2066x\u2069")
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", shown)
    assert "\\u202e" in shown and "\\u2066" in shown


def test_json_escapes_c1_and_stays_the_same_document() -> None:
    document = json.dumps({"bio": HOSTILE}, ensure_ascii=False)
    safe = json_for_terminal(document)
    assert not CONTROLS.search(safe)
    assert json.loads(safe) == {"bio": HOSTILE}


def _hostile_mastodon(httpserver: HTTPServer) -> str:
    pagination = load_cassette("mastodon/mastodonpy__test_get_pagination_info.yaml")
    recorded = find(pagination, "GET", "/verify_credentials")[0]
    account = recorded.json()
    account["display_name"] = f"John {HOSTILE}"
    account["note"] = f"<p>Bio {HOSTILE}</p>"
    serve(
        httpserver,
        recorded,
        path="/api/v1/accounts/lookup",
        query={"acct": mastodon_server.USERNAME},
        body=json.dumps(account),
    )
    return mastodon_server.install(httpserver).handle


@pytest.mark.parametrize("output_format", ["text", "json", "html"])
def test_hostile_profile_text_never_reaches_the_terminal_raw(
    httpserver: HTTPServer, advocacy_home: Path, tmp_path: Path, output_format: str
) -> None:
    handle = _hostile_mastodon(httpserver)
    profile = tmp_path / "me.toml"
    profile.write_text(
        f'[me]\nname = "John"\n[me.accounts]\nmastodon = "{handle}"\n[company]\nname = "Acme"\n'
        f'[endpoints]\nmastodon = "{httpserver.url_for("").rstrip("/")}"\n',
        encoding="utf-8",
    )
    result = run_cli("audit", "--profile", str(profile), "--format", output_format, home=advocacy_home)
    assert result.returncode == 0, result.stderr
    assert not CONTROLS.search(result.stdout), repr(CONTROLS.search(result.stdout))
    assert not CONTROLS.search(result.stderr)
    if output_format == "json":  # the data itself is intact for a program reading it
        assert HOSTILE in json.loads(result.stdout)["profiles"][0]["display_name"]
    else:
        assert "Red" in result.stdout or output_format == "html"


def test_html_report_escapes_script_handlers_and_javascript_urls(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from advocacy.domain.models import (
        AccountSuggestion,
        AuditReport,
        Finding,
        Network,
        Profile,
        Severity,
        SourceOutcome,
        SourceStatus,
    )
    from advocacy.report_html import render_html

    payloads = [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(2)>',
        "javascript:alert(3)",
        "<a href='javascript:alert(4)'>x</a>",
        "<svg onload=alert(5)>",
        HOSTILE,
    ]
    text = " ".join(payloads)
    source = SourceOutcome(
        Network.MASTODON, text, SourceStatus.ERROR, error=text, profile=Profile(Network.MASTODON, text, bio=text)
    )
    finding = Finding("risk.x", Severity.WARNING, Network.MASTODON, "bio", text, suggestion=text, evidence=text)
    found = AccountSuggestion(Network.GITHUB, text, Network.MASTODON, evidence=text)
    html = render_html(
        AuditReport(datetime.now(UTC), 50, (source,), (finding,), discovered=(found,)), title=text, charts=()
    )
    # Only the report's own markup is markup: every payload arrives as text.
    tags = {name.lower().lstrip("/") for name in re.findall(r"<\s*(/?[A-Za-z!][A-Za-z0-9]*)", html)}
    allowed = {"!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "table", "tr"}
    assert tags <= allowed | {"td", "th", "span", "br", "ul", "li"}, tags
    assert "&lt;a href=&#x27;javascript:alert(4)&#x27;&gt;" in html  # quotes escaped too: no attribute breaks out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not CONTROLS.search(html)


def test_log_lines_show_control_characters_instead_of_writing_them() -> None:
    import logging

    from advocacy.logging_setup import RedactingFormatter

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "bio was %s", (HOSTILE,), None)
    line = RedactingFormatter("%(message)s").format(record)
    assert not CONTROLS.search(line) and line.startswith("bio was ␛]0;pwned␇")
