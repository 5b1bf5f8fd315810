"""The release's desktop files agree with the app: one id everywhere, the newest release in the
metainfo is the app's version, and every package of the app goes into the bundle. Building and
running the bundle itself is .ci/run's step 6 (packaging/build-linux.sh, packaging/smoke-bundle.sh)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from advocacy import APP_NAME, DESKTOP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


def _metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{DESKTOP_ID}.metainfo.xml").getroot()


def test_the_newest_release_in_the_notes_is_this_version() -> None:
    releases = _metainfo().findall("./releases/release")
    assert releases, "the metainfo has no release notes"
    assert releases[0].get("version") == __version__
    assert releases[0].find("./description") is not None


def test_one_id_for_the_desktop_entry_the_metainfo_and_the_icon() -> None:
    root = _metainfo()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("./launchable") == f"{DESKTOP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(LINUX / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Icon"] == DESKTOP_ID
    assert entry["Desktop Entry"]["Exec"].split()[0] == "advocacy" == root.findtext("./provides/binary")


def test_the_bundle_takes_every_package_of_the_app() -> None:
    spec = (ROOT / "packaging" / "advocacy.spec").read_text(encoding="utf-8")
    packages = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()} - {"tests", "benchmarks", "resources"}
    assert packages == {"advocacy", "checks", "cli", "ui"}
    for package in packages:
        assert f'"{package}"' in spec, f"packaging/advocacy.spec does not collect {package}"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{DESKTOP_ID}.desktop")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{DESKTOP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_the_app_finds_its_files_beside_the_resources_package_as_the_bundle_lays_them_out() -> None:
    """resources.folder() is the package's own folder: the spec copies resources/ to the bundle's
    "resources", beside which PyInstaller says the frozen package is, so the icon, the sample, the
    dictionaries and the fonts are found in the bundle as in a checkout or a wheel."""
    import resources

    spec = (ROOT / "packaging" / "advocacy.spec").read_text(encoding="utf-8")
    assert 'datas = [(str(ROOT / "resources"), "resources")]' in spec
    assert resources.folder() == ROOT / "resources"
    for wanted in (("icons", "advocacy.svg"), ("sample", "profile.toml"), ("fonts",), ("dictionaries",)):
        assert resources.folder(*wanted).exists(), wanted
