"""First-run setup: who you are and where you work, written to the profile file for you.

Validation is the profile file's own: the workspace reads the form's ``ProfileConfig`` exactly as
the file would be read, so the form can never accept what the file would refuse, and a refusal names
its key, which marks the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocacy.domain.models import Network
from advocacy.domain.networks import NETWORKS, AccountKind
from advocacy.domain.profile import Accounts, CompanyAccounts, FieldProblem, ProfileConfig
from advocacy.domain.records import LinkedAccounts
from advocacy.errors import AdvocacyError
from advocacy.workspace import company_file_summary, import_company_file, read_profile_form
from ui.dialogs.found_account_rows import FoundAccountRows
from ui.dialogs.setup_checks_box import ChecksBox
from ui.widgets.mnemonics import Mnemonics
from ui.widgets.safe_text import plain_label
from ui.widgets.scrolling import fit_to_screen, vertical_scroll


def _items(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


# What the offline dictionary offers; "en" accepts both spellings.
INTRO = "Tell the app who you are and where you work. Everything stays on this computer; you can change it later."


class SetupDialog(QDialog):
    def __init__(
        self,
        *,
        initial: ProfileConfig | None = None,
        choose_file: Callable[[str], str | None] | None = None,
        choose_folder: Callable[[str], str | None] | None = None,
        find_accounts: Callable[[ProfileConfig], LinkedAccounts] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings" if initial else "Set up your profile")
        # Everything the form does not show is carried over from here untouched.
        self._initial = initial or ProfileConfig()
        self._choose_file = choose_file or self._choose_file_dialog
        self._choose_folder = choose_folder or self._choose_folder_dialog
        # Runs on a worker thread: reads the profiles named in the form (see find_linked_accounts).
        self._find_accounts = find_accounts
        self.config: ProfileConfig | None = None
        self._company_file: str | None = None
        self._before_import: list[str] | None = None
        # Letters the fixed buttons and the checks box use: Save, Keep exploring, Import, Find, Add,
        # profiles, Quiet, Very quiet, Posts, my, language.
        self._mnemonics = Mnemonics("skifaeqvpyu")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(INTRO))
        # The form scrolls and the error and buttons stay in view: the dialog fits a laptop screen.
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self._build_me_box())
        form_layout.addWidget(self._build_company_box())
        self.checks_box = ChecksBox(self._initial)
        form_layout.addWidget(self.checks_box)
        self.form_scroll = vertical_scroll(form)
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        self.form_scroll.setMinimumWidth(form.sizeHint().width() + bar)
        layout.addWidget(self.form_scroll, 1)
        box = self.checks_box
        self.warning_days, self.error_days, self.posts_per_week = box.warning_days, box.error_days, box.posts_per_week
        self.check_links, self.spelling, self.language = box.check_links, box.spelling, box.language
        self.languagetool = box.languagetool
        self._fill(self._initial)

        self.error_label = plain_label("")
        self.error_label.setObjectName("form-error")
        self.error_label.setStyleSheet("QLabel#form-error { color: #c62828; font-weight: bold; }")
        # Room for three lines whether or not there is an error: the form never jumps when one appears.
        self.error_label.setFixedHeight(3 * self.error_label.fontMetrics().lineSpacing() + 4)
        self.error_label.setAccessibleName("Problem with the form")
        layout.addWidget(self.error_label)
        self._marked: QWidget | None = None
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("&Save and audit", QDialogButtonBox.ButtonRole.AcceptRole)
        cancel_text = "Cancel" if initial else "&Keep exploring the sample"
        self.sample_button = buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.try_accept)
        self.sample_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, self.form_scroll)

    def _build_me_box(self) -> QGroupBox:
        me_box = QGroupBox("You")
        me_form = QFormLayout(me_box)
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.former = QLineEdit()
        self.former.setPlaceholderText("Globex, Initrode")
        # One row per network in the table, in its order: a new network appears here by itself.
        self.account_edits: dict[Network, QLineEdit] = {}
        rows: list[tuple[str, QWidget]] = [("Name", self.name), ("Job title", self.title)]
        rows.append(("Former employers", self.former))
        for network_facts in NETWORKS:
            if network_facts.account_kind is AccountKind.FILE:
                title = network_facts.export_title or f"{network_facts.label} export"
                row, edit = self._file_row(f"{title} (ZIP or folder)")
                rows.append((title, row))
            else:
                edit = QLineEdit()
                edit.setPlaceholderText(network_facts.handle_example)
                edit.setAccessibleName(network_facts.account_label)
                rows.append((network_facts.account_label, edit))
            self.account_edits[network_facts.network] = edit
        # Each label's Alt+letter moves to its field (no letter repeats in the form).
        for label, widget in self._mnemonics.rows(rows):
            me_form.addRow(label, widget)
        if self._find_accounts is not None:
            fields = {f.account_field: self.account_edits[f.network] for f in NETWORKS if f.addressable}
            self.found_rows = FoundAccountRows(me_form, self._find_accounts, self._validated, fields, parent=self)
            self.find_button, self.found_status = self.found_rows.find_button, self.found_rows.status
            self.found_list, self.add_found_button = self.found_rows.list, self.found_rows.add_button
        return me_box

    def _build_company_box(self) -> QGroupBox:
        company_box = QGroupBox("Where you work")
        company_form = QFormLayout(company_box)
        self.import_button = QPushButton("&Import the company file from your communications team…")
        self.import_button.clicked.connect(self._on_import_company)
        self.company_file_label = plain_label("")
        self.undo_import_button = QPushButton("Stop using the company file")
        self.undo_import_button.setToolTip("Back to the values you had before the import, to edit by hand")
        self.undo_import_button.setVisible(False)
        self.undo_import_button.clicked.connect(self._on_undo_import)
        self.company_name = QLineEdit()
        self.company_domains = QLineEdit()
        self.company_domains.setPlaceholderText("acme.example")
        self.company_edits: dict[Network, QLineEdit] = {}
        rows: list[tuple[str, QWidget]] = [("Company name", self.company_name), ("Web domains", self.company_domains)]
        for network_facts in NETWORKS:
            if network_facts.company_field is None:
                continue
            edit = QLineEdit()
            edit.setAccessibleName(f"The company's {network_facts.label} account")
            self.company_edits[network_facts.network] = edit
            rows.append((f"Company on {network_facts.label}", edit))
        company_form.addRow(self.import_button)
        company_form.addRow(self.company_file_label)
        company_form.addRow(self.undo_import_button)
        for label, widget in self._mnemonics.rows(rows):
            company_form.addRow(label, widget)
        return company_box

    def _company_widgets(self) -> list[QLineEdit]:
        return [self.company_name, self.company_domains, *self.company_edits.values()]

    def _fill(self, config: ProfileConfig) -> None:
        me, company = config.me, config.company
        for edit, value in (
            (self.name, me.name),
            (self.title, me.title),
            (self.former, ", ".join(me.former_employers)),
            *((edit, me.accounts.get(network)) for network, edit in self.account_edits.items()),
            (self.company_name, company.name),
            (self.company_domains, ", ".join(company.domains)),
            *((edit, company.accounts.get(network)) for network, edit in self.company_edits.items()),
        ):
            edit.setText(value or "")
        if config.company_file:
            self._use_company_file(config.company_file, company_file_summary(company))

    def _file_row(self, what: str) -> tuple[QWidget, QLineEdit]:
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setAccessibleName(what)  # the row's label names the row, not the field inside it
        browse = QPushButton("Choose…")
        browse.setAccessibleName(f"Choose the {what[0].lower()}{what[1:]}")
        browse.clicked.connect(lambda: self._browse_into(edit, what))
        # An unpacked export, or the parts of a split download, is a folder: file dialogs cannot pick one.
        folder = QPushButton("Folder…")
        folder.setAccessibleName(f"Choose the folder of the {what[0].lower()}{what[1:]}")
        folder.clicked.connect(lambda: self._browse_folder_into(edit, what))
        row_layout.addWidget(edit, 1)
        row_layout.addWidget(browse)
        row_layout.addWidget(folder)
        return row, edit

    def _browse_into(self, edit: QLineEdit, what: str) -> None:
        if chosen := self._choose_file(what):
            edit.setText(chosen)

    def _browse_folder_into(self, edit: QLineEdit, what: str) -> None:
        if chosen := self._choose_folder(what):
            edit.setText(chosen)

    def _choose_folder_dialog(self, what: str) -> str | None:
        return QFileDialog.getExistingDirectory(self, what) or None

    def _choose_file_dialog(self, what: str) -> str | None:
        name, _ = QFileDialog.getOpenFileName(self, what)
        return name or None

    def _on_import_company(self) -> None:
        chosen = self._choose_file("Company file")
        if not chosen:
            return
        try:
            copy, company = import_company_file(Path(chosen))
        except AdvocacyError as exc:
            self.company_file_label.setText(exc.user_message)
            return
        if self._before_import is None:  # what Undo goes back to: the fields as they were typed
            self._before_import = [widget.text() for widget in self._company_widgets()]
        for edit, value in (
            (self.company_name, company.name),
            (self.company_domains, ", ".join(company.domains)),
            *((edit, company.accounts.get(network)) for network, edit in self.company_edits.items()),
        ):
            edit.setText(value or "")
        self._use_company_file(copy, company_file_summary(company))

    def _use_company_file(self, path: str, summary: str) -> None:
        self._company_file = path
        self.company_file_label.setText(
            f"Using the company file: {summary}. A copy is kept in the app's folder, so the download can go."
        )
        self.company_file_label.setToolTip(path)
        self.undo_import_button.setVisible(True)
        for widget in self._company_widgets():
            widget.setEnabled(False)

    def _on_undo_import(self) -> None:
        self._company_file = None
        for widget, value in zip(self._company_widgets(), self._before_import or [], strict=False):
            widget.setText(value)
        self._before_import = None
        for widget in self._company_widgets():
            widget.setEnabled(True)
        self.company_file_label.setText("The company file is no longer used: edit the fields below.")
        self.company_file_label.setToolTip("")
        self.undo_import_button.setVisible(False)

    def build_config(self) -> ProfileConfig:
        initial = self._initial

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        me = replace(
            initial.me,
            name=self.name.text().strip(),
            title=self.title.text().strip(),
            former_employers=_items(self.former.text()),
            accounts=Accounts({network: text(edit) for network, edit in self.account_edits.items()}),
        )
        company = replace(
            initial.company,
            name=self.company_name.text().strip(),
            domains=_items(self.company_domains.text()),
            accounts=CompanyAccounts({network: text(edit) for network, edit in self.company_edits.items()}),
        )
        return self.checks_box.applied_to(replace(initial, me=me, company=company, company_file=self._company_file))

    def _fields(self) -> dict[str, tuple[str, QWidget]]:
        """Each profile-file key the form fills: the label the user sees, and the field."""
        fields: dict[str, tuple[str, QWidget]] = {}
        for network, edit in self.account_edits.items():
            network_facts = network.facts
            fields[f"[me.accounts] {network_facts.account_field}"] = (
                network_facts.export_title or network_facts.account_label,
                edit,
            )
        for network, edit in self.company_edits.items():
            fields[f"[company.accounts] {network.facts.company_field}"] = (f"The company's {network.label}", edit)
        fields["[audit] languagetool_url"] = ("LanguageTool server", self.languagetool)
        return fields

    def show_problem(self, problem: FieldProblem | None) -> None:
        """The problem in plain words under the form, and the field it is about marked and focused;
        None clears it."""
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked.setAccessibleDescription("")
            self._marked = None
        if problem is None:
            self.error_label.setText("")
            return
        field = self._fields().get(problem.key or "")
        # "[me.accounts] mastodon" is said as the form labels it: "Mastodon: 'sam' is not…".
        message = problem.sentence(field[0] if field else None)
        if field is not None:
            widget = field[1]
            widget.setStyleSheet("QLineEdit { border: 2px solid #c62828; }")
            widget.setAccessibleDescription(message)
            widget.setFocus()
            self.form_scroll.ensureWidgetVisible(widget)
            self._marked = widget
        self.error_label.setText(message)

    def _validated(self) -> ProfileConfig | None:
        """The form as the profile file would read it, or None with the one sentence shown."""
        read = read_profile_form(self.build_config())
        if isinstance(read, FieldProblem):
            self.show_problem(read)
            return None
        self.show_problem(None)
        return read

    def try_accept(self) -> None:
        config = self._validated()
        if config is not None:
            self.config = config
            self.accept()
