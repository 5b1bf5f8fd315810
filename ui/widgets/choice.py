"""A combo box of typed choices: the domain's own values (a Network, a Severity, an Area), never
their strings converted back, with "all of them" as ``None``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

T = TypeVar("T")


class Choice(QComboBox, Generic[T]):
    def __init__(
        self, everything: str, values: Iterable[T], label: Callable[[T], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._values: list[T | None] = [None, *values]
        self.addItem(everything)
        for value in self._values[1:]:
            self.addItem(label(value))  # type: ignore[arg-type]  # only None is in slot 0

    def current(self) -> T | None:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def select(self, value: T | None) -> None:
        self.setCurrentIndex(self._values.index(value) if value in self._values else 0)
