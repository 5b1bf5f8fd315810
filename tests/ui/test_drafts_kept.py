"""Nothing the user writes in the Share tab is lost: not on quit, not when Settings are saved (another
profile), and every action works on the user's own words, not only on suggested items."""

from __future__ import annotations

from dataclasses import replace

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
