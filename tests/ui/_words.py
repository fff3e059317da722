"""Every text a person can read or hear in a widget, and which of them never went through
the catalogue: with the pseudo-language installed (i18n.catalogue.PSEUDO), a translated
text is wrapped in ⟦ ⟧, so what is left outside the brackets, once the sample's own data
(names a user typed), numbers and dates are taken out, was never translated."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from balintdesk.i18n import LANGUAGES, formats

_MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
_TAGS = re.compile(r"<[^<>]*>|&\w+;")
_DATE_WORDS = {
    word.rstrip(".").casefold()
    for language in formats.LOCALES.values()
    for names in (language.months, language.months_short, language.weekdays,
                  language.weekdays_short)
    for word in names
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each text `root` shows or names to a screen reader."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        where = f"{type(widget).__name__} {widget.objectName() or '?'}"
        if widget.isWindow():
            yield where + " title", widget.windowTitle()
        yield where + " tooltip", widget.toolTip()
        yield where + " accessible name", widget.accessibleName()
        yield where + " accessible description", widget.accessibleDescription()
        yield from _own_texts(widget, where)


def _own_texts(widget: QWidget, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield where, widget.text()
    if isinstance(widget, QGroupBox):
        yield where, widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield where + " placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"{where} item {index}", widget.itemText(index)
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"{where} tab {index}", widget.tabText(index)
            yield f"{where} tab {index} tooltip", widget.tabToolTip(index)
    if isinstance(widget, QMenu):
        for action in widget.actions():
            yield f"{where} action", action.text()
    for action in widget.actions():
        yield f"{where} action", action.text()
        yield f"{where} action tooltip", action.toolTip()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget, where)


def _model_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    root = QModelIndex()
    # A list model's columnCount is private in PySide6: a list has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for section in range(columns):
        heading = model.headerData(section, Qt.Orientation.Horizontal)
        yield f"{where} heading {section}", str(heading or "")
    for row in range(min(model.rowCount(root), 30)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where} cell {row},{column}", value


# An IANA time zone ("Europe/London") is a name for machines, shown as it is.
_ZONE = re.compile(r"^[A-Za-z_]+(/[A-Za-z0-9_+\-]+)+$")


def untranslated(text: str, own_data: Iterable[str]) -> str:
    """What is left of `text` outside the markers that a user did not type: "" if none."""
    if _ZONE.match(text or ""):
        return ""
    text = _TAGS.sub(" ", text or "")
    while _MARKED.search(text):  # a translated value inside a translated text
        text = _MARKED.sub(" ", text)
    for item in sorted(own_data, key=len, reverse=True):
        text = text.replace(item, " ")
    words = [w for w in _WORD.findall(text) if w.casefold() not in _DATE_WORDS]
    # A single letter (a key's name, a unit "h" inside a marked text) is not a sentence.
    words = [w for w in words if len(w) > 1 and w not in _NOT_WORDS]
    return " ".join(words)


# Names that are the same in every language: the app's, the keys', and each language's
# own name in the Settings list (Deutsch is Deutsch to a French user too).
_NOT_WORDS = {"BalintDesk", "Ctrl", "Esc", "Shift", "Alt", "Enter", "PDF", "CSV", "UTC"} | {
    word for name in LANGUAGES.values() for word in _WORD.findall(name)
}


def find_untranslated(items: Iterable[tuple[str, str]], own_data: Iterable[str]) -> list[str]:
    own = list(own_data)
    found = []
    for where, text in items:
        left = untranslated(text, own)
        if left:
            found.append(f"{where}: {text[:90]!r} (left: {left[:40]!r})")
    return sorted(set(found))
