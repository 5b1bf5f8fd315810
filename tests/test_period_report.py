"""A report for a period: against the last audit before it, per network, from a real SQLite store, through
the real command line, in JSON, HTML and PDF; with nothing in it the user did not choose, no path of
this computer and no token."""

from __future__ import annotations

import argparse
import io
import itertools
import json
import re
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import checks
from advocacy.credentials import CredentialStore
from advocacy.domain.models import (
    AuditReport,
    Engagement,
    Finding,
    Network,
    Post,
    Profile,
    Severity,
    SourceOutcome,
    SourceStatus,
)
from advocacy.domain.period import Period, PeriodKind, Section, integer_ticks
from advocacy.domain.records import ShareState
from advocacy.errors import NothingToReport
from advocacy.period_pdf import MISSING, render_period_pdf
from advocacy.period_render import render_period_html, render_period_json
from advocacy.storage import Store
from advocacy.workspace import Workspace, load_profile_file, store_path
from cli import report as report_command
from cli.args import build_parser
from cli.main import main as cli_main
from tests.keyring_memory import MemoryKeyring
from tests.pdf_text import pages, text_of


def _at(month: int, day: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, 12, tzinfo=UTC)


FIXED = Finding("company.not_mentioned", Severity.WARNING, Network.MASTODON, "bio", "Your bio does not name Acme.")
KEPT = Finding("visibility.noindex", Severity.WARNING, Network.MASTODON, "profile", "Search engines are told away.")
DISMISSED = Finding("typo.spelling", Severity.INFO, Network.MASTODON, "post:1", "“teh” may be a typo.")
ON_LINKEDIN = Finding(
    "visibility.no_current_position", Severity.WARNING, Network.LINKEDIN, "profile", "No current position."
)
RISK = Finding(
    "risk.customer_named", Severity.WARNING, Network.MASTODON, "post:2", "This post names Initech, a customer."
)
NOTICE = Finding("notice.languagetool", Severity.INFO, None, "profile", "LanguageTool did not answer.")
NEW = Finding("staleness.last_post", Severity.WARNING, Network.MASTODON, "profile", "Your last post was 40 days ago.")


def _post(post_id: str, when: datetime, likes: int | None = None, *, reply: bool = False, repost: bool = False) -> Post:
    engagement = Engagement(likes=likes, reposts=2) if likes is not None else None
    return Post(
        Network.MASTODON,
        post_id,
        f"https://social.example/@john/{post_id}",
        when,
        f"post {post_id}",
        is_reply=reply,
        is_repost=repost,
        engagement=engagement,
    )


def _audit(
    when: datetime,
    followers: int,
    posts: tuple[Post, ...],
    findings: tuple[Finding, ...],
    *,
    linkedin_read: bool = True,
    export: str = "/home/john/Downloads/export.zip",
) -> AuditReport:
    mastodon = SourceOutcome(
        Network.MASTODON,
        "@john@social.example",
        SourceStatus.OK,
        profile=Profile(Network.MASTODON, "@john@social.example", followers_count=followers, post_count=40),
        posts=posts,
    )
    linkedin = (
        SourceOutcome(
            Network.LINKEDIN, export, SourceStatus.OK, profile=Profile(Network.LINKEDIN, "John", followers_count=50)
        )
        if linkedin_read
        else SourceOutcome(Network.LINKEDIN, export, SourceStatus.ERROR, error=f"{export} cannot be read.")
    )
    return AuditReport(when, 80, (mastodon, linkedin), findings)


POSTS = (
    _post("1", _at(9, 15), 5),
    _post("2", _at(10, 3), 10),
    _post("3", _at(10, 20), 4),
    _post("4", _at(10, 21), 50, reply=True),
    _post("5", _at(10, 22), 50, repost=True),
)


