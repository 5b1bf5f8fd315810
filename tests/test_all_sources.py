"""All six sources in one audit, from the command line, against loopback servers and real exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests import bluesky_server, github_server, mastodon_server
from tests.advocacy.test_linkedin_export import _export_folder
from tests.advocacy.test_website import _serve_site
from tests.advocacy.test_x_archive import _archive_folder
from tests.test_cli import run_cli


@pytest.fixture
def threaded_server() -> Iterator[HTTPServer]:
    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


def _profile(tmp_path: Path, server: HTTPServer) -> Path:
    base = server.url_for("").rstrip("/")
    path = tmp_path / "everything.toml"
    path.write_text(
        f"""
[me]
name = "John"
[me.accounts]
mastodon = "@{mastodon_server.USERNAME}@localhost"
bluesky = "{bluesky_server.HANDLE}"
github = "{github_server.LOGIN}"
website = "{base}/"
linkedin_export = "{_export_folder(tmp_path / "li")}"
x_archive = "{_archive_folder(tmp_path / "x")}"
[company]
name = "Acme"
[company.accounts]
github = "acme"
[endpoints]
mastodon = "{base}"
bluesky = "{base}"
github = "{base}"
""",
        encoding="utf-8",
    )
    return path


def _install_all(server: HTTPServer) -> None:
    mastodon_server.install(server)
    bluesky_server.install(server)
    github_server.install(server)
    _serve_site(server)


def test_six_sources_in_one_audit(threaded_server: HTTPServer, tmp_path: Path, advocacy_home: Path) -> None:
    _install_all(threaded_server)
    result = run_cli(
        "audit", "--profile", str(_profile(tmp_path, threaded_server)), "--format", "json", home=advocacy_home
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    statuses = {s["network"]: (s["status"], s["error"]) for s in report["sources"]}
    assert statuses == {n: ("ok", None) for n in ("mastodon", "bluesky", "github", "website", "linkedin", "x")}
    assert {p["network"] for p in report["profiles"]} == set(statuses)
    assert {p["network"] for p in report["posts"]} == set(statuses)
    # GitHub lists a Mastodon account and the site links one with rel="me": both proposed, neither audited.
    discovered = {(d["network"], d["handle"]) for d in report["discovered_accounts"]}
    assert ("mastodon", "@jacquev6@fosstodon.org") in discovered
    assert ("mastodon", "@ada@social.example") in discovered


def test_one_broken_source_leaves_the_others_intact(
    threaded_server: HTTPServer, tmp_path: Path, advocacy_home: Path
) -> None:
    threaded_server.expect_request(f"/users/{github_server.LOGIN}").respond_with_data("{truncated", status=200)
    _install_all(threaded_server)  # registered after: the broken GitHub user answer wins
    profile = _profile(tmp_path, threaded_server)
    result = run_cli("audit", "--profile", str(profile), "--format", "json", home=advocacy_home)
    assert result.returncode == 0, result.stderr
    statuses = {s["network"]: s["status"] for s in json.loads(result.stdout)["sources"]}
    assert statuses.pop("github") == "error"
    assert set(statuses.values()) == {"ok"}
