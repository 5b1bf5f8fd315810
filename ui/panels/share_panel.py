"""Share: ranked company content and a composer per network that counts as the network counts.

Nothing is posted without a confirmation that shows the final text. Loading suggestions and posting
run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocacy.domain.models import Network
from advocacy.domain.networks import API_POSTING, POSTED_TO
from advocacy.errors import CredentialsUnavailable, MissingCredential
from ui.panels.composer import Composer
from ui.panels.draft_keeper import DraftKeeper, LoadDrafts, SaveDraft
from ui.panels.draft_spelling import CheckDraft
from ui.widgets.empty_state import EmptyState
from ui.widgets.error_reporting import AskFix, offer_accounts_and_tokens, offer_fix, show_error
from ui.widgets.safe_text import open_web_link, plain_label, tooltip
from ui.workers.background import run_in_background

if TYPE_CHECKING:  # the sharing code pulls in the HTTP stack; it loads when first used, not at start
    from advocacy.sharing.counting import Count
    from advocacy.sharing.suggest import Suggestion, Suggestions

LoadSuggestions = Callable[[], "Suggestions"]
Publish = Callable[[Network, str, str], str]  # (network, final text, item key) -> URL of the post
# (network, final text, item key, when) -> the sentence saying what will happen
Schedule = Callable[[Network, str, str, datetime], str]
AskTime = Callable[[QWidget, Network, str], "datetime | None"]
# Opens Connect… for the profile's account on a network; the sentence saying whose account it connected.
ConnectAccount = Callable[[QWidget, Network], "str | None"]
AskConnect = Callable[[QWidget, str], bool]  # (parent, the sentence) -> the person chose Connect…


def _ask_connect(parent: QWidget, sentence: str) -> bool:
    return offer_fix(parent, sentence, title="Connect your account first", action="&Connect…")


def _ask_time(parent: QWidget, network: Network, text: str) -> datetime | None:
    from ui.dialogs.schedule_dialog import ask_time  # the dialog loads when first used

    return ask_time(parent, network, text)


FIND_SOMETHING = "Press “Find something new to share” (Alt+N) for company content ranked for you."


class SharePanel(QWidget):
    """Signals:
    status_message(text): something to tell the user in the status bar.
    shared(url): a post was published.
    suggestions_loaded(count): the list was refilled.
    """

    status_message = Signal(str)
    shared = Signal(str)
    scheduled = Signal(str)  # the sentence saying when and how it will go out
    suggestions_loaded = Signal(int)

    def __init__(
        self,
        *,
        load_suggestions: LoadSuggestions,
        publish: Publish | None,
        confirm: Callable[[str, str], bool],
        count: Callable[[Network, str], Count],
        share_link: Callable[[Network, str], str],
        open_link: Callable[[str], bool] = open_web_link,
        check_draft: CheckDraft | None = None,
        schedule: Schedule | None = None,
        ask_time: AskTime | None = None,
        load_drafts: LoadDrafts | None = None,
        save_draft: SaveDraft | None = None,
        connect: ConnectAccount | None = None,
        ask_connect: AskConnect = _ask_connect,
        edit_credentials: Callable[[QWidget], None] | None = None,
        ask_fix: AskFix | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._connect, self._ask_connect = connect, ask_connect
        # File → Accounts and tokens, where a keyring that cannot keep a token is worked around.
        self._edit_credentials = edit_credentials
        self._ask_fix = ask_fix or partial(offer_accounts_and_tokens, title="Nothing was sent")
        self._drafts_io = (load_drafts, save_draft)
        self._schedule = schedule
        self._ask_time = ask_time or _ask_time
        self._load = load_suggestions
        self._publish = publish
        self._confirm = confirm
        self._count = count
        self._open_link = open_link
        self._suggestions: list[Suggestion] = []
        self._generation = 0  # bumped by reset(): an answer for an earlier profile is dropped
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        # Alt+F opens the File menu; this button takes Alt+N ("find something New").
        self.refresh_button = QPushButton("Find something &new to share")
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout.addLayout(top)
        splitter = QSplitter()
        splitter.addWidget(self._build_list())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.composers = QTabWidget()
        self.composer_for: dict[Network, Composer] = {}
        for network in POSTED_TO:
            composer = Composer(
                network,
                count=partial(count, network),
                share_link=partial(share_link, network),
                check_draft=check_draft,
            )
            self.composer_for[network] = composer
            self.composers.addTab(composer, network.label)
        self.drafts = DraftKeeper(self.composer_for, *self._drafts_io, parent=self)
        self.drafts.problem.connect(self.status_message)
        self.drafts.edited.connect(self._update_buttons)
        right_layout.addWidget(self.composers, 1)
        right_layout.addLayout(self._build_buttons())
        splitter.addWidget(right)
        layout.addWidget(splitter, 1)
        self.composers.currentChanged.connect(lambda _index: self._update_buttons())
        self._update_buttons()

    def _build_list(self) -> QWidget:
        """The suggested items, or a sentence when there are none, under what could not be read."""
        self.items = QListWidget()
        self.items.setAccessibleName("Suggested content")
        # Title, then where it comes from and why: wrapped to the column, a gap between items.
        self.items.setWordWrap(True)
        self.items.setSpacing(4)
        self.items.setAlternatingRowColors(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.currentRowChanged.connect(self._on_item_chosen)
        self.items_or_empty = EmptyState(self.items, FIND_SOMETHING)
        self.items_or_empty.show_empty()
        # The company sources that could not be read, named: the list is never taken for all there is.
        self.unread = plain_label()
        self.unread.setAccessibleName("Company sources that could not be read")
        self.unread.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.unread)
        left_layout.addWidget(self.items_or_empty, 1)
        return left

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.share_button = QPushButton("Shar&e…")  # Alt+S is the Share tab
        self.share_button.setToolTip("Post with your token or app password from the keyring (Mastodon, Bluesky)")
        self.share_button.clicked.connect(self._on_share)
        self.schedule_button = QPushButton("S&chedule…")
        self.schedule_button.setToolTip("Mastodon posts it at the time you choose; elsewhere the app reminds you")
        self.schedule_button.clicked.connect(self._on_schedule)
        self.link_button = QPushButton("Open share &link")
        self.link_button.clicked.connect(self._on_open_link)
        self.copy_button = QPushButton("C&opy")
        self.copy_button.clicked.connect(self._on_copy)
        for button in (self.share_button, self.schedule_button, self.link_button, self.copy_button):
            buttons.addWidget(button)
        return buttons

    def load_draft(self, network: Network, text: str) -> bool:
        """Put ``text`` in that network's composer and show it, as the user's own words (no suggested
        item: it is shared as itself); False if there is no composer for that network."""
        composer = self.composer_for.get(network)
        if composer is None:
            return False
        self.items.setCurrentRow(-1)
        self.drafts.own_words(network, text)
        self.composers.setCurrentWidget(composer)
        composer.editor.setFocus()
        return True

    def current(self) -> Composer:
        widget = self.composers.currentWidget()
        assert isinstance(widget, Composer)
        return widget

    def _update_buttons(self) -> None:
        # Every action works on any text: a suggested item's draft or the user's own words.
        composer = self.current()
        has_text = bool(composer.text())
        self.share_button.setEnabled(has_text and self._publish is not None and composer.network in API_POSTING)
        # A draft the network would refuse (too long, too many hashtags) is not planned for later either.
        self.schedule_button.setEnabled(self._schedule is not None and has_text and composer.fits())
        link = composer.share_link() if has_text else None
        self.link_button.setEnabled(link is not None)
        self.link_button.setToolTip(composer.link_problem if link is None and composer.link_problem else "")
        self.copy_button.setEnabled(has_text)

    def reset(self) -> None:
        """Another profile is open: nothing of the last one's company content or drafts may stay."""
        self._generation += 1
        self._suggestions = []
        self.items.clear()
        self.unread.hide()
        self.items_or_empty.show_empty(FIND_SOMETHING)
        self.drafts.reset()  # the window saved the last profile's drafts before switching
        self.refresh_button.setEnabled(True)
        self._update_buttons()

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.status_message.emit("Looking for company content…")
        generation = self._generation
        run_in_background(
            self,
            self._load,
            on_success=lambda found: self._on_loaded(found, generation),
            on_failure=lambda exc: self._on_failed(exc, generation),
        )

    def _on_loaded(self, result: Suggestions, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # loaded for a profile that is no longer open
        self.refresh_button.setEnabled(True)
        self._suggestions = list(result.items)
        self.items.clear()
        for suggestion in self._suggestions:
            item = suggestion.ranked.item
            when = f" · {item.published.astimezone():%Y-%m-%d}" if item.published else ""
            self.items.addItem(f"{item.title}\n{item.source} · {suggestion.ranked.reason}{when}")
            self.items.item(self.items.count() - 1).setToolTip(tooltip(item.url))
        self.unread.setText("\n".join(result.problems))
        self.unread.setVisible(bool(result.problems) and bool(self._suggestions))
        if self._suggestions:
            self.items_or_empty.show_view()
            self.items.setCurrentRow(0)
        elif result.problems:
            self.items_or_empty.show_empty("\n\n".join((result.summary(), *result.problems)))
        else:
            self.items_or_empty.show_empty(
                "Nothing new to share right now: everything recent was shared already, or the company's feeds "
                "had nothing. Try again later."
            )
        self.status_message.emit(result.summary())
        self.suggestions_loaded.emit(len(self._suggestions))

    def _on_failed(self, exc: BaseException, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        self.refresh_button.setEnabled(True)
        show_error(self, exc, title="Company content could not be read")

    def _on_item_chosen(self, row: int) -> None:
        if 0 <= row < len(self._suggestions):
            suggestion = self._suggestions[row]
            suggested = {}
            for network in self.composer_for:
                draft = suggestion.drafts.get(network)
                suggested[network] = draft.text if draft else suggestion.ranked.item.url
            self.drafts.show_item(self._item_key(), suggested)
        self._update_buttons()

    def _item_key(self) -> str:
        return self._suggestions[self.items.currentRow()].ranked.item.share_key

    def _on_share(self) -> None:
        composer = self.current()
        text = composer.text()
        if self._publish is None or not text or not self._count(composer.network, text).fits:
            self.status_message.emit("The draft is empty or too long for the network.")
            return
        if not self._confirm(f"Post to {composer.network.label}?", f"This will be posted publicly:\n\n{text}"):
            return
        publish, key, network = self._publish, self._key_for(composer.network, text), composer.network
        self.share_button.setEnabled(False)
        run_in_background(
            self,
            lambda: publish(network, text, key),
            on_success=lambda url: self._on_published(url, network),
            on_failure=lambda exc: self._on_publish_failed(exc, network),
        )

    def _on_schedule(self) -> None:
        composer = self.current()
        text = composer.text()
        if self._schedule is None or not text:
            self.status_message.emit("The draft is empty: there is nothing to schedule.")
            return
        at = self._ask_time(self, composer.network, text)
        if at is None:
            return
        schedule, key, network = self._schedule, self._key_for(composer.network, text), composer.network
        self.schedule_button.setEnabled(False)
        run_in_background(
            self,
            lambda: schedule(network, text, key, at),
            on_success=self._on_scheduled,
            on_failure=lambda exc: self._on_schedule_failed(exc, network),
        )

    def _key_for(self, network: Network, text: str) -> str:
        """The suggested item's key, or for a draft of one's own, a key made from its text."""
        from advocacy.workspace import share_key

        chosen = 0 <= self.items.currentRow() < len(self._suggestions) and not self.drafts.is_own_words(network)
        return share_key(network, text, self._suggestions[self.items.currentRow()].ranked.item if chosen else None)

    def _on_scheduled(self, sentence: str) -> None:
        self.schedule_button.setEnabled(True)
        self.status_message.emit(sentence)
        self.scheduled.emit(sentence)

    def _on_schedule_failed(self, exc: BaseException, network: Network | None = None) -> None:
        self.schedule_button.setEnabled(True)
        if not self._offered_connect(exc, network) and not self._offered_accounts(exc):
            show_error(self, exc, title="The post was not scheduled")

    def _offered_accounts(self, exc: BaseException) -> bool:
        """No keyring to read the token from: the sentence, with Accounts and tokens right there (a
        token for this session only). False when that would not help."""
        if self._edit_credentials is None or not isinstance(exc, CredentialsUnavailable):
            return False
        if self._ask_fix(self, exc.user_message):
            self._edit_credentials(self)
            self.status_message.emit("Nothing was sent yet: try again once the token is set.")
        return True

    def _on_published(self, url: str, network: Network | None = None) -> None:
        if network is not None:
            self.drafts.shared(network)  # the draft has done its job
        self._update_buttons()
        self.status_message.emit(f"Posted: {url}")
        self.shared.emit(url)

    def _on_publish_failed(self, exc: BaseException, network: Network | None = None) -> None:
        self._update_buttons()
        if not self._offered_connect(exc, network) and not self._offered_accounts(exc):
            show_error(self, exc, title="The post was not confirmed")

    def _offered_connect(self, exc: BaseException, network: Network | None) -> bool:
        """No token, or one the network refuses: the sentence, with Connect… right there. False when
        connecting would not help (another failure, a network that is not connected from the app)."""
        target = (exc.network or network) if isinstance(exc, MissingCredential) else None
        if self._connect is None or target is None or target.facts.connect is None:
            return False
        assert isinstance(exc, MissingCredential)
        if self._ask_connect(self, exc.user_message):
            said = self._connect(self, target)
            if said:
                self.status_message.emit(f"{said} Nothing was posted yet: share it again when you are ready.")
        return True

    def share_link(self) -> str | None:
        return self.current().share_link()

    def _on_open_link(self) -> None:
        link = self.share_link()
        if link is None:
            label = self.current().network.label
            problem = self.current().link_problem
            self.status_message.emit(problem or f"Add your {label} account to your profile to get a share link.")
        elif not self._open_link(link):
            self.status_message.emit("No web browser opened the share link; copy the draft instead.")

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.current().text())
        self.status_message.emit("Draft copied to the clipboard.")
