"""What the keyring part of the vault says to the user, as `Words` (the edge translates
them): why the keyring is or is not used, and why it failed just now. Kept apart from
keychain.py, which is about the keyring itself."""

from __future__ import annotations

from balintdesk.domain.words import Words

CONTEXT = "Keychain"
WINDOWS = "keyring.backends.Windows.WinVaultKeyring"  # keychain.WINDOWS

# The names the window shows for the keyrings BalintDesk trusts (keychain.ALLOWED_BACKENDS).
BACKEND_NAMES: dict[str, Words] = {
    WINDOWS: Words("Keychain", "Windows Credential Manager"),
    "keyring.backends.macOS.Keyring": Words("Keychain", "macOS Keychain"),
    "keyring.backends.SecretService.Keyring": Words("Keychain", "Secret Service keyring"),
    "keyring.backends.libsecret.Keyring": Words("Keychain", "Secret Service keyring (libsecret)"),
    "keyring.backends.kwallet.DBusKeyring": Words("Keychain", "KDE Wallet"),
    "keyring.backends.kwallet.DBusKeyringKWallet4": Words("Keychain", "KDE Wallet"),
}

# Each sentence says why the keyring is not used, then that the passphrase will be asked.
NO_SECURE_KEYRING = Words(
    "Keychain",
    "No secure keyring was found on this computer; your notes will ask for their passphrase.",
)
PLAIN_FILE_ONLY = Words(
    "Keychain",
    "No secure keyring was found on this computer (only a plain-file store, which "
    "BalintDesk does not use); your notes will ask for their passphrase.",
)
ROAMS = Words(
    "Keychain",
    "Windows would copy the keyring entry to other computers with your profile, so "
    "BalintDesk does not use it; your notes will ask for their passphrase.",
)
KEYRING_TURNED_OFF = Words(
    "Keychain",
    "The keyring is turned off on this computer; your notes will ask for their passphrase.",
)
UNREADABLE_SETTINGS = Words(
    "Keychain",
    "The keyring settings on this computer could not be read; your notes will ask for "
    "their passphrase.",
)
UNTRUSTED = Words(
    "Keychain",
    "This computer's keyring is not one BalintDesk trusts to keep a key safe; your notes "
    "will ask for their passphrase.",
)

# --- failures ---------------------------------------------------------------------------

LOCKED = Words(
    "Keychain",
    "The system keyring is locked, so BalintDesk cannot use it just now; unlock it (or sign "
    "in again) or open your notes with their passphrase.",
)
GONE = Words(
    "Keychain",
    "The system keyring stopped answering (it may have been closed or your session ended); "
    "open your notes with their passphrase.",
)
REFUSED = Words(
    "Keychain", "The system keyring refused the request; open your notes with their passphrase."
)
DAMAGED = Words(
    "Keychain",
    "The key this computer's keyring holds for these notes is damaged; open them with their "
    "passphrase and let the computer remember them again.",
)
NOT_KEPT = Words(
    "Keychain",
    "The system keyring did not keep the key (reading it back gave something else); "
    "your notes will ask for their passphrase.",
)