def _fill(store: Store, *, export: str = "/home/john/Downloads/export.zip") -> None:
    store.save_audit(_audit(_at(8, 1), 90, (), (), export=export))
    store.save_audit(_audit(_at(9, 20), 100, POSTS[:1], (FIXED, KEPT, DISMISSED, ON_LINKEDIN, RISK, NOTICE)))
    store.save_audit(_audit(_at(10, 10), 110, POSTS[:3], (FIXED, KEPT)))
    store.save_audit(_audit(_at(10, 25), 130, POSTS, (KEPT, NEW), linkedin_read=False, export=export))
    later = (*POSTS[:1], _post("2", _at(10, 3), 20), *POSTS[2:])
    store.save_audit(_audit(_at(11, 5), 140, later, (KEPT,)))
    store.dismiss(DISMISSED)
    shares = [
        ("widgetos-5", ShareState.POSTED, "WidgetOS 5 is out\nthe second line", _at(10, 3), "2"),
        ("old-news", ShareState.POSTED, "Shared in September", _at(9, 28), "9"),
        ("refused", ShareState.FAILED, "Refused by the server", _at(10, 5), None),
        ("text:abc", ShareState.POSTED, "My own words, not the company's", _at(10, 6), "8"),
    ]
    for index, (key, state, text, when, post_id) in enumerate(shares):
        url = f"https://social.example/@john/{post_id}" if post_id else None
        store.record_share(key, Network.MASTODON, f"k{index}", state=state, post_url=url, text=text)
        with sqlite3.connect(store.path) as connection:
            connection.execute(
                "UPDATE shares SET created_at = ? WHERE idempotency_key = ?", (when.isoformat(), f"k{index}")
            )


def _profile(tmp_path: Path) -> Path:
    export = tmp_path / "exports" / "linkedin.zip"
    export.parent.mkdir()
    export.write_bytes(b"")
    path = tmp_path / "me.toml"
    path.write_text(
        f'[me]\nname = "John"\n[me.accounts]\nmastodon = "@john@social.example"\nlinkedin_export = "{export}"\n'
        '[company]\nname = "Acme"\n',
        encoding="utf-8",
    )
    return path


def _workspace(tmp_path: Path) -> Workspace:
    path = _profile(tmp_path)
    return Workspace.open(load_profile_file(path), is_sample=False, path=path, rules=checks.DEFAULT_RULES)


@pytest.fixture
def filled(tmp_path: Path) -> Workspace:
    workspace = _workspace(tmp_path)
    _fill(Store(store_path(False)), export=str(tmp_path / "exports" / "linkedin.zip"))
    return workspace


def test_periods_are_calendar_months_and_quarters_across_the_year_end() -> None:
    assert Period.parse_month("2026-02") == Period(date(2026, 2, 1), date(2026, 2, 28), PeriodKind.MONTH)
    assert Period.parse_quarter("2026-Q4").label == "Q4 2026 (October–December)"
    assert Period.last_month(date(2027, 1, 15)) == Period.month(2026, 12)
    assert Period.last_quarter(date(2027, 2, 1)) == Period.quarter(2026, 4)
    assert Period.this_quarter(date(2026, 8, 31)).first_day == date(2026, 7, 1)
    assert Period(date(2026, 10, 3), date(2026, 11, 2)).label == "3 October 2026 to 2 November 2026"
    for bad, parse in (("2026-13", Period.parse_month), ("2026-Q5", Period.parse_quarter)):
        with pytest.raises(ValueError, match="write it as"):
            parse(bad)
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2026, 10, 2), date(2026, 10, 1))


@pytest.mark.parametrize(("low", "high"), [(0, 0), (0, 1), (0, 3), (0, 7), (0, 13), (340, 361), (0, 2.5), (0, 98_765)])
def test_chart_ticks_are_whole_round_few_and_cover_the_values(low: float, high: float) -> None:
    ticks = integer_ticks(low, high)
    assert all(isinstance(tick, int) for tick in ticks)
    assert 2 <= len(ticks) <= 6
    assert ticks[0] <= low and ticks[-1] >= high
    assert len({b - a for a, b in itertools.pairwise(ticks)}) == 1  # evenly spaced


