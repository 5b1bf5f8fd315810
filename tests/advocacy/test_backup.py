"""Back up on one computer, restore on another: two ADVOCACY_HOMEs stand for the two computers.

Everything is real: the profile and company files on disk, the SQLite store written by the app's own
code, the ZIP as the app writes it. A backup that cannot be restored is refused with nothing changed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest

from advocacy.backup import BackupFailed
from advocacy.domain.models import AuditReport, Network
from advocacy.domain.profile import Accounts, ProfileConfig
from advocacy.paths import app_folders, config_dir, database_path, saved_profile_path
from advocacy.restore import BackupRefused
from advocacy.sample import load_sample_profile
from advocacy.storage import Store
from advocacy.workspace import Workspace, import_company_file, load_profile_file

COMPANY_FILE = '[company]\nname = "Acme Widgets"\ndomains = ["acme.example"]\nhashtags = ["AcmeWidgets"]\n'


@pytest.fixture(scope="module")
def sample_report() -> AuditReport:
    import checks

    return Workspace.sample(rules=checks.DEFAULT_RULES, scorer=checks.score_card).run_audit()


def _files(home: Path) -> dict[str, bytes]:
    """Every file under ``home`` and its bytes: what "nothing changed" is checked against."""
    return {str(p.relative_to(home)): p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file()}


def _first_computer(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, report: AuditReport) -> Workspace:
    """A person's data as the app keeps it: a saved profile naming an imported company file, an export
    copied into the app's folder and one left in Downloads; two audits, a dismissal, drafts, words."""
    monkeypatch.setenv("ADVOCACY_HOME", str(home))
    download = tmp_path / "acme-company.toml"
    download.write_text(COMPANY_FILE, encoding="utf-8")
    company_copy, _company = import_company_file(download)
    inside = config_dir() / "exports" / "linkedin-export"
    shutil.copytree(Path(str(resources.files("resources") / "sample" / "linkedin-export")), inside)
    outside = tmp_path / "Downloads" / "x-archive"
    shutil.copytree(Path(str(resources.files("resources") / "sample" / "x-archive")), outside)
    sample = load_sample_profile()
    config = replace(
        sample,
        me=replace(
            sample.me,
            accounts=Accounts(mastodon="@sam@social.example", linkedin_export=str(inside), x_archive=str(outside)),
        ),
        company_file=company_copy,
    )
    workspace = Workspace.open(ProfileConfig(), is_sample=False).saved_as_own(config)
    store = workspace.store
    store.save_audit(report)
    store.save_audit(replace(report, audited_at=datetime.now(UTC)))
    workspace.dismiss(report.findings[0])
    workspace.save_draft("https://acme.example/blog/1", Network.MASTODON, "A draft I wrote myself")
    workspace.save_draft("own-words", Network.BLUESKY, "Another one")
    workspace.add_my_words(["WidgetOS", "Rivera"])
    return workspace


def test_a_backup_restored_on_another_computer_keeps_everything_and_fixes_its_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_report: AuditReport
) -> None:
    first = _first_computer(tmp_path / "laptop", monkeypatch, tmp_path, sample_report)
    history, dismissed = first.history(), first.dismissals()
    drafts, words = first.drafts(), first.my_words()
    progress: list[tuple[int, int]] = []
    target = tmp_path / "usb" / "sam.advocacy-backup"
    target.parent.mkdir()
    made = first.backup(target, on_progress=lambda done, total: progress.append((done, total)))
    assert made.who == "Sam Rivera" and made.audits == 2 and made.dismissed == 1 and made.drafts == 2
    assert made.words == 2 and made.company == "Acme Widgets" and made.exports == ("LinkedIn data export",)
    assert progress and progress[-1][0] == progress[-1][1]
    assert target.stat().st_mode & 0o077 == 0  # what was shared and where is the person's alone
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert not [n for n in archive.namelist() if "token" in n.lower()]
    assert manifest["kind"] == "advocacy-backup" and manifest["format"] == 1 and manifest["counts"]["audits"] == 2
    assert {h["what"] for h in manifest["holds"]} == {"profile", "company_file", "words", "history", "export"}

    # The other computer: its own folders; the export left in Downloads did not come along.
    desktop = tmp_path / "desktop"
    monkeypatch.setenv("ADVOCACY_HOME", str(desktop))
    shutil.rmtree(tmp_path / "Downloads")
    second = Workspace.open(ProfileConfig(), is_sample=False)
    shown = second.inspect_backup(target)
    assert shown.replaces == () and "Sam Rivera's profile" in shown.lines()[1]
    assert _files(desktop) == {}  # looking inside wrote nothing
    outcome = second.restore_backup(target)

    config = load_profile_file(saved_profile_path())  # it loads: the company file is found in the new folder
    assert config.company_file == str(desktop / "config" / "company.toml")
    assert config.company.name == "Acme Widgets"
    assert config.me.accounts.get(Network.LINKEDIN) == str(desktop / "config" / "exports" / "linkedin-export")
    assert (desktop / "config" / "exports" / "linkedin-export" / "Profile.csv").is_file()
    gone = str(tmp_path / "Downloads" / "x-archive")
    assert config.me.accounts.get(Network.X) == gone  # kept as written, never dropped
    assert outcome.moved == 2 and [(m.what, m.path) for m in outcome.missing] == [("the X archive", gone)]
    said = " ".join(outcome.sentences())
    assert gone in said and "Settings" in said and "connect your accounts again" in said
    restored = Workspace.open(config, is_sample=False, path=saved_profile_path())
    assert [(h.id, h.audited_at, h.score) for h in restored.history()] == [
        (h.id, h.audited_at, h.score) for h in history
    ]
    assert restored.dismissals() == dismissed and restored.drafts() == drafts and restored.my_words() == words
    assert restored.latest_audit() == first.latest_audit()


