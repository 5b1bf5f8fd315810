"""The main window: lays out the panels and wires actions. It does not run audits itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from advocacy.discovery import replaced_account
from advocacy.domain.models import AccountSuggestion, AuditReport, Finding, Network, Severity, SourceStatus
from advocacy.domain.profile import ProfileConfig
from advocacy.errors import AdvocacyError
from ui.audit_controller import AuditController
from ui.error_reporting import show_error
from ui.findings_model import FINDING_ROLE, FindingsModel
from ui.safe_text import is_web_link, open_web_link, tooltip


@dataclass(frozen=True)
class LoadedProfile:
    config: ProfileConfig
    is_sample: bool
    path: Path | None = None


def _plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # network text is data, never markup
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MainWindow(QMainWindow):
    """Signals:
    findings_shown(count): the findings list was refilled with ``count`` findings.
    """

    findings_shown = Signal(int)

    def __init__(
        self,
        *,
        controller: AuditController,
        profile: LoadedProfile,
        latest_audit: Callable[[bool], AuditReport | None],
        open_profile: Callable[[Path], LoadedProfile],
        add_account: Callable[[LoadedProfile, AccountSuggestion], LoadedProfile] | None = None,
        confirm: Callable[[str, str], bool] | None = None,
        dismiss: Callable[[Finding, bool], None] | None = None,
        open_link: Callable[[str], bool] = open_web_link,
        edit_credentials: Callable[[QWidget, ProfileConfig], None] | None = None,
    ) -> None:
        super().__init__()
        self._controller = controller
        self._profile = profile
        self._latest_audit = latest_audit
        self._open_profile = open_profile
        self._add_account = add_account
        self._confirm = confirm or self._ask
        self._dismiss = dismiss
        self._open_link = open_link
        self._edit_credentials = edit_credentials
        self._suggestions: list[AccountSuggestion] = []
        self._report: AuditReport | None = None
        self._dismissed_now: list[Finding] = []
        self._current_finding: Finding | None = None
        self.resize(1100, 720)
        self._build_actions()
        self._build_panels()
        self._connect_controller()
        self._show_profile_state()
        report = latest_audit(profile.is_sample)
        if report is not None:
            self.show_report(report)

    # Layout ----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.audit_action = QAction("&Run audit", self)
        self.audit_action.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        self.audit_action.setToolTip("Fetch your profiles again and re-run every check (F5)")
        self.audit_action.triggered.connect(self.start_audit)
        self.cancel_action = QAction("&Cancel", self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(self._controller.cancel)
        self.open_action = QAction("&Open profile file…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_profile)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self.export_action = QAction("&Export report…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(self._on_export)
        self.credentials_action = QAction("Accounts and &tokens…", self)
        self.credentials_action.triggered.connect(self._on_edit_credentials)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.credentials_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        audit_menu = self.menuBar().addMenu("&Audit")
        audit_menu.addAction(self.audit_action)
        audit_menu.addAction(self.cancel_action)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.audit_action)
        toolbar.addAction(self.cancel_action)

    def _build_panels(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)

        header = QHBoxLayout()
        self.score_label = _plain_label("No audit yet", wrap=False)
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.score_label.setFont(font)
        self.subtitle_label = _plain_label()
        header.addWidget(self.score_label)
        header.addSpacing(16)
        header.addWidget(self.subtitle_label, 1)
        self.explain_button = QPushButton("&Why this score?")
        self.explain_button.setEnabled(False)
        self.explain_button.clicked.connect(self._on_explain_score)
        header.addWidget(self.explain_button)
        layout.addLayout(header)

        self.notice_label = _plain_label()
        self.notice_label.setVisible(False)
        self.notice_label.setStyleSheet("QLabel { background: palette(alternate-base); padding: 6px; }")
        layout.addWidget(self.notice_label)

        self.sources_list = QListWidget()
        self.sources_list.setMaximumHeight(90)
        self.sources_list.setAccessibleName("Sources")
        layout.addWidget(_plain_label("Sources"))
        layout.addWidget(self.sources_list)

        self.discovered_box = QWidget()
        discovered_layout = QHBoxLayout(self.discovered_box)
        discovered_layout.setContentsMargins(0, 0, 0, 0)
        self.discovered_list = QListWidget()
        self.discovered_list.setMaximumHeight(70)
        self.discovered_list.setAccessibleName("Accounts found in your links")
        self.add_account_button = QPushButton("&Add to my profile…")
        self.add_account_button.setEnabled(False)
        self.add_account_button.clicked.connect(self._on_add_account)
        self.discovered_list.currentRowChanged.connect(
            lambda row: self.add_account_button.setEnabled(row >= 0 and self._add_account is not None)
        )
        discovered_layout.addWidget(_plain_label("Also found in your links:", wrap=False))
        discovered_layout.addWidget(self.discovered_list, 1)
        discovered_layout.addWidget(self.add_account_button)
        self.discovered_box.setVisible(False)
        layout.addWidget(self.discovered_box)

        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_findings_area(), 1)
        self.setCentralWidget(central)

        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(240)
        self.progress_bar.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress_bar)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.network_filter = QComboBox()
        self.network_filter.setAccessibleName("Show findings for network")
        self.severity_filter = QComboBox()
        self.severity_filter.setAccessibleName("Show findings of severity")
        self.area_filter = QComboBox()
        self.area_filter.setAccessibleName("Show findings of area")
        self.network_filter.addItem("All networks", None)
        for network in Network:
            self.network_filter.addItem(network.label, network.value)
        self.severity_filter.addItem("All severities", None)
        for severity in reversed(Severity):
            self.severity_filter.addItem(f"{severity.value.capitalize()} and above", severity.value)
        self.area_filter.addItem("All areas", None)
        for area in ("staleness", "company", "disclosure", "risk", "visibility", "consistency", "typo"):
            self.area_filter.addItem(area.capitalize(), area)
        for combo in (self.network_filter, self.severity_filter, self.area_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
            row.addWidget(combo)
        row.addStretch(1)
        return row

    def visible_findings(self) -> list[Finding]:
        report = self._report
        if report is None:
            return []
        # Combo boxes hold plain strings (Qt turns enum members into them anyway).
        network = self.network_filter.currentData()
        severity = Severity(self.severity_filter.currentData()) if self.severity_filter.currentData() else None
        area = self.area_filter.currentData()
        return [
            f
            for f in report.findings
            if (network is None or (f.network is not None and f.network.value == network))
            and (severity is None or f.severity.rank >= severity.rank)
            and (area is None or f.area == area)
            and f not in self._dismissed_now
        ]

    def _apply_filters(self) -> None:
        self.findings_model.set_findings(self.visible_findings())
        self.findings_view.expandAll()
        self._show_finding(None)

    def _build_findings_area(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.findings_model = FindingsModel()
        self.findings_view = QTreeView()
        self.findings_view.setModel(self.findings_model)
        self.findings_view.setAccessibleName("Findings")
        self.findings_view.setUniformRowHeights(True)
        self.findings_view.setAlternatingRowColors(True)
        self.findings_view.setColumnWidth(0, 420)
        self.findings_view.setColumnWidth(1, 80)
        self.findings_view.selectionModel().currentChanged.connect(self._on_finding_selected)
        splitter.addWidget(self.findings_view)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        self.detail_message = _plain_label()
        bold = self.detail_message.font()
        bold.setBold(True)
        self.detail_message.setFont(bold)
        self.detail_evidence = _plain_label()
        self.detail_suggestion = _plain_label()
        self.copy_fix_button = QPushButton("&Copy suggestion")
        self.copy_fix_button.setEnabled(False)
        self.copy_fix_button.clicked.connect(self._on_copy_fix)
        detail_layout.addWidget(self.detail_message)
        detail_layout.addWidget(_plain_label("Evidence"))
        detail_layout.addWidget(self.detail_evidence)
        detail_layout.addWidget(_plain_label("What to do"))
        detail_layout.addWidget(self.detail_suggestion)
        detail_layout.addWidget(self.copy_fix_button)
        self.open_settings_button = QPushButton("&Open the settings page")
        self.open_settings_button.setEnabled(False)
        self.open_settings_button.clicked.connect(self._on_open_settings)
        detail_layout.addWidget(self.open_settings_button)
        self.dismiss_button = QPushButton("&Dismiss: this is intentional")
        self.dismiss_button.setToolTip("Hide this finding until what it is about changes")
        self.dismiss_button.setEnabled(False)
        self.dismiss_button.clicked.connect(self._on_dismiss)
        detail_layout.addWidget(self.dismiss_button)
        detail_layout.addStretch(1)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _connect_controller(self) -> None:
        self._controller.started.connect(self._on_audit_started)
        self._controller.progressed.connect(self._on_audit_progressed)
        self._controller.finished.connect(self._on_audit_finished)
        self._controller.failed.connect(self._on_audit_failed)
        self._controller.cancelled.connect(self._on_audit_cancelled)

    # State -----------------------------------------------------------------------------------

    def _show_profile_state(self) -> None:
        me = self._profile.config.me
        who = me.name or "your profile"
        suffix = " (sample)" if self._profile.is_sample else ""
        self.setWindowTitle(f"Advocacy — {who}{suffix}")
        if self._profile.is_sample:
            self.notice_label.setText(
                "You are exploring the bundled sample: a fictional employee, read offline. "
                "Use File → Open profile file… (Ctrl+O) to audit your own profiles."
            )
        self.notice_label.setVisible(self._profile.is_sample)

    def show_report(self, report: AuditReport) -> None:
        self._report = report
        self.score_label.setText(f"Score {report.score}/100")
        per_network = ""
        if report.score_card and len(report.score_card.by_network) > 1:
            per_network = " · " + ", ".join(f"{n.label} {score}" for n, score in report.score_card.by_network)
        self.subtitle_label.setText(
            f"Audited {report.audited_at.astimezone():%Y-%m-%d %H:%M} · "
            f"{len(report.findings)} finding{'' if len(report.findings) == 1 else 's'}{per_network}"
        )
        self.explain_button.setEnabled(report.score_card is not None)
        self.export_action.setEnabled(True)
        self.sources_list.clear()
        for source in report.sources:
            line = f"{source.network.label} {source.account}: "
            if source.status is SourceStatus.OK:
                line += "read"
            else:
                line += source.error or source.status.value
                if source.snapshot_taken_at:
                    line += f" — showing data from {source.snapshot_taken_at.astimezone():%Y-%m-%d}"
            self.sources_list.addItem(line)
        self._suggestions = list(report.discovered)
        self.discovered_list.clear()
        for suggestion in self._suggestions:
            verified = " (verified)" if suggestion.verified else ""
            self.discovered_list.addItem(
                f"{suggestion.network.label} {suggestion.handle} — linked from your {suggestion.found_on.label} "
                f"profile{verified}"
            )
        self.discovered_box.setVisible(bool(self._suggestions))
        self._dismissed_now = []
        self._apply_filters()
        self.findings_shown.emit(len(report.findings))

    def _show_finding(self, finding: Finding | None) -> None:
        self._current_finding = finding
        self.detail_message.setText(finding.message if finding else "Select a finding to see the details.")
        self.detail_evidence.setText(finding.evidence if finding else "")
        self.detail_suggestion.setText(finding.suggestion if finding else "")
        self.copy_fix_button.setEnabled(bool(finding and (finding.replacement or finding.suggestion)))
        self.dismiss_button.setEnabled(finding is not None and self._dismiss is not None)
        self.open_settings_button.setEnabled(bool(finding and finding.help_url and is_web_link(finding.help_url)))
        self.open_settings_button.setToolTip(tooltip(finding.help_url or "") if finding else "")

    # Slots -----------------------------------------------------------------------------------

    def start_audit(self) -> None:
        self._controller.start(self._profile.config, is_sample=self._profile.is_sample)

    def _on_audit_started(self) -> None:
        self.audit_action.setEnabled(False)
        self.cancel_action.setEnabled(True)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.statusBar().showMessage("Auditing… (Esc to cancel)")

    def _on_audit_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    def _audit_ended(self, message: str) -> None:
        self.audit_action.setEnabled(True)
        self.cancel_action.setEnabled(False)
        self.progress_bar.setVisible(False)
        self.statusBar().showMessage(message, 8000)

    def _on_audit_finished(self, report: AuditReport) -> None:
        failed = [s for s in report.sources if s.status is SourceStatus.ERROR]
        self._audit_ended(
            f"Audit finished; {len(failed)} source(s) could not be read." if failed else "Audit finished."
        )
        self.show_report(report)

    def _on_audit_failed(self, exc: BaseException) -> None:
        self._audit_ended("The audit could not run.")
        show_error(self, exc, title="The audit could not run")

    def _on_audit_cancelled(self) -> None:
        self._audit_ended("Audit cancelled; the previous results are still shown.")

    def _on_finding_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.siblingAtColumn(0).data(FINDING_ROLE) if current.isValid() else None
        self._show_finding(value if isinstance(value, Finding) else None)

    def score_explanation(self) -> str:
        report = self._report
        if report is None or report.score_card is None:
            return ""
        messages = {(f.check, f.network, f.target): f.message for f in report.findings}
        lines = [f"Overall {report.score}/100: the average of your networks' scores.", ""]
        for network, score in report.score_card.by_network:
            lines.append(f"{network.label}: {score}/100")
            for d in report.score_card.deductions:
                if d.network is network and d.points:
                    lines.append(f"  −{d.points}  {messages.get((d.check, d.network, d.target), d.check)}")
        repeats = sum(1 for d in report.score_card.deductions if d.points == 0)
        if repeats:
            lines += ["", f"{repeats} repeated finding(s) cost nothing more: one check counts at most three times."]
        return "\n".join(lines)

    def _on_explain_score(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "Why this score?", self.score_explanation(), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _on_dismiss(self) -> None:
        finding = self._current_finding
        if finding is None or self._dismiss is None:
            return
        try:
            self._dismiss(finding, self._profile.is_sample)
        except Exception as exc:  # shown to the user; bugs go to the crash dialog
            show_error(self, exc, title="The finding could not be dismissed")
            return
        self._dismissed_now.append(finding)
        self.findings_model.remove_finding(finding)
        self._show_finding(None)
        self.statusBar().showMessage("Dismissed; it stays hidden until what it is about changes.", 8000)

    def export_report(self, path: Path) -> None:
        """HTML as written; PDF through Qt's own printing, so no browser engine is needed."""
        if self._report is None:
            return
        from advocacy.report_html import render_html

        html = render_html(self._report)
        if path.suffix.lower() == ".pdf":
            from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

            writer = QPdfWriter(str(path))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setResolution(150)
            document = QTextDocument()
            document.setHtml(html)
            document.print_(writer)
        else:
            path.write_text(html, encoding="utf-8")

    def _on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export report", "audit.html", "HTML (*.html);;PDF (*.pdf)")
        if not name:
            return
        try:
            self.export_report(Path(name))
        except OSError as exc:
            show_error(self, AdvocacyError(f"The report could not be written to {name} ({exc.strerror or exc})."))
            return
        self.statusBar().showMessage(f"Report saved to {name}.", 8000)

    def _on_edit_credentials(self) -> None:
        if self._edit_credentials is not None:
            self._edit_credentials(self, self._profile.config)

    def _on_open_settings(self) -> None:
        finding = self._current_finding
        url = finding.help_url if finding else None
        # Checked here as well as in the opener: whatever opener is plugged in, only web links go out.
        if not url or not is_web_link(url) or not self._open_link(url):
            self.statusBar().showMessage("Only web addresses are opened.", 6000)

    def _on_copy_fix(self) -> None:
        finding = self._current_finding
        if finding is None:
            return
        QGuiApplication.clipboard().setText(finding.replacement or finding.suggestion)
        self.statusBar().showMessage("Copied to the clipboard.", 4000)

    def _ask(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _on_add_account(self) -> None:
        row = self.discovered_list.currentRow()
        if self._add_account is None or not 0 <= row < len(self._suggestions):
            return
        suggestion = self._suggestions[row]
        if self._profile.is_sample:
            self.statusBar().showMessage("The sample cannot be changed; open your own profile first (Ctrl+O).", 8000)
            return
        current = replaced_account(self._profile.config.me.accounts, suggestion)
        question = f"Add {suggestion.network.label} {suggestion.handle} to your profile and audit it from now on?"
        if current:
            question += f" It replaces {current}."
        question += f"\n\nFound at: {suggestion.evidence}"
        if not self._confirm("Add an account", question):
            return
        try:
            self._profile = self._add_account(self._profile, suggestion)
        except Exception as exc:  # shown to the user; bugs go to the crash dialog
            show_error(self, exc, title="The account could not be added")
            return
        self.statusBar().showMessage(f"{suggestion.network.label} {suggestion.handle} added; auditing again…", 8000)
        self.start_audit()

    def _on_open_profile(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open profile file", "", "Profile files (*.toml);;All files (*)")
        if not name:
            return
        try:
            self._profile = self._open_profile(Path(name))
        except Exception as exc:
            show_error(self, exc, title="The profile file cannot be used")
            return
        self._show_profile_state()
        report = self._latest_audit(self._profile.is_sample)
        if report is not None:
            self.show_report(report)
        else:
            self.clear_report()
            self.start_audit()

    def clear_report(self) -> None:
        self.score_label.setText("No audit yet")
        self.subtitle_label.setText("")
        self.sources_list.clear()
        self.findings_model.set_findings(())
        self._show_finding(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._controller.cancel()
        super().closeEvent(event)
