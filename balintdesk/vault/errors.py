"""The vault's errors. Each carries its sentence as `Words` (translated at the edge by
`i18n.error_text`); `str(error)` is the English sentence, for logs. A message never quotes
a note, a passphrase or a key: messages end up in dialogs and sometimes in logs."""

from __future__ import annotations

from balintdesk.domain.words import Words

CONTEXT = "VaultError"


class VaultError(Exception):
    """Something the user can do something about; `words` says what (str(error) in
    English)."""

    default_words = Words("VaultError", "The private notes could not do that.")

    def __init__(self, words: Words | None = None) -> None:
        self.words = words or self.default_words
        super().__init__(self.words.english())


class WrongSecret(VaultError):
    default_words = Words("VaultError", "That passphrase does not open this vault.")


class WeakPassphrase(VaultError):
    default_words = Words("VaultError", "Choose a stronger passphrase.")


class DamagedNote(VaultError):
    """The note's ciphertext does not open: changed bytes, or moved from another row."""

    default_words = Words("VaultError", "This note is damaged and cannot be opened.")

    def __init__(self, note_id: str, words: Words | None = None) -> None:
        self.note_id = note_id
        super().__init__(words)
