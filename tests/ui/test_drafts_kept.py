"""Nothing the user writes in the Share tab is lost: not on quit, not when Settings are saved (another
profile), and every action works on the user's own words, not only on suggested items."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from advocacy.domain.models import Network
from tests.ui.windows import app_window, workspace
from ui.main_window import MainWindow


def _own_profile_window(qtbot: QtBot) -> MainWindow:
    return app_window(qtbot, workspace(workspace().config, is_sample=False))


def test_an_edited_draft_survives_a_quit(qtbot: QtBot) -> None:
    window = _own_profile_window(qtbot)
    composer = window.share_panel.composer_for[Network.MASTODON]
    composer.editor.setPlainText("My own words about WidgetOS 5 (I work at Acme)")
    window.close()  # quitting saves what is being edited, without asking
    again = _own_profile_window(qtbot)
    restored = again.share_panel.composer_for[Network.MASTODON].editor
    qtbot.waitUntil(lambda: restored.toPlainText() == "My own words about WidgetOS 5 (I work at Acme)")


def test_an_edited_draft_survives_saving_the_settings(qtbot: QtBot) -> None:
    window = _own_profile_window(qtbot)
    window.share_panel.composer_for[Network.BLUESKY].editor.setPlainText("Words typed before Settings")
    config = window.workspace.config
    window._switch_to(window.workspace.with_profile(replace(config, me=replace(config.me, name="Sam R."))))
    editor = window.share_panel.composer_for[Network.BLUESKY].editor
    qtbot.waitUntil(lambda: editor.toPlainText() == "Words typed before Settings")


def test_every_action_works_on_the_users_own_words(qtbot: QtBot) -> None:
    window = _own_profile_window(qtbot)
    panel = window.share_panel
    panel.composers.setCurrentWidget(panel.composer_for[Network.MASTODON])
    assert not panel.copy_button.isEnabled()  # nothing to act on yet
    assert window.share_panel.load_draft(Network.MASTODON, "A fix from Findings, in my words")
    assert panel.items.currentRow() == -1  # no suggested item: it is shared as itself
    for button in (panel.share_button, panel.copy_button, panel.link_button, panel.schedule_button):
        assert button.isEnabled(), button.text()


def test_a_draft_that_cannot_be_saved_yet_is_saved_once_it_can_be(qtbot: QtBot) -> None:
    from advocacy.errors import StorageError
    from ui.panels import draft_keeper
    from ui.panels.share_panel import SharePanel

    sample = workspace()
    disk_full = [True]
    saved: dict[tuple[str, Network], str] = {}

    def save(key: str, network: Network, text: str) -> None:
        # The store's own full-disk sentence is tested in test_store_damage; here, only what the
        # Share tab does with it: a save that fails until space comes back.
        if disk_full[0]:
            raise StorageError("The app could not save to …/data: the disk is full.")
        saved[(key, network)] = text

    panel = SharePanel(
        load_suggestions=sample.suggestions,
        publish=None,
        confirm=lambda _title, _question: False,
        count=sample.count,
        share_link=sample.share_link,
        load_drafts=dict,
        save_draft=save,
    )
    qtbot.addWidget(panel)
    panel.drafts._retry.setInterval(50)  # RETRY_AFTER_MS, shortened for the test
    assert draft_keeper.RETRY_AFTER_MS >= 1000
    said: list[str] = []
    panel.status_message.connect(said.append)
    panel.load_draft(Network.MASTODON, "Draft on a full disk")
    panel.composer_for[Network.MASTODON].editor.setPlainText("Draft on a full disk, edited")
    qtbot.waitUntil(lambda: any(s.startswith("Your draft is not saved yet") for s in said))
    assert said[0].startswith("Your draft is not saved yet: it stays here and is saved as soon as it can be.")
    qtbot.wait(200)  # retried meanwhile, still failing: said once, not every time
    assert sum(s.startswith("Your draft is not saved yet") for s in said) == 1
    disk_full[0] = False  # space is back
    qtbot.waitUntil(lambda: "Your draft is saved now." in said)
    assert saved[(draft_keeper.OWN_WORDS, Network.MASTODON)] == "Draft on a full disk, edited"


def test_a_flush_that_fails_keeps_the_draft_to_save_at_the_next_one(qtbot: QtBot) -> None:
    from advocacy.errors import StorageError
    from ui.panels.share_panel import SharePanel

    sample = workspace()
    attempts: list[str] = []

    def save(_key: str, _network: Network, text: str) -> None:
        attempts.append(text)
        if len(attempts) == 1:
            raise StorageError("The disk is full.")

    panel = SharePanel(
        load_suggestions=sample.suggestions,
        publish=None,
        confirm=lambda _title, _question: False,
        count=sample.count,
        share_link=sample.share_link,
        save_draft=save,
    )
    qtbot.addWidget(panel)
    panel.load_draft(Network.BLUESKY, "Typed just before quitting")
    panel.composer_for[Network.BLUESKY].editor.setPlainText("Typed just before quitting!")
    with pytest.raises(StorageError):
        panel.drafts.flush()  # quitting on a full disk: the window asks before losing it
    panel.drafts.flush()  # space came back: quitting again saves it
    assert attempts == ["Typed just before quitting!", "Typed just before quitting!"]
