"""A profile file that cannot be used at start: the dialog says why, and the window keeps saying it
(the sample must never pass for the person's profile), until they correct the file or set up anew."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

import checks
from advocacy.paths import saved_profile_path
from cli.args import build_parser
from ui.app import first_window


def test_the_window_keeps_saying_the_profile_file_could_not_be_used(qtbot: QtBot) -> None:
    target = saved_profile_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text('[me]\nname = "Sam Local"\n[me.accounts\n', encoding="utf-8")  # cut short
    said: list[str] = []
    window = first_window(
        build_parser([]).parse_args([]),
        rules=checks.default_rules(),
        scorer=checks.score_card,
        say_error=lambda _parent, exc: said.append(str(exc)),  # the start-up dialog, answered
    )
    qtbot.addWidget(window)
    assert len(said) == 1 and "profile.toml" in said[0]
    assert not window.store_notice.isHidden()
    notice = window.store_notice.label.text()
    assert notice.startswith("Your profile file could not be used, so the sample is shown: ")
    assert "Set up my profile" in notice and window.windowTitle().endswith("(sample)")
    assert target.read_text(encoding="utf-8").startswith('[me]\nname = "Sam Local"')  # left as it was


def test_a_usable_profile_opens_without_a_notice(qtbot: QtBot) -> None:
    from advocacy.domain.profile import Accounts, Me, ProfileConfig
    from advocacy.profile_file import save_profile

    save_profile(
        ProfileConfig(me=Me(name="Sam", accounts=Accounts(mastodon="@sam@social.example"))), saved_profile_path()
    )
    window = first_window(
        build_parser([]).parse_args([]),
        rules=checks.default_rules(),
        scorer=checks.score_card,
        say_error=lambda _parent, exc: (_ for _ in ()).throw(AssertionError(str(exc))),
    )
    qtbot.addWidget(window)
    assert window.store_notice.isHidden() and window.windowTitle() == "Advocacy — Sam"
