"""The vault's errors. Each carries its sentence as `Words` (translated at the edge by
`i18n.error_text`); `str(error)` is the English sentence, for logs. A message never quotes
a note, a passphrase or a key: messages end up in dialogs and sometimes in logs."""

from __future__ import annotations

from balintdesk.domain.words import Words
from balintdesk.vault.vault_words import (
    CONTEXT,
    COULD_NOT,
    DAMAGED_NOTE,
    WEAK_PASSPHRASE,
    WRONG_SECRET,
)

__all__ = ["CONTEXT", "DamagedNote", "VaultError", "WeakPassphrase", "WrongSecret"]


class VaultError(Exception):
    """Something the user can do something about; `words` says what (str(error) in
    English)."""

    default_words = COULD_NOT

    def __init__(self, words: Words | None = None) -> None:
        self.words = words or self.default_words
        super().__init__(self.words.english())


class WrongSecret(VaultError):
    default_words = WRONG_SECRET


class WeakPassphrase(VaultError):
    default_words = WEAK_PASSPHRASE


class DamagedNote(VaultError):
    """The note's ciphertext does not open: changed bytes, or moved from another row."""

    default_words = DAMAGED_NOTE

    def __init__(self, note_id: str, words: Words | None = None) -> None:
        self.note_id = note_id
        super().__init__(words)
