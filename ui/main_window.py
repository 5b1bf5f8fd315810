"""The main window: lays out the panels and wires actions. It does not run audits itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocacy.discovery import replaced_account
from advocacy.domain.models import AccountSuggestion, AuditReport, Finding, Network, SourceStatus
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.text_check import TextIssue
from advocacy.errors import AdvocacyError
from advocacy.storage import AuditSummary, ShareRecord
from advocacy.wording import (
    coverage_phrase,
    found_account,
    not_audited_reason,
    score_headline,
    skipped_lines,
    source_state,
)
from checks.scoring import MAX_REPEATS
from ui.audit_controller import AuditController
from ui.dashboard import DashboardWidget
from ui.error_reporting import show_error
from ui.findings_panel import FindingsPanel
from ui.history_view import HistoryWidget
from ui.safe_text import open_web_link, plain_label
from ui.share_panel import SharePanel
from ui.window_state import WindowState

if TYPE_CHECKING:  # the sharing code pulls in the HTTP stack; it loads when first used
    from advocacy.sharing.suggest import Suggestion


@dataclass(frozen=True)
class LoadedProfile:
    config: ProfileConfig
    is_sample: bool
    path: Path | None = None


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
        set_up_profile: Callable[[QWidget, LoadedProfile | None], LoadedProfile | None] | None = None,
        load_suggestions: Callable[[LoadedProfile], list[Suggestion]] | None = None,
        publish: Callable[[LoadedProfile, Network, str, str], str] | None = None,
        history: Callable[[bool], list[AuditSummary]] | None = None,
        share_history: Callable[[bool], list[ShareRecord]] | None = None,
        load_audit: Callable[[int, bool], AuditReport | None] | None = None,
        check_draft: Callable[[ProfileConfig, str], Sequence[TextIssue]] | None = None,
        window_state: WindowState | None = None,
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
        self._set_up_profile = set_up_profile
        self._load_suggestions = load_suggestions
        self._publish = publish
        self._history = history
        self._share_history = share_history
        self._load_audit = load_audit
        self._check_draft = check_draft
        self._suggestions: list[AccountSuggestion] = []
        self._report: AuditReport | None = None
        self.resize(1100, 720)
        self._build_actions()
        self._build_panels()
        self._connect_controller()
        self._show_profile_state()
        self._window_state = window_state
        if window_state is not None:
            window_state.restore(self, self.tabs, self.findings_panel.splitter)
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
        # The platform's Quit keys, and Ctrl+Q everywhere: some platform themes bind none at all.
        quit_keys = {k.toString(): k for k in [*QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)]}
        quit_keys.setdefault("Ctrl+Q", QKeySequence("Ctrl+Q"))
        quit_action.setShortcuts(list(quit_keys.values()))
        quit_action.triggered.connect(self.close)

        self.export_action = QAction("&Export report…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(self._on_export)
        self.setup_action = QAction("&Settings…", self)
        self.setup_action.setShortcut(QKeySequence("Ctrl+,"))
        self.setup_action.triggered.connect(self.run_setup)
        self.credentials_action = QAction("Accounts and &tokens…", self)
        self.credentials_action.triggered.connect(self._on_edit_credentials)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.setup_action)
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
        layout.addLayout(self._build_header())
        self.notice_box = QWidget()
        notice_layout = QHBoxLayout(self.notice_box)
        notice_layout.setContentsMargins(6, 2, 6, 2)
        self.notice_label = plain_label()
        self.setup_button = QPushButton("Set up &my profile…")
        self.setup_button.clicked.connect(self.run_setup)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(self.setup_button)
        self.notice_box.setStyleSheet("QWidget { background: palette(alternate-base); }")
        self.notice_box.setVisible(False)
        layout.addWidget(self.notice_box)
        layout.addWidget(self._build_tabs(), 1)
        # Each network's state and the accounts found in your links live on the Dashboard, with the
        # cards, where the user can act on them; nothing fixed above the tabs squeezes every tab.
        self.sources_list = QListWidget()
        self.sources_list.setMaximumHeight(90)
        self.sources_list.setAccessibleName("Sources")
        self.dashboard.add_section(self._build_discovered(), top=True)
        # Shown only when a network has something to say (failed, old data, records not read): the
        # cards already say "read" for the rest, and the charts need the room.
        self.sources_box = self.dashboard.add_section(self.sources_list, title="Sources that need a look")
        self.sources_box.setVisible(False)
        self.setCentralWidget(central)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(240)
        self.progress_bar.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress_bar)

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.score_label = plain_label("No audit yet", wrap=False)
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.score_label.setFont(font)
        self.subtitle_label = plain_label()
        header.addWidget(self.score_label)
        header.addSpacing(16)
        header.addWidget(self.subtitle_label, 1)
        self.explain_button = QPushButton("&Why this score?")
        self.explain_button.setEnabled(False)
        self.explain_button.clicked.connect(self._on_explain_score)
        header.addWidget(self.explain_button)
        return header

    def _build_discovered(self) -> QWidget:
        self.discovered_box = QWidget()
        discovered_layout = QHBoxLayout(self.discovered_box)
        discovered_layout.setContentsMargins(0, 0, 0, 0)
        self.discovered_list = QListWidget()
        self.discovered_list.setMaximumHeight(70)
        self.discovered_list.setAccessibleName("Accounts found in your links")
        self.add_account_button = QPushButton("Add &to my profile…")
        self.add_account_button.setEnabled(False)
        self.add_account_button.clicked.connect(self._on_add_account)
        self.discovered_list.currentRowChanged.connect(
            lambda row: self.add_account_button.setEnabled(row >= 0 and self._add_account is not None)
        )
        discovered_layout.addWidget(plain_label("Also found in your links:", wrap=False))
        discovered_layout.addWidget(self.discovered_list, 1)
        discovered_layout.addWidget(self.add_account_button)
        self.discovered_box.setVisible(False)
        return self.discovered_box

    def _build_tabs(self) -> QTabWidget:
        dismiss = self._dismiss
        panel = FindingsPanel(
            dismiss=(lambda finding: dismiss(finding, self._profile.is_sample)) if dismiss else None,
            open_link=self._open_link,
            can_draft=self._load_suggestions is not None,
        )
        panel.fix_in_draft.connect(self._on_fix_in_draft)
        panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.findings_panel = panel
        # Short names for the panel's parts, used by the rest of the window and its tests.
        self.findings_model, self.findings_view = panel.model, panel.view
        self.detail_message, self.detail_evidence = panel.message_label, panel.evidence_label
        self.detail_suggestion, self.copy_fix_button = panel.suggestion_label, panel.copy_button
        self.dismiss_button, self.open_settings_button = panel.dismiss_button, panel.open_settings_button
        self.network_filter, self.severity_filter = panel.network_filter, panel.severity_filter
        self.area_filter = panel.area_filter
        self.visible_findings = panel.visible_findings
        self._on_open_settings = panel._on_open_settings
        self.dashboard = DashboardWidget()
        self.dashboard.network_chosen.connect(self._on_network_chosen)
        self.history = HistoryWidget()
        self.history.audit_chosen.connect(self._on_history_chosen)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, "&Dashboard")
        self.tabs.addTab(panel, "F&indings")
        self.tabs.addTab(self.history, "&History")
        if self._load_suggestions is not None:
            load, publish, check = self._load_suggestions, self._publish, self._check_draft
            self.share_panel = SharePanel(
                load_suggestions=lambda: load(self._profile),
                publish=(lambda network, text, key: publish(self._profile, network, text, key)) if publish else None,
                confirm=self._confirm,
                mastodon_instance=self._mastodon_instance,
                mastodon_limit=self._mastodon_limit,
                open_link=self._open_link,
                check_draft=(lambda text: check(self._profile.config, text)) if check else None,
            )
            self.share_panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self.share_panel.shared.connect(lambda _url: self.refresh_shares())
            self.tabs.addTab(self.share_panel, "&Share")
        self.tabs.setCurrentWidget(panel)
        return self.tabs

    def _on_network_chosen(self, network_value: str) -> None:
        self.findings_panel.show_network(Network(network_value))
        self.tabs.setCurrentWidget(self.findings_panel)

    def _on_fix_in_draft(self, network_value: str, text: str) -> None:
        panel = getattr(self, "share_panel", None)
        if panel is not None and panel.load_draft(Network(network_value), text):
            self.tabs.setCurrentWidget(panel)
            self.statusBar().showMessage("The corrected text is in the draft: edit it, then share or copy it.", 8000)

    def _connect_controller(self) -> None:
        self._controller.started.connect(self._on_audit_started)
        self._controller.progressed.connect(self._on_audit_progressed)
        self._controller.finished.connect(self._on_audit_finished)
        self._controller.failed.connect(self._on_audit_failed)
        self._controller.cancelled.connect(self._on_audit_cancelled)

    # State -----------------------------------------------------------------------------------

    def _show_profile_header(self) -> None:
        me = self._profile.config.me
        who = me.name or "your profile"
        suffix = " (sample)" if self._profile.is_sample else ""
        self.setWindowTitle(f"Advocacy — {who}{suffix}")
        if self._profile.is_sample:
            self.notice_label.setText(
                "You are exploring the bundled sample: a fictional employee, read offline. "
                "Set up your own profile to audit yours, or open a profile file (Ctrl+O)."
            )
        self.notice_box.setVisible(self._profile.is_sample)

    def show_report(self, report: AuditReport) -> None:
        self._report = report
        self.score_label.setText(score_headline(report))
        per_network = ""
        if report.score_card and len(report.score_card.by_network) > 1:
            per_network = " · " + ", ".join(f"{n.label} {score}" for n, score in report.score_card.by_network)
        subtitle = (
            f"Audited {report.audited_at.astimezone():%Y-%m-%d %H:%M} · "
            f"{len(report.findings)} finding{'' if len(report.findings) == 1 else 's'}{per_network}"
        )
        self.subtitle_label.setText(not_audited_reason(report) if report.score is None else subtitle)
        self.explain_button.setEnabled(report.score_card is not None)
        self.export_action.setEnabled(True)
        self.sources_list.clear()
        for source in report.sources:
            state = " ".join([source_state(source), *skipped_lines(source)])
            self.sources_list.addItem(f"{source.network.label} {source.account}: {state}")
        self.sources_box.setVisible(any(s.status is not SourceStatus.OK or s.skipped for s in report.sources))
        self._suggestions = list(report.discovered)
        self.discovered_list.clear()
        for suggestion in self._suggestions:
            self.discovered_list.addItem(found_account(suggestion))
        self.discovered_box.setVisible(bool(self._suggestions))
        self.findings_panel.set_report(report)
        history = self._history(self._profile.is_sample) if self._history else []
        self.dashboard.show(report, history)
        self.history.show_history(history)
        self.refresh_shares()
        self.findings_shown.emit(len(report.findings))

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
            (f"Audit finished; {len(failed)} {'source' if len(failed) == 1 else 'sources'} could not be read.")
            if failed
            else "Audit finished."
        )
        self.show_report(report)

    def _on_audit_failed(self, exc: BaseException) -> None:
        self._audit_ended("The audit could not run.")
        show_error(self, exc, title="The audit could not run")

    def _on_audit_cancelled(self) -> None:
        self._audit_ended("Audit cancelled; the previous results are still shown.")

    def _on_history_chosen(self, audit_id: int) -> None:
        report = self._load_audit(audit_id, self._profile.is_sample) if self._load_audit else None
        if report is None:
            self.statusBar().showMessage("That audit can no longer be read.", 8000)
            return
        self.show_report(report)
        self.tabs.setCurrentWidget(self.findings_panel)
        self.statusBar().showMessage(f"Showing the audit of {report.audited_at.astimezone():%Y-%m-%d %H:%M}.", 8000)

    def score_explanation(self) -> str:
        report = self._report
        if report is None or report.score_card is None:
            return ""
        messages = {(f.check, f.network, f.target): f.message for f in report.findings}
        lines = [
            f"Overall {report.score}/100: the average of the scores of the networks read "
            f"({coverage_phrase(report.coverage)}).",
            "",
        ]
        for network, score in report.score_card.by_network:
            lines.append(f"{network.label}: {score}/100")
            for d in report.score_card.deductions:
                if d.network is network and d.points:
                    lines.append(f"  −{d.points}  {messages.get((d.check, d.network, d.target), d.check)}")
        repeats = sum(1 for d in report.score_card.deductions if d.points == 0)
        if repeats:
            lines += [
                "",
                f"{repeats} repeated finding(s) cost nothing more: one check counts at most {MAX_REPEATS} times.",
            ]
        unread = [s for s in report.sources if not s.was_read]
        if unread:
            lines += ["", "Not scored, because they could not be read:"]
            lines += [f"  {s.network.label}: {s.error}" for s in unread]
        return "\n".join(lines)

    def _on_explain_score(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "Why this score?", self.score_explanation(), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def export_report(self, path: Path) -> None:
        """HTML as written; PDF through Qt's own printing, so no browser engine is needed."""
        if self._report is None:
            return
        from advocacy.report_html import render_html

        html = render_html(self._report, charts=self.dashboard.chart_images())
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

    @property
    def has_report(self) -> bool:
        return self._report is not None

    def refresh_shares(self) -> None:
        if self._share_history is not None:
            self.history.show_shares(self._share_history(self._profile.is_sample))

    def _mastodon_limit(self) -> int | None:
        """The instance's own post length, as read by the last audit."""
        report = self._report
        profiles = report.profiles if report else ()
        return next((p.post_length_limit for p in profiles if p.network is Network.MASTODON), None)

    def _mastodon_instance(self) -> str | None:
        handle = self._profile.config.me.accounts.mastodon or ""
        return handle.strip("@").partition("@")[2] or None

    def run_setup(self) -> None:
        if self._set_up_profile is None:
            return
        profile = self._set_up_profile(self, self._profile)
        if profile is None:
            return
        self._profile = profile
        self._show_profile_state()
        self.clear_report()
        self.start_audit()

    def _on_edit_credentials(self) -> None:
        if self._edit_credentials is not None:
            self._edit_credentials(self, self._profile.config)

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
        self._report = None
        self.explain_button.setEnabled(False)
        self.export_action.setEnabled(False)
        self.score_label.setText("No audit yet")
        self.subtitle_label.setText("")
        self.sources_list.clear()
        self.findings_panel.set_report(None)

    def _show_profile_state(self) -> None:
        """The window's title and notices for the open profile; the Share tab starts afresh for it."""
        self._show_profile_header()
        panel = getattr(self, "share_panel", None)
        if panel is not None:
            panel.reset()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._controller.cancel()
        if self._window_state is not None:
            self._window_state.save(self, self.tabs, self.findings_panel.splitter)
        super().closeEvent(event)