def test_october_against_the_last_audit_before_it(filled: Workspace) -> None:
    report = filled.period_report(Period.month(2026, 10), now=_at(11, 6))
    assert report.baseline.audited_at == _at(9, 20) and not report.baseline_in_period
    assert report.end.audited_at == _at(10, 25)  # the November audit is not in October
    assert report.audits_in_period == 2
    assert report.end.coverage == "1 of 2 networks read (1 failed)" and not report.end.complete
    assert any("partial" in note and "1 of 2 networks read" in note for note in report.notes)
    mastodon = next(r for r in report.reach or () if r.network is Network.MASTODON)
    assert (mastodon.followers_start, mastodon.followers_end, mastodon.state_end) == (100, 130, "read")
    linkedin = next(r for r in report.reach or () if r.network is Network.LINKEDIN)
    assert (linkedin.followers_start, linkedin.followers_end, linkedin.state_end) == (50, None, "not read")
    posts = {p.network: p for p in report.posts or ()}
    # Originals dated in October only: not September's, not the reply, not the repost.
    assert (posts[Network.MASTODON].posts, posts[Network.MASTODON].interactions) == (2, 10 + 2 + 4 + 2)
    assert posts[Network.LINKEDIN].posts is None
    (shared,) = report.shares or ()
    assert shared.summary == "WidgetOS 5 is out" and shared.shared_at == _at(10, 3)
    assert shared.engagement is not None and shared.engagement.likes == 20  # as the latest audit read it
    findings = report.findings
    assert findings is not None
    assert [f.message for f in findings.fixed] == ["Your bio does not name Acme.", "A post named a customer."]
    assert (findings.dismissed, findings.not_read, findings.new) == (1, 1, 1)
    assert (findings.at_start, findings.at_end) == (5, 2)  # notices are not findings to fix
    followers = next(c for c in report.charts if c.title == "Followers at each audit")
    mastodon_line = next(s for s in followers.series if s.name == "Mastodon")
    assert [y for _, y in mastodon_line.points] == [100, 110, 130]  # the baseline, then October's audits
    # The baseline, taken before the period, is drawn at its own date with its own tick, left of the start.
    assert mastodon_line.points[0][0] < 0
    assert any(x == mastodon_line.points[0][0] for x, _label in followers.x_ticks)