def test_restoring_sets_aside_what_it_replaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_report: AuditReport
) -> None:
    first = _first_computer(tmp_path / "laptop", monkeypatch, tmp_path, sample_report)
    target = tmp_path / "sam.advocacy-backup"
    first.backup(target)
    # The other computer already has its own profile, history and words.
    monkeypatch.setenv("ADVOCACY_HOME", str(tmp_path / "desktop"))
    here = Workspace.open(ProfileConfig(), is_sample=False).saved_as_own(
        ProfileConfig(me=replace(ProfileConfig().me, name="Jo", accounts=Accounts(github="jo")))
    )
    here.store.save_audit(sample_report)
    here.add_my_words(["Jo"])
    profile_before = saved_profile_path().read_text(encoding="utf-8")
    assert here.inspect_backup(target).replaces == (
        "your profile",
        "your history (audits, shares, dismissed findings, drafts)",
        "your own words",
    )
    outcome = here.restore_backup(target, on_progress=None)
    names = sorted(p.name for p in outcome.set_aside)
    assert [n.split(".before-restore-")[0] for n in names] == ["advocacy.sqlite3", "my-words.txt", "profile.toml"]
    aside = {p.name.split(".before-restore-")[0]: p for p in outcome.set_aside}
    assert aside["profile.toml"].read_text(encoding="utf-8") == profile_before
    assert "Jo" in aside["my-words.txt"].read_text(encoding="utf-8")
    assert len(Store(aside["advocacy.sqlite3"]).history()) == 1  # the history from before, whole
    assert len(Store(database_path()).history()) == 2
    assert "kept beside it" in " ".join(outcome.sentences())


def _refused(source: Path, home: Path) -> str:
    before = _files(home)
    workspace = Workspace.open(ProfileConfig(), is_sample=False)
    for attempt in (workspace.inspect_backup, workspace.restore_backup):
        with pytest.raises(BackupRefused) as caught:
            attempt(source)
        assert _files(home) == before, "a refused backup changed something"
    message = caught.value.user_message
    assert "\n" not in message and "Traceback" not in message
    return message


def _backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small real backup (a profile, words, a history) made in another home."""
    monkeypatch.setenv("ADVOCACY_HOME", str(tmp_path / "other"))
    workspace = Workspace.open(ProfileConfig(), is_sample=False).saved_as_own(
        ProfileConfig(me=replace(ProfileConfig().me, name="Sam", accounts=Accounts(github="sam")))
    )
    workspace.add_my_words(["WidgetOS"])
    workspace.save_draft("k", Network.MASTODON, "draft")
    target = tmp_path / "sam.advocacy-backup"
    workspace.backup(target)
    return target


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This computer, with a profile and words of its own that a refused restore must leave alone."""
    home = tmp_path / "here"
    monkeypatch.setenv("ADVOCACY_HOME", str(home))
    Workspace.open(ProfileConfig(), is_sample=False).saved_as_own(
        ProfileConfig(me=replace(ProfileConfig().me, name="Jo", accounts=Accounts(github="jo")))
    ).add_my_words(["Jo"])
    return home


