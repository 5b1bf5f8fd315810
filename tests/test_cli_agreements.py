"""The command line does what the README says: the report's format follows its file's name (and a
PDF is refused rather than faked), an empty draft is bad input (exit 2), check-text says it is
waiting when its input is a terminal, and examples of times to come are in the future."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from tests.test_cli import run_cli

ROOT = Path(__file__).resolve().parents[1]


def test_the_report_format_follows_the_output_file_name(advocacy_home: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done = run_cli("audit", "--sample", "--output", str(report), home=advocacy_home)
    assert done.returncode == 0, done.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["schema_version"] == 5


def test_a_pdf_or_a_lying_suffix_is_refused_and_nothing_is_written(advocacy_home: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    refused = run_cli("audit", "--sample", "--output", str(pdf), home=advocacy_home)
    assert refused.returncode == 2 and "not PDF" in refused.stderr and not pdf.exists()
    html = tmp_path / "report.html"
    mismatch = run_cli("audit", "--sample", "--format", "json", "--output", str(html), home=advocacy_home)
    assert mismatch.returncode == 2 and "does not match" in mismatch.stderr and not html.exists()


def test_an_empty_draft_is_bad_input_as_the_readme_says(advocacy_home: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "exits 2,\nwith one sentence, for an empty draft" in readme
    empty = run_cli("compose", "--network", "x", "   ", home=advocacy_home)
    assert empty.returncode == 2 and "empty" in empty.stderr and empty.stdout == ""


def test_check_text_says_it_is_waiting_for_a_terminal(advocacy_home: Path) -> None:
    main, terminal = os.openpty()
    env = {**os.environ, "ADVOCACY_HOME": str(advocacy_home)}
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "check-text"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    os.close(terminal)
    os.write(main, b"I definately agree\n\x04")
    out, err = child.communicate(timeout=60)
    os.close(main)
    assert "press Ctrl-D" in err
    assert "definately" in out


def test_examples_of_times_to_come_are_in_the_future(advocacy_home: Path) -> None:
    shown = run_cli("share", "--help", home=advocacy_home).stdout
    example = re.search(r"e\.g\.\s+(\d{4}-\d{2}-\d{2})T", shown)
    assert example is not None and date.fromisoformat(example.group(1)) > date.today()
