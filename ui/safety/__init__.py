"""Keeping data safe in the app: backups, restore, a damaged database, a second copy."""
