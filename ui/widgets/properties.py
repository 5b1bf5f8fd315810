"""Qt properties whose values are Qt's own enums, set by the enum key's name.

PySide makes the Python class of Qt's namespace (``Qt.TextFormat``, ``Qt.AlignmentFlag`` and 91
other enums, each a Python ``enum``) the first time any module reads ``Qt``: 14 ms on the GUI
thread. The window's first paint needs a handful of those values and nothing else of the class, so
what it sets goes through Qt's property system instead, by the key's name ("PlainText" for
``Qt.TextFormat.PlainText``): Qt runs the same setter with the same value. Everywhere else (what
only a dialog, a key press or a later tab needs), write the enums as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_by_name(target: QObject, **keys: str) -> None:
    """``set_by_name(label, textFormat="PlainText")`` is ``label.setTextFormat(Qt.TextFormat.PlainText)``.
    A flag property takes several keys as Qt writes them ("AlignLeft|AlignTop"). A property the
    object does not have, or a key its enum does not have, raises instead of being ignored."""
    for name, key in keys.items():
        if not target.setProperty(name, key):
            raise ValueError(f"{type(target).__name__} has no property {name!r} that takes {key!r}")
