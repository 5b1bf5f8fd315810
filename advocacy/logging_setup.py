"""A rotating log file beside the data; secrets are scrubbed from every line written.

If ``ADVOCACY_HOME`` names a file or a place the app cannot write to, nothing can be kept at all:
the process stops with one sentence and exit code 2. If only the log file cannot be written (its
folder, a full disk), the app goes on without a log file and says so once.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

from advocacy.paths import FolderUnusable, HomeUnusable, check_home, log_dir

EXIT_USAGE = 2  # as in cli.args: bad usage or an unusable environment
LOG_NAME = "advocacy.log"
LOG_MAX_BYTES = 1_000_000  # then it becomes advocacy.log.1, and so on to LOG_BACKUPS
LOG_BACKUPS = 3


class RedactingFormatter(logging.Formatter):
    """Scrubs the whole formatted record, tracebacks included (a filter would miss those), and makes
    control characters visible: a log is read with ``tail`` and ``less``, where an escape sequence
    from a server's answer would act on the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        # Loaded with the first line logged: a start with nothing to say never compiles their patterns.
        from advocacy.redaction import redact
        from advocacy.terminal import for_terminal

        return for_terminal(redact(super().format(record)))


def _say(message: str, stream: TextIO | None) -> None:
    from advocacy.terminal import for_terminal

    stream = stream or sys.stderr
    with contextlib.suppress(OSError, ValueError, UnicodeEncodeError):  # no usable stderr: nothing to do
        print(for_terminal(f"advocacy: {message}"), file=stream, flush=True)


class _LogFile(logging.FileHandler):
    """The log file, rotated when the next line would take it to ``max_bytes``: it becomes ``.1``, the
    ``.1`` before it ``.2``, and so on to ``.{backups}`` (as logging.handlers' RotatingFileHandler does;
    that module is not used because loading it loads the socket and pickle modules too, at every start).
    If writing fails later (disk full, rotation refused), one sentence and then silence, instead of
    logging's traceback on stderr for every record."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int, stderr: TextIO | None = None) -> None:
        super().__init__(path, encoding="utf-8")
        self._max_bytes, self._backups = max_bytes, backups
        self._stderr = stderr
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._failed:
            return
        try:
            if self._full(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never rotate anything but a regular file (a pipe, /dev/null)
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= self._max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for number in range(self._backups - 1, 0, -1):
            older, newer = f"{self.baseFilename}.{number}", f"{self.baseFilename}.{number + 1}"
            if os.path.exists(older):
                os.replace(older, newer)
        if self._backups > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()

    def _open(self) -> io.TextIOWrapper:
        # After "Delete all my data" the folder is gone; the app goes on as on its first day.
        Path(self.baseFilename).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: ARG002 - logging's signature
        if self._failed:
            return
        self._failed = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or type(error).__name__
        _say(f"the log file {self.baseFilename!r} could not be written ({reason}); logging stopped.", self._stderr)


def release_log_file() -> None:
    """Close the log file (it is opened again, folder and all, by the next line logged): a file kept
    open cannot be deleted on Windows, and elsewhere later lines would go to a deleted file."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFile):
            handler.close()


def log_file_path() -> Path | None:
    """The app's log file when this process keeps one (configure_logging), else None."""
    files = [h for h in logging.getLogger().handlers if isinstance(h, _LogFile)]
    return Path(files[0].baseFilename) if files else None


def configure_logging(*, verbose: bool = False, stderr: TextIO | None = None) -> logging.Handler:
    """The log file handler, added to the root logger. Exits with code 2 if ``ADVOCACY_HOME`` is
    unusable; if only the log file is, returns a handler that drops records, having said so once."""
    try:
        check_home()
    except HomeUnusable as exc:
        _say(exc.user_message, stderr)
        raise SystemExit(EXIT_USAGE) from None
    handler: logging.Handler
    try:
        handler = _LogFile(log_dir() / LOG_NAME, max_bytes=LOG_MAX_BYTES, backups=LOG_BACKUPS, stderr=stderr)
    except FolderUnusable as exc:
        _say(f"cannot keep a log file in {str(exc.path)!r}, which is {exc.why}; going on without one.", stderr)
        handler = logging.NullHandler()
    except OSError as exc:
        _say(f"cannot write the log file ({exc.strerror or type(exc).__name__}); going on without one.", stderr)
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # urllib3 logs full URLs at DEBUG; keep them out unless the user asked for detail.
    logging.getLogger("urllib3").setLevel(logging.DEBUG if verbose else logging.WARNING)
    return handler
