"""A page a later release fills, saying plainly what it will do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    def __init__(
        self, object_name: str, title: str, lines: list[str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName(object_name)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        notice = QLabel(self.tr("Coming in a later version of BalintDesk:"))
        notice.setProperty("role", "hint")
        body = QLabel("".join(f"<p>• {line}</p>" for line in lines))
        body.setObjectName(f"{object_name}Body")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(notice)
        layout.addWidget(body)
        layout.addStretch(1)
