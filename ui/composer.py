"""A draft for one network, counted as that network counts, with tips and typos underlined."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from advocacy.domain.models import Network
from checks.accessibility import mostly_emoji
from ui.draft_spelling import CheckDraft, DraftSpelling
from ui.safe_text import plain_label


class DraftEditor(QPlainTextEdit):
    """A draft that only ever holds what was typed: an Alt+letter that is no shortcut does not type
    the letter into a post that may be published (X11 delivers it as text). Ctrl+Alt stays, since
    that is AltGr (how @ or € are typed) on Windows."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers()
        alt = bool(modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier))
        if alt and not modifiers & Qt.KeyboardModifier.ControlModifier and event.text():
            event.ignore()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """One network's draft: counted as the network counts, with its tips and typos underlined."""

    def __init__(
        self,
        network: Network,
        *,
        limit: Callable[[], int | None] | None = None,
        check_draft: CheckDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.network = network
        self._limit = limit  # the instance's own limit, when the network has one
        self.suggested = ""
        layout = QVBoxLayout(self)
        self.editor = DraftEditor()
        self.editor.setAccessibleName(f"Draft for {network.label}")
        self.count_label = plain_label()
        self.notice_label = plain_label()
        self.typo_label = plain_label()
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.typo_label)
        layout.addWidget(self.notice_label)
        self.editor.textChanged.connect(self.recount)
        self.spelling = DraftSpelling(self.editor, check_draft) if check_draft is not None else None
        if self.spelling is not None:
            self.spelling.checked.connect(self._show_typo_count)

    def _show_typo_count(self, count: int) -> None:
        if count == 0:
            self.typo_label.setText("")
            return
        noun = "possible typo" if count == 1 else "possible typos"
        self.typo_label.setText(f"{count} {noun} underlined: right-click (or the menu key) for fixes.")

    def load(self, text: str) -> None:
        self.suggested = text
        self.editor.setPlainText(text)

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def recount(self) -> None:
        from advocacy.sharing.counting import count, linkedin_fold
        from advocacy.sharing.drafts import near_copy

        text = self.text()
        counted = count(self.network, text, mastodon_limit=self._limit() if self._limit else None)
        state = counted.state  # the core's wording: which limit is exceeded, and by how much
        extra = f" · {counted.extra}" if counted.extra else ""
        self.count_label.setText(f"{counted.length} / {counted.limit} {counted.unit} — {state}{extra}")
        notes = []
        if text and near_copy(text, self.suggested):
            notes.append(
                "Tip: this is nearly the suggested text. Add a line of your own: it reads far better than "
                "the same post from every colleague."
            )
        if self.network is Network.LINKEDIN and text:
            fold = linkedin_fold(text)
            if fold < len(text):
                notes.append(f"Shown before “…more”: {text[:fold]}")
        if mostly_emoji(text):
            notes.append(
                "Tip: this is mostly emoji, and a screen reader reads out the name of each one; say it in words."
            )
        self.notice_label.setText("\n".join(notes))

    def share_link(self, mastodon_instance: str | None) -> str | None:
        """The network's own share page with this draft filled in; None where there is none."""
        from advocacy.sharing.intents import share_url

        try:
            return share_url(self.network, self.text(), mastodon_instance=mastodon_instance)
        except ValueError:
            return None