def _rewritten(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """``source`` with members replaced (None: removed) or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in change:
                new.writestr(info, old.read(info))
        for name, data in change.items():
            if data is not None:
                new.writestr(name, data)
    return target


def test_foreign_newer_and_damaged_files_are_refused_with_nothing_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _backup(tmp_path, monkeypatch)
    home = tmp_path / "here"
    monkeypatch.setenv("ADVOCACY_HOME", str(home))
    Workspace.open(ProfileConfig(), is_sample=False).saved_as_own(
        ProfileConfig(me=replace(ProfileConfig().me, name="Jo"))
    )
    manifest = json.loads(zipfile.ZipFile(good).read("manifest.json"))

    text = tmp_path / "notes.advocacy-backup"
    text.write_text("just some notes", encoding="utf-8")
    assert "is not an Advocacy backup" in _refused(text, home)

    other_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8 not really")
    assert "ZIP file but not an Advocacy backup" in _refused(other_zip, home)

    newer = _rewritten(
        good,
        tmp_path / "newer.advocacy-backup",
        {"manifest.json": json.dumps({**manifest, "format": 2, "app_version": "9.0.0"}).encode()},
    )
    assert "newer version of Advocacy (9.0.0)" in _refused(newer, home)

    cut = tmp_path / "cut.advocacy-backup"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "is damaged" in _refused(cut, home)

    # Where a damaged byte falls decides how the unpacking fails (a bad CRC, a broken deflate stream, a
    # cut-off member), so bytes across the whole member are tried, not one lucky spot.
    for member in ("data/advocacy.sqlite3", "manifest.json"):
        with zipfile.ZipFile(good) as archive:
            info = archive.getinfo(member)
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
        for step in range(12):
            flipped = bytearray(good.read_bytes())
            flipped[start + info.compress_size * step // 12] ^= 0xFF
            damaged = tmp_path / f"flipped-{step}.advocacy-backup"
            damaged.write_bytes(bytes(flipped))
            said = _refused(damaged, home)
            assert "is damaged" in said, (member, step, said)

    escape = _rewritten(good, tmp_path / "escape.advocacy-backup", {"config/../../evil.sh": b"rm -rf ~"})
    assert "outside what a backup may hold" in _refused(escape, home)
    listed = _rewritten(
        good,
        tmp_path / "listed.advocacy-backup",
        {
            "manifest.json": json.dumps(
                {**manifest, "holds": [*manifest["holds"], {"what": "export", "path": "config/../../x"}]}
            ).encode()
        },
    )
    assert "never holds" in _refused(listed, home)

    db = tmp_path / "newer.sqlite3"
    with zipfile.ZipFile(good) as archive:
        db.write_bytes(archive.read("data/advocacy.sqlite3"))
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA user_version = 999")
    newer_db = _rewritten(good, tmp_path / "newer-db.advocacy-backup", {"data/advocacy.sqlite3": db.read_bytes()})
    assert "history written by a newer version" in _refused(newer_db, home)


def test_zip_bombs_are_refused_before_anything_is_unpacked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = _backup(tmp_path, monkeypatch)
    home = tmp_path / "here"
    monkeypatch.setenv("ADVOCACY_HOME", str(home))
    manifest = json.loads(zipfile.ZipFile(good).read("manifest.json"))
    holds = [*manifest["holds"], {"what": "export", "path": "config/zeros", "label": "X archive"}]
    bomb = _rewritten(
        good,
        tmp_path / "bomb.advocacy-backup",
        {
            "manifest.json": json.dumps({**manifest, "holds": holds}).encode(),
            "config/zeros": bytes(80 * 1024 * 1024),  # packs to about 80 KB
        },
    )
    assert "packed to a thousandth of its size" in _refused(bomb, home)
    import advocacy.restore

    monkeypatch.setattr(advocacy.restore, "MAX_UNPACKED", 1000)  # a limit a small real backup passes over
    assert "more than a backup holds" in _refused(good, home)


def test_nothing_to_back_up_and_an_unwritable_target_are_one_sentence(tmp_path: Path) -> None:
    workspace = Workspace.open(ProfileConfig(), is_sample=False)
    with pytest.raises(BackupFailed, match="nothing to back up yet"):
        workspace.backup(tmp_path / "b.advocacy-backup")
    assert workspace.nothing_to_back_up() is not None  # said before any file is asked for
    workspace.add_my_words(["Rivera"])
    assert workspace.nothing_to_back_up() is None
    with pytest.raises(BackupFailed, match=r"The folder .*no-such-folder does not exist") as caught:
        workspace.backup(tmp_path / "no-such-folder" / "b.advocacy-backup")
    assert "\n" not in caught.value.user_message
    assert not list(tmp_path.glob("*.advocacy-backup"))
    assert set(app_folders()) == {"config", "data", "cache", "logs"}
