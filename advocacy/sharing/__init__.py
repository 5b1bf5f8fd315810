"""Drafting and sharing company content: exact counting per network, drafts, share links."""
