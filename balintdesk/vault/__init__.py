"""Private reflection notes: each note one AES-GCM ciphertext; the data key is kept only
wrapped, under a device key in the OS keyring, a passphrase or a recovery key."""
