"""The bundled sample shows the whole product: every network it names read offline through the real HTTP client
and parsers, findings in every area of the audit, and varied company content to share."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import requests

import checks
from advocacy.audit_runner import AuditServices, run_audit
from advocacy.domain.models import Network
from advocacy.domain.networks import POSTED_TO
from advocacy.http_session import HttpClient
from advocacy.sample import load_sample_profile, sample_profile_path
from advocacy.sample_replay import ReplayAdapter, canonical_url, sample_session, shift_dates
from advocacy.sentiment import vader_compound
from advocacy.sharing.content import gather

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
HTTP = SAMPLE / "http"
MANIFEST = json.loads((HTTP / "manifest.json").read_text(encoding="utf-8"))
RECORDED_ON = date.fromisoformat(MANIFEST["recorded_on"])

NETWORKS = {"mastodon", "bluesky", "github", "website", "linkedin", "x", "facebook", "instagram", "threads"}
AREAS = ("staleness", "company", "disclosure", "risk", "visibility", "consistency", "typo")
# What the sample is written to show, network by network (more may be found; these must be).
KNOWN = {
    ("staleness.former_employer", "mastodon"),  # the bio still says Globex
    ("staleness.last_post", "mastodon"),  # quiet for about two months
    ("staleness.cadence", "bluesky"),  # active, but less than once a week
    ("staleness.profile_not_updated", "bluesky"),
    ("staleness.blog_quiet", "website"),
    ("staleness.last_post", "linkedin"),
    ("staleness.last_post", "x"),  # left X in 2024
    ("staleness.former_employer", "x"),
    ("company.not_mentioned", "mastodon"),
    ("company.not_mentioned", "github"),  # the employer missing on GitHub
    ("company.not_mentioned", "x"),
    ("company.misspelled", "bluesky"),  # "ACME Corp"
    ("company.handle_not_linked", "bluesky"),
    ("disclosure.missing", "mastodon"),  # promotes the WidgetOS release without saying so
    ("disclosure.missing", "bluesky"),
    ("risk.customer_named", "bluesky"),  # Initech
    ("risk.sensitive_term", "bluesky"),  # Project Falcon
    ("risk.personal_data", "linkedin"),  # an e-mail address in a post
    ("risk.negative_tone", "x"),  # about a competitor
    ("visibility.not_discoverable", "mastodon"),
    ("visibility.noindex", "mastodon"),
    ("visibility.link_not_verified", "mastodon"),
    ("visibility.logged_out_hidden", "bluesky"),
    ("visibility.org_membership_private", "github"),
    ("visibility.no_rel_me", "website"),
    ("visibility.headline_without_employer", "linkedin"),
    ("visibility.default_avatar", "x"),
    ("consistency.name", "x"),  # "Samuel Rivera"
    ("consistency.title", "linkedin"),  # "DevRel | …"
    ("consistency.links", "website"),  # the home page links to no profile with rel="me"
    ("consistency.links", "bluesky"),
    ("typo.spelling", "mastodon"),  # "recieve" in a post
    ("typo.spelling", "bluesky"),  # "documentaion" in the bio
    ("staleness.last_post", "facebook"),
    ("staleness.former_employer", "facebook"),  # Work still lists Globex as current
    ("company.not_mentioned", "facebook"),
    ("disclosure.missing", "facebook"),  # the WidgetOS 3 link, no disclosure
    ("company.not_mentioned", "instagram"),
    ("staleness.last_post", "instagram"),
    ("company.not_mentioned", "threads"),
    ("typo.spelling", "threads"),  # "definately"
}

# Any attempt to reach the network from the process under test is reported on stderr and refused.
NO_NETWORK = """
import socket, sys

def _refuse(what):
    sys.stderr.write(f"NETWORK ACCESS: {what}\\n")
    raise OSError("the sample must not use the network")

_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex

def _guarded(original):
    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse(repr(address))
        return original(self, address)
    return connect

