"""Tabs whose pages are made the first time they are needed, so the window paints without them.

A page starts as an empty placeholder under its title. The first time its tab is chosen (a click,
its Alt+letter, Ctrl+Tab, or code) or the window asks for the page, the page is made and takes the
placeholder's place: the same title, tooltip and index, and the current tab stays current. Nothing
of a page's module is imported before then. Code and tests that hold the page itself (``indexOf``,
``setCurrentWidget``, ``currentWidget() is …``) see the real page once it has been asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

W = TypeVar("W", bound=QWidget)


class LazyPage(Generic[W]):
    """One tab's page: made by ``make`` on first need; ``ready`` then fills it (once it is in the tabs)."""

    def __init__(self, tabs: QTabWidget, title: str, make: Callable[[], W], ready: Callable[[W], None]) -> None:
        self._tabs = tabs
        self._make = make
        self._ready = ready
        self._page: W | None = None
        self.placeholder = QWidget()
        self.placeholder.setAccessibleName(title.replace("&", ""))
        tabs.addTab(self.placeholder, title)

    @property
    def built(self) -> W | None:
        """The page if it was made; None while its tab has never been needed."""
        return self._page

    @property
    def widget(self) -> QWidget:
        """What the tab holds now: the page, or its placeholder."""
        return self._page if self._page is not None else self.placeholder

    def index(self) -> int:
        return self._tabs.indexOf(self.widget)

    def get(self) -> W:
        """The page, made now (in the placeholder's place) if it was not yet."""
        if self._page is None:
            page = self._make()
            self._page = page
            self._swap_in(page)
            self._ready(page)
        return self._page

    def _swap_in(self, page: W) -> None:
        tabs, placeholder = self._tabs, self.placeholder
        index = tabs.indexOf(placeholder)
        current = tabs.currentIndex() == index
        title, tip, enabled = tabs.tabText(index), tabs.tabToolTip(index), tabs.isTabEnabled(index)
        # Inserted before the placeholder and then the placeholder removed: the current tab never
        # moves to a neighbour meanwhile (that would show, and so make, another page). The tab widget
        # says nothing of this: for whoever listens, the tab simply has its page.
        blocked = tabs.blockSignals(True)
        try:
            tabs.insertTab(index, page, title)
            tabs.setTabToolTip(index, tip)
            tabs.setTabEnabled(index, enabled)
            if current:
                tabs.setCurrentIndex(index)
            tabs.removeTab(index + 1)
        finally:
            tabs.blockSignals(blocked)
        placeholder.deleteLater()


class LazyTabs(QObject):
    """Makes a page when its tab becomes the current one. Lives as long as ``tabs`` (its parent)."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._pages: list[LazyPage[Any]] = []
        tabs.currentChanged.connect(self._on_current)

    def add(self, title: str, make: Callable[[], W], ready: Callable[[W], None]) -> LazyPage[W]:
        page = LazyPage(self._tabs, title, make, ready)
        self._pages.append(page)
        return page

    def _on_current(self, index: int) -> None:
        widget = self._tabs.widget(index)
        for page in self._pages:
            if page.built is None and page.placeholder is widget:
                page.get()
                return
