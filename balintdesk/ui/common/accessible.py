"""What a screen reader is told: every control named by its visible label, and the few
places where Qt's own accessibility objects need help.

- `spoken(text)` is a label's words as read aloud ("&Name:" -> "Name").
- `name_control(control, text)` gives a control its label's words as accessible name.
- `install()` adds an accessibility factory (QAccessible.installFactory; PySide6 takes a
  Python callable, as its own test sources/pyside6/tests/QtGui/qaccessible_test.py shows):
  * Combo boxes: on Linux Qt names a combo box after its current text and ignores its
    accessible name (qtbase src/widgets/accessible/complexwidgets.cpp,
    QAccessibleComboBox::text: "on Linux we use relations for this, name is text"), so
    through AT-SPI "Meets" was read as "Weekly". Here a combo box's name is its accessible
    name, else its buddy label's words (QAccessibleWidget's own rule), and only failing
    both its current text; the current text stays its value, the buddy label its
    labelled-by relation, and the choice the selected item of its list (as AT-SPI shows
    it: tests/ui/test_atspi.py).
  * A widget with the dynamic property ROLE_PROPERTY (an int, a QAccessible.Role) gets
    that role: the phase strip is a list and each phase in it a list item.
Qt asks the factories once per object and keeps the answer, so the factory goes in
before any window is built: where the app makes its QApplication (style.py), and, so
that every way of building a window has it, whenever a control is named and when the
sidebar or a phase strip is made. It only takes once a QApplication exists (through
PySide6, a factory installed before that is never asked).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QComboBox, QWidget

ROLE_PROPERTY = "balintdeskAccessibleRole"
SELECTED_PROPERTY = "balintdeskAccessibleSelected"  # with ROLE_PROPERTY: the current one


def spoken(text: str) -> str:
    """A label's words as a screen reader should say them: no "&" mnemonic (a doubled
    "&&" is a real ampersand), no trailing colon, single spaces."""
    words = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(words.split()).rstrip(":").rstrip()


def name_control(control: QWidget, text: str) -> None:
    """Give `control` the words of its visible label `text` as its accessible name."""
    install()
    control.setAccessibleName(spoken(text))


class _NamedComboBox(QAccessibleWidget):
    """A combo box as Qt describes it on other systems: named by its label, its current
    text as its value, its list of choices as its child."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def _current(self) -> str:
        combo = self._combo
        return combo.lineEdit().text() if combo.isEditable() else combo.currentText()

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return self._current()
        if kind == QAccessible.Text.Name:
            return super().text(kind) or self._current()
        return super().text(kind)

    def childCount(self) -> int:
        return 1

    def child(self, index: int) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self._combo.view()) if index == 0 else None

    def indexOfChild(self, child: QAccessibleInterface | None) -> int:
        if child is not None and child.object() is self._combo.view():
            return 0
        return -1


class _RoledWidget(QAccessibleWidget):
    """A painted widget's part that a screen reader should meet as a list or list item."""

    def __init__(self, widget: QWidget, role: QAccessible.Role):
        super().__init__(widget, role)
        self._widget = widget

    def state(self) -> QAccessible.State:
        state = super().state()
        if self._widget.property(SELECTED_PROPERTY):
            state.selectable = True
            state.selected = True
        return state


def state_changed(widget: QWidget, **states: bool) -> None:
    """Tell a screen reader that these states of `widget` changed (e.g. selected=True:
    it was selected or unselected); Qt only does so by itself for its own widgets."""
    changed = QAccessible.State()
    for state in states:
        setattr(changed, state, True)
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(widget, changed))


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QComboBox):
        return _NamedComboBox(obj)
    if isinstance(obj, QWidget):
        role = obj.property(ROLE_PROPERTY)
        if role is not None:
            return _RoledWidget(obj, QAccessible.Role(role))
    return None


_installed = False


def install() -> None:
    """Add the factory once the application exists, and only once (QAccessible keeps a
    list of factories and asks each)."""
    global _installed
    if not _installed and QApplication.instance() is not None:
        QAccessible.installFactory(_factory)
        _installed = True
