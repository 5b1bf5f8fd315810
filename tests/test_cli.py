"""The command line as a user runs it: a real process, real files, loopback servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

from advocacy.sample import load_sample_profile
from tests import mastodon_server

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ADVOCACY_HOME": str(home)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
        check=False,
    )


def _profile(tmp_path: Path, handle: str, base_url: str) -> Path:
    path = tmp_path / "me.toml"
    path.write_text(
        f'[me]\nname = "John"\n[me.accounts]\nmastodon = "{handle}"\n'
        f'[company]\nname = "Acme"\n[endpoints]\nmastodon = "{base_url}"\n',
        encoding="utf-8",
    )
    return path


def test_sample_audit_prints_a_valid_json_report(advocacy_home: Path) -> None:
    result = run_cli("audit", "--sample", "--format", "json", home=advocacy_home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema_version"] == 5
    assert set(report) == {
        "schema_version",
        "audited_at",
        "score",
        "not_audited_reason",
        "coverage",
        "sources",
        "profiles",
        "posts",
        "findings",
        "discovered_accounts",
        "reach",
        "score_by_network",
        "score_explanation",
    }
    # Every network the sample names: each scored from its own deductions, the overall score their average.
    named = {network.value for network in load_sample_profile().me.accounts.configured()}
    by_network = report["score_by_network"]
    assert set(by_network) == named
    for network, score in by_network.items():
        assert sum(d["points"] for d in report["score_explanation"] if d["network"] == network) == 100 - score
    assert report["score"] == round(sum(by_network.values()) / len(by_network))
    assert 0 <= report["score"] <= 100
    assert report["sources"][0] == {
        "network": "mastodon",
        "account": "@sam@social.example",
        "status": "ok",
        "error": None,
        "from_snapshot": None,
        "skipped": {"count": 0, "reason": None, "details": []},
    }
    assert all(s["status"] == "ok" and s["skipped"]["count"] == 0 for s in report["sources"])
    assert report["coverage"]["read"] == report["coverage"]["total"] == len(named)
    profile = report["profiles"][0]
    assert {
        "network",
        "handle",
        "display_name",
        "headline",
        "bio",
        "url",
        "links",
        "last_post_at",
        "post_count",
        "posts_read",
        "visibility",
    } <= set(profile)
    read = sum(1 for post in report["posts"] if post["network"] == profile["network"])
    assert profile["posts_read"] == read
    assert profile["display_name"] == "Sam Rivera"
    assert profile["visibility"]["discoverable"] is False
    assert report["posts"] and {
        "network",
        "id",
        "url",
        "created_at",
        "text",
        "is_reply",
        "is_repost",
        "engagement",
        "media",
    } == set(report["posts"][0])
    assert len(report["findings"]) >= 1
    finding = report["findings"][0]
    assert set(finding) == {
        "check",
        "severity",
        "network",
        "target",
        "message",
        "suggestion",
        "evidence",
        "span",
        "replacement",
        "help_url",
    }
    assert finding["check"].split(".")[0] in {
        "staleness",
        "typo",
        "company",
        "disclosure",
        "risk",
        "visibility",
        "consistency",
    }


def test_text_report_and_output_file(advocacy_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.txt"
    target.parent.mkdir()
    result = run_cli("audit", "--sample", "--output", str(target), home=advocacy_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert "score" in text and "Mastodon @sam@social.example: read" in text


def test_invalid_profile_is_exit_2_with_one_line(advocacy_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[me]\nname = "Ada"\n[me.accounts]\nmastodon = "not-a-handle"\n', encoding="utf-8")
    result = run_cli("audit", "--profile", str(bad), home=advocacy_home)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert str(bad) in result.stderr and "[me.accounts] mastodon" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_usage_is_exit_2_with_one_line(advocacy_home: Path) -> None:
    result = run_cli("audit", "--format", "xml", home=advocacy_home)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "invalid choice" in result.stderr


def test_no_saved_profile_says_what_to_do(advocacy_home: Path) -> None:
    result = run_cli("audit", home=advocacy_home)
    assert result.returncode == 2
    assert "No profile has been saved yet" in result.stderr and "--sample" in result.stderr


def test_audits_a_real_profile_file_against_loopback_mastodon(
    httpserver: HTTPServer, advocacy_home: Path, tmp_path: Path
) -> None:
    loopback = mastodon_server.install(httpserver)
    profile = _profile(tmp_path, loopback.handle, loopback.base_url)
    result = run_cli("audit", "--profile", str(profile), "--format", "json", home=advocacy_home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["sources"][0]["status"] == "ok"
    assert report["profiles"][0]["display_name"] == "John Lennon"
    assert report["posts"][0]["text"] == "Toot number 9!"
    # Recorded in August 2026; the real clock makes that stale.
    assert "staleness.last_post" in {f["check"] for f in report["findings"]}
    assert (advocacy_home / "data" / "advocacy.sqlite3").exists()


def test_a_failing_only_source_is_reported_and_not_audited(
    httpserver: HTTPServer, advocacy_home: Path, tmp_path: Path
) -> None:
    httpserver.expect_request("/api/v1/accounts/lookup").respond_with_data("oops", status=500)
    profile = _profile(tmp_path, "@ada@example.social", httpserver.url_for("").rstrip("/"))
    result = run_cli("audit", "--profile", str(profile), "--format", "json", home=advocacy_home)
    assert result.returncode == 1, result.stderr  # the only source failed: nothing was audited
    assert json.loads(result.stdout)["score"] is None
    source = json.loads(result.stdout)["sources"][0]
    assert source["status"] == "error"
    assert source["error"] == f"{httpserver.host}:{httpserver.port} had a problem on its side; try again later."
    assert "Traceback" not in result.stderr


def test_known_problems_of_the_sample_are_each_reported_with_evidence_and_a_fix(advocacy_home: Path) -> None:
    result = run_cli("audit", "--sample", "--format", "json", home=advocacy_home)
    assert result.returncode == 0, result.stderr
    findings = {f["check"]: f for f in json.loads(result.stdout)["findings"] if f["network"] == "mastodon"}
    # On Mastodon, the fictional sample employee still names a former employer, promotes a release
    # without a disclosure, hides from discovery and search, and has an unverified blog link.
    known = {
        "staleness.former_employer": "Globex",
        "disclosure.missing": "WidgetOS",
        "visibility.not_discoverable": "discoverable",
        "visibility.noindex": "noindex",
        "visibility.link_not_verified": "https://sam.example/blog",
        "company.not_mentioned": "Globex",
    }
    for check, evidence in known.items():
        assert check in findings, check
        assert evidence in findings[check]["evidence"], check
        assert findings[check]["suggestion"], check
    assert findings["staleness.former_employer"]["replacement"] == "Acme Widgets"
    assert findings["disclosure.missing"]["replacement"] == "I work at Acme"


def run_check_text(*args: str, stdin: str, home: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("check-text", *args, home=home, stdin=stdin)


def test_check_text_json_gives_python_offsets_and_ranked_suggestions(advocacy_home: Path) -> None:
    text = "Thanks 🙏 for teh warm welcome — see https://acme.example/blgo"
    result = run_check_text("--format", "json", "-", stdin=text, home=advocacy_home)
    assert result.returncode == 1  # something was found, as linters do
    (issue,) = json.loads(result.stdout)
    assert text[issue["start"] : issue["end"]] == issue["word"] == "teh"
    assert issue["suggestions"][0] == "the" and issue["check"] == "typo.spelling"
    assert set(issue) == {"start", "end", "word", "suggestions", "check", "message"}


def test_check_text_reads_a_file_and_prints_line_and_column(advocacy_home: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("All good here.\nWe recieve feedback daily.\n", encoding="utf-8")
    result = run_check_text("--lang", "en-GB", str(draft), stdin="", home=advocacy_home)
    assert result.returncode == 1
    assert result.stdout.startswith("2:4: recieve → receive")


def test_check_text_clean_text_exits_0(advocacy_home: Path) -> None:
    assert run_check_text(stdin="A clean, well spelled sentence.", home=advocacy_home).returncode == 0


def test_check_text_jsonl_speaks_the_scoring_harness_protocol(advocacy_home: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Thsi is it"}),
        "not json at all",
        json.dumps({"id": "b", "text": "nothing wrong"}),
    ]
    result = run_check_text("--jsonl", stdin="\n".join(lines) + "\n", home=advocacy_home)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0
    assert answers[0]["id"] == "a" and answers[0]["flags"][0][:3] == [0, 4, "Thsi"]
    assert answers[0]["flags"][0][3][0] == "This"
    assert "error" in answers[1]
    assert answers[2] == {"id": "b", "flags": []}


def test_check_text_unknown_language_and_missing_file_are_one_line(advocacy_home: Path, tmp_path: Path) -> None:
    unknown = run_check_text("--lang", "tlh", stdin="Qapla'", home=advocacy_home)
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1 and "no dictionary for 'tlh'" in unknown.stderr
    missing = run_check_text(str(tmp_path / "nope.txt"), stdin="", home=advocacy_home)
    assert missing.returncode == 2 and "cannot read" in missing.stderr and missing.stderr.count("\n") == 1
