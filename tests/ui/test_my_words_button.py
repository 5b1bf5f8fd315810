"""Add to my words: from a spelling finding in the window, the word joins the person's words, every
finding about it goes at once, and the next audit does not find it again. The keyring is in memory:
tokens are not what this is about, and the audit of a profile of one's own reads them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from advocacy.domain.text_check import SPELLING
from tests.keyring_memory import MemoryKeyring
from tests.ui.windows import app_window, workspace
from ui.panels.findings_panel import flagged_word


def test_add_to_my_words_hides_the_word_now_and_in_the_next_audit(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    window = app_window(qtbot, workspace(workspace().config, is_sample=False))
    report = window.workspace.run_audit()
    window.show_report(report)
    panel = window.findings_panel
    typo = next(f for f in panel.visible_findings() if f.check == SPELLING and f.span)
    word = flagged_word(typo)
    assert word
    same_word = [f for f in panel.visible_findings() if flagged_word(f) == word]
    others = [f for f in panel.visible_findings() if flagged_word(f) != word]
    panel.show_finding(typo)
    assert panel.word_button.isVisibleTo(panel) and f"“{word}”" in panel.word_button.text()
    panel.word_button.click()
    assert not any(flagged_word(f) == word for f in panel.visible_findings())
    assert panel.model.finding_count() == len(others) and len(same_word) >= 1
    assert word in window.workspace.my_words()
    assert "is one of your words now" in window.statusBar().currentMessage()
    assert not any(flagged_word(f) == word for f in window.workspace.run_audit().findings)
    # Other findings have no such button.
    panel.show_finding(next(f for f in panel.visible_findings() if f.check != SPELLING))
    assert not panel.word_button.isVisibleTo(panel)
