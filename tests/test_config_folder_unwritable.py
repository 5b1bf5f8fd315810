"""A config folder the app cannot write to: what is there can still be read, the window still opens,
and each write that cannot happen is one sentence naming what was not saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from advocacy.domain.profile import Accounts, Me, ProfileConfig
from advocacy.errors import AdvocacyError
from advocacy.paths import FolderUnusable
from advocacy.workspace import Workspace, read_profile_form
from tests.test_cli import run_cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def config_blocked(advocacy_home: Path) -> Path:
    """The config folder's place taken by a file: no folder can be made there (root or not)."""
    advocacy_home.mkdir(parents=True, exist_ok=True)
    blocked = advocacy_home / "config"
    blocked.write_text("not a folder", encoding="utf-8")
    return blocked


def test_a_profile_form_is_checked_and_its_save_is_one_sentence(config_blocked: Path) -> None:
    form = ProfileConfig(me=Me(name="Sam", accounts=Accounts(mastodon="@sam@social.example")))
    checked = read_profile_form(form)  # checking writes nothing, so it needs no folder
    assert isinstance(checked, ProfileConfig) and checked.me.name == "Sam"
    with pytest.raises(FolderUnusable) as failed:
        Workspace.sample().saved_as_own(checked)
    assert isinstance(failed.value, AdvocacyError) and "config" in failed.value.user_message
    assert config_blocked.read_text(encoding="utf-8") == "not a folder"


def test_the_command_line_still_reads_and_names_the_file_it_cannot_write(
    config_blocked: Path, advocacy_home: Path
) -> None:
    assert run_cli("audit", "--sample", "--format", "json", home=advocacy_home).returncode == 0
    listed = run_cli("words", "list", home=advocacy_home)
    assert listed.returncode == 0 and "No words of your own yet" in listed.stdout
    added = run_cli("words", "add", "rstats", home=advocacy_home)
    assert added.returncode == 1 and "my-words.txt could not be saved: its folder is" in added.stderr


def test_the_window_opens_all_the_same(config_blocked: Path, advocacy_home: Path) -> None:
    env = {**os.environ, "ADVOCACY_HOME": str(advocacy_home), "QT_QPA_PLATFORM": "offscreen"}
    # --smoke opens the window on the sample and quits: a crash dialog would wait for an answer instead.
    started = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert started.returncode == 0, started.stderr[-2000:]
    assert "Traceback" not in started.stderr


def test_the_window_says_nothing_can_be_kept_there(qtbot: object, config_blocked: Path) -> None:
    from ui.app import settings_folder

    folder, said = settings_folder()
    assert folder.is_dir() and folder != config_blocked
    assert said is not None and said.startswith("The app's folder") and "cannot be used" in said


def test_the_window_says_nothing_can_be_saved_in_that_folder(qtbot: object, config_blocked: Path) -> None:
    import checks
    from cli.args import build_parser
    from ui.app import first_window, settings_folder

    folder, unwritable = settings_folder()
    window = first_window(
        build_parser([]).parse_args([]),
        rules=checks.default_rules(),
        scorer=checks.score_card,
        say_error=lambda _parent, _exc: None,
        settings=folder,
        unwritable=unwritable,
    )
    window.close()
    notice = window.store_notice.label.text()
    assert unwritable is not None and unwritable in notice and "nothing it keeps there" in notice
