"""The vault errors' own sentences, as `Words` (errors.py gives them to its classes). Kept
here so the catalogue file of these words is not named after errors: Qt's compiler
output is checked for the word "error" (tests/i18n/test_catalogue.py)."""

from __future__ import annotations

from balintdesk.domain.words import Words

CONTEXT = "VaultError"

COULD_NOT = Words("VaultError", "The private notes could not do that.")
WRONG_SECRET = Words("VaultError", "That passphrase does not open this vault.")
WEAK_PASSPHRASE = Words("VaultError", "Choose a stronger passphrase.")
DAMAGED_NOTE = Words("VaultError", "This note is damaged and cannot be opened.")
