import sys

from balintdesk.app import main

sys.exit(main())
