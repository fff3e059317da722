"""The frozen app's entry script (PyInstaller runs this as __main__).

`--self-test` and BALINTDESK_EXIT_AFTER_SHOW are handled here until app.py does so itself;
everything else is `balintdesk.app.main`, exactly as the `balintdesk` command runs it.
"""

import os
import sys

if __name__ == "__main__":
    if "--self-test" in sys.argv[1:]:
        from balintdesk.ui.selftest import main as self_test

        sys.exit(self_test(sys.argv[1:]))
    if os.environ.get("BALINTDESK_EXIT_AFTER_SHOW") == "1":
        from balintdesk.ui.selftest import install_exit_after_show

        install_exit_after_show()

    from balintdesk.app import main

    sys.exit(main())
