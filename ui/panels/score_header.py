"""The header above the tabs: the score, once, what it covers, and "Why this score?"."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from advocacy.domain.models import AuditReport
from advocacy.wording import not_audited_reason, score_explanation, score_headline
from ui.widgets.safe_text import plain_label

NO_AUDIT = "No audit yet"
SAMPLE_NOTICE = (
    "You are exploring the bundled sample: a fictional employee, read offline. "
    "Set up your own profile to audit yours, or open a profile file (Ctrl+O)."
)


class SampleNotice(QWidget):
    """Under the score while the sample is open: what it is, and the way to your own profile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.setup_button = QPushButton("Set up &my profile…")
        self.setup_button.setAccessibleDescription("Fill in who you are and where you work, then audit it")
        layout.addWidget(plain_label(SAMPLE_NOTICE), 1)
        layout.addWidget(self.setup_button)
        # A palette role, not a style sheet: it follows the desktop's light or dark palette as it changes.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)


class ScoreHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: AuditReport | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.score_label = plain_label(NO_AUDIT, wrap=False)
        self.score_label.setAccessibleName("Score")
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.score_label.setFont(font)
        self.subtitle_label = plain_label()
        self.subtitle_label.setAccessibleName("What the score covers")
        self.explain_button = QPushButton("&Why this score?")
        self.explain_button.setAccessibleDescription("Every point lost, per network, with the finding that cost it")
        self.explain_button.setEnabled(False)
        self.explain_button.clicked.connect(self._on_explain)
        layout.addWidget(self.score_label)
        layout.addSpacing(16)
        layout.addWidget(self.subtitle_label, 1)
        layout.addWidget(self.explain_button)

    def show_report(self, report: AuditReport | None) -> None:
        self._report = report
        if report is None:
            self.score_label.setText(NO_AUDIT)
            self.subtitle_label.setText("")
            self.explain_button.setEnabled(False)
            return
        self.score_label.setText(score_headline(report))
        per_network = ""
        if report.score_card and len(report.score_card.by_network) > 1:
            per_network = " · " + ", ".join(f"{n.label} {score}" for n, score in report.score_card.by_network)
        count = len(report.findings)
        subtitle = (
            f"Audited {report.audited_at.astimezone():%Y-%m-%d %H:%M} · "
            f"{count} finding{'' if count == 1 else 's'}{per_network}"
        )
        self.subtitle_label.setText(
            not_audited_reason(report, headline_says_it=True) if report.score is None else subtitle
        )
        self.explain_button.setEnabled(report.score_card is not None)

    def explanation(self) -> str:
        return score_explanation(self._report) if self._report is not None else ""

    def _on_explain(self) -> None:
        # A scrolling text, not a message box: with many findings a message box grows past the screen.
        # Its classes load with the first one shown, not with the window.
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

        dialog = QDialog(self)
        dialog.setWindowTitle("Why this score?")
        layout = QVBoxLayout(dialog)
        text = QPlainTextEdit(self.explanation())
        text.setReadOnly(True)
        text.setAccessibleName("Every point lost, per network")
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 480)
        dialog.exec()
