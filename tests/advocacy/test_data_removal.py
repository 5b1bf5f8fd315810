"""Delete all my data: the list shown is exactly what goes, folders and keyring entries alike, and a
keyring that cannot be reached never keeps the files."""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import replace
from pathlib import Path

import keyring.backends.fail
import pytest

from advocacy.credentials import LANGUAGETOOL, CredentialStore
from advocacy.domain.housekeeping import KeyringEntry
from advocacy.domain.models import Network
from advocacy.domain.profile import Accounts, ProfileConfig
from advocacy.logging_setup import configure_logging
from advocacy.paths import app_folders, http_cache_path
from advocacy.workspace import Workspace, import_company_file
from tests.keyring_memory import MemoryKeyring


def _someones_data(tmp_path: Path, suffix: str, credentials: CredentialStore | None = None) -> Workspace:
    """A saved profile with three accounts that take a secret, an imported company file, words, a
    history with a draft, the HTTP cache and the log: every folder the app writes."""
    company = tmp_path / "company.toml"
    company.write_text('[company]\nname = "Acme"\n', encoding="utf-8")
    copy, _ = import_company_file(company)
    config = ProfileConfig(
        me=replace(
            ProfileConfig().me,
            name="Sam",
            accounts=Accounts(
                mastodon=f"@sam{suffix}@social.example", bluesky=f"sam{suffix}.example", github=f"sam{suffix}"
            ),
        ),
        audit=replace(ProfileConfig().audit, languagetool_url="https://api.languagetoolplus.com"),
        company_file=copy,
    )
    workspace = Workspace.open(ProfileConfig(), is_sample=False, credentials=credentials).saved_as_own(config)
    workspace.add_my_words(["Rivera"])
    workspace.save_draft("item", Network.MASTODON, "my draft")
    http_cache_path().write_bytes(b"cached")
    handler = configure_logging()
    logging.getLogger("test").info("a line in the log")
    logging.getLogger().removeHandler(handler)
    handler.close()
    return workspace


