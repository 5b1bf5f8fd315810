"""Employee advocacy and profile audit: the core (no Qt here)."""

__version__ = "0.1.0"
APP_NAME = "Advocacy"
APP_ID = "advocacy"
