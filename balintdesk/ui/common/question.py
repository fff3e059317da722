"""A question before something that cannot be taken back: ending the meeting, quitting
during it, deleting an entry. Asked without blocking (open(), not exec()), so the timer
keeps ticking and tests need no second event loop; the safe answer is the default, so
Enter and Esc both keep things as they are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    detail: str,
    act: str,
    keep: str,
    on_act: Callable[[], None],
    on_answer: Callable[[], None] = lambda: None,
    on_keep: Callable[[], None] = lambda: None,
) -> QMessageBox:
    """Open the question named `name`; `on_act` runs if the person chooses `act`,
    `on_keep` if they choose `keep`, and `on_answer` on either answer (to forget the box).
    The texts come translated from the caller."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    act_button = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)

    def answered(button) -> None:
        on_answer()
        if button is act_button:
            on_act()
        else:
            on_keep()

    box.buttonClicked.connect(answered)
    box.open()
    return box
