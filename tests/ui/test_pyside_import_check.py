"""PySide6's question of each imported module (does it mention PySide6?) is answered from the
file's bytes once the window's package is imported, with PySide6's own answer for every module."""

from __future__ import annotations

import sys
from types import ModuleType

import ui.app  # noqa: F401 - the window's modules, PySide6's and the standard library's
from ui.pyside_import_check import install, mentions_pyside


def _pysides_own(module: ModuleType) -> bool:
    """PySide6's own check (shibokensupport.feature._mod_uses_pyside), as it reads: the whole source."""
    import inspect

    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_it_is_in_place_with_this_pyside6() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert install()
    assert getattr(feature._mod_uses_pyside, "is_quick", False)


def test_every_module_gets_the_answer_pyside6_gives() -> None:
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 100
    differ = [m.__name__ for m in modules if mentions_pyside(m, otherwise=_pysides_own) != _pysides_own(m)]
    assert not differ
    assert mentions_pyside(sys.modules["ui.app"], otherwise=_pysides_own)
    assert not mentions_pyside(sys.modules["advocacy.workspace"], otherwise=_pysides_own)
