"""What a first-time user hit: dialogs taller than a laptop screen, and Alt+letters typed into a
draft that may be published."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from advocacy.domain.models import Network
from advocacy.sample import load_sample_profile
from tests.ui.windows import app_window
from ui.dialogs.setup_dialog import SetupDialog

LAPTOP_HEIGHT = 768 - 48  # a 1366×768 screen, less a panel


def test_the_setup_form_fits_a_laptop_screen_and_keeps_its_buttons_in_view(qtbot: QtBot) -> None:
    for initial in (None, load_sample_profile()):
        dialog = SetupDialog(initial=initial)
        qtbot.addWidget(dialog)
        dialog.show()
        screen = dialog.screen().availableGeometry()
        assert dialog.height() <= screen.height()  # never past the screen it opens on
        assert dialog.minimumSizeHint().height() <= LAPTOP_HEIGHT  # and it can be as short as a laptop's
        assert dialog.height() >= min(screen.height() - 60, 400)  # as tall as the screen allows, not a slot
        # The buttons and the error line are outside the scrolling form: always on screen.
        assert dialog.form_scroll.isAncestorOf(dialog.name)
        assert not dialog.form_scroll.isAncestorOf(dialog.save_button)
        assert not dialog.form_scroll.isAncestorOf(dialog.error_label)


def test_a_problem_scrolls_its_field_into_view_and_the_form_does_not_move(qtbot: QtBot) -> None:
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.save_button.geometry()
    dialog.languagetool.setText("ftp://nope")
    dialog.account_edits[Network.MASTODON].setText("@sam@social.example")
    dialog.try_accept()
    assert dialog.result() == 0 and "LanguageTool server" in dialog.error_label.text()
    assert dialog.save_button.geometry() == before  # the error line had its room already
    viewport = dialog.form_scroll.viewport()
    top_left = dialog.languagetool.mapTo(viewport, dialog.languagetool.rect().topLeft())
    assert 0 <= top_left.y() <= viewport.height()  # scrolled to, not hidden below


def test_an_alt_letter_that_is_no_shortcut_never_types_into_a_draft(qtbot: QtBot) -> None:
    window = app_window(qtbot)
    window.show()
    composer = window.share_panel.composer_for[Network.MASTODON]
    composer.editor.setPlainText("Great talk!")
    composer.editor.setFocus()
    composer.editor.moveCursor(composer.editor.textCursor().MoveOperation.End)
    for key in (Qt.Key.Key_Z, Qt.Key.Key_Q, Qt.Key.Key_X):
        QTest.keyClick(composer.editor, key, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(composer.editor, Qt.Key.Key_A)  # plain typing still types
    assert composer.editor.toPlainText() == "Great talk!a"
