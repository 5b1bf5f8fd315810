"""The Qt window. Only this package imports PySide6."""

from ui import pyside_import_check

# Before any module of the window is imported, so that none is read twice.
pyside_import_check.install()
