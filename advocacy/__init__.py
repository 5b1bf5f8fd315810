"""Employee advocacy and profile audit: the core (no Qt here)."""

__version__ = "0.1.0"
APP_NAME = "Advocacy"
APP_ID = "advocacy"
# The reverse-DNS id the desktop knows the app by: the .desktop file, the AppStream metainfo, the
# icon's name and the window's desktop file name all carry it (packaging/linux/).
DESKTOP_ID = "org.advocacyapp.Advocacy"
