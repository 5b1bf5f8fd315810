"""The bundled sample: a fictional profile whose network responses are replayed from files
(see ``advocacy.sample_replay``). Loading the profile is light: the first window needs only this."""

from __future__ import annotations

from pathlib import Path

import resources
from advocacy.domain.profile import ProfileConfig
from advocacy.profile_file import load_profile


def sample_dir() -> Path:
    return resources.folder("sample")


def sample_profile_path() -> Path:
    return sample_dir() / "profile.toml"


def load_sample_profile() -> ProfileConfig:
    return load_profile(sample_profile_path())
