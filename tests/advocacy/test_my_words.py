"""The person's own words: kept beside the profile, never flagged once added, never lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import checks
from advocacy.domain.text_check import SPELLING
from advocacy.my_words import MyWordsUnreadable, add_my_words, my_words_path, read_my_words, remove_my_words
from advocacy.workspace import Workspace
from tests.test_cli import run_cli


def test_words_are_added_once_in_the_order_given_and_removed() -> None:
    assert read_my_words() == ()
    assert add_my_words(["rstats", "Tidyverse", "rstats"]) == ("rstats", "Tidyverse")
    assert add_my_words(["RSTATS", "cran"]) == ("cran",)
    assert read_my_words() == ("rstats", "Tidyverse", "cran")
    assert remove_my_words(["tidyverse", "nope"]) == ("Tidyverse",)
    assert read_my_words() == ("rstats", "cran")
    with pytest.raises(ValueError, match="is not one word"):
        add_my_words(["two words"])


def test_two_processes_adding_at_once_lose_nothing() -> None:
    code = (
        "import sys; from advocacy.my_words import add_my_words\n"
        "for i in range(60): add_my_words([f'{sys.argv[1]}{i}'])\n"
    )
    runs = [subprocess.Popen([sys.executable, "-c", code, prefix]) for prefix in ("alpha", "beta")]
    assert [run.wait(timeout=60) for run in runs] == [0, 0]
    words = set(read_my_words())
    assert {f"alpha{i}" for i in range(60)} | {f"beta{i}" for i in range(60)} <= words


def test_an_unreadable_file_is_said_and_left_as_it_is() -> None:
    path = my_words_path()
    path.parent.mkdir(parents=True, exist_ok=True)  # the path names the file; nothing is made for a read
    path.write_bytes(b"rstats\n\xff\xfe not text\n")
    before = path.read_bytes()
    with pytest.raises(MyWordsUnreadable, match=r"could not be read \(it is not plain text\); the file was left"):
        read_my_words()
    with pytest.raises(MyWordsUnreadable):
        add_my_words(["cran"])
    assert path.read_bytes() == before


def _spelling_words(workspace: Workspace) -> set[str]:
    report = workspace.run_audit()
    return {f.evidence[f.span[0] : f.span[1]] for f in report.findings if f.check == SPELLING and f.span}


def test_a_word_added_is_never_flagged_again_in_the_audit_or_a_draft() -> None:
    workspace = Workspace.sample(rules=checks.DEFAULT_RULES, scorer=checks.score_card)
    assert "definately" in _spelling_words(workspace)  # the sample's Threads post
    assert any(issue.word == "definately" for issue in workspace.check_draft("I definately agree"))
    workspace.add_my_words(["definately"])
    assert "definately" not in _spelling_words(workspace)
    assert not any(issue.word == "definately" for issue in workspace.check_draft("I definately agree"))


def test_an_audit_with_an_unreadable_words_file_says_so() -> None:
    my_words_path().parent.mkdir(parents=True, exist_ok=True)
    my_words_path().write_bytes(b"\xff\xfe\x00broken")
    report = Workspace.sample(rules=checks.DEFAULT_RULES, scorer=checks.score_card).run_audit()
    notices = [f.message for f in report.findings if f.check == "notice.my_words"]
    assert notices and notices[0].startswith("Spelling was checked without your words:")


def test_the_command_line_lists_adds_and_removes(advocacy_home: Path) -> None:
    assert "No words of your own yet" in run_cli("words", home=advocacy_home).stdout
    added = run_cli("words", "add", "rstats", "cran", home=advocacy_home)
    assert added.returncode == 0 and "Added to your words: rstats, cran." in added.stdout
    assert run_cli("words", "list", home=advocacy_home).stdout.split() == ["rstats", "cran"]
    bad = run_cli("words", "add", "two words", home=advocacy_home)
    assert bad.returncode == 2 and "is not one word" in bad.stderr
    gone = run_cli("words", "remove", "nope", home=advocacy_home)
    assert gone.returncode == 1 and "Not among your words: nope." in gone.stdout


def test_words_that_cannot_be_saved_name_the_file_and_leave_it_as_it_is(tmp_path: Path, advocacy_home: Path) -> None:
    import shutil

    from advocacy.my_words import MyWordsUnwritable

    target = tmp_path / "my-words.txt"
    add_my_words(["tidyverse"], target)
    before = target.read_bytes()
    # A file the user cannot change (root ignores permissions, so the immutable flag stands in).
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(target)], check=False).returncode:
        pytest.skip("no immutable files here")
    try:
        with pytest.raises(MyWordsUnwritable, match=r"^Your words in .*my-words\.txt could not be saved \("):
            add_my_words(["rstats"], target)
        with pytest.raises(MyWordsUnwritable, match="the file was left as it is"):
            remove_my_words(["tidyverse"], target)
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=False)
    assert target.read_bytes() == before
