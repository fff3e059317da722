"""What a screen reader is told about a window's controls, asked the way it asks: through
Qt's own accessibility interfaces (QAccessible.queryAccessibleInterface), the objects Qt's
AT-SPI bridge serves to Orca on Linux.

`unnamed_controls(root)` lists every visible control a person can operate whose
accessible name is not meaningful:

- no name at all;
- a name that is only the control's current value (a combo box named "Weekly", a field
  named after what is typed in it: Qt names a combo box after its current text on Linux
  unless it is given a name, qaccessiblewidgets/complexwidgets.cpp, QAccessibleComboBox::text);
- the title of the group box around it when the control has a label of its own (Qt falls
  back to the group box's title for a control without a buddy label,
  qaccessiblewidget.cpp, buddyString());
- a name without the words of the control's own visible label.

A button, check box or radio button named by its text (without the "&") is fine.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes, date and time edits
    QAbstractItemView,  # lists and tables
    QSlider,
)


def plain(text: str) -> str:
    """A label's words as read aloud: no "&" mnemonic, no trailing colon, one case."""
    return (
        " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())
        .rstrip(":")
        .strip()
        .casefold()
    )


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _part_of_another_control(widget: QWidget) -> bool:
    """The line edit inside a spin box or combo box, the buttons of a calendar popup, a
    table's corner button: the screen reader is told about the control they belong to."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QCalendarWidget, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def _value(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return widget.text()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.toPlainText()
    return ""


def _is_label(widget: QWidget | None) -> bool:
    """A label that names what follows it: not a hint, a status line or an error sentence
    (forms.py marks those with a "role")."""
    return (
        isinstance(widget, QLabel)
        and bool(widget.text().strip())
        and widget.property("role") not in ("hint", "status", "fieldError")
        and not widget.wordWrap()  # a sentence explaining the form, not a field's label
        and widget.objectName() != "pageTitle"  # a page's or dialog's heading
    )


def _layout_label(layout: QLayout, widget: QWidget) -> QLabel | None:
    """The label laid out just before `widget` (or the form row's label) in `layout` or a
    layout inside it."""
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if _is_label(label):
            return label
    previous = None
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            if _is_label(previous):
                return previous
            return None
        if item.layout() is not None:
            found = _layout_label(item.layout(), widget)
            if found is not None:
                return found
        if item.widget() is not None:
            previous = item.widget()
    return None


def own_label(widget: QWidget) -> QLabel | None:
    """The visible label that names `widget`: a label whose buddy it is, or the label in
    front of it (or of the field box holding it and its error sentence) in its layout."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.isVisible() and label.text().strip():
            return label
    holder = widget
    for _level in range(2):  # the control itself, then a box holding it with its sentence
        parent = holder.parentWidget()
        if parent is None or parent.layout() is None:
            break
        label = _layout_label(parent.layout(), holder)
        if label is not None:
            return label
        if parent.layout().count() > 2:  # a row of several controls, not a field box
            break
        holder = parent
    return None


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox):
            return parent.title()
        parent = parent.parentWidget()
    return ""


def problem(widget: QWidget) -> str | None:
    """Why `widget`'s accessible name is not meaningful, or None when it is."""
    name = plain(accessible_name(widget))
    if not name:
        return "no accessible name"
    if isinstance(widget, QAbstractButton):
        return None
    value = plain(_value(widget))
    label = own_label(widget)
    if value and name == value and (label is None or plain(label.text()) != value):
        return f"named after its current value {name!r}"
    if label is not None:
        if name == plain(_group_title(widget)) and name != plain(label.text()):
            return f"named after its group box {name!r}, its label says {plain(label.text())!r}"
        if not set(plain(label.text()).split()) <= set(name.split()):
            return f"named {name!r}, its label says {plain(label.text())!r}"
    return None


def describe(widget: QWidget) -> str:
    name = widget.objectName() or f"in {widget.parentWidget().objectName() or '?'}"
    return f"{type(widget).__name__} {name}"


def unnamed_controls(root: QWidget, where: str, seen: set[int] | None = None) -> list[str]:
    """One line per visible control under `root` (itself included) without a meaningful
    accessible name: where, which control, and what is wrong. A control already in `seen`
    (the addresses of controls listed before) is listed once."""
    found = []
    seen = set() if seen is None else seen
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        address = shiboken6.getCppPointer(widget)[0]
        if address in seen:
            continue
        if not widget.isVisible() or _part_of_another_control(widget):
            continue
        why = problem(widget)
        if why is not None:
            seen.add(address)
            found.append(f"{where}: {describe(widget)} — {why}")
    return found
