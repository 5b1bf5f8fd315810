"""Typos in the composer: underlined off the GUI thread, fixed from the menu, and the Findings
tab's one-click fix into a draft. Real offline speller, real Qt event loop (offscreen)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from advocacy.domain.models import AuditReport, Finding, Network, Severity
from advocacy.domain.profile import AuditOptions, Company, ProfileConfig
from advocacy.domain.text_check import TextIssue
from tests.ui.windows import workspace
from ui.main_window import MainWindow
from ui.panels.draft_spelling import DraftSpelling, to_document_spans
from ui.panels.findings_panel import corrected_text


def _checked(qtbot: QtBot, editor: QPlainTextEdit, spelling: DraftSpelling, text: str) -> int:
    with qtbot.waitSignal(spelling.checked, timeout=20_000) as checked:
        editor.setPlainText(text)
    return int(checked.args[0])


def _underlined(editor: QPlainTextEdit, position: int) -> bool:
    block = editor.document().findBlock(position)
    for span in block.layout().formats():
        inside = span.start <= position - block.position() < span.start + span.length
        if inside and span.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            return True
    return False


def test_a_typo_is_underlined_and_fixed_from_the_menu(qtbot: QtBot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    spelling = DraftSpelling(editor, workspace(ProfileConfig(), False).check_draft)
    text = "Proud of the team 🚀 for teh launch"
    assert _checked(qtbot, editor, spelling, text) == 1
    (found,) = spelling.issues
    # The emoji is one Python character but two Qt positions: the span must still cover "teh".
    assert editor.toPlainText()[found.start - 1 : found.end - 1] == "teh"
    assert found.start == text.index("teh") + 1
    assert _underlined(editor, found.start) and not _underlined(editor, 2)
    assert found.issue.suggestions[0] == "the"
    spelling.replace(found, found.issue.suggestions[0])
    assert editor.toPlainText() == "Proud of the team 🚀 for the launch"
    editor.undo()  # one undoable edit
    assert editor.toPlainText() == text


def test_company_words_are_never_underlined_and_spelling_can_be_off(qtbot: QtBot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    config = ProfileConfig(company=Company(name="Zorbitex", glossary=("frobnicator",)))
    spelling = DraftSpelling(editor, workspace(config, False).check_draft)
    assert _checked(qtbot, editor, spelling, "The frobnicator from zorbitex is out") == 0
    off = replace(config, audit=AuditOptions(spelling=False))
    spelling_off = DraftSpelling(QPlainTextEdit(), workspace(off, False).check_draft)
    assert workspace(off, False).check_draft("teh") == [] and spelling_off.issues == []


def test_a_stale_answer_is_dropped_when_the_text_changed(qtbot: QtBot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    spelling = DraftSpelling(editor, workspace(ProfileConfig(), False).check_draft)
    editor.setPlainText("teh first")
    spelling.check_now()
    editor.setPlainText("all fine now")  # typed while the first check ran
    with qtbot.waitSignal(spelling.checked, timeout=20_000) as checked:
        pass
    assert checked.args == [0] and spelling.issues == []


def test_offsets_convert_for_text_beyond_the_basic_plane() -> None:
    text = "𝒜 wrng"
    (span,) = to_document_spans(text, [TextIssue(2, 6, "wrng", ("wrong",))])
    assert (span.start, span.end) == (3, 7)


def _typo_report() -> AuditReport:
    evidence = "Shipped the new relase today, thanks all!"
    finding = Finding(
        check="typo.spelling",
        severity=Severity.INFO,
        network=Network.MASTODON,
        target="post:1",
        message="“relase” in your post looks misspelled.",
        suggestion="Write “release” instead of “relase”.",
        evidence=evidence,
        span=(evidence.index("relase"), evidence.index("relase") + len("relase")),
        replacement="release",
    )
    return AuditReport(audited_at=datetime(2026, 11, 22, tzinfo=UTC), score=98, sources=(), findings=(finding,))


def test_fix_it_in_a_draft_opens_the_corrected_post_in_the_composer(qtbot: QtBot) -> None:
    from advocacy.sample import load_sample_profile

    profile = workspace(load_sample_profile(), is_sample=True)
    window = MainWindow(profile)
    qtbot.addWidget(window)
    report = _typo_report()
    window.show_report(report)
    (finding,) = report.findings
    window.findings_panel.show_finding(finding)
    assert window.findings_panel.highlighted_evidence == "relase"  # the span, marked in its context
    assert window.findings_panel.draft_button.isEnabled()
    assert window.findings_panel.copy_button.text().replace("&", "") == "Copy the corrected text"
    window.findings_panel.draft_button.click()
    mastodon = window.share_panel.composer_for[Network.MASTODON]
    assert window.tabs.currentWidget() is window.share_panel
    assert mastodon.editor.toPlainText() == "Shipped the new release today, thanks all!"
    assert corrected_text(replace(finding, span=(99, 120))) is None  # a span outside the text is refused
    emoji = replace(finding, evidence="🚀 " + finding.evidence, span=(finding.span[0] + 2, finding.span[1] + 2))  # type: ignore[index]
    window.findings_panel.show_finding(emoji)
    assert window.findings_panel.highlighted_evidence == "relase"
    window.findings_panel.show_finding(replace(finding, span=None))
    assert window.findings_panel.highlighted_evidence == "" and not window.findings_panel.evidence_label.isHidden()


def test_a_one_case_hashtag_in_a_draft_gets_its_camel_case_fix() -> None:
    from advocacy.domain.profile import ProfileConfig
    from advocacy.workspace import Workspace

    workspace = Workspace.open(ProfileConfig(), is_sample=True)
    text = "Proud of the team #employeeadvocacy #python"
    issues = [i for i in workspace.check_draft(text) if i.check == "accessibility.hashtag_case"]
    assert [(text[i.start : i.end], i.suggestions) for i in issues] == [("#employeeadvocacy", ("#EmployeeAdvocacy",))]
