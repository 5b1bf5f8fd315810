"""What people actually type or paste into a profile: handles, profile URLs, a BOM, a trailing slash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocacy.domain.handles import BadHandle
from advocacy.domain.models import Network
from advocacy.domain.networks import normalise
from advocacy.errors import InvalidProfileFile
from advocacy.profile_file import load_profile
from tests.test_cli import run_cli


def _profile(tmp_path: Path, accounts: str, *, encoding: str = "utf-8", bom: bool = False) -> Path:
    path = tmp_path / "me.toml"
    text = f'[me]\nname = "Ada"\n[me.accounts]\n{accounts}\n'
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


def test_a_profile_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    config = load_profile(_profile(tmp_path, 'github = "octocat"', bom=True))
    assert config.me.name == "Ada" and config.me.accounts.get(Network.GITHUB) == "octocat"


@pytest.mark.parametrize(
    ("network", "value"),
    [
        (Network.BLUESKY, "not a handle!!"),
        (Network.BLUESKY, "alice"),  # one label: not a domain name
        (Network.BLUESKY, "alice.123"),  # the last label may not start with a digit
        (Network.BLUESKY, "-alice.bsky.social"),
        (Network.BLUESKY, "a" * 64 + ".bsky.social"),  # a label is at most 63 characters
        (Network.GITHUB, "-bad- name"),
        (Network.GITHUB, "a" * 40),
        (Network.GITHUB, "ada/lovelace"),
        (Network.GITHUB, "https://github.com/ada/repo"),  # a repository, not a profile
        (Network.MASTODON, "sam"),
        (Network.MASTODON, "@sam@"),
        (Network.MASTODON, "@sam@exa mple.social"),
        (Network.MASTODON, "@sa m@example.social"),
        (Network.MASTODON, "https://mastodon.social/about"),
    ],
)
def test_handles_outside_the_networks_syntax_are_refused(network: Network, value: str) -> None:
    with pytest.raises(BadHandle):
        normalise(network, value)


@pytest.mark.parametrize(
    ("network", "pasted", "handle"),
    [
        (Network.GITHUB, "https://github.com/octocat", "octocat"),
        (Network.GITHUB, "github.com/octocat/", "octocat"),
        (Network.GITHUB, "https://ghe.example.com/octocat", "octocat"),
        (Network.BLUESKY, "https://bsky.app/profile/alice.bsky.social", "alice.bsky.social"),
        (Network.BLUESKY, "bsky.app/profile/Alice.Example.COM", "alice.example.com"),
        (Network.MASTODON, "https://mastodon.social/@sam", "@sam@mastodon.social"),
        (Network.MASTODON, "https://social.example/users/sam", "@sam@social.example"),
        (Network.MASTODON, "https://mastodon.social/@sam@hachyderm.io", "@sam@hachyderm.io"),
        (Network.WEBSITE, "sam.example/blog/", "https://sam.example/blog/"),
    ],
)
def test_pasted_profile_urls_are_read_as_handles_and_said_so(network: Network, pasted: str, handle: str) -> None:
    result = normalise(network, pasted)
    assert result.value == handle
    assert pasted in result.note and handle in result.note


@pytest.mark.parametrize(
    ("network", "value", "handle"),
    [
        (Network.GITHUB, "@octocat", "octocat"),
        (Network.GITHUB, "old-account-", "old-account-"),  # legacy logins may end with a hyphen
        (Network.BLUESKY, "@alice.bsky.social", "alice.bsky.social"),
        (Network.BLUESKY, "did:plc:z72i7hdynmk6r22z27h6tvur", "did:plc:z72i7hdynmk6r22z27h6tvur"),
        (Network.MASTODON, "sam@mastodon.social", "@sam@mastodon.social"),
        (Network.MASTODON, "acct:sam@Mastodon.Social", "@sam@mastodon.social"),
        (Network.MASTODON, "@sam@127.0.0.1:3000", "@sam@127.0.0.1:3000"),
    ],
)
def test_plain_handles_are_normalised_quietly(network: Network, value: str, handle: str) -> None:
    assert normalise(network, value) == normalise(network, value)
    assert normalise(network, value).value == handle


@given(st.text(max_size=80))
def test_normalising_any_text_gives_a_handle_or_one_sentence(text: str) -> None:
    for network in Network:
        try:
            result = normalise(network, text)
        except BadHandle as exc:
            assert str(exc).endswith(".") and "\n" not in str(exc).strip()
        else:
            assert isinstance(result.value, str)


def test_the_profile_file_names_the_key_of_a_bad_handle(tmp_path: Path) -> None:
    with pytest.raises(InvalidProfileFile) as caught:
        load_profile(_profile(tmp_path, 'bluesky = "not a handle!!"'))
    assert "[me.accounts] bluesky: 'not a handle!!' is not a Bluesky handle" in caught.value.user_message


def test_a_github_url_is_never_sent_as_a_login(tmp_path: Path, advocacy_home: Path) -> None:
    profile = _profile(tmp_path, 'github = "https://github.com/octocat"')
    config = load_profile(profile)
    assert config.me.accounts.get(Network.GITHUB) == "octocat"
    assert config.notes == ("[me.accounts] github: read the profile address 'https://github.com/octocat' as octocat.",)


def test_the_cli_says_when_it_read_a_url_as_a_handle(tmp_path: Path, advocacy_home: Path) -> None:
    profile = _profile(tmp_path, 'website = "http://127.0.0.1:9/blog/"\nbluesky = "https://bsky.app/profile/a.b.c"')
    result = run_cli("audit", "--profile", str(profile), "--format", "json", home=advocacy_home)
    assert "note: [me.accounts] bluesky: read the profile address 'https://bsky.app/profile/a.b.c' as a.b.c." in (
        result.stderr
    )
    assert "Traceback" not in result.stderr


def test_a_website_keeps_its_trailing_slash(tmp_path: Path) -> None:
    config = load_profile(_profile(tmp_path, 'website = "https://sam.example/blog/"'))
    assert config.me.accounts.get(Network.WEBSITE) == "https://sam.example/blog/"


def test_sample_and_profile_together_is_one_sentence(tmp_path: Path, advocacy_home: Path) -> None:
    profile = _profile(tmp_path, 'github = "octocat"')
    for command in ("audit", "suggest"):
        result = run_cli(command, "--sample", "--profile", str(profile), home=advocacy_home)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "--sample and --profile" in result.stderr


@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        ("https://user:pass@sam.example/", "must not hold a user name or password"),
        ("http://127.0.0.1:99999/", "has a port that is not a number from 1 to 65535"),
    ],
)
def test_an_address_with_credentials_or_a_bad_port_is_refused(tmp_path: Path, value: str, phrase: str) -> None:
    with pytest.raises(InvalidProfileFile, match=phrase):
        load_profile(_profile(tmp_path, f'website = "{value}"'))


def test_a_device_or_a_huge_file_is_not_read_as_a_profile(tmp_path: Path) -> None:
    with pytest.raises(InvalidProfileFile, match="is not a file"):
        load_profile("/dev/zero")
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# " + b"x" * 1_100_000 + b"\n")
    with pytest.raises(InvalidProfileFile, match="larger than 1 MB"):
        load_profile(huge)
