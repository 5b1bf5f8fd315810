"""Offline spelling for social text: a tokenizer that knows what not to check, SCOWL word lists
with wordfreq frequencies, and ranked suggestions. No Qt, no network."""
