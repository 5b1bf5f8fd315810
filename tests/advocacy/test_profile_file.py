"""The profile file: good files load, bad files get one clear sentence naming file and key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from advocacy.domain.models import Network
from advocacy.errors import InvalidProfileFile
from advocacy.profile_file import load_profile, save_profile
from advocacy.sample import sample_profile_path

README = Path(__file__).resolve().parents[2] / "README.md"


def _write(tmp_path: Path, text: str, name: str = "profile.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_readme_example_is_a_valid_complete_profile(tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    example = next(b for b in blocks if "[me.accounts]" in b)
    config = load_profile(_write(tmp_path, example))
    assert config.me.name and config.company.name
    assert (config.me.accounts.get(Network.MASTODON) or "").startswith("@")
    assert config.company.feeds and config.company.disclosures
    assert (config.endpoints.get(Network.MASTODON) or "http").startswith("http")


def test_the_bundled_sample_loads() -> None:
    config = load_profile(sample_profile_path())
    assert config.me.accounts.get(Network.MASTODON) == "@sam@social.example"
    assert config.company.name == "Acme Widgets"


def test_company_file_handed_out_by_communications(tmp_path: Path) -> None:
    _write(tmp_path, '[company]\nname = "Acme"\ndomains = ["acme.example"]\n', "acme.toml")
    path = _write(tmp_path, 'company_file = "acme.toml"\n[me]\nname = "Ada"\n')
    config = load_profile(path)
    assert config.company.name == "Acme" and config.company.domains == ("acme.example",)
    assert config.company_file == str(tmp_path / "acme.toml")  # resolved: copies saved elsewhere still work
    copy = tmp_path / "elsewhere" / "profile.toml"
    save_profile(config, copy)
    assert load_profile(copy).company == config.company


def test_relative_export_paths_resolve_next_to_the_profile(tmp_path: Path) -> None:
    config = load_profile(_write(tmp_path, '[me.accounts]\nlinkedin_export = "exports/li.zip"\n'))
    assert config.me.accounts.get(Network.LINKEDIN) == str(tmp_path / "exports/li.zip")


def test_handle_without_leading_at_is_normalised(tmp_path: Path) -> None:
    config = load_profile(_write(tmp_path, '[me.accounts]\nmastodon = "ada@example.social"\n'))
    assert config.me.accounts.get(Network.MASTODON) == "@ada@example.social"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[me]\nnmae = "Ada"\n', "[me] nmae is not a known setting. Did you mean 'name'?"),
        ("[me]\nname = 42\n", "[me] name must be text in quotes, not int."),
        ('[me]\nformer_employers = "Globex"\n', '[me] former_employers must be a list of text, like ["Globex"].'),
        (
            '[me.accounts]\nmastodon = "ada"\n',
            "[me.accounts] mastodon: 'ada' is not a Mastodon address; write it as @you@instance.social.",
        ),
        ('[me.accounts]\nwebsite = "ftp://x"\n', "[me.accounts] website must be an http:// or https:// address"),
        ('[endpoints]\nmastodon = "localhost"\n', "[endpoints] mastodon must be an http:// or https:// address"),
        ('[endpoints]\nmastodon = "http://["\n', "[endpoints] mastodon must be an http:// or https:// address"),
        ("[thresholds]\nlast_post_warning_days = -3\n", "[thresholds] last_post_warning_days must be a whole number"),
        (
            "[thresholds]\nlast_post_warning_days = 60\nlast_post_error_days = 30\n",
            "[thresholds] last_post_error_days must not be smaller than last_post_warning_days.",
        ),
        ('me = "Ada"\n', "[me] must be a table"),
        ('[company]\nname = "A"\n[[company.feeds]]\nname = "blog"\n', "[[company.feeds]] #1 url is missing."),
        ('[me]\nname = "Ada\n', "line 2: a text in quotes is not closed before the line ends."),
        ('[me]\nname = "Ada"\nname = "B"\n', "line 3: a setting is given twice."),
        ("[me]\nname = Ada\n", 'line 2: a value is not written as TOML writes one (text goes in "quotes"'),
        ('[me]\nname = "Ada" x\n', "line 2: something follows a value on the same line"),
        ("[me]\nx = [1,\n", "at the end of the file: a value is not written"),
        ('company_file = "missing.toml"\n', "missing.toml: the file does not exist."),
        ("[colour]\nx = 1\n", "colour is not a known setting."),
        ('[audit]\nlanguage = "English"\n', '[audit] language must be a language code such as "en" or "en-GB"'),
        ('[audit]\nspelling = "yes"\n', "[audit] spelling must be true or false, not 'yes'."),
        ('[audit]\nlanguagetool_url = "localhost:8081"\n', "[audit] languagetool_url must be an http(s) address"),
    ],
)
def test_bad_files_name_the_file_the_key_and_the_problem(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(InvalidProfileFile) as caught:
        load_profile(path)
    message = caught.value.user_message
    assert expected in message
    assert str(tmp_path) in message  # the file is always named
    assert "\n" not in message  # one sentence, one line


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[me]\nname = "Zoë"\n'.encode("latin-1"))
    with pytest.raises(InvalidProfileFile, match="is not UTF-8 text"):
        load_profile(path)
    with pytest.raises(InvalidProfileFile, match="does not exist"):
        load_profile(tmp_path / "nope.toml")


def test_save_then_load_gives_the_same_profile(tmp_path: Path) -> None:
    original = load_profile(sample_profile_path())
    target = tmp_path / "saved" / "profile.toml"
    save_profile(original, target)
    assert load_profile(target) == original
    assert not list(target.parent.glob(".profile-*"))  # no temporary files left behind


def test_a_form_is_read_as_the_file_would_be_and_a_refusal_names_its_key(tmp_path: Path) -> None:
    from advocacy.domain.profile import Accounts, FieldProblem, Me, ProfileConfig
    from advocacy.profile_file import read_form

    bad = read_form(ProfileConfig(me=Me(accounts=Accounts(mastodon="sam"))), tmp_path / "profile.toml")
    assert isinstance(bad, FieldProblem) and bad.key == "[me.accounts] mastodon"
    assert bad.sentence("Mastodon").startswith("Mastodon: 'sam' is not a Mastodon address")
    missing = read_form(ProfileConfig(me=Me(accounts=Accounts(x_archive="gone.zip"))), tmp_path / "profile.toml")
    assert isinstance(missing, FieldProblem) and missing.key == "[me.accounts] x_archive"
    assert str(tmp_path / "gone.zip") in missing.problem  # relative to where the profile will be saved
    good = read_form(ProfileConfig(me=Me(accounts=Accounts(mastodon="sam@social.example"))), tmp_path / "p.toml")
    assert isinstance(good, ProfileConfig) and good.me.accounts.get(Network.MASTODON) == "@sam@social.example"
    assert list(tmp_path.iterdir()) == []  # nothing written to check it


@pytest.mark.parametrize(
    ("hashtags", "x_handle", "said"),
    [
        (["AcmeWidgets", "#acme2026", "ДеньАкме"], "AcmeWidgets", []),
        (["2026"], "acme", ["#2026 is not a hashtag"]),
        (["acme-widgets"], "@acme", ["#acme-widgets is not a hashtag"]),
        (["Acme"], "acme-widgets", ["'acme-widgets' is not an X username"]),
    ],
)
def test_a_company_hashtag_or_x_handle_no_network_links_is_said(
    tmp_path: Path, hashtags: list[str], x_handle: str, said: list[str]
) -> None:
    """The rule is twitter-text's (tests/test_conformance.py runs its suite): the profile still
    loads, and the note says why posts relying on the tag or handle link nothing."""
    tags = ", ".join(f'"{tag}"' for tag in hashtags)
    company = f'[company]\nname = "Acme"\nhashtags = [{tags}]\n\n[company.accounts]\nx = "{x_handle}"\n'
    (tmp_path / "company.toml").write_text(company, encoding="utf-8")
    inline = tmp_path / "profile.toml"
    inline.write_text('[me]\nname = "Ada"\n\n' + company, encoding="utf-8")
    shared = tmp_path / "shared.toml"
    shared.write_text('company_file = "company.toml"\n\n[me]\nname = "Ada"\n', encoding="utf-8")
    for path, prefix in ((inline, ""), (shared, "The company file company.toml: ")):
        notes = load_profile(path).notes
        assert len(notes) == len(said), notes
        for note, expected in zip(notes, said, strict=True):
            assert note.startswith(prefix) and expected in note
