"""An audit scores only what it read: nothing read is "not audited", never 100 and "no findings".

Run as a user runs it (the real command line, loopback servers, a real SQLite file), plus the
store and chart helpers a not-audited run passes through.
"""

from __future__ import annotations

import json
import socket
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from advocacy.domain.models import AuditReport, Network, SourceOutcome, SourceStatus
from advocacy.storage import Store
from tests import mastodon_server
from tests.test_cli import run_cli


def _closed_port() -> int:
    """A loopback port with nobody listening: connections are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write(tmp_path: Path, text: str, name: str = "me.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "content",
    [
        "",
        '[company]\nname = "Acme"\n',
        '[me]\nname = "Ada"\n',
        '[me]\nname = "Ada"\n[me.accounts]\n',
    ],
    ids=["empty-file", "no-me", "no-accounts-table", "empty-accounts"],
)
def test_a_profile_naming_no_account_is_a_usage_error(advocacy_home: Path, tmp_path: Path, content: str) -> None:
    profile = _write(tmp_path, content)
    result = run_cli("audit", "--profile", str(profile), home=advocacy_home)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert "names no account" in result.stderr and "[me.accounts]" in result.stderr
    assert "100" not in result.stderr and "Traceback" not in result.stderr


def _unreachable_profile(tmp_path: Path) -> Path:
    port = _closed_port()
    return _write(
        tmp_path,
        f'[me]\nname = "Ada"\n[me.accounts]\nmastodon = "@ada@127.0.0.1:{port}"\ngithub = "ada"\n'
        f'bluesky = "ada.example.com"\n[endpoints]\nmastodon = "http://127.0.0.1:{port}"\n'
        f'github = "http://127.0.0.1:{port}"\nbluesky = "http://127.0.0.1:{port}"\n',
    )


def test_every_source_failing_is_not_audited_in_json(advocacy_home: Path, tmp_path: Path) -> None:
    result = run_cli("audit", "--profile", str(_unreachable_profile(tmp_path)), "--format", "json", home=advocacy_home)
    assert result.returncode == 1, result.stderr  # must not pass for a clean audit in a script
    report = json.loads(result.stdout)
    assert report["schema_version"] == 5
    assert report["score"] is None
    assert report["coverage"] == {
        "read": 0,
        "from_snapshot": 0,
        "failed": 3,
        "skipped": 0,
        "total": 3,
        "summary": "0 of 3 networks read (3 failed)",
    }
    assert report["score_by_network"] == {} and report["score_explanation"] == []
    assert report["not_audited_reason"].startswith("Not audited: none of your 3 networks could be read.")
    assert {s["status"] for s in report["sources"]} == {"error"}


def test_every_source_failing_is_not_audited_in_text_and_html(advocacy_home: Path, tmp_path: Path) -> None:
    profile = str(_unreachable_profile(tmp_path))
    text = run_cli("audit", "--profile", profile, home=advocacy_home)
    assert text.returncode == 1
    assert "not audited" in text.stdout.splitlines()[0]
    assert "Not audited: none of your 3 networks could be read." in text.stdout
    assert "100/100" not in text.stdout and "No findings" not in text.stdout
    html = run_cli("audit", "--profile", profile, "--format", "html", home=advocacy_home)
    assert "Not audited" in html.stdout and "100/100" not in html.stdout and "No findings" not in html.stdout
    assert "0 findings" not in html.stdout
    # The store keeps the run with no score at all, for the history to show as a gap.
    summaries = Store(advocacy_home / "data" / "advocacy.sqlite3").history()
    assert [s.score for s in summaries] == [None, None]


def test_a_partly_read_audit_scores_only_what_was_read_and_says_how_much(
    httpserver: HTTPServer, advocacy_home: Path, tmp_path: Path
) -> None:
    loopback = mastodon_server.install(httpserver)
    port = _closed_port()
    profile = _write(
        tmp_path,
        f'[me]\nname = "John"\n[me.accounts]\nmastodon = "{loopback.handle}"\ngithub = "john"\n'
        f'[company]\nname = "Acme"\n[endpoints]\nmastodon = "{loopback.base_url}"\n'
        f'github = "http://127.0.0.1:{port}"\n',
    )
    result = run_cli("audit", "--profile", str(profile), "--format", "json", home=advocacy_home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["coverage"]["read"] == 1 and report["coverage"]["failed"] == 1
    assert report["coverage"]["summary"] == "1 of 2 networks read (1 failed)"
    assert list(report["score_by_network"]) == ["mastodon"]  # GitHub was not read: no score for it
    assert report["score"] == report["score_by_network"]["mastodon"]
    text = run_cli("audit", "--profile", str(profile), home=advocacy_home).stdout
    assert "1 of 2 networks read (1 failed)" in text.splitlines()[0]

    # Mastodon goes down too: its last good data stands in, counted and said as such.
    httpserver.clear()
    again = json.loads(run_cli("audit", "--profile", str(profile), "--format", "json", home=advocacy_home).stdout)
    assert again["coverage"]["read"] == 0 and again["coverage"]["from_snapshot"] == 1
    assert again["coverage"]["summary"] == "0 of 2 networks read (1 failed, shown from saved data; 1 failed)"
    assert again["score"] is not None
    assert again["sources"][0]["from_snapshot"] is not None


def test_a_run_that_read_nothing_is_a_gap_in_the_score_chart(tmp_path: Path) -> None:
    from ui.panels.dashboard_charts import score_segments

    store = Store(tmp_path / "a.sqlite3")
    failed = SourceOutcome(Network.GITHUB, "ada", SourceStatus.ERROR, error="Could not connect.")
    for score in (80, None, 90, 95):
        store.save_audit(AuditReport(datetime.now(UTC), score, (failed,), ()))
    history = store.history()
    assert [h.score for h in history] == [95, 90, None, 80]
    assert score_segments(history) == [[(1, 80)], [(3, 90), (4, 95)]]
    assert store.latest_audit() is not None and store.audit(history[2].id).score is None  # type: ignore[union-attr]


def test_an_old_database_keeps_its_scores_after_the_migration(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    from advocacy import storage

    connection = sqlite3.connect(path)
    for index in range(4):  # the schema as version 4 left it
        connection.executescript(storage.MIGRATIONS[index])
    connection.execute(
        "INSERT INTO audits (audited_at, score, findings_count, report) VALUES (?, ?, ?, ?)",
        ("2026-01-01T00:00:00+00:00", 77, 0, json.dumps({"audited_at": "2026-01-01T00:00:00+00:00", "score": 77})),
    )
    connection.execute("PRAGMA user_version = 4")
    connection.commit()
    connection.close()
    store = Store(path)
    assert [h.score for h in store.history()] == [77]
    report = store.latest_audit()
    assert report is not None and report.score == 77


def test_output_follows_a_link_and_never_replaces_a_device(advocacy_home: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    result = run_cli("audit", "--sample", "--format", "html", "--output", str(link), home=advocacy_home)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    devnull = Path("/dev/null")
    result = run_cli("audit", "--sample", "--output", str(devnull), home=advocacy_home)
    assert result.returncode == 0 and devnull.is_char_device()  # written to, not replaced by a file


def test_every_network_failing_with_saved_data_is_said_and_is_exit_1(
    httpserver: HTTPServer, advocacy_home: Path, tmp_path: Path
) -> None:
    loopback = mastodon_server.install(httpserver)
    profile = _write(
        tmp_path,
        f'[me]\nname = "John"\n[me.accounts]\nmastodon = "{loopback.handle}"\n'
        f'[endpoints]\nmastodon = "{loopback.base_url}"\n',
    )
    assert run_cli("audit", "--profile", str(profile), home=advocacy_home).returncode == 0
    httpserver.clear()  # the server is gone now; its last good data is kept
    result = run_cli("audit", "--profile", str(profile), home=advocacy_home)
    assert result.returncode == 1  # a script must notice that nothing could be read today
    assert "0 of 1 network read (1 failed, shown from saved data)" in result.stdout.splitlines()[0]


def _linkedin_export(folder: Path, shares: list[tuple[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Profile.csv").write_text(
        "First Name,Last Name,Headline,Summary\nAda,Lovelace,Engineer at Acme,Hello\n", encoding="utf-8"
    )
    rows = "".join(
        f'{when},https://www.linkedin.com/feed/update/{i},"{text}",,,MEMBER_NETWORK\n'
        for i, (when, text) in enumerate(shares)
    )
    (folder / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" + rows, encoding="utf-8"
    )
    return folder


def test_a_post_dated_in_the_future_does_not_pass_for_a_fresh_one(tmp_path: Path) -> None:
    import checks
    from advocacy.audit_runner import AuditServices, run_audit
    from advocacy.domain.profile import Accounts, Me, ProfileConfig

    export = _linkedin_export(
        tmp_path / "export",
        [("3026-06-30 10:15:42", "From the far future"), ("2026-01-05 09:00:00", "A real old post")],
    )
    config = ProfileConfig(me=Me(name="Ada", accounts=Accounts(linkedin_export=str(export))))
    now = datetime(2026, 11, 30, tzinfo=UTC)
    report = run_audit(config, rules=checks.DEFAULT_RULES, scorer=checks.score_card, services=AuditServices(), now=now)
    (source,) = report.sources
    assert [p.text for p in source.posts] == ["A real old post"]
    assert [r.sentence() for r in source.skipped] == [
        "1 of 2 posts were dated in the future, so their dates cannot be trusted."
    ]
    last = [f for f in report.findings if f.check == "staleness.last_post"]
    assert last and last[0].severity.value == "error" and "about 11 months ago" in last[0].message  # 328 days
    assert "2026-01-05" in last[0].evidence


def test_posts_that_could_not_be_read_are_never_reported_as_no_posts(tmp_path: Path) -> None:
    import checks
    from advocacy.audit_runner import AuditServices, run_audit
    from advocacy.domain.profile import Accounts, Me, ProfileConfig

    export = _linkedin_export(tmp_path / "export", [("someday", "one"), ("not a date", "two")])
    config = ProfileConfig(me=Me(name="Ada", accounts=Accounts(linkedin_export=str(export))))
    report = run_audit(config, rules=checks.DEFAULT_RULES, scorer=checks.score_card, services=AuditServices())
    checks_found = {f.check for f in report.findings}
    assert "staleness.last_post" not in checks_found and "staleness.cadence" not in checks_found
    (notice,) = [f for f in report.findings if f.check == "notice.posts_unreadable"]
    assert notice.message == "None of the LinkedIn posts found could be read, so when you last posted is not known."
    assert notice.evidence == "2 of 2 shares had no date we could read."


def test_what_the_terminal_does_to_a_command_is_one_line_never_a_traceback(advocacy_home: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.test_cli import ROOT

    env = {**os.environ, "ADVOCACY_HOME": str(advocacy_home)}
    main = [sys.executable, str(ROOT / "main.py")]
    # A reader that stops early.
    piped = subprocess.run(
        f"{' '.join(main)} suggest --sample | head -1", shell=True, capture_output=True, text=True, env=env, check=False
    )
    assert "Traceback" not in piped.stderr and piped.stdout.startswith("1. ")
    # Output that cannot be written, and no output at all.
    with open("/dev/full", "w") as device:
        full = subprocess.run(
            [*main, "audit", "--sample"], stdout=device, stderr=subprocess.PIPE, text=True, env=env, check=False
        )
    assert (
        full.returncode == 1
        and full.stderr.strip() == "advocacy: the output could not be written (No space left on device)."
    )
    closed = subprocess.run(
        [*main, "audit", "--sample"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        check=False,
        pass_fds=(),
    )
    assert "Traceback" not in closed.stderr


def test_ctrl_c_stops_an_audit_waiting_on_a_silent_server_at_once(advocacy_home: Path, tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.test_cli import ROOT

    with socket.socket() as listener:  # accepts connections, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        profile = _write(
            tmp_path,
            f'[me.accounts]\nmastodon = "@ada@127.0.0.1:{port}"\n[endpoints]\nmastodon = "http://127.0.0.1:{port}"\n',
        )
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "audit", "--profile", str(profile)],
            env={**os.environ, "ADVOCACY_HOME": str(advocacy_home)},
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(2.0)  # the fetch is now blocked in a read
        started = time.monotonic()
        child.send_signal(signal.SIGINT)
        _out, err = child.communicate(timeout=30)
        waited = time.monotonic() - started
    assert waited < 5, waited
    assert child.returncode in (1, 130) and "Traceback" not in err and "interrupted" in err


def test_a_damaged_export_is_not_blamed_on_the_profile(advocacy_home: Path, tmp_path: Path) -> None:
    """The one failure is a file that is damaged, not a wrong name or path: the reason says what is
    wrong with it and never sends the person to fix their profile."""
    damaged = tmp_path / "facebook.zip"
    with zipfile.ZipFile(damaged, "w") as zipped:
        zipped.writestr("posts/your_posts_1.json", b'[{"timestamp": 1600000000, "data": [{"post": "cut off')
    profile = _write(tmp_path, f'[me]\nname = "Ada"\n[me.accounts]\nfacebook_export = "{damaged}"\n')
    result = run_cli("audit", "--profile", str(profile), "--format", "json", home=advocacy_home)
    reason = json.loads(result.stdout)["not_audited_reason"]
    assert "is damaged" in reason and "download the export again" in reason
    assert "profile" not in reason.lower()


def test_the_score_chart_never_says_nothing_was_read_when_nothing_is_in_the_history(qtbot: object) -> None:
    from advocacy.domain.records import AuditSummary
    from ui.panels.dashboard_charts import trend_chart

    # An empty history (no audit yet, or one that could not be kept) says nothing of what was read.
    assert trend_chart([])[1] == "No audit is in the history yet."
    unread = [AuditSummary(1, datetime.now(UTC), None, 0)]
    assert trend_chart(unread)[1] == "No score yet: none of your networks could be read."


def test_a_database_file_that_exists_but_cannot_be_written_is_not_said_to_be_created(tmp_path: Path) -> None:
    from advocacy.errors import StorageError
    from advocacy.store_files import create_private

    folder = tmp_path / "a-file-not-a-folder"
    folder.write_text("x", encoding="utf-8")
    with pytest.raises(StorageError, match="cannot be created"):
        create_private(folder / "advocacy.sqlite3")
    existing = tmp_path / "advocacy.sqlite3"
    existing.mkdir()  # there, and not a file that can be opened for writing
    with pytest.raises(StorageError, match=r"advocacy\.sqlite3 cannot be written \("):
        create_private(existing)


def test_a_score_near_the_top_of_the_chart_is_drawn_whole(qtbot: object) -> None:
    from PySide6.QtCharts import QChartView, QScatterSeries

    from advocacy.domain.records import AuditSummary
    from ui.panels.dashboard_charts import trend_chart

    now = datetime.now(UTC)
    view, _note = trend_chart([AuditSummary(1, now, 98, 0), AuditSummary(2, now - timedelta(days=1), 94, 0)])
    assert isinstance(view, QChartView)
    labelled = [s for s in view.chart().series() if isinstance(s, QScatterSeries) and s.pointLabelsVisible()]
    assert labelled and not any(s.pointLabelsClipping() for s in labelled)  # 98's label is not cut by the plot's edge
