"""The setup form's "Your goals and checks" box: how quiet is too quiet, and which checks run."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from advocacy.domain.profile import GOAL_NETWORKS, MAX_POSTS_PER_WEEK, ProfileConfig
from ui.widgets.scrolling import wheel_only_when_focused

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
        # The weekly posting goal, for every network a person posts on (the Plan tab counts against it).
        # Goals set per network by hand in the profile file are kept: then this field is read-only.
        goals = {initial.goals.for_network(network, initial.thresholds) for network in GOAL_NETWORKS}
        self._uniform_goal = len(goals) == 1
        self.posts_per_week = QSpinBox()
        self.posts_per_week.setRange(0, MAX_POSTS_PER_WEEK)
        self.posts_per_week.setValue(next(iter(goals)) if self._uniform_goal else 0)
        self.posts_per_week.setSpecialValueText("no goal")
        self.posts_per_week.setEnabled(self._uniform_goal)
        self.posts_per_week.setToolTip(
            "Original posts a week on Mastodon, Bluesky, LinkedIn and X"
            if self._uniform_goal
            else "Your profile file sets a different goal per network ([goals]); edit them there."
        )
        self.check_links = QCheckBox("Visit the links on my profil&es to find dead or moved ones")
        self.check_links.setChecked(initial.audit.check_links)
        form.addRow("&Quiet after (days)", self.warning_days)
        form.addRow("&Very quiet after (days)", self.error_days)
        form.addRow("&Posts a week (goal)", self.posts_per_week)
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
            "Where grammar is checked: a LanguageTool address (empty: spelling only). "
            "For LanguageTool's hosted API, use "
            "https://api.languagetoolplus.com/ and put the username and API key under Accounts and tokens."
        )
        # Scrolling the form past these must not change them (Quiet after went from 30 to 17 unseen).
        wheel_only_when_focused(self.warning_days, self.error_days, self.posts_per_week, self.language)
        form.addRow(self.spelling)
        form.addRow("Spelling lang&uage", self.language)
        form.addRow("Grammar checking (address)", self.languagetool)

    def applied_to(self, config: ProfileConfig) -> ProfileConfig:
        """``config`` with the box's thresholds and audit options; everything else kept."""
        thresholds = replace(
            config.thresholds,
            last_post_warning_days=self.warning_days.value(),
            last_post_error_days=self.error_days.value(),
        )
        goals = config.goals
        implied = {goals.for_network(network, config.thresholds) for network in GOAL_NETWORKS}
        if self._uniform_goal and implied != {self.posts_per_week.value()}:
            per_week = tuple((network, self.posts_per_week.value()) for network in GOAL_NETWORKS)
            goals = replace(goals, posts_per_week=per_week)
        audit = replace(
            config.audit,
            check_links=self.check_links.isChecked(),
            spelling=self.spelling.isChecked(),
            language=str(self.language.currentData()),
            languagetool_url=self.languagetool.text().strip() or None,
        )
        return replace(config, thresholds=thresholds, audit=audit, goals=goals)