socket.socket.connect = _guarded(_connect)
socket.socket.connect_ex = _guarded(_connect_ex)
socket.getaddrinfo = lambda host, *args, **kwargs: _refuse(f"lookup of {host!r}")
"""


@pytest.fixture
def offline(tmp_path: Path) -> dict[str, str]:
    """Environment for a child process in which every network connection and name lookup fails loudly."""
    guard = tmp_path / "no-network"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    return {"PYTHONPATH": os.pathsep.join([str(guard), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}


def run(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "ADVOCACY_HOME": str(home), **(env or {})},
        timeout=120,
        cwd=ROOT,
        check=False,
    )


def audit(home: Path, env: dict[str, str]) -> dict[str, Any]:
    result = run(str(ROOT / "main.py"), "audit", "--sample", "--format", "json", home=home, env=env)
    assert "NETWORK ACCESS" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_the_network_guard_catches_a_connection(advocacy_home: Path, offline: dict[str, str]) -> None:
    """The offline tests below mean something only if the guard really stops a connection."""
    code = (
        "import urllib.request\n"
        "try:\n"
        "    urllib.request.urlopen('http://127.0.0.1:9/', timeout=2)\n"
        "except OSError:\n"
        "    pass"
    )
    result = run("-c", code, home=advocacy_home, env=offline)
    assert "NETWORK ACCESS" in result.stderr


def test_the_sample_audit_reads_every_network_offline_with_findings_in_every_area(
    advocacy_home: Path, offline: dict[str, str]
) -> None:
    report = audit(advocacy_home, offline)
    coverage = report["coverage"]
    assert coverage["read"] == coverage["total"] == len(NETWORKS) and coverage["failed"] == coverage["skipped"] == 0
    assert {s["network"] for s in report["sources"]} == NETWORKS
    for source in report["sources"]:
        assert source["status"] == "ok" and source["error"] is None and source["from_snapshot"] is None, source
        assert source["skipped"]["count"] == 0, source  # every record of the sample is readable
    assert {p["network"] for p in report["profiles"]} == NETWORKS
    assert set(report["score_by_network"]) == NETWORKS
    assert {p["network"] for p in report["posts"]} == NETWORKS
    found = {(f["check"], f["network"]) for f in report["findings"]}
    for area in AREAS:
        assert any(check.startswith(f"{area}.") for check, _ in found), area
    assert sorted(KNOWN - found) == []
    assert not [f for f in report["findings"] if f["check"].startswith("notice.")]  # the audit could do everything
    for finding in report["findings"]:
        assert finding["message"] and finding["suggestion"] and finding["evidence"], finding


def test_the_sample_reads_as_the_fictional_person_everywhere(advocacy_home: Path, offline: dict[str, str]) -> None:
    report = audit(advocacy_home, offline)
    profiles = {p["network"]: p for p in report["profiles"]}
    assert {n: p["display_name"] for n, p in profiles.items()} == {
        "mastodon": "Sam Rivera",
        "bluesky": "Sam Rivera",
        "github": "Sam Rivera",
        "website": "Sam Rivera",
        "linkedin": "Sam Rivera",
        "x": "Samuel Rivera",
        "facebook": "Sam Rivera",
        "instagram": "Sam Rivera",
        "threads": "Sam Rivera",  # the Threads profile has no name: the Instagram one in the same export
    }
    assert profiles["facebook"]["employer"] == "Globex"  # Work not updated since the move
    # Meta's export escapes every byte of "é" on its own; the post reads as it was written.
    assert any(
        "at Café Nuvola" in p["text"] and p["text"].endswith("☕")
        for p in report["posts"]
        if p["network"] == "facebook"
    )
    assert profiles["linkedin"]["employer"] == profiles["website"]["employer"] == "Acme Widgets"
    assert profiles["github"]["employer"] == ""
    findings = {(f["check"], f["network"]): f for f in report["findings"]}
    assert "Globex" in findings[("staleness.former_employer", "x")]["evidence"]
    assert findings[("company.misspelled", "bluesky")]["replacement"] == "Acme"
    assert "Initech" in findings[("risk.customer_named", "bluesky")]["evidence"]
    assert findings[("visibility.org_membership_private", "github")]["evidence"].startswith(
        "Public members of acme-widgets"
    )
    assert findings[("consistency.name", "x")]["replacement"] == "Sam Rivera"


def test_the_sample_suggests_varied_content_with_drafts_for_every_network(
    advocacy_home: Path, offline: dict[str, str]
) -> None:
    audit(advocacy_home, offline)  # the latest audit tells the ranking what Sam writes about
    result = run(str(ROOT / "main.py"), "suggest", "--sample", "--format", "json", home=advocacy_home, env=offline)
    assert "NETWORK ACCESS" not in result.stderr, result.stderr
    assert result.returncode == 0 and result.stderr == "", result.stderr  # every company source was read
    suggestions = json.loads(result.stdout)
    assert len(suggestions) >= 3
    assert len({s["url"] for s in suggestions}) == len(suggestions)
    assert len({s["source"] for s in suggestions}) >= 2  # the blog and the company's own accounts
    # Drafts for every network the sample uses that the app can share to.
    used = {n.value for n in load_sample_profile().me.accounts.configured()}
    shareable = {n.value for n in POSTED_TO}
    for suggestion in suggestions:
        assert set(suggestion["drafts"]) == used & shareable, suggestion["title"]
        assert len(suggestion["drafts"]) >= 4, suggestion["title"]  # the sample posts to four networks
        assert suggestion["reason"]
        for network, draft in suggestion["drafts"].items():
            assert draft["fits"] and draft["text"].endswith("I work at Acme"), (network, draft)


def test_the_window_starts_on_the_sample(advocacy_home: Path, offline: dict[str, str]) -> None:
    result = run(
        str(ROOT / "main.py"),
        "--sample",
        "--smoke",
        home=advocacy_home,
        env={**offline, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "NETWORK ACCESS" not in result.stderr and "Traceback" not in result.stderr


def _findings_on(day: date) -> set[tuple[str, str | None, str]]:
    services = AuditServices(session_factory=partial(sample_session, today=day))
    report = run_audit(
        load_sample_profile(),
        rules=checks.default_rules(sentiment=vader_compound),
        scorer=checks.score_card,
        services=services,
        now=datetime.combine(day, time(12, 0), tzinfo=UTC),
    )
    assert len(report.sources) == len(NETWORKS) and all(s.was_read for s in report.sources)
    return {(f.check, f.network.value if f.network else None, f.target) for f in report.findings}


def test_the_sample_finds_the_same_things_on_any_day() -> None:
    """The sample never grows old: its posts stay as recent as they were written, and its exports
    (snapshots) are old enough that their findings no longer change."""
    on_the_day = _findings_on(RECORDED_ON)
    assert {(check, network) for check, network, _ in on_the_day} >= {k for k in KNOWN if k[0] != "typo.spelling"}
    for later in (RECORDED_ON + timedelta(days=1), RECORDED_ON + timedelta(days=400), date(2031, 2, 28)):
        assert _findings_on(later) == on_the_day, later


def test_the_replay_answers_only_what_it_recorded() -> None:
    session = sample_session(today=RECORDED_ON + timedelta(days=10))
    try:
        profile = session.get("https://appview.example/xrpc/app.bsky.actor.getProfile", params={"actor": "sam.example"})
        assert profile.status_code == 200 and profile.json()["indexedAt"] == "2025-06-24T08:30:00.000Z"
        nobody = session.get(
            "https://appview.example/xrpc/app.bsky.actor.getProfile", params={"actor": "nobody.example"}
        )
        assert nobody.status_code == 404
        assert session.get("https://unknown.example/").status_code == 404
        assert session.post("https://sam.example/", data=b"x").status_code == 404  # only GETs were recorded
        private = session.get("https://api.github.example/orgs/acme-widgets/public_members/samrivera")
        assert private.status_code == 404 and private.json()["message"] == "Not Found"
    finally:
        session.close()


def test_dates_move_by_whole_days_and_nothing_else_changes() -> None:
    body = (
        b'{"created_at": "2026-11-20T14:05:00.000Z", "last_status_at": "2026-11-10", "id": "20261120",'
        b' "when": "Wed, 18 Nov 2026 09:00:00 GMT", "not_a_date": "2026-02-30"}'
    )
    shifted = shift_dates(body, 45)
    assert shifted == (
        b'{"created_at": "2027-01-04T14:05:00.000Z", "last_status_at": "2026-12-25", "id": "20261120",'
        b' "when": "Sat, 02 Jan 2027 09:00:00 GMT", "not_a_date": "2026-02-30"}'
    )
    assert shift_dates(body, 0) is body
    assert shift_dates(shift_dates(body, -400), 400) == body


def test_every_recorded_answer_is_asked_for_and_every_file_is_listed() -> None:
    """No dead routes and no stray files: each answer in http/ is read by the audit or by the suggestions."""
    asked: set[str] = set()
    send = ReplayAdapter.send

    def recording_send(self: ReplayAdapter, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        asked.add(canonical_url(request.url or ""))
        return send(self, request, **kwargs)

    config = load_sample_profile()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReplayAdapter, "send", recording_send)
        run_audit(config, rules=(), scorer=checks.score_card, services=AuditServices(session_factory=sample_session))
        client = HttpClient(sample_session())
        try:
            gathered = gather(config.company, client=client, endpoints=config.endpoints)
        finally:
            client.close()
    assert gathered.problems == ()
    routes = {canonical_url(route["url"]) for route in MANIFEST["routes"]}
    assert asked == routes
    files = {p.relative_to(HTTP).as_posix() for p in HTTP.rglob("*") if p.is_file()} - {"manifest.json"}
    assert files == {route["body_file"] for route in MANIFEST["routes"]}


# The networks' own fixed addresses, which the parsers and real formats carry; everything else is fictional.
NETWORK_HOSTS = {
    "bsky.app",  # Bluesky profile links (GitHub's social accounts)
    "www.linkedin.com",  # a LinkedIn share's own address, in Shares.csv
    "t.co",  # X's short links, in tweets.js
    "abs.twimg.com",  # X's default avatar
    "mobile.twitter.com",  # the "source" of a tweet
    "docs.github.com",  # GitHub's 404 body
    "www.w3.org",  # the Atom namespace
    "www.facebook.com",  # a Facebook export's own profile address
    "www.threads.com",  # the Threads addresses of the accounts in followers and following
    "www.instagram.com",  # an Instagram export's links to the accounts in followers and following
}


def test_the_sample_is_fictional() -> None:
    for path in SAMPLE.rglob("*"):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        for host in re.findall(r"https?://([A-Za-z0-9.-]+)", text):
            assert host.endswith(".example") or host in NETWORK_HOSTS, (path, host)
        for address in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            assert address.endswith(".example"), (path, address)


def test_the_sample_profile_names_every_network() -> None:
    config = load_sample_profile()
    assert {n.value for n in config.me.accounts.configured()} == NETWORKS
    # The exports are folders beside the profile file, resolved by the loader.
    assert Path(config.me.accounts.get(Network.LINKEDIN) or "") == sample_profile_path().parent / "linkedin-export"
    assert (Path(config.me.accounts.get(Network.X) or "") / "data" / "tweets.js").is_file()
