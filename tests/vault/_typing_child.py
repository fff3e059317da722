"""Child for test_kill_while_typing.py: keeps autosaving a draft, as the editor does, and
says which version is saved; the parent kills it at some moment."""

import sys
from pathlib import Path

from balintdesk.paths import backups_dir, database_path
from balintdesk.store.db import open_database
from balintdesk.vault import crypto
from balintdesk.vault.vault import unlock_with_passphrase

crypto.DEFAULT_KDF_PARAMS = crypto.KdfParams(1, 1, 8)
data_dir, vault_id, note_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
open_database(database_path(data_dir), backups_dir(data_dir))
vault = unlock_with_passphrase(vault_id, "a slow river under winter light")
version = 0
while True:
    version += 1
    vault.save(note_id, "Draft", f"version {version} " + "words " * 300, (), "", None)
    print(version, flush=True)
