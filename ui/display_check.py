"""Whether there is a screen to open the window on, asked before Qt is loaded: without one, Qt's
xcb plugin prints a dozen lines and aborts the process (exit 134)."""

from __future__ import annotations

from collections.abc import Mapping


def no_display_reason(environ: Mapping[str, str], platform: str) -> str | None:
    """One sentence saying why the window cannot open here, or None when it can (or may)."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None  # Windows and macOS always have their own display
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it "
        "from your desktop session, or use the command line, e.g. 'advocacy audit' (see 'advocacy --help')."
    )
