"""Bundled data: the sample profile and its recorded responses, dictionaries, icons, defaults.

``folder()`` finds them beside this file: in a checkout, in an installed wheel (``resources`` is
a package with its data) and in the PyInstaller bundle, whose spec copies this folder to
``resources`` at the bundle's root, where this package's ``__file__`` says it is. Plain
``pathlib``: ``importlib.resources`` costs the window's start-up a dozen modules and does nothing
more for files that are always on disk."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).parent


def folder(*parts: str) -> Path:
    """The bundled folder (or file) at ``parts`` under the resources, e.g. ``folder("sample")``."""
    return _HERE.joinpath(*parts)
