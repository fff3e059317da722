"""Child process for test_timer_resume.py: start the real app on a data folder, run the
meeting timer into its third phase, say so, then wait to be killed."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.session import Session

app = QApplication([])
session = Session(Path(sys.argv[1]))
opening = QEventLoop()
session.opened.connect(opening.quit)
session.start()  # the window now; the data once the window has painted
opening.exec()
session.wait_for_backup()
session.window.show_page(MainWindow.TIMER)
driver = session.window.timer_page.driver
driver.toggle()  # start: every action is saved at once
driver.next()
driver.next()
print("third phase", flush=True)
app.exec()
