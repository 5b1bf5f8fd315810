"""A rotating log file beside the data; secrets are scrubbed from every line written.

If ``ADVOCACY_HOME`` names a file or a place the app cannot write to, nothing can be kept at all:
the process stops with one sentence and exit code 2. If only the log file cannot be written (its
folder, a full disk), the app goes on without a log file and says so once.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

from advocacy.paths import FolderUnusable, HomeUnusable, check_home, log_dir
from advocacy.redaction import redact
from advocacy.terminal import for_terminal

EXIT_USAGE = 2  # as in cli.args: bad usage or an unusable environment
LOG_NAME = "advocacy.log"


class RedactingFormatter(logging.Formatter):
    """Scrubs the whole formatted record, tracebacks included (a filter would miss those), and makes
    control characters visible: a log is read with ``tail`` and ``less``, where an escape sequence
    from a server's answer would act on the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return for_terminal(redact(super().format(record)))


def _say(message: str, stream: TextIO | None) -> None:
    stream = stream or sys.stderr
    with contextlib.suppress(OSError, ValueError, UnicodeEncodeError):  # no usable stderr: nothing to do
        print(for_terminal(f"advocacy: {message}"), file=stream, flush=True)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; if writing it fails later (disk full, rotation refused), one sentence and then
    silence, instead of logging's traceback on stderr for every record."""

    def __init__(self, *args: object, stderr: TextIO | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._stderr = stderr
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self._failed:
            super().emit(record)

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
        handler = _LogFile(log_dir() / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8", stderr=stderr)
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
