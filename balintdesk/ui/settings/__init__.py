"""The Settings page: the group, this computer and the backups."""
