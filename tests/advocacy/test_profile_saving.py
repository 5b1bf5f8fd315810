"""Saving a profile never destroys one: a damaged file is kept aside, an unwritable place is one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy.domain.profile import Me, ProfileConfig
from advocacy.errors import StorageError
from advocacy.paths import saved_profile_path
from advocacy.profile_file import keep_damaged_profile, load_profile, save_profile
from advocacy.workspace import Workspace


def test_saving_over_a_damaged_profile_keeps_it_aside_and_says_so_once() -> None:
    target = saved_profile_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    damaged = b'[me]\nname = "Sam Local"\n[me.accounts]\nmastodon = "@sam@social.exa'  # cut short
    target.write_bytes(damaged)
    saved = Workspace.sample().saved_as_own(ProfileConfig(me=Me(name="Sam")))
    assert load_profile(target).me.name == "Sam"
    [kept] = target.parent.glob("profile.toml.damaged-*")
    assert kept.read_bytes() == damaged  # every byte the person had, beside the new file
    said = saved.notices()
    assert len(said) == 1 and str(kept) in said[0] and said[0].startswith("Your profile file could not be read")
    assert saved.notices() == []  # said once


def test_a_readable_profile_is_replaced_without_a_copy() -> None:
    target = saved_profile_path()
    save_profile(ProfileConfig(me=Me(name="Before")), target)
    assert keep_damaged_profile(target) is None
    saved = Workspace.sample().saved_as_own(ProfileConfig(me=Me(name="After")))
    assert load_profile(target).me.name == "After" and list(target.parent.glob("*.damaged-*")) == []
    assert saved.notices() == []


def test_a_profile_that_cannot_be_written_is_one_sentence_and_the_file_is_unchanged(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageError, match=r"^Your profile could not be saved to .*the file there is unchanged\.$"):
        save_profile(ProfileConfig(me=Me(name="Sam")), blocked / "profile.toml")
    folder_in_the_way = tmp_path / "profile.toml"
    folder_in_the_way.mkdir()
    with pytest.raises(StorageError, match="could not be saved"):
        save_profile(ProfileConfig(me=Me(name="Sam")), folder_in_the_way)
    assert folder_in_the_way.is_dir() and list(tmp_path.glob(".profile-*")) == []  # no half-written file left
