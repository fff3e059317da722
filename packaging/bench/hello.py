"""The bare PySide6 "hello window" the start-up benchmark compares BalintDesk with.

It does what BalintDesk's start does for Qt and nothing else: a QApplication, a
QMainWindow with a label, shown. It prints the same marker as BalintDesk's
BALINTDESK_EXIT_AFTER_SHOW hook once the window is shown, then quits.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

MARKER = "BALINTDESK-WINDOW-SHOWN"


class Watch(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched.objectName() == "mainWindow":
            print(f"{MARKER} {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    watch = Watch(app)
    app.installEventFilter(watch)
    window = QMainWindow()
    window.setObjectName("mainWindow")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(640, 400)
    window.show()
    sys.exit(app.exec())