@pytest.mark.secret_service
def test_every_listed_folder_and_keyring_entry_is_deleted(tmp_path: Path) -> None:
    """Against gnome-keyring (.ci/run starts one), including a token kept for an account the profile
    no longer names, which only a search of the keyring finds."""
    credentials = CredentialStore()
    if "SecretService" not in credentials.backend_name():
        if os.environ.get("REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail(f"a Secret Service was required but the keyring offers: {credentials.backend_name()}")
        pytest.skip("no Secret Service on this machine")
    suffix = uuid.uuid4().hex[:6]
    workspace = _someones_data(tmp_path, suffix, credentials)
    kept = [
        (Network.MASTODON.value, f"@sam{suffix}@social.example"),
        (Network.BLUESKY.value, f"sam{suffix}.example"),
        (Network.BLUESKY.value, f"sam{suffix}.example (session)"),
        (Network.MASTODON.value, f"@old{suffix}@social.example"),  # an account since replaced in the profile
        (LANGUAGETOOL, "api_key"),
    ]
    for service, account in kept:
        credentials.set(service, account, f"secret-{uuid.uuid4().hex}")
    plan = workspace.data_to_delete()
    assert plan.keyring_problem is None
    listed = {(e.service, e.account) for e in plan.entries}
    assert set(kept) <= listed
    names = {e.name for e in plan.entries}
    assert {
        f"Mastodon token for @sam{suffix}@social.example",
        f"Bluesky app password for sam{suffix}.example",
        f"Bluesky sign-in session for sam{suffix}.example",
        f"Mastodon token for @old{suffix}@social.example",
        "LanguageTool API key",
    } <= names
    folders = {folder.path for folder in plan.folders}
    assert folders == set(app_folders().values())
    text = "\n".join(plan.lines())
    assert "your profile" in text and "the company file you imported" in text and "your own words" in text
    assert "your history" in text and "the log" in text and "copies of pages" in text

    outcome = workspace.delete_all_data(plan)
    assert outcome.complete, outcome.sentences()
    assert not any(path.exists() for path in app_folders().values())
    fresh = CredentialStore()
    assert all(fresh.get(service, account) is None for service, account in listed)
    assert fresh.stored_accounts([s for s, _ in kept]) == {s: () for s, _ in kept}
    assert outcome.sentences() == [f"Deleted 4 folders and {len(listed)} keyring entries."]
    assert Workspace.open(ProfileConfig(), is_sample=False).data_to_delete().empty


def test_without_a_keyring_the_files_go_and_the_entries_left_are_named(tmp_path: Path) -> None:
    credentials = CredentialStore(backend=keyring.backends.fail.Keyring())
    workspace = _someones_data(tmp_path, "", credentials)
    plan = workspace.data_to_delete()
    assert plan.keyring_problem == "no system keyring is available on this computer."
    assert [e.name for e in plan.entries] == [
        "Mastodon token for @sam@social.example",
        "Bluesky app password for sam.example",
        "Bluesky sign-in session for sam.example",
        "GitHub token for sam",
        "LanguageTool username",
        "LanguageTool API key",
    ]
    lines = plan.lines()
    heading = lines.index(
        "The keyring could not be checked: no system keyring is available on this computer. "
        "If it holds them, these entries:"
    )
    assert lines[heading + 1] == "• Mastodon token for @sam@social.example"  # named as what may be there
    outcome = workspace.delete_all_data(plan)
    assert not any(path.exists() for path in app_folders().values())
    assert outcome.removed and outcome.entries_left == plan.entries and not outcome.entries_removed
    # what could not be checked is no all-clear: the person is told what may be left
    assert not outcome.complete
    said = outcome.sentences()
    assert said[0] == "Deleted 4 folders."
    assert said[1].startswith(
        "The keyring could not be checked (no system keyring is available on this computer): if it holds "
    )
    assert "Mastodon token for @sam@social.example" in said[1] and 'start with "advocacy:".' in said[1]


def test_a_keyring_that_cannot_be_searched_is_asked_account_by_account(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    workspace = _someones_data(tmp_path, "")
    CredentialStore().set(Network.GITHUB, "sam", "ghp_x")
    memory_keyring.entries[("unrelated-app", "sam")] = "not ours"
    plan = workspace.data_to_delete()
    assert plan.entries == (KeyringEntry("github", "sam", "GitHub token for sam"),)
    assert workspace.delete_all_data(plan).complete
    assert memory_keyring.entries == {("unrelated-app", "sam"): "not ours"}  # only the app's own


def test_a_file_that_cannot_be_deleted_is_named(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    workspace = _someones_data(tmp_path, "")
    locked = app_folders()["config"] / "exports"
    (locked / "inner").mkdir(parents=True)
    (locked / "inner" / "kept.csv").write_text("x", encoding="utf-8")
    os.chmod(locked / "inner", 0o500)
    try:
        if os.access(locked / "inner", os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        outcome = workspace.delete_all_data(workspace.data_to_delete())
    finally:
        os.chmod(locked / "inner", 0o700)
    assert not outcome.complete
    assert [path.name for path, _why in outcome.not_removed] == ["kept.csv"]
    assert "could not be deleted" in outcome.sentences()[1] and "Permission denied" in outcome.sentences()[1]


def test_the_log_goes_on_in_a_new_file_after_everything_was_deleted(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = _someones_data(tmp_path, "")
    handler = configure_logging()
    try:
        assert workspace.delete_all_data(workspace.data_to_delete()).complete
        assert not app_folders()["logs"].exists()
        logging.getLogger("test").warning("after the deletion")
        log_file = app_folders()["logs"] / "advocacy.log"
        assert log_file.read_text(encoding="utf-8").count("\n") == 1
        assert "after the deletion" in log_file.read_text(encoding="utf-8")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert capsys.readouterr().err == ""


def test_a_mastodon_app_registration_goes_too_where_the_keyring_cannot_be_searched(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """Connect… keeps a server's app registration beside the tokens: a keyring asked entry by entry
    (macOS, Windows) must be asked for it too, and it is named for what it is."""
    import json

    workspace = _someones_data(tmp_path, "")
    server = "https://social.example"
    (app_folders()["config"] / "mastodon-apps.json").write_text(
        json.dumps({server: {"client_id": "c", "redirect_uri": "http://127.0.0.1:1/callback", "scopes": "read"}}),
        encoding="utf-8",
    )
    CredentialStore().set(Network.MASTODON, f"{server} (app)", "client-secret")
    plan = workspace.data_to_delete()
    assert KeyringEntry("mastodon", f"{server} (app)", f"Mastodon app registration on {server}") in plan.entries
    assert workspace.delete_all_data(plan).complete
    assert ("advocacy:mastodon", f"{server} (app)") not in memory_keyring.entries
