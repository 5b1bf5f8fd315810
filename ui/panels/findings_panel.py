"""The findings list: filters, the tree grouped by network, and the detail pane with its actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from advocacy.domain.models import Area, AuditReport, Finding, Network, Severity
from advocacy.domain.networks import POSTED_TO
from advocacy.domain.text_check import SPELLING
from advocacy.wording import no_findings_sentence
from ui.panels.draft_spelling import utf16_offsets
from ui.panels.findings_model import FINDING_ROLE, FindingsModel
from ui.shortcuts import undo_shortcut
from ui.widgets.choice import Choice
from ui.widgets.empty_state import EmptyState
from ui.widgets.error_reporting import show_error
from ui.widgets.safe_text import is_web_link, open_web_link, plain_label, tooltip
from ui.widgets.severity_chip import SeverityChipDelegate

# Networks the Share tab has a composer for.
DRAFT_NETWORKS = POSTED_TO  # the Share tab has a composer for each


def flagged_word(finding: Finding | None) -> str | None:
    """The word a spelling finding is about, as written; None for any other finding."""
    if finding is None or finding.check != SPELLING or finding.span is None:
        return None
    start, end = finding.span
    word = finding.evidence[start:end].strip()
    return word if word and " " not in word else None


def corrected_text(finding: Finding) -> str | None:
    """The evidence with the replacement applied, for findings that point at a span of text."""
    if finding.replacement is None or finding.span is None or not finding.check.startswith("typo."):
        return None
    start, end = finding.span
    if not 0 <= start < end <= len(finding.evidence):
        return None
    return finding.evidence[:start] + finding.replacement + finding.evidence[end:]


def _at_least(severity: Severity) -> str:
    more = [s.label.lower() for s in reversed(Severity) if s.rank >= severity.rank]
    return more[0].capitalize() + " only" if len(more) == 1 else ", ".join(more).capitalize()


NO_AUDIT_YET = "No audit yet: press F5 to read your profiles and check them."


class FindingsPanel(QWidget):
    """Signals:
    status_message(text): something to tell the user in the status bar.
    fix_in_draft(network, text): the user wants this corrected post text as a draft.
    """

    status_message = Signal(str)
    fix_in_draft = Signal(Network, str)
    show_dismissed_requested = Signal()

    def __init__(
        self,
        *,
        dismiss: Callable[[Finding], None] | None = None,
        undismiss: Callable[[Finding], None] | None = None,
        add_word: Callable[[str], object] | None = None,
        open_link: Callable[[str], bool] = open_web_link,
        can_draft: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._can_draft = can_draft
        self._dismiss = dismiss
        self._undismiss = undismiss
        self._add_word = add_word
        self._my_new_words: set[str] = set()  # added since this report: their findings are hidden now
        self._open_link = open_link
        self._report: AuditReport | None = None
        self._dismissed_now: list[Finding] = []
        self._current: Finding | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_splitter(), 1)
        self.show_finding(None)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.network_filter: Choice[Network] = Choice("All networks", Network, lambda network: network.label)
        self.network_filter.setAccessibleName("Show findings for network")
        # The least serious kind is "everything": the choices are the kinds above it.
        self.severity_filter: Choice[Severity] = Choice(
            "Everything", [s for s in reversed(Severity) if s.rank > min(x.rank for x in Severity)], _at_least
        )
        self.severity_filter.setAccessibleName("Show findings of severity")
        self.area_filter: Choice[Area] = Choice("All areas", Area, lambda area: area.label)
        self.area_filter.setAccessibleName("Show findings of area")
        for combo in (self.network_filter, self.severity_filter, self.area_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
            row.addWidget(combo)
        row.addStretch(1)
        # Undo (Ctrl+Z) takes back this session's dismissals, newest first; older ones are restored from
        # the list of dismissed findings.
        self.undo_button = QPushButton("Undo dismiss")
        self.undo_button.setToolTip("Show the finding you just dismissed again (Ctrl+Z)")
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.undo_dismiss)
        undo_shortcut(self, self.undo_dismiss)
        self.dismissed_button = QPushButton("Show dismissed…")
        self.dismissed_button.setToolTip("Every finding you dismissed, to restore one")
        self.dismissed_button.clicked.connect(self.show_dismissed_requested)
        row.addWidget(self.undo_button)
        row.addWidget(self.dismissed_button)
        return row

    def _build_splitter(self) -> QSplitter:
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = FindingsModel()
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Findings")
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(SeverityChipDelegate(self.view))
        self.view.selectionModel().currentChanged.connect(self._on_selected)
        self.view_or_empty = EmptyState(self.view, NO_AUDIT_YET)
        self.view_or_empty.show_empty()
        splitter.addWidget(self.view_or_empty)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        self.message_label = plain_label()
        bold = self.message_label.font()
        bold.setBold(True)
        self.message_label.setFont(bold)
        self.evidence_label = plain_label()
        # Evidence with a span (a typo, a customer's name) is shown in context with the span marked;
        # setPlainText and an extra selection: the text is never interpreted as rich text.
        self.evidence_view = QPlainTextEdit()
        self.evidence_view.setReadOnly(True)
        self.evidence_view.setAccessibleName("Evidence, with the part the finding is about highlighted")
        self.evidence_view.setMinimumHeight(72)
        self.evidence_view.setMaximumHeight(140)
        self.suggestion_label = plain_label()
        self.copy_button = QPushButton("&Copy suggestion")
        self.copy_button.clicked.connect(self._on_copy)
        self.draft_button = QPushButton("Fix it in a d&raft")
        self.draft_button.setToolTip("Open the corrected text in the Share tab's composer for that network")
        self.draft_button.clicked.connect(self._on_draft)
        self.open_settings_button = QPushButton("&Open the settings page")
        self.open_settings_button.clicked.connect(self._on_open_settings)
        self.word_button = QPushButton("Add to my &words")
        self.word_button.setToolTip("This word is right: never flag it again, here or in any draft")
        self.word_button.clicked.connect(self._on_add_word)
        self.dismiss_button = QPushButton("Dismiss: this is intentiona&l")
        self.dismiss_button.setToolTip("Hide this finding until what it is about changes")
        self.dismiss_button.clicked.connect(self._on_dismiss)
        for widget in (
            self.message_label,
            plain_label("Evidence"),
            self.evidence_label,
            self.evidence_view,
            plain_label("What to do"),
            self.suggestion_label,
            self.copy_button,
            self.draft_button,
            self.open_settings_button,
            self.word_button,
            self.dismiss_button,
        ):
            detail_layout.addWidget(widget)
        detail_layout.addStretch(1)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    # Content ---------------------------------------------------------------------------------

    def set_report(self, report: AuditReport | None) -> None:
        self._report = report
        self._dismissed_now = []
        self._my_new_words = set()
        self.undo_button.setVisible(False)
        self._apply_filters()

    def visible_findings(self) -> list[Finding]:
        if self._report is None:
            return []
        network, severity, area = (
            self.network_filter.current(),
            self.severity_filter.current(),
            self.area_filter.current(),
        )
        return [
            f
            for f in self._report.findings
            if (network is None or f.network is network)
            and (severity is None or f.severity.rank >= severity.rank)
            and (area is None or f.area == area)
            and f not in self._dismissed_now
            and (flagged_word(f) or "").lower() not in self._my_new_words
        ]

    def _apply_filters(self) -> None:
        visible = self.visible_findings()
        self.model.set_findings(visible)
        self.view.expandAll()
        self.show_finding(None)
        report = self._report
        if report is None:
            self.view_or_empty.show_empty(NO_AUDIT_YET)
        elif not visible and report.findings and len(self._dismissed_now) < len(report.findings):
            self.view_or_empty.show_empty("Nothing matches these filters: choose “All” to see every finding.")
        elif not visible:
            self.view_or_empty.show_empty(no_findings_sentence(report))
        else:
            self.view_or_empty.show_view()
        # Open on the most important finding rather than an empty detail pane.
        first_group = self.model.index(0, 0)
        first = self.model.index(0, 0, first_group) if first_group.isValid() else first_group
        if first.isValid():
            self.view.setCurrentIndex(first)

    def show_network(self, network: Network | None) -> None:
        """Show only one network's findings (None: all of them)."""
        self.network_filter.select(network)

    def current_finding(self) -> Finding | None:
        return self._current

    def show_finding(self, finding: Finding | None) -> None:
        self._current = finding
        self.message_label.setText(finding.message if finding else "Select a finding to see the details.")
        self.evidence_label.setText(finding.evidence if finding else "")
        self._show_span(finding)
        self.suggestion_label.setText(finding.suggestion if finding else "")
        self.copy_button.setEnabled(bool(finding and (finding.replacement or finding.suggestion)))
        fixed = corrected_text(finding) if finding else None
        self.copy_button.setText("&Copy the corrected text" if fixed else "&Copy suggestion")
        self.draft_button.setVisible(self._can_draft)
        self.draft_button.setEnabled(
            fixed is not None and finding is not None and finding.network in DRAFT_NETWORKS and self._can_draft
        )
        self.dismiss_button.setEnabled(finding is not None and self._dismiss is not None)
        word = flagged_word(finding) if finding else None
        self.word_button.setVisible(word is not None and self._add_word is not None)
        self.word_button.setText(f"Add “{word}” to my &words" if word else "Add to my &words")
        link = self._link(finding)
        self.open_settings_button.setEnabled(bool(link and is_web_link(link)))
        # A finding about a post links to the post itself, not to a settings page: say which it opens.
        about_post = finding is not None and finding.target.startswith("post:")
        self.open_settings_button.setText("Open the &post" if about_post else "&Open the settings page")
        self.open_settings_button.setToolTip(tooltip(link or ""))

    def _link(self, finding: Finding | None) -> str | None:
        if finding is None:
            return None
        return self._report.link_for(finding) if self._report is not None else finding.help_url

    def _show_span(self, finding: Finding | None) -> None:
        span = finding.span if finding else None
        shown = finding is not None and span is not None and 0 <= span[0] < span[1] <= len(finding.evidence)
        self.evidence_label.setVisible(not shown)
        self.evidence_view.setVisible(shown)
        if not shown or finding is None or span is None:
            self.evidence_view.setExtraSelections([])
            return
        self.evidence_view.setPlainText(finding.evidence)
        offsets = utf16_offsets(finding.evidence)
        start, end = offsets[span[0]], offsets[span[1]]
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.evidence_view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        highlight = QTextCharFormat()
        highlight.setBackground(QColor("#ffe082"))
        highlight.setForeground(QColor("#000000"))
        selection.format = highlight
        self.evidence_view.setExtraSelections([selection])
        self.evidence_view.setTextCursor(cursor)
        self.evidence_view.ensureCursorVisible()

    @property
    def highlighted_evidence(self) -> str:
        """The highlighted part of the evidence, as shown (empty when nothing is highlighted)."""
        selections = self.evidence_view.extraSelections() if self.evidence_view.isVisibleTo(self) else []
        return selections[0].cursor.selectedText() if selections else ""

    # Slots -----------------------------------------------------------------------------------

    def _on_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.siblingAtColumn(0).data(FINDING_ROLE) if current.isValid() else None
        self.show_finding(value if isinstance(value, Finding) else None)

    def _on_copy(self) -> None:
        if self._current is not None:
            fixed = corrected_text(self._current)
            QGuiApplication.clipboard().setText(fixed or self._current.replacement or self._current.suggestion)
            self.status_message.emit("Copied to the clipboard.")

    def _on_draft(self) -> None:
        finding = self._current
        fixed = corrected_text(finding) if finding else None
        if finding is not None and finding.network is not None and fixed is not None:
            self.fix_in_draft.emit(finding.network, fixed)

    def _on_open_settings(self) -> None:
        url = self._link(self._current)
        # Checked here as well as in the opener: whatever opener is plugged in, only web links go out.
        if not url or not is_web_link(url) or not self._open_link(url):
            self.status_message.emit("Only web addresses are opened.")

    def _on_dismiss(self) -> None:
        finding = self._current
        if finding is None or self._dismiss is None:
            return
        try:
            self._dismiss(finding)
        except Exception as exc:  # shown to the user; bugs go to the crash dialog
            show_error(self, exc, title="The finding could not be dismissed")
            return
        self._dismissed_now.append(finding)
        self._apply_filters()  # the groups' counts and the details pane follow the list
        self.undo_button.setVisible(self._undismiss is not None)
        self.status_message.emit("Dismissed; it stays hidden until what it is about changes. Ctrl+Z takes it back.")

    def _on_add_word(self) -> None:
        word = flagged_word(self._current) if self._current else None
        if word is None or self._add_word is None:
            return
        try:
            self._add_word(word)
        except Exception as exc:  # shown to the user; bugs go to the crash dialog
            show_error(self, exc, title="The word could not be added")
            return
        self._my_new_words.add(word.lower())
        self._apply_filters()  # every finding about this word goes, with the counts
        self.status_message.emit(
            f"“{word}” is one of your words now: it is never flagged again (advocacy words remove {word} undoes it)."
        )

    def undo_dismiss(self) -> None:
        if not self._dismissed_now or self._undismiss is None:
            return
        finding = self._dismissed_now[-1]
        try:
            self._undismiss(finding)
        except Exception as exc:  # shown to the user; bugs go to the crash dialog
            show_error(self, exc, title="The finding could not be shown again")
            return
        self._dismissed_now.pop()
        self.undo_button.setVisible(bool(self._dismissed_now))
        self._apply_filters()
        self.status_message.emit("The finding is back.")
