"""The vault's errors. Each message is a sentence a user can act on and never quotes a
note, a passphrase or a key: messages end up in dialogs and sometimes in logs."""

from __future__ import annotations


class VaultError(Exception):
    """Something the user can do something about; str(error) says what."""

    default_message = "The private notes could not do that."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class WrongSecret(VaultError):
    default_message = "That passphrase does not open this vault."


class WeakPassphrase(VaultError):
    default_message = "Choose a stronger passphrase."


class DamagedNote(VaultError):
    """The note's ciphertext does not open: changed bytes, or moved from another row."""

    default_message = "This note is damaged and cannot be opened."

    def __init__(self, note_id: str, message: str | None = None) -> None:
        self.note_id = note_id
        super().__init__(message)
