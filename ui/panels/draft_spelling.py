"""Typo underlines and right-click fixes in a draft editor.

The check runs off the GUI thread, a moment after typing stops; its answer is dropped if the text
changed meanwhile. Offsets from the checker are Python string indices; Qt's document positions
count UTF-16 code units, so every span is converted once (an emoji before a typo moves it by two).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from advocacy.domain.text_check import TextIssue
from ui.workers.background import run_in_background

CheckDraft = Callable[[str], Sequence[TextIssue]]
_PAUSE_MS = 400


@dataclass(frozen=True)
class DraftIssue:
    """An issue with its span in document positions."""

    start: int
    end: int
    issue: TextIssue


def utf16_offsets(text: str) -> list[int]:
    """Qt document position of every Python string index of ``text`` (and of its end)."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


def to_document_spans(text: str, issues: Sequence[TextIssue]) -> list[DraftIssue]:
    offsets = utf16_offsets(text)
    return [DraftIssue(offsets[i.start], offsets[i.end], i) for i in issues if 0 <= i.start < i.end <= len(text)]


class _Underlines(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.issues: list[DraftIssue] = []
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor("#d32f2f"))

    def highlightBlock(self, text: str) -> None:  # noqa: ARG002 - Qt names it; the block is enough
        block = self.currentBlock()
        start, end = block.position(), block.position() + block.length()
        for found in self.issues:
            if found.start < end and found.end > start:
                first = max(found.start, start) - start
                self.setFormat(first, min(found.end, end) - start - first, self._format)


class DraftSpelling(QObject):
    """Signals:
    checked(count): the draft was checked; ``count`` possible typos are underlined.
    """

    checked = Signal(int)

    def __init__(self, editor: QPlainTextEdit, check: CheckDraft) -> None:
        super().__init__(editor)
        self._editor = editor
        self._check = check
        self._underlines = _Underlines(editor.document())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PAUSE_MS)
        self._timer.timeout.connect(self.check_now)
        self._running = False
        editor.textChanged.connect(self._timer.start)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show_menu)

    @property
    def issues(self) -> list[DraftIssue]:
        return list(self._underlines.issues)

    def check_now(self) -> None:
        if self._running:
            self._timer.start()  # one check at a time; this text gets its turn after
            return
        text = self._editor.toPlainText()
        self._running = True
        check = self._check
        run_in_background(
            self,
            lambda: list(check(text)),
            on_success=lambda issues: self._apply(text, issues),
            on_failure=self._on_failed,
        )

    def _apply(self, text: str, issues: list[TextIssue]) -> None:
        self._running = False
        if self._editor.toPlainText() != text:
            self._timer.start()  # typed meanwhile: these spans no longer fit
            return
        self._underlines.issues = to_document_spans(text, issues)
        self._underlines.rehighlight()
        self.checked.emit(len(issues))

    def _on_failed(self, _exc: BaseException) -> None:
        # The draft can still be written and shared; underlines are a help, not a gate.
        self._running = False
        self._underlines.issues = []
        self._underlines.rehighlight()
        self.checked.emit(0)

    def issue_at(self, position: int) -> DraftIssue | None:
        return next((f for f in self._underlines.issues if f.start <= position <= f.end), None)

    def replace(self, found: DraftIssue, replacement: str) -> None:
        """Replace the underlined span, as one undoable edit."""
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(found.start)
        cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != found.issue.word:
            return  # the text moved under us; the next check underlines it afresh
        cursor.insertText(replacement)
        self._underlines.issues = [f for f in self._underlines.issues if f is not found]

    def _show_menu(self, point: QPoint) -> None:
        standard = self._editor.createStandardContextMenu()
        menu = QMenu(self._editor)
        found = self.issue_at(self._editor.cursorForPosition(point).position())
        if found is not None:
            for suggestion in found.issue.suggestions[:5]:
                action = menu.addAction(f"Replace with “{suggestion}”")
                action.triggered.connect(lambda _=False, s=suggestion: self.replace(found, s))
            if not found.issue.suggestions:
                menu.addAction("No suggestions").setEnabled(False)
            menu.addSeparator()
        menu.addActions(standard.actions())
        menu.exec(self._editor.mapToGlobal(point))
        menu.deleteLater()
        standard.deleteLater()
