"""The main window: lays out the panels and wires them to the workspace. It runs nothing itself."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from advocacy.domain.models import AccountSuggestion, AuditReport, Finding, Network
from advocacy.domain.records import AuditSummary, Changed
from advocacy.errors import AdvocacyError
from advocacy.wording import add_account_question
from advocacy.workspace import Workspace
from ui.lazy_tabs import LazyTabs
from ui.panels.dashboard import DashboardWidget
from ui.panels.discovered_accounts import DiscoveredAccounts
from ui.panels.score_header import SampleNotice, ScoreHeader
from ui.panels.since_last_time import SinceLastTimeBox
from ui.widgets.audit_status import AuditStatus, show_working
from ui.widgets.error_reporting import ask_yes_no, show_error
from ui.widgets.safe_text import open_local_folder, open_web_link
from ui.widgets.tab_problems import StoreNotice, TabProblems
from ui.window_actions import WindowActions
from ui.window_state import WindowState
from ui.workers.audit_controller import AuditController
from ui.workers.background import AfterFirstPaint, run_in_background
from ui.workspace_holder import WorkspaceHolder

if TYPE_CHECKING:  # read off the GUI thread when the report is shown, not at start-up
    from PySide6.QtGui import QCloseEvent

    from advocacy.domain.changes import SinceLastTime
    from advocacy.domain.housekeeping import DeletionOutcome
    from ui.dialogs.profile_dialogs import SetUpProfile

    # Every tab but the Dashboard is made when first shown (ui.lazy_tabs): its module loads then.
    from ui.panels.findings_panel import FindingsPanel
    from ui.panels.history_view import HistoryWidget
    from ui.panels.plan_panel import PlanPanel
    from ui.panels.share_panel import SharePanel

log = logging.getLogger(__name__)
T = TypeVar("T")
MINIMUM_SIZE = (760, 540)


class MainWindow(QMainWindow):
    """Signals:
    findings_shown(count): the findings list was refilled with ``count`` findings.
    workspace_changed: another profile was opened, set up or extended.
    since_last_time_shown: the Dashboard's "since last time" was filled in (it is read off the GUI thread).
    """

    findings_shown = Signal(int)
    workspace_changed = Signal()
    since_last_time_shown = Signal()

    def __init__(
        self,
        workspace: Workspace,
        *,
        controller: AuditController | None = None,
        confirm: Callable[[str, str], bool] | None = None,
        open_link: Callable[[str], bool] = open_web_link,
        open_folder: Callable[[Path], bool] = open_local_folder,
        set_up: SetUpProfile | None = None,
        window_state: WindowState | None = None,
    ) -> None:
        super().__init__()
        self.holder = WorkspaceHolder(workspace, self)
        self.holder.data_changed.connect(self._on_data_changed)
        self._controller = controller or AuditController(self)
        self._confirm = confirm or (lambda title, question: ask_yes_no(self, title, question))
        self._open_link = open_link
        self._open_folder = open_folder
        self._set_up = set_up
        self._report: AuditReport | None = None
        self._window_state = window_state
        self._due_generation = 0  # bumped by each due count asked while the Plan tab is not made
        self._ending = False  # the system is ending the app: close without asking (close_for_shutdown)
        self._after_paint = AfterFirstPaint(self)  # what is read off the GUI thread waits for the first paint
        # The smallest size at which the charts and cards stay readable (see docs/screens/*-minimum.png).
        self.setMinimumSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1])
        self.resize(1100, 720)
        self.menu_actions = actions = WindowActions(self)
        for action, slot in (
            (actions.audit, self.start_audit),
            (actions.cancel, self._controller.cancel),
            (actions.open, self._on_open_profile),
            (actions.export, self._on_export),
            (actions.period_report, self._on_period_report),
            (actions.about, self._on_about),
            (actions.open_data, self._on_open_data),
            (actions.backup, self._on_backup),
            (actions.delete_data, self._on_delete_data),
            (actions.setup, self.run_setup),
            (actions.credentials, self._on_credentials),
        ):
            action.triggered.connect(slot)
        self._build_panels()
        self.audit_status = AuditStatus(self, self._controller, self.menu_actions)
        self._controller.finished.connect(self.show_report)
        self._controller.started.connect(
            lambda: None if self.has_report else show_working(self._findings_page.built, self.dashboard)
        )
        self._controller.cancelled.connect(lambda: None if self.has_report else self.clear_report())
        self._show_profile_state()
        if window_state is not None:
            window_state.restore(self, self.tabs)
        self._show_latest()
        self._show_notices()

    # Layout ----------------------------------------------------------------------------------

    def _build_panels(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        self.header = ScoreHeader()
        layout.addWidget(self.header)
        self.notice_box = SampleNotice()
        self.setup_button = self.notice_box.setup_button
        self.setup_button.clicked.connect(self.run_setup)
        layout.addWidget(self.notice_box)
        self.store_notice = StoreNotice()
        layout.addWidget(self.store_notice)
        layout.addWidget(self._build_tabs(), 1)
        self.tab_problems = TabProblems()
        # Each network's state (its card) and the accounts found in your links live on the Dashboard,
        # where the user can act on them; nothing fixed above the tabs squeezes every tab.
        self.since_last_time = SinceLastTimeBox()
        self.dashboard.add_section(self.since_last_time, top=True)  # the Dashboard opens on what changed
        self.discovered = DiscoveredAccounts()
        self.discovered.add_requested.connect(self._on_add_account)
        self.dashboard.add_section(self.discovered, top=True)
        self.setCentralWidget(central)

    def _build_tabs(self) -> QTabWidget:
        self.dashboard = DashboardWidget()
        self.dashboard.network_chosen.connect(self._on_network_chosen)
        self.dashboard.connect_requested.connect(self._on_connect)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, "&Dashboard")  # the overview first; the findings are one click away
        # The other tabs are made when first shown (or asked for): the window paints without them.
        lazy = LazyTabs(self.tabs)
        self._findings_page = lazy.add("F&indings", self._make_findings, self._findings_made)
        self._history_page = lazy.add("Histor&y", self._make_history, self._history_made)  # Alt+H is Help
        self._share_page = lazy.add("&Share", self._make_share, lambda share: share.reset())  # its drafts, read
        self._plan_page = lazy.add("&Plan", self._make_plan, self._plan_made)
        self.tabs.setCurrentWidget(self.dashboard)
        return self.tabs

    def _make_findings(self) -> FindingsPanel:
        from ui.panels.findings_panel import FindingsPanel

        panel = FindingsPanel(
            # The profile changes: the workspace is looked up at each call, never bound now.
            dismiss=self._dismiss,
            undismiss=self._undismiss,
            add_word=self._add_word,
            open_link=self._open_link,
            can_draft=True,
        )
        panel.show_dismissed_requested.connect(self._on_show_dismissed)
        panel.fix_in_draft.connect(self._on_fix_in_draft)
        panel.status_message.connect(self.say)
        return panel

    def _findings_made(self, panel: FindingsPanel) -> None:
        """The Findings tab, made now: the split the user left, and the report on screen (or the audit on its way)."""
        if self._window_state is not None:
            self._window_state.restore_split(panel.splitter)
        report = self._report
        if report is not None:
            self._draw(panel, lambda: panel.set_report(report))
        elif self._controller.running:
            show_working(panel, None)

    def _make_history(self) -> HistoryWidget:
        from ui.panels.history_view import HistoryWidget

        history = HistoryWidget()
        history.audit_chosen.connect(self._on_history_chosen)
        return history

    def _history_made(self, _history: HistoryWidget) -> None:
        self._show_lists(self._read(self.workspace.history, [], "history"))

    def _make_share(self) -> SharePanel:
        from ui.panels.share_wiring import share_panel_for

        share = share_panel_for(
            lambda: self.workspace,
            confirm=self._confirm,
            open_link=self._open_link,
            limit=self._limit,
            edit_credentials=lambda _parent: self._on_credentials(),
        )
        share.status_message.connect(self.say)
        share.shared.connect(lambda _url: self.holder.wrote(Changed.SHARES))
        share.scheduled.connect(lambda _sentence: self.holder.wrote(Changed.SHARES | Changed.REMINDERS))
        return share

    def _make_plan(self) -> PlanPanel:
        from ui.panels.plan_panel import PlanPanel

        plan = PlanPanel(lambda: self.workspace, edit_credentials=lambda _parent: self._on_credentials())
        plan.status_message.connect(self.say)
        plan.draft_requested.connect(self._on_fix_in_draft)
        plan.due_changed.connect(self._show_due)
        plan.profile_saved.connect(self._switch_to)
        plan.wrote.connect(self.holder.wrote)
        return plan

    def _plan_made(self, plan: PlanPanel) -> None:
        self._due_generation += 1  # the tab's own count from now on
        if not plan.isVisible():  # shown, it has read the whole plan already
            self._draw(plan, plan.refresh)

    @property
    def findings_panel(self) -> FindingsPanel:
        return self._findings_page.get()

    @property
    def history(self) -> HistoryWidget:
        return self._history_page.get()

    @property
    def share_panel(self) -> SharePanel:
        return self._share_page.get()

    @property
    def plan_panel(self) -> PlanPanel:
        return self._plan_page.get()

    # State -----------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _read(self, read: Callable[[], T], default: T, what: str) -> T:
        """Saved data for the window; a store that cannot be read leaves the view as it is."""
        try:
            return read()
        except AdvocacyError as exc:
            log.warning("%s unavailable: %s", what, exc.user_message)
            self.say(exc.user_message)
            return default

    def _draw(self, page: QWidget, draw: Callable[[], None]) -> None:
        """Draw one tab. A failure is that tab's problem, said on it; the other tabs and the window go on."""
        try:
            draw()
        except Exception:
            log.exception("a tab could not be drawn")
            title = self.tabs.tabText(self.tabs.indexOf(page)).replace("&", "")
            self.tab_problems.show(
                page,
                f"Part of the {title} tab could not be shown. Your data is kept as it was; the other tabs work. "
                "The log file has the details.",
            )

    def show_report(self, report: AuditReport, audit_id: int | None = None) -> None:
        """Show ``report``: the newest audit, or the one History chose (``audit_id``)."""
        self._report = report
        self._show_change(report, audit_id)
        self.tab_problems.clear_all()
        self.header.show_report(report)
        self.menu_actions.export.setEnabled(True)
        self._draw(self.dashboard, lambda: self.discovered.show_report(report))
        if (findings := self._findings_page.built) is not None:  # else it is drawn when made
            self._draw(findings, lambda: findings.set_report(report))
        history: list[AuditSummary] = self._read(self.workspace.history, [], "history")
        self._draw(self.dashboard, lambda: self.dashboard.show(report, history))
        self._show_lists(history)
        self._refresh_plan()
        self.findings_shown.emit(len(report.findings))

    def _show_change(self, report: AuditReport, audit_id: int | None) -> None:
        """What changed since the audit before, read off the GUI thread (two reports are decoded)."""
        workspace = self.workspace
        if report.score is None:  # nothing was read: the header says why; there is nothing to compare
            self.since_last_time.clear()
            return

        def shown(change: SinceLastTime | None) -> None:
            if self._report is report and self.workspace is workspace:  # still what is on screen
                self.since_last_time.show_change(change)
                self.since_last_time_shown.emit()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, AdvocacyError):
                raise exc
            log.warning("what changed since last time is unavailable: %s", exc.user_message)
            self.since_last_time.clear()

        self._after_paint.run(
            lambda: run_in_background(
                self, lambda: workspace.since_last_time(audit_id), on_success=shown, on_failure=failed
            )
        )

    def clear_report(self) -> None:
        self._report = None
        self.since_last_time.clear()
        self.header.show_report(None)
        self.menu_actions.export.setEnabled(False)
        self.dashboard.clear()
        self.discovered.show_report(None)
        if (findings := self._findings_page.built) is not None:
            findings.set_report(None)

    @property
    def has_report(self) -> bool:
        return self._report is not None

    def _show_due(self, due: int) -> None:
        self.tabs.setTabText(self._plan_page.index(), f"&Plan ({due} due)" if due else "&Plan")

    def _refresh_plan(self) -> None:
        """The Plan tab as the store has it now; before the tab is made, only its title's due count."""
        plan = self._plan_page.built
        if plan is not None:
            self._draw(plan, plan.refresh)
            return
        self._due_generation += 1
        generation, workspace = self._due_generation, self.workspace

        def shown(due: int) -> None:
            if generation == self._due_generation:
                self._show_due(due)

        def failed(exc: BaseException) -> None:
            if generation != self._due_generation:
                return
            if not isinstance(exc, AdvocacyError):
                log.error("the plan could not be read", exc_info=exc)
                self.say("The plan could not be read; your data is kept. The log file has the details.")
                return
            self.say(exc.user_message)

        # Read off the GUI thread, as the Plan tab does: a slow disk never freezes the window.
        self._after_paint.run(
            lambda: run_in_background(self, workspace.due_reminders, on_success=shown, on_failure=failed)
        )

    def _show_lists(self, history: list[AuditSummary]) -> None:
        """The History tab, if it was made: past audits and shares (else it reads them when made)."""
        page = self._history_page.built
        if page is not None:
            self._draw(page, lambda: page.show_history(history))
            self.refresh_shares()

    def refresh_shares(self) -> None:
        page = self._history_page.built
        if page is not None:
            self._draw(page, lambda: page.show_shares(self._read(self.workspace.shares, [], "shares")))

    def _show_notices(self) -> None:
        """What the store had to say on opening (a damaged database kept aside): said until dismissed."""
        said: list[str] = self._read(self.workspace.notices, [], "notices")
        if said:
            self.store_notice.say(" ".join(said))

    def _show_profile_state(self) -> None:
        """The window's title and notices for the open profile; the Share tab starts afresh for it."""
        who = self.workspace.config.me.name or "your profile"
        self.setWindowTitle(f"Advocacy — {who}{' (sample)' if self.workspace.is_sample else ''}")
        self.notice_box.setVisible(self.workspace.is_sample)
        if (share := self._share_page.built) is not None:  # else it starts with this profile when made
            share.reset()
        self._refresh_plan()

    @property
    def workspace(self) -> Workspace:
        return self.holder.workspace

    def _dismiss(self, finding: Finding) -> None:
        self.workspace.dismiss(finding)
        self.holder.wrote(Changed.DISMISSALS)

    def _add_word(self, word: str) -> None:
        self.workspace.add_my_words([word])
        self.holder.wrote(Changed.WORDS)

    def _undismiss(self, finding: Finding) -> None:
        self.workspace.undismiss(finding)
        self.holder.wrote(Changed.DISMISSALS)

    def _on_data_changed(self, changes: Changed) -> None:
        """Redraw what shows the kinds of data just written, and nothing else."""
        if changes & Changed.SHARES:
            self.refresh_shares()
        if changes & (Changed.SHARES | Changed.REMINDERS):
            self._refresh_plan()

    def _switch_to(self, workspace: Workspace) -> None:
        self._keep_drafts()  # in the store of the profile they were typed for
        self.holder.replace(workspace)
        self.statusBar().clearMessage()  # what it said was about the profile before
        self._show_profile_state()
        self._show_notices()
        self.workspace_changed.emit()

    def _limit(self, network: Network) -> int | None:
        """The account's own post length (a server's setting), as read by the audit on screen."""
        profiles = self._report.profiles if self._report else ()
        return next((p.post_length_limit for p in profiles if p.network is network and p.post_length_limit), None)

    def start_audit(self) -> None:
        """Audit the profile as its file says now (F5 after editing the file audits the edit)."""
        try:
            fresh = self.workspace.reread()
        except AdvocacyError as exc:
            self.say(f"The audit did not start: {exc.user_message}")
            show_error(self, exc, title="Your profile file cannot be used")
            return
        if fresh is not self.workspace:
            self._switch_to(fresh)
            self.say("Your profile file changed: this audit uses what it says now.")
        self._controller.start(self.workspace)

    def _on_show_dismissed(self) -> None:
        from ui.dialogs.dismissed_dialog import show_dismissed

        show_dismissed(self, lambda: self.workspace)

    def _on_network_chosen(self, network: Network) -> None:
        self.findings_panel.show_network(network)
        self.tabs.setCurrentWidget(self.findings_panel)

    def _on_fix_in_draft(self, network: Network, text: str) -> None:
        if self.share_panel.load_draft(network, text):
            self.tabs.setCurrentWidget(self.share_panel)
            self.say("The corrected text is in the draft: edit it, then share or copy it.")

    def _on_history_chosen(self, audit_id: int) -> None:
        report = self._read(lambda: self.workspace.audit(audit_id), None, "audit")
        if report is None:
            self.say("That audit can no longer be read.")
            return
        self.show_report(report, audit_id)
        self.tabs.setCurrentWidget(self.findings_panel)
        self.say(f"Showing the audit of {report.audited_at.astimezone():%Y-%m-%d %H:%M}.")

    def _on_export(self) -> None:
        if self._report is not None:
            from ui.dialogs.report_export import ask_and_export  # with the first export, not at start-up

            message = ask_and_export(self, self._report, self.dashboard.chart_images())
            if message:
                self.say(message)

    def _on_about(self) -> None:
        from PySide6.QtCore import Qt  # Qt's namespace, too, is made after the first paint
        from PySide6.QtWidgets import QMessageBox  # the class loads with the first box, not at start-up

        from advocacy.about import about

        box = QMessageBox(QMessageBox.Icon.Information, "About Advocacy", about().text(), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths can be copied
        box.exec()

    def _on_open_data(self) -> None:
        from advocacy.about import about

        folder = about().data
        if not self._open_folder(folder):
            self.say(f"The folder could not be opened; it is {folder}.")

    def _on_backup(self) -> None:
        from ui.dialogs.backup_dialog import BackupDialog

        dialog = BackupDialog(lambda: self.workspace, parent=self, before_restore=self._before_restore)
        dialog.restored.connect(self._on_restored)
        dialog.exec()
        dialog.deleteLater()

    def _before_restore(self) -> None:
        self._controller.cancel()
        self._keep_drafts()  # into the history being replaced: kept aside with it

    def _on_restored(self) -> None:
        from ui.dialogs.backup_dialog import reopened

        try:
            workspace = reopened(self.workspace)
        except AdvocacyError as exc:
            show_error(self, exc, title="The restored profile cannot be used")
            return
        self.open_workspace(workspace)

    def _on_delete_data(self) -> None:
        from ui.dialogs.delete_data_dialog import DataDeletion

        deletion = DataDeletion(self.workspace, self)
        deletion.confirmed.connect(self._before_deleting)
        deletion.finished.connect(self._start_afresh)
        deletion.abandoned.connect(lambda: self.setEnabled(True))
        deletion.start()

    def _before_deleting(self) -> None:
        """Nothing may write while everything is deleted: no audit, no draft, no window layout on quit."""
        self._controller.cancel()
        if (share := self._share_page.built) is not None:
            share.drafts.discard()
        self._window_state = None
        self.setEnabled(False)

    def _start_afresh(self, outcome: DeletionOutcome) -> None:
        """As on the first start: the sample, with the way to set up a profile of one's own."""
        from ui.dialogs.delete_data_dialog import show_outcome

        self.setEnabled(True)
        self.open_workspace(Workspace.sample(rules=self.workspace.rules, scorer=self.workspace.scorer))
        show_outcome(self, outcome)

    def _on_period_report(self) -> None:
        from ui.dialogs.period_report_dialog import ask_and_write_period_report

        message = ask_and_write_period_report(self, lambda: self.workspace)
        if message:
            self.say(message)

    # The profile dialogs load with the first one opened, not with the window.

    def _on_credentials(self) -> None:
        from ui.dialogs.profile_dialogs import edit_credentials

        edit_credentials(self, self.workspace)

    def _on_connect(self, network: Network) -> None:
        from ui.dialogs.profile_dialogs import connect_network

        self.say(connect_network(self, self.workspace, network))

    def run_setup(self) -> None:
        from ui.dialogs.profile_dialogs import set_up_profile

        workspace = (self._set_up or set_up_profile)(self, self.workspace)
        if workspace is None:
            return
        self._switch_to(workspace)
        self.clear_report()
        self.start_audit()

    def _on_add_account(self, suggestion: AccountSuggestion) -> None:
        if self.workspace.is_sample:
            self.say("The sample cannot be changed; open your own profile first (Ctrl+O).")
            return
        if not self._confirm("Add an account", add_account_question(self.workspace.config, suggestion)):
            return
        try:
            workspace = self.workspace.with_account(suggestion)
        except Exception as exc:  # shown to the user; bugs go to the crash dialog
            show_error(self, exc, title="The account could not be added")
            return
        self._switch_to(workspace)
        self.say(f"{suggestion.network.label} {suggestion.handle} added; auditing again…")
        self.start_audit()

    def _on_open_profile(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, "Open profile file", "", "Profile files (*.toml);;All files (*)")
        if name:
            self.open_profile_file(name)

    def open_profile_file(self, name: str) -> None:
        try:
            workspace = self.workspace.adopt_profile_file(Path(name))
        except Exception as exc:
            show_error(self, exc, title="The profile file cannot be used")
            return
        self._switch_to(workspace)
        self._show_latest()  # what is known already stays in view while it is audited again
        self.start_audit()
        config = workspace.config
        accounts = len(config.me.accounts.configured())
        who = f"{config.me.name}'s profile" if config.me.name else "The profile"
        self.say(f"Opened {Path(name).name}: {who}, {accounts} account{'s' if accounts != 1 else ''}. Auditing it now.")

    def open_workspace(self, workspace: Workspace) -> None:
        """Show another profile: its last audit if it has one, else audit it now."""
        self._switch_to(workspace)
        if not self._show_latest():
            self.clear_report()
            self.start_audit()

    def _show_latest(self) -> bool:
        # Read here, on the GUI thread, unlike the window's other reads: the first paint shows it. Read
        # on a worker started as soon as the workspace exists and waited for here, the window painted it
        # no sooner (measured, within 2 ms either way): the 3 ms of opening the store and decoding the
        # report mostly hold the interpreter, so the two threads only take turns.
        report = self._read(self.workspace.latest_audit, None, "last audit")
        if report is not None:
            self.show_report(report)
        else:  # shares are the user's whether or not an audit has run yet; each list says when it is empty
            self._show_lists(self._read(self.workspace.history, [], "history"))
        return report is not None

    def cancel_audit(self) -> None:
        self._controller.cancel()

    def _keep_drafts(self) -> bool:
        """Save the drafts being edited; False (after saying why) when they could not be saved."""
        share = self._share_page.built
        try:
            if share is not None:  # a Share tab never shown has no drafts being edited
                share.drafts.flush()
        except AdvocacyError as exc:
            self.say(f"Your drafts could not be saved: {exc.user_message}")
            return False
        return True

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window has painted (at once if it has): start-up's own extras wait."""
        self._after_paint.run(work)

    def close_for_shutdown(self) -> None:
        """Close as Ctrl+Q does, without asking: the system is ending the app (a logout, a shutdown),
        and a question nobody will answer would only lose the drafts the close could still save."""
        self._ending = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            not self._keep_drafts()
            and not self._ending
            and not self._confirm(
                "Quit without your drafts?",
                "Your edited drafts could not be saved (see the status bar). Quit anyway and lose them?",
            )
        ):
            event.ignore()
            return
        self._controller.cancel()
        if self._window_state is not None:
            findings = self._findings_page.built
            self._window_state.save(self, self.tabs, findings.splitter if findings is not None else None)
        super().closeEvent(event)
