"""The main window's sidebar: the app's name, the group, the pages (Ctrl+1 … Ctrl+6), what
kind of computer this is, and the version."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from balintdesk import __version__
from balintdesk.i18n import fill
from balintdesk.ui.common import accessible
from balintdesk.ui.common.elided import names_combo


class Sidebar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        accessible.install()  # the first window built: its combo boxes read right
        self.setObjectName("sidebar")
        self.setFixedWidth(230)
        app_title = QLabel("BalintDesk")
        app_title.setObjectName("appTitle")
        group_label = QLabel(self.tr("&Group"))
        group_label.setProperty("role", "hint")
        self.group_combo = names_combo("groupCombo")
        self.group_combo.setAccessibleName(self.tr("Group"))
        group_label.setBuddy(self.group_combo)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        for number, text in enumerate(
            (
                self.tr("Meeting"),
                self.tr("Timer"),
                self.tr("Roster"),
                self.tr("Rota"),
                self.tr("Notes"),
                self.tr("Settings"),
            ),
            start=1,
        ):
            item = QListWidgetItem(text)
            item.setToolTip(f"Ctrl+{number}")  # a key's name: the same in every language
            item.setSizeHint(QSize(0, 42))  # a generous target, and room between the words
            self.navigation.addItem(item)
        self.computer_label = QLabel()
        self.computer_label.setObjectName("computerLabel")
        self.computer_label.setProperty("role", "hint")
        self.computer_label.setWordWrap(True)
        version = QLabel(fill(self.tr("Version {version}"), version=__version__))
        version.setProperty("role", "hint")
        side_layout = QVBoxLayout(self)
        side_layout.setContentsMargins(14, 18, 14, 14)
        side_layout.setSpacing(8)
        side_layout.addWidget(app_title)
        side_layout.addSpacing(10)
        side_layout.addWidget(group_label)
        side_layout.addWidget(self.group_combo)
        side_layout.addSpacing(10)
        side_layout.addWidget(self.navigation, 1)
        side_layout.addWidget(self.computer_label)
        side_layout.addWidget(version)
