"""The bare PySide6 "hello window" the start-up benchmark compares BalintDesk with.

It does what BalintDesk's start does for Qt and nothing else: a QApplication, a
QMainWindow with a label, shown. Once `show()` has returned it prints the same marker as
BalintDesk's BALINTDESK_EXIT_AFTER_SHOW hook (balintdesk.app.install_exit_after_show,
which prints it when its window's `show()` has returned), then quits. Neither uses an
application-wide event filter: PySide6 calls a Python filter for every event, which
costs more the more widgets a window has, and would time the filter, not the start.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

MARKER = "BALINTDESK-WINDOW-SHOWN"

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setObjectName("mainWindow")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(640, 400)
    window.show()
    print(f"{MARKER} {time.time():.6f}", flush=True)
    QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())
