"""First-run setup: who you are and where you work, written to the profile file for you.

Validation is the profile file's own: the form is turned into a ``ProfileConfig``, written to a
temporary TOML and read back, so the form can never accept what the file would refuse.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advocacy.discovery import account_entry
from advocacy.domain.models import AccountSuggestion
from advocacy.domain.profile import ProfileConfig, Thresholds
from advocacy.domain.records import LinkedAccounts
from advocacy.errors import AdvocacyError, InvalidProfileFile
from advocacy.profile_file import load_profile, profile_to_toml
from advocacy.wording import found_account
from ui.background import run_in_background
from ui.safe_text import plain_label


def _items(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


# What the offline dictionary offers; "en" accepts both spellings.
_LANGUAGES = (
    ("en", "English (American and British both right)"),
    ("en-US", "English, American spelling"),
    ("en-GB", "English, British spelling"),
)


class SetupDialog(QDialog):
    def __init__(
        self,
        *,
        initial: ProfileConfig | None = None,
        choose_file: Callable[[str], str | None] | None = None,
        find_accounts: Callable[[ProfileConfig], LinkedAccounts] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings" if initial else "Set up your profile")
        # Everything the form does not show is carried over from here untouched.
        self._initial = initial or ProfileConfig()
        self._choose_file = choose_file or self._choose_file_dialog
        # Runs on a worker thread: reads the profiles named in the form (see find_linked_accounts).
        self._find_accounts = find_accounts
        self._found: list[AccountSuggestion] = []
        self.config: ProfileConfig | None = None
        self._company_file: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                "Tell the app who you are and where you work. Everything stays on this "
                "computer; you can change it later."
            )
        )
        layout.addWidget(self._build_me_box())
        layout.addWidget(self._build_company_box())
        layout.addWidget(self._build_limits_box())
        self._fill(self._initial)

        self.error_label = plain_label("")
        self.error_label.setObjectName("form-error")
        self.error_label.setStyleSheet("QLabel#form-error { color: #c62828; font-weight: bold; }")
        # Room for two lines whether or not there is an error: the form never jumps when one appears.
        self.error_label.setMinimumHeight(2 * self.error_label.fontMetrics().lineSpacing() + 4)
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

    def _build_me_box(self) -> QGroupBox:
        me_box = QGroupBox("You")
        me_form = QFormLayout(me_box)
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.former = QLineEdit()
        self.former.setPlaceholderText("Globex, Initrode")
        self.mastodon = QLineEdit()
        self.mastodon.setPlaceholderText("@you@instance.social")
        self.bluesky = QLineEdit()
        self.bluesky.setPlaceholderText("you.bsky.social or your own domain")
        self.github = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://you.example")
        self.linkedin = self._file_row("LinkedIn data export (ZIP or folder)")
        self.x_archive = self._file_row("X archive (ZIP or folder)")
        for label, widget in (
            ("Name", self.name),
            ("Job title", self.title),
            ("Former employers", self.former),
            ("Mastodon", self.mastodon),
            ("Bluesky", self.bluesky),
            ("GitHub", self.github),
            ("Website or blog", self.website),
            ("LinkedIn export", self.linkedin[0]),
            ("X archive", self.x_archive[0]),
        ):
            me_form.addRow(label, widget)
        if self._find_accounts is not None:
            self._add_found_rows(me_form)
        return me_box

    def _build_company_box(self) -> QGroupBox:
        company_box = QGroupBox("Where you work")
        company_form = QFormLayout(company_box)
        self.import_button = QPushButton("&Import the company file from your communications team…")
        self.import_button.clicked.connect(self._on_import_company)
        self.company_file_label = plain_label("")
        self.company_name = QLineEdit()
        self.company_domains = QLineEdit()
        self.company_domains.setPlaceholderText("acme.example")
        self.company_mastodon = QLineEdit()
        self.company_github = QLineEdit()
        company_form.addRow(self.import_button)
        company_form.addRow(self.company_file_label)
        company_form.addRow("Company name", self.company_name)
        company_form.addRow("Web domains", self.company_domains)
        company_form.addRow("Company on Mastodon", self.company_mastodon)
        company_form.addRow("Company on GitHub", self.company_github)
        return company_box

    def _build_limits_box(self) -> QGroupBox:
        limits_box = QGroupBox("Your goals and checks")
        limits_form = QFormLayout(limits_box)
        self.warning_days = self._days_box(self._initial.thresholds.last_post_warning_days)
        self.error_days = self._days_box(self._initial.thresholds.last_post_error_days)
        self.target_days = self._days_box(self._initial.thresholds.posting_target_days)
        self.check_links = QCheckBox("Visit the links on my profiles to find dead or moved ones")
        self.check_links.setChecked(self._initial.audit.check_links)
        limits_form.addRow("Quiet after (days)", self.warning_days)
        limits_form.addRow("Very quiet after (days)", self.error_days)
        limits_form.addRow("Post every (days)", self.target_days)
        limits_form.addRow(self.check_links)
        self.spelling = QCheckBox("Check spelling in my bios and posts")
        self.spelling.setChecked(self._initial.audit.spelling)
        self.language = QComboBox()
        self.language.setAccessibleName("Spelling language")
        for code, label in _LANGUAGES:
            self.language.addItem(label, code)
        index = self.language.findData(self._initial.audit.language)
        if index < 0:  # a language set in the file that the form does not list: keep it
            self.language.addItem(self._initial.audit.language, self._initial.audit.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self.languagetool = QLineEdit(self._initial.audit.languagetool_url or "")
        self.languagetool.setPlaceholderText("optional: http://localhost:8081, or local")
        self.languagetool.setToolTip(
            "A LanguageTool server for grammar. For LanguageTool's hosted API, use "
            "https://api.languagetoolplus.com/ and put the username and API key under Accounts and tokens."
        )
        limits_form.addRow(self.spelling)
        limits_form.addRow("Spelling", self.language)
        limits_form.addRow("Grammar server", self.languagetool)
        return limits_box

    @staticmethod
    def _days_box(value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 3650)
        box.setValue(value)
        return box

    def _fill(self, config: ProfileConfig) -> None:
        me, accounts, company = config.me, config.me.accounts, config.company
        for edit, value in (
            (self.name, me.name),
            (self.title, me.title),
            (self.former, ", ".join(me.former_employers)),
            (self.mastodon, accounts.mastodon),
            (self.bluesky, accounts.bluesky),
            (self.github, accounts.github),
            (self.website, accounts.website),
            (self.linkedin[1], accounts.linkedin_export),
            (self.x_archive[1], accounts.x_archive),
            (self.company_name, company.name),
            (self.company_domains, ", ".join(company.domains)),
            (self.company_mastodon, company.accounts.mastodon),
            (self.company_github, company.accounts.github),
        ):
            edit.setText(value or "")
        if config.company_file:
            self._company_file = config.company_file
            self.company_file_label.setText(f"Using {config.company_file}")
            for widget in (self.company_name, self.company_domains, self.company_mastodon, self.company_github):
                widget.setEnabled(False)

    def _file_row(self, what: str) -> tuple[QWidget, QLineEdit]:
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setAccessibleName(what)  # the row's label names the row, not the field inside it
        browse = QPushButton("Choose…")
        browse.setAccessibleName(f"Choose the {what[0].lower()}{what[1:]}")
        browse.clicked.connect(lambda: self._browse_into(edit, what))
        row_layout.addWidget(edit, 1)
        row_layout.addWidget(browse)
        return row, edit

    def _browse_into(self, edit: QLineEdit, what: str) -> None:
        chosen = self._choose_file(what)
        if chosen:
            edit.setText(chosen)

    def _choose_file_dialog(self, what: str) -> str | None:
        name, _ = QFileDialog.getOpenFileName(self, what)
        return name or None

    def _on_import_company(self) -> None:
        chosen = self._choose_file("Company file (TOML)")
        if not chosen:
            return
        self._company_file = chosen
        self.company_file_label.setText(f"Using {chosen}")
        for widget in (self.company_name, self.company_domains, self.company_mastodon, self.company_github):
            widget.setEnabled(False)

    def build_config(self) -> ProfileConfig:
        initial = self._initial

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        me = replace(
            initial.me,
            name=self.name.text().strip(),
            title=self.title.text().strip(),
            former_employers=_items(self.former.text()),
            accounts=replace(
                initial.me.accounts,
                mastodon=text(self.mastodon),
                bluesky=text(self.bluesky),
                github=text(self.github),
                website=text(self.website),
                linkedin_export=text(self.linkedin[1]),
                x_archive=text(self.x_archive[1]),
            ),
        )
        company = replace(
            initial.company,
            name=self.company_name.text().strip(),
            domains=_items(self.company_domains.text()),
            accounts=replace(
                initial.company.accounts, mastodon=text(self.company_mastodon), github=text(self.company_github)
            ),
        )
        thresholds: Thresholds = replace(
            initial.thresholds,
            last_post_warning_days=self.warning_days.value(),
            last_post_error_days=self.error_days.value(),
            posting_target_days=self.target_days.value(),
        )
        return replace(
            initial,
            me=me,
            company=company,
            thresholds=thresholds,
            audit=replace(
                initial.audit,
                check_links=self.check_links.isChecked(),
                spelling=self.spelling.isChecked(),
                language=str(self.language.currentData()),
                languagetool_url=self.languagetool.text().strip() or None,
            ),
            company_file=self._company_file,
        )

    def _fields(self) -> dict[str, tuple[str, QWidget]]:
        """Each profile-file key the form fills: the label the user sees, and the field."""
        return {
            "[me.accounts] mastodon": ("Mastodon", self.mastodon),
            "[me.accounts] bluesky": ("Bluesky", self.bluesky),
            "[me.accounts] github": ("GitHub", self.github),
            "[me.accounts] website": ("Website or blog", self.website),
            "[me.accounts] linkedin_export": ("LinkedIn export", self.linkedin[1]),
            "[me.accounts] x_archive": ("X archive", self.x_archive[1]),
            "[company.accounts] mastodon": ("The company's Mastodon", self.company_mastodon),
            "[company.accounts] github": ("The company's GitHub", self.company_github),
            "[audit] languagetool_url": ("LanguageTool server", self.languagetool),
        }

    def show_problem(self, message: str) -> None:
        """The problem in plain words under the form, and the field it is about marked and focused."""
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked.setAccessibleDescription("")
            self._marked = None
        for key, (label, widget) in self._fields().items():
            if message.startswith(key):
                # "[me.accounts] mastodon: 'sam' is not…" reads as "Mastodon: 'sam' is not…".
                message = label + message[len(key) :]
                widget.setStyleSheet("QLineEdit { border: 2px solid #c62828; }")
                widget.setAccessibleDescription(message)
                widget.setFocus()
                self._marked = widget
                break
        self.error_label.setText(message)

    def _validated(self) -> ProfileConfig | None:
        """The form as the profile file would read it, or None with the one sentence shown."""
        config = self.build_config()
        if not config.me.accounts.configured():
            self.show_problem("Name at least one account or export, so there is something to audit.")
            return None
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "profile.toml"
            path.write_text(profile_to_toml(config), encoding="utf-8")
            try:
                checked = load_profile(path)
            except InvalidProfileFile as exc:
                # The temporary file name means nothing to the user; keep the key and the problem.
                self.show_problem(exc.user_message.replace(f"{path}: ", ""))
                return None
        self.show_problem("")
        return replace(checked, company_file=self._company_file)

    def try_accept(self) -> None:
        """Validate exactly as the profile file would; show the one sentence if something is off."""
        config = self._validated()
        if config is not None:
            self.config = config
            self.accept()

    # Linked accounts: read the profiles named so far, offer what they link to.

    def _add_found_rows(self, form: QFormLayout) -> None:
        self.find_button = QPushButton("&Find my other accounts in these profiles")
        self.find_button.setToolTip(
            "Reads the profiles above and lists the accounts they link to; nothing is added unless you tick it."
        )
        self.find_button.clicked.connect(self._on_find)
        self.found_status = plain_label("")
        self.found_status.setVisible(False)
        self.found_list = QListWidget()
        self.found_list.setAccessibleName("Accounts your profiles link to")
        self.found_list.setMaximumHeight(90)
        self.found_list.setVisible(False)
        self.add_found_button = QPushButton("&Add the ticked accounts")
        self.add_found_button.setVisible(False)
        self.add_found_button.clicked.connect(self._add_ticked)
        for widget in (self.find_button, self.found_status, self.found_list, self.add_found_button):
            form.addRow(widget)

    def _say(self, text: str) -> None:
        self.found_status.setText(text)
        self.found_status.setVisible(bool(text))

    def _on_find(self) -> None:
        find = self._find_accounts
        config = self._validated()
        if find is None or config is None:
            return  # the form's own sentence says what to fill in first
        self.find_button.setEnabled(False)
        self._say("Reading your profiles…")
        run_in_background(self, lambda: find(config), on_success=self._on_found, on_failure=self._on_find_failed)

    def _on_found(self, result: LinkedAccounts) -> None:
        self.find_button.setEnabled(True)
        self._found = list(result.suggestions)
        self.found_list.clear()
        for suggestion in self._found:
            item = QListWidgetItem(found_account(suggestion))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if suggestion.verified else Qt.CheckState.Unchecked)
            self.found_list.addItem(item)
        found = bool(self._found)
        self.found_list.setVisible(found)
        self.add_found_button.setVisible(found)
        status = (
            "Tick the accounts that are yours, then add them."
            if found
            else "Your profiles link to no other account the app can audit."
        )
        self._say(" ".join((status, *result.problems)))

    def _on_find_failed(self, error: BaseException) -> None:
        self.find_button.setEnabled(True)
        message = error.user_message if isinstance(error, AdvocacyError) else "Your profiles could not be read."
        self._say(message)

    def _add_ticked(self) -> None:
        # The same field and value the window writes when it adds an account (discovery.accept).
        fields = {"mastodon": self.mastodon, "bluesky": self.bluesky, "github": self.github, "website": self.website}
        added = 0
        for row in reversed(range(self.found_list.count())):
            if self.found_list.item(row).checkState() is not Qt.CheckState.Checked:
                continue
            field_name, value = account_entry(self._found.pop(row))
            fields[field_name].setText(value)
            self.found_list.takeItem(row)
            added += 1
        left = bool(self._found)
        self.found_list.setVisible(left)
        self.add_found_button.setVisible(left)
        if added:
            self._say(
                f"Added {added} account{'s' if added != 1 else ''}; {'they are' if added != 1 else 'it is'} "
                "audited when you save."
            )
