"""The drafts a person edits in the Share tab, kept as they type: nothing is lost on quit, on a crash,
when Settings are saved or another profile is opened.

A draft belongs to a suggested item and a network, or to the user's own words on that network (a text
typed from scratch, a fix from Findings, a reminder's draft). Edits are saved a moment after typing
stops, off the GUI thread; ``flush`` saves at once, for a quit or a profile change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from advocacy.domain.models import Network
from advocacy.errors import AdvocacyError
from ui.panels.composer import Composer
from ui.workers.background import run_in_background

# The user's edited drafts, by (item key, network): read them all, save one ("" drops it).
LoadDrafts = Callable[[], dict[tuple[str, Network], str]]
SaveDraft = Callable[[str, Network, str], None]
OWN_WORDS = "own-words"  # the slot of a draft that belongs to no suggested item
SAVE_AFTER_MS = 150  # after a pause in typing: short, so a crash loses at most the last keystrokes
RETRY_AFTER_MS = 5000  # a draft that could not be saved (a full disk) is tried again this often


class DraftKeeper(QObject):
    """Signals:
    problem(sentence): a draft could not be saved or read (it stays in its composer meanwhile).
    edited(): the user changed a draft.
    """

    problem = Signal(str)
    edited = Signal()

    def __init__(
        self,
        composers: Mapping[Network, Composer],
        load: LoadDrafts | None,
        save: SaveDraft | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._composers = composers
        self._load, self._save = load, save
        self._saved: dict[tuple[str, Network], str] = {}
        self._key: dict[Network, str] = {}
        self._unsaved: set[Network] = set()
        self._loading = False
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self._save_soon)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_AFTER_MS)
        self._retry.timeout.connect(self._save_soon)
        self._failing = False  # the last save failed: said once, and said again when it works
        for network, composer in composers.items():
            composer.editor.textChanged.connect(lambda network=network: self._on_edit(network))

    def is_own_words(self, network: Network) -> bool:
        return self._key.get(network, OWN_WORDS) == OWN_WORDS

    def _on_edit(self, network: Network) -> None:
        if self._loading:
            return
        self._unsaved.add(network)
        self._timer.start()
        self.edited.emit()

    def _take_pending(self) -> list[tuple[str, Network, str]]:
        pending = [(self._key.get(n, OWN_WORDS), n, self._composers[n].editor.toPlainText()) for n in self._unsaved]
        self._unsaved.clear()
        for key, network, text in pending:
            self._saved[(key, network)] = text
        return pending

    def _save_soon(self) -> None:
        save, pending = self._save, self._take_pending()
        if save is None or not pending:
            return

        def write() -> None:
            for key, network, text in pending:
                save(key, network, text)

        generation = self._generation
        networks = {network for _key, network, _text in pending}
        run_in_background(
            self,
            write,
            on_success=lambda _none: self._saved_again(),
            on_failure=lambda exc: self._failed(exc, networks, generation),
        )

    def _not_read(self, exc: BaseException) -> None:
        reason = exc.user_message if isinstance(exc, AdvocacyError) else type(exc).__name__
        self.problem.emit(f"Your saved drafts could not be read; nothing was changed. {reason}")

    def _saved_again(self) -> None:
        if self._failing:
            self._failing = False
            self.problem.emit("Your draft is saved now.")

    def _failed(self, exc: BaseException, networks: set[Network], generation: int) -> None:
        """Not saved: still to save, tried again in a moment and on quitting, never dropped."""
        if generation == self._generation:  # not for a profile since closed (its drafts were flushed)
            self._unsaved |= networks
            self._retry.start()
        if not self._failing:
            self._failing = True
            reason = exc.user_message if isinstance(exc, AdvocacyError) else type(exc).__name__
            self.problem.emit(f"Your draft is not saved yet: it stays here and is saved as soon as it can be. {reason}")

    def flush(self) -> None:
        """Save every edit now. Raises ``AdvocacyError`` when it cannot be saved (the edits stay
        to save, so a later flush tries them again)."""
        self._timer.stop()
        self._retry.stop()
        pending = self._take_pending()
        if self._save is not None:
            for at, (key, network, text) in enumerate(pending):
                try:
                    self._save(key, network, text)
                except AdvocacyError:
                    self._unsaved |= {n for _k, n, _t in pending[at:]}
                    raise

    def discard(self) -> None:
        """Forget the edits not saved yet: every draft is being deleted, and none may be written again."""
        self._timer.stop()
        self._retry.stop()
        self._unsaved.clear()
        self._saved = {}

    def _put(self, network: Network, key: str, text: str, suggested: str) -> None:
        composer = self._composers[network]
        self._loading = True
        try:
            composer.load(suggested)  # what the near-copy tip compares with
            if text != suggested:
                composer.editor.setPlainText(text)
        finally:
            self._loading = False
        self._key[network] = key

    def show_item(self, key: str, suggested: Mapping[Network, str]) -> None:
        """A suggested item was chosen: each composer shows the user's edit of it, else the suggestion."""
        self._save_soon()  # what was typed for the item before
        for network, text in suggested.items():
            self._put(network, key, self._saved.get((key, network), text), text)

    def own_words(self, network: Network, text: str) -> None:
        """Text of the user's own (a fix from Findings, a reminder's draft): kept as an edit of their words."""
        self._key[network] = OWN_WORDS
        self._composers[network].editor.setPlainText(text)

    def shared(self, network: Network) -> None:
        """The draft went out: it is kept no longer."""
        key, save = self._key.get(network, OWN_WORDS), self._save
        self._saved.pop((key, network), None)
        self._unsaved.discard(network)
        if save is not None:
            run_in_background(
                self,
                lambda: save(key, network, ""),
                on_success=lambda _none: None,
                on_failure=lambda exc: self._failed(exc, set(), self._generation),
            )

    def reset(self) -> None:
        """Another profile: empty composers, then that profile's own words back (read off the GUI thread)."""
        self._generation += 1
        self._timer.stop()
        self._retry.stop()
        self._unsaved.clear()
        self._key.clear()
        self._saved = {}
        self._loading = True
        try:
            for composer in self._composers.values():
                if composer.editor.toPlainText():  # an empty one stays untouched: counting loads heavy code
                    composer.load("")
        finally:
            self._loading = False
        if self._load is not None:
            generation = self._generation
            run_in_background(
                self,
                self._load,
                on_success=lambda saved: self._restored(saved, generation),
                on_failure=self._not_read,
            )

    def _restored(self, saved: dict[tuple[str, Network], str], generation: int) -> None:
        if generation != self._generation:
            return
        self._saved = {**saved, **self._saved}
        for network, composer in self._composers.items():
            text = saved.get((OWN_WORDS, network))
            if text and not composer.editor.toPlainText() and network not in self._unsaved:
                self._put(network, OWN_WORDS, text, "")
        self.edited.emit()