def test_a_period_without_audits_is_one_sentence_not_an_empty_report(
    filled: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(NothingToReport, match="No audit was run in June 2026"):
        filled.period_report(Period.month(2026, 6))
    code = cli_main(["report", "--profile", str(tmp_path / "me.toml"), "--month", "2026-06"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "ran from 1 August 2026 to 5 November 2026" in err
    assert "Traceback" not in err


def test_the_first_audit_stands_in_as_baseline_when_none_is_older(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    store = Store(store_path(False))
    store.save_audit(_audit(_at(10, 10), 110, POSTS[:3], (FIXED, KEPT)))
    store.save_audit(_audit(_at(10, 25), 130, POSTS, (KEPT,)))
    report = workspace.period_report(Period.month(2026, 10), [Section.FINDINGS_FIXED])
    assert report.baseline_in_period and report.baseline.audited_at == _at(10, 10)
    assert any("is the baseline" in note for note in report.notes)
    assert report.findings is not None and [f.check for f in report.findings.fixed] == ["company.not_mentioned"]
    assert report.reach is None and report.posts is None and report.shares is None  # never computed


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli_main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_section_left_out_is_in_no_format(
    filled: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["report", "--profile", str(tmp_path / "me.toml"), "--month", "2026-10", "--without", "company-shares"]
    code, out, _ = _run([*base, "--format", "json"], capsys)
    document = json.loads(out)
    assert code == 0 and document["schema_version"] == 2
    assert document["sections"] == ["reach", "posts", "findings-fixed"] and "company_shares" not in document
    assert {chart["section"] for chart in document["charts"]} == {"reach", "posts", "findings-fixed"}
    code, html, _ = _run([*base, "--format", "html"], capsys)
    assert code == 0 and "WidgetOS" not in html and "Shared from the company" not in html
    assert _run([*base, "--output", str(tmp_path / "r.pdf")], capsys)[0] == 0
    text = text_of((tmp_path / "r.pdf").read_bytes())
    assert "Followers and interactions" in text and "WidgetOS" not in text
    code, html, _ = _run([*base[:-2], "--format", "html"], capsys)
    assert code == 0 and "WidgetOS 5 is out" in html and "the second line" not in html


def test_html_charts_are_inline_svg_at_full_width_each_with_one_title(
    filled: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, html, _ = _run(["report", "--profile", str(tmp_path / "me.toml"), "--quarter", "2026-Q4"], capsys)
    assert code == 0 and html.startswith("<!DOCTYPE html>")
    svgs = re.findall(r"<svg [^>]*>", html)
    assert len(svgs) == 4 and all('width="100%"' in svg for svg in svgs)
    assert "svg.chart { display: block; width: 100%; height: auto; }" in html
    assert "<img" not in html and "<script" not in html and "src=" not in html and "<link" not in html
    for chart_title in ("Followers at each audit", "Original posts per week", "Findings at each audit"):
        assert html.count(f"<h3>{chart_title}</h3>") == 1
    ticks = re.findall(r'text-anchor="end" fill="#555">([^<]+)</text>', html)
    assert ticks and all(re.fullmatch(r"[\d,]+", tick) for tick in ticks)  # whole numbers on every y axis
    assert "1 Oct" in html and "1 Nov" in html and "1 Dec" in html  # dates along the x axis


def test_format_from_the_output_name_and_what_is_refused(
    filled: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["report", "--profile", str(tmp_path / "me.toml"), "--since", "2026-10-01", "--until", "2026-10-31"]
    assert _run([*base, "--output", str(tmp_path / "r.pdf")], capsys)[0] == 0
    data = (tmp_path / "r.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _run([*base, "--output", str(tmp_path / "r.json")], capsys)[0] == 0
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["period"]["first_day"] == "2026-10-01"
    for extra, sentence in (
        (["--output", str(tmp_path / "r.txt")], "does not say which format"),
        (["--output", str(tmp_path / "x.pdf"), "--format", "html"], "does not match"),
        (
            ["--without", "reach", "--without", "posts", "--without", "company-shares", "--without", "findings-fixed"],
            "every section was left out",
        ),
    ):
        code, out, err = _run([*base, *extra], capsys)
        assert (code, out) == (2, "") and sentence in err
    assert not (tmp_path / "x.pdf").exists()
    code, _, err = _run(["report", "--profile", str(tmp_path / "me.toml"), "--since", "2026-10-32"], capsys)
    assert code == 2 and "is not a date" in err

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    args = build_parser().parse_args([*base, "--format", "pdf"])
    stdout, stderr = Terminal(), io.StringIO()
    assert report_command.run(args, stdout=stdout, stderr=stderr) == 2
    assert stdout.getvalue() == "" and "not for a terminal" in stderr.getvalue()


def test_since_alone_runs_to_today(filled: Workspace, tmp_path: Path) -> None:
    args = build_parser().parse_args(["report", "--profile", str(tmp_path / "me.toml"), "--since", "2026-10-01"])
    assert report_command.period_of(args, date(2026, 11, 30)) == Period(date(2026, 10, 1), date(2026, 11, 30))
    assert isinstance(args, argparse.Namespace)


def test_no_path_of_this_computer_and_no_token_in_any_format(
    tmp_path: Path, advocacy_home: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = _workspace(tmp_path)
    export = str(tmp_path / "exports" / "linkedin.zip")
    token = "horse-battery-staple-9f3b2c"
    CredentialStore(memory_keyring).set(Network.MASTODON, "@john@social.example", token)
    assert CredentialStore(memory_keyring).get(Network.MASTODON, "@john@social.example") == token  # as an audit does
    store = Store(store_path(False))
    leaky = Finding("company.not_mentioned", Severity.WARNING, Network.MASTODON, "bio", f"Read from {export}: no Acme.")
    store.save_audit(_audit(_at(9, 20), 100, (), (leaky,), export=export))
    store.save_audit(_audit(_at(10, 25), 130, POSTS, (), export=export))
    github_token = "ghp_" + "a1B2c3D4e5" * 4
    store.record_share(
        "item", Network.MASTODON, "k", state=ShareState.POSTED, post_url="https://social.example/@john/2"
    )
    with sqlite3.connect(store.path) as connection:  # as an older version might have kept it: raw
        connection.execute(
            "UPDATE shares SET created_at = ?, text = ?",
            (_at(10, 3).isoformat(), f"https://acme.example/a/b see {advocacy_home}/x.txt, {token} {github_token}"),
        )
    report = workspace.period_report(Period.month(2026, 10))
    profile = str(tmp_path / "me.toml")
    outputs = {
        "json": render_period_json(report),
        "html": render_period_html(report),
        "pdf": text_of(render_period_pdf(report)),
    }
    outputs["cli"] = _run(["report", "--profile", profile, "--month", "2026-10", "--format", "json"], capsys)[1]
    for name, output in outputs.items():
        assert "WidgetOS" not in output  # (sanity: this store has no such share)
        for secret in (token, github_token, str(tmp_path), str(advocacy_home), "/home/john"):
            assert secret not in output, (name, secret)
        assert "https://acme.example/a/b" in output  # an address is not a path
        assert "(a file)" in output  # what stood where a path was


def test_a_pdf_with_emoji_and_other_scripts_and_no_heading_last_on_a_page(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    store = Store(store_path(False))
    store.save_audit(_audit(_at(9, 20), 100, (), (FIXED,)))
    store.save_audit(_audit(_at(10, 25), 130, POSTS, ()))
    texts = ["Launch day 🚀🎉 with the team 👩🏽‍💻", "日本語のお知らせ", "مرحبا بالعالم", "Привет, мир", "Ünïcödé ✓"]
    for n in range(61):
        store.record_share(f"item-{n}", Network.MASTODON, f"k{n}", state=ShareState.POSTED, text=texts[n % 5])
    with sqlite3.connect(store.path) as connection:
        connection.execute("UPDATE shares SET created_at = ?", (_at(10, 3).isoformat(),))
    sections = (Section.COMPANY_SHARES, Section.FINDINGS_FIXED)  # a shares table, then a heading and a chart
    report = workspace.period_report(Period.month(2026, 10), sections)
    assert len(report.shares or ()) == 61
    page_counts = set()
    # Tables of every length up to over a page: the next heading lands at every height
    # of a page once, its foot included.
    for count in range(1, 43):
        data = render_period_pdf(replace(report, shares=(report.shares or ())[:count]))
        assert data.startswith(b"%PDF-")
        read = pages(data)
        page_counts.add(len(read))
        for runs in read:
            body = [run for run in runs if run.y > 45]  # all but the page number in the foot
            assert body, "an empty page"
            below = [run for run in runs if run.y <= 45 and not re.fullmatch(r"[\d of]+", run.text)]
            assert not below, f"drawn past the bottom margin: {below[0].text}"  # a chart cut in two
            assert not (body[-1].bold and body[-1].size >= 11), f"a heading last on a page: {body[-1].text}"
    text = text_of(data)
    assert "Launch day" in text and "Привет, мир" in text and "Ünïcödé ✓" in text
    assert MISSING in text  # what the font cannot draw (here Japanese) is a box, not a failure
    assert len(page_counts) > 1  # the tables did push the sections across pages


def test_the_sample_audited_then_reported_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    from main import main as app_main

    assert app_main(["audit", "--sample", "--format", "json"]) == 0
    capsys.readouterr()
    today = datetime.now().astimezone().date()
    assert app_main(["report", "--sample", "--month", f"{today:%Y-%m}", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["end"]["complete"] is True
    assert {row["network"] for row in document["reach"]} >= {"mastodon", "bluesky"}
    assert document["baseline"]["in_period"] is True and len(document["notes"]) >= 1
