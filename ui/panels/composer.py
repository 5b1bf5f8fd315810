"""A draft for one network, counted as that network counts, with tips and typos underlined."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from advocacy.domain.models import Network
from advocacy.errors import NoShareLink
from checks.accessibility import mostly_emoji
from ui.panels.draft_spelling import CheckDraft, DraftSpelling
from ui.widgets.safe_text import plain_label

if TYPE_CHECKING:
    from advocacy.sharing.counting import Count


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
        count: Callable[[str], Count],
        share_link: Callable[[str], str] | None = None,
        check_draft: CheckDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.network = network
        self._count = count  # as the network counts, against this account's own limit
        self._share_link = share_link
        self.link_problem = ""  # why the last share_link() gave none, in one sentence
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

    def fits(self) -> bool:
        """The network would take this draft as it is (not empty, not too long, no refused character)."""
        return self._count(self.text()).fits

    def recount(self) -> None:
        from advocacy.workspace import near_copy, tracking_note

        text = self.text()
        counted = self._count(text)
        state = counted.state  # the core's wording: which limit is exceeded, and by how much
        extra = f" · {counted.extra}" if counted.extra else ""
        self.count_label.setText(f"{counted.length} / {counted.limit} {counted.unit} — {state}{extra}")
        notes = []
        if text and near_copy(text, self.suggested):
            notes.append(
                "Tip: this is nearly the suggested text. Add a line of your own: it reads far better than "
                "the same post from every colleague."
            )
        if text and counted.fold is not None and counted.fold < len(text):
            notes.append(f"Shown before “…more”: {text[: counted.fold]}")
        tracked = tracking_note(text)
        if tracked:
            notes.append(tracked)
        if mostly_emoji(text):
            notes.append(
                "Tip: this is mostly emoji, and a screen reader reads out the name of each one; say it in words."
            )
        self.notice_label.setText("\n".join(notes))

    def share_link(self) -> str | None:
        """The network's own share page with this draft filled in; None where there is none (or the
        profile does not say which server)."""
        self.link_problem = ""
        if self._share_link is None:
            return None
        try:
            return self._share_link(self.text())
        except NoShareLink as exc:
            self.link_problem = str(exc)
            return None
        except ValueError:
            return None
