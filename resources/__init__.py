"""Bundled data: the sample profile and its recorded responses, dictionaries, icons, defaults."""
