"""The command line: `balintdesk roster|backup|check|group|rota|history|export …`.

`balintdesk.app` hands it any start that is more than a plain `balintdesk [--data-dir DIR]`
through `balintdesk.cli.main` (`parse_args`, then `run`). Nothing in this package loads
Qt, except the PDF exports once their checks have passed.
"""
