"""The frozen app's entry script (PyInstaller runs this as __main__).

Exactly what the `balintdesk` command runs: `balintdesk.app.main`, which also handles
`--self-test` and BALINTDESK_EXIT_AFTER_SHOW (the start-up benchmark's hook).
"""

import sys

if __name__ == "__main__":
    from balintdesk.app import main

    sys.exit(main())
