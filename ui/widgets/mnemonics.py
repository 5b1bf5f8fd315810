"""Alt+letter shortcuts for labels built from a table, with no letter used twice in one window."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget


class Mnemonics:
    """Hands out one letter per label: the first letter of a word if free, else any free letter
    in it. A label with no free letter gets none, rather than a shortcut that moves elsewhere."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = {letter.lower() for letter in taken}

    def label(self, text: str) -> str:
        starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalpha())]
        rest = [i for i, c in enumerate(text) if c.isalpha() and i not in starts]
        for index in starts + rest:
            letter = text[index].lower()
            if letter not in self.taken:
                self.taken.add(letter)
                return f"{text[:index]}&{text[index:]}"
        return text

    def rows(self, rows: Iterable[tuple[str, QWidget]]) -> list[tuple[str, QWidget]]:
        return [(self.label(text), widget) for text, widget in rows]
