"""Dialogs: set-up and settings, accounts and tokens, scheduling, dismissed findings, exports."""
