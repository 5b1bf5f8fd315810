"""The setup form's "Your goals and checks" box: how quiet is too quiet, and which checks run."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from advocacy.domain.profile import ProfileConfig

_LANGUAGES = (
    ("en", "English (American and British both right)"),
    ("en-US", "English, American spelling"),
    ("en-GB", "English, British spelling"),
)


def _days_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 3650)
    box.setValue(value)
    return box


class ChecksBox(QGroupBox):
    def __init__(self, initial: ProfileConfig, parent: QWidget | None = None) -> None:
        super().__init__("Your goals and checks", parent)
        form = QFormLayout(self)
        self.warning_days = _days_box(initial.thresholds.last_post_warning_days)
        self.error_days = _days_box(initial.thresholds.last_post_error_days)
        self.target_days = _days_box(initial.thresholds.posting_target_days)
        self.check_links = QCheckBox("Visit the links on my profil&es to find dead or moved ones")
        self.check_links.setChecked(initial.audit.check_links)
        form.addRow("&Quiet after (days)", self.warning_days)
        form.addRow("&Very quiet after (days)", self.error_days)
        form.addRow("&Post every (days)", self.target_days)
        form.addRow(self.check_links)
        self.spelling = QCheckBox("Check spelling in m&y bios and posts")
        self.spelling.setChecked(initial.audit.spelling)
        self.language = QComboBox()
        self.language.setAccessibleName("Spelling language")
        for code, label in _LANGUAGES:
            self.language.addItem(label, code)
        index = self.language.findData(initial.audit.language)
        if index < 0:  # a language set in the file that the form does not list: keep it
            self.language.addItem(initial.audit.language, initial.audit.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self.languagetool = QLineEdit(initial.audit.languagetool_url or "")
        self.languagetool.setPlaceholderText("optional: http://localhost:8081, or local")
        self.languagetool.setToolTip(
            "A LanguageTool server for grammar. For LanguageTool's hosted API, use "
            "https://api.languagetoolplus.com/ and put the username and API key under Accounts and tokens."
        )
        form.addRow(self.spelling)
        form.addRow("Spelling lang&uage", self.language)
        form.addRow("Grammar server", self.languagetool)

    def applied_to(self, config: ProfileConfig) -> ProfileConfig:
        """``config`` with the box's thresholds and audit options; everything else kept."""
        thresholds = replace(
            config.thresholds,
            last_post_warning_days=self.warning_days.value(),
            last_post_error_days=self.error_days.value(),
            posting_target_days=self.target_days.value(),
        )
        audit = replace(
            config.audit,
            check_links=self.check_links.isChecked(),
            spelling=self.spelling.isChecked(),
            language=str(self.language.currentData()),
            languagetool_url=self.languagetool.text().strip() or None,
        )
        return replace(config, thresholds=thresholds, audit=audit)
