"""PySide6 asks of every module imported after it whether the module mentions "PySide6" (for its
opt-in ``from __feature__ import``), by reading the module's whole source through
``inspect.getsource``: 0.1 ms a module, 11 ms for the 120 or so the window imports before its first
paint. ``install`` has the same question answered from the file's bytes, the same answer; a module
without a ``.py`` file gets PySide6's own answer."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

ModuleCheck = Callable[[ModuleType], bool]


def mentions_pyside(module: ModuleType, *, otherwise: ModuleCheck) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return otherwise(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return otherwise(module)


def install() -> bool:
    """True once PySide6 asks through ``mentions_pyside``; False when this PySide6 asks otherwise
    (a test says so: the start-up is then slower, nothing else changes)."""
    import shiboken6  # noqa: F401 - it loads PySide6's support modules, whatever imports Qt next

    feature = sys.modules.get("shibokensupport.feature")
    own: ModuleCheck | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or own is None:
        return False
    if getattr(own, "is_quick", False):
        return True

    def quick(module: ModuleType) -> bool:
        return mentions_pyside(module, otherwise=own)

    quick.is_quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = quick  # type: ignore[attr-defined]
    return True
