"""Parts of the main window that are built (and whose modules are imported) on first use.

The feature panels (Maßnahmen, Sitzungen, Budget) pull in large module trees and read data when
built; a person who opens the program to look at the tree should not wait for them. A
:class:`LazyPanel` tab page starts as an empty scroll area and builds the real panel when it is
shown (before it is painted, so nobody sees it empty) or when someone asks for
:attr:`LazyPanel.panel` (the search routing, tests, automation). :class:`LazySearch` does the
same for the search field in the menu bar.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QScrollArea, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QMenuBar

translate = QCoreApplication.translate


class LazyPanel(QScrollArea):
    """A scrolling tab page around a panel that ``factory`` builds on first use.

    The page scrolls instead of forcing the panel's minimum width on the window, so the program
    stays usable on a small laptop screen or half a projector screen. ``name`` is the panel's
    objectName; the page is called ``<name>Scroll`` as before the panels were built lazily.
    """

    def __init__(self, name: str, title: str, factory: Callable[[], QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Scroll")
        self.setAccessibleName(title)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.title = title
        self._factory: Callable[[], QWidget] | None = factory
        self._panel: QWidget | None = None

    @property
    def is_built(self) -> bool:
        """Whether the real panel exists yet."""
        return self._panel is not None

    @property
    def panel(self) -> QWidget:
        """The real panel, built now if it was not yet."""
        if self._panel is None:
            assert self._factory is not None
            factory, self._factory = self._factory, None
            panel = factory()
            self._panel = panel
            self.setWidget(panel)
        return self._panel

    def set_area(self, area_id: uuid.UUID | None) -> None:
        """Forward the selected area to the panel (the window calls this only when in front)."""
        self.panel.set_area(area_id)  # type: ignore[attr-defined]

    def showEvent(self, event: QShowEvent) -> None:
        """Build the panel when the page comes to the front."""
        self.panel  # noqa: B018 - builds on first access
        super().showEvent(event)


class LazySearch(QObject):
    """The menu bar's search field, built on first use (or by the window after its first paint).

    Until then a disabled field of the same size holds its place, so that the menu bar does not
    change when the real one arrives. Building the real field imports the search service and
    with it the ORM models, which the first paint does without.
    """

    def __init__(self, menu_bar: QMenuBar, factory: Callable[[], QWidget]) -> None:
        super().__init__(menu_bar)
        self._bar = menu_bar
        self._factory: Callable[[], QWidget] | None = factory
        self._widget: QWidget | None = None
        placeholder = QWidget(menu_bar)  # owned by Qt: no Python reference keeps it
        placeholder.setObjectName("globalSearchPlaceholder")
        field = QLineEdit()
        # The real field's texts, from its translation context.
        field.setPlaceholderText(translate("GlobalSearch", "Suchen (Strg+Umschalt+F)"))
        field.setAccessibleName(translate("GlobalSearch", "Suchbegriff"))
        field.setMinimumWidth(280)
        field.setEnabled(False)
        layout = QHBoxLayout(placeholder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field)
        self._place(placeholder)

    def _place(self, widget: QWidget) -> None:
        # The menu bar's corner keeps the field visible at any window width; in the toolbar it
        # would fall into the overflow menu behind the area actions.
        widget.setContentsMargins(0, 2, 6, 2)
        old = self._bar.cornerWidget(Qt.Corner.TopRightCorner)
        self._bar.setCornerWidget(widget, Qt.Corner.TopRightCorner)
        if old is not None:
            old.hide()
            old.deleteLater()
        widget.show()

    @property
    def is_built(self) -> bool:
        """Whether the real search field exists yet."""
        return self._widget is not None

    @property
    def widget(self) -> QWidget:
        """The real search field, built now if it was not yet."""
        if self._widget is None:
            assert self._factory is not None
            factory, self._factory = self._factory, None
            self._widget = factory()
            self._place(self._widget)
        return self._widget
