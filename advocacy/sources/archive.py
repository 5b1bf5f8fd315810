"""Read files from an export the user downloaded: a ZIP or its unpacked folder.

Exports come from the internet and may be damaged or hostile. Nothing is extracted to disk; members
are read into memory by name, with caps on each member's size and on the compression ratio (a ZIP
bomb is refused before it is inflated), and member names that are absolute or climb out with
``..`` are ignored.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from advocacy.errors import FetchError

MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200  # text compresses ~10x; far beyond that is a bomb, not an export


class MalformedExport(FetchError):
    """The export is damaged, edited or not what it claims to be."""


def _safe(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return not path.is_absolute() and ".." not in path.parts and not re.match(r"^[A-Za-z]:", name)


class ExportArchive:
    """A ZIP file or a folder; ``what`` names it in messages ("the LinkedIn export")."""

    def __init__(self, location: str | Path, *, what: str) -> None:
        self.path = Path(location).expanduser()
        self.what = what
        self._zip: zipfile.ZipFile | None = None
        if not self.path.exists():
            raise FetchError(f"{what} was not found at {self.path}; check the path in your profile.")
        if self.path.is_file():
            try:
                self._zip = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError):
                raise MalformedExport(f"{what} at {self.path} is not a readable ZIP file.") from None

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> ExportArchive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def names(self) -> Iterator[str]:
        """Member names (POSIX style, relative), unsafe ones left out."""
        if self._zip is not None:
            for info in self._zip.infolist():
                if not info.is_dir() and _safe(info.filename):
                    yield info.filename.replace("\\", "/")
        else:
            for file in sorted(self.path.rglob("*")):
                if file.is_file() and not file.is_symlink():
                    yield file.relative_to(self.path).as_posix()

    def find(self, pattern: str) -> list[str]:
        """Members whose file name (not folder) matches ``pattern``, case-insensitively."""
        regex = re.compile(pattern, re.IGNORECASE)
        return sorted(name for name in self.names() if regex.fullmatch(PurePosixPath(name).name))

    def size(self, name: str) -> int:
        """The member's size unpacked, as the ZIP's directory or the file system states it."""
        if self._zip is not None:
            return self._zip.getinfo(name).file_size
        return (self.path / name).stat().st_size

    def head(self, name: str, size: int) -> bytes:
        """The first ``size`` bytes of a member, to tell what it holds without reading all of it."""
        try:
            if self._zip is not None:
                with self._zip.open(name) as member:
                    return member.read(size)
            with (self.path / name).open("rb") as file:
                return file.read(size)
        except (KeyError, zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError):
            return b""

    def read(self, name: str) -> bytes:
        if self._zip is not None:
            return self._read_zip_member(name)
        file = self.path / name
        try:
            if file.stat().st_size > MAX_MEMBER_BYTES:
                raise MalformedExport(f"{name} in {self.what} is larger than {MAX_MEMBER_BYTES // 2**20} MB.")
            return file.read_bytes()
        except OSError as exc:
            raise FetchError(f"{name} in {self.what} cannot be read ({exc.strerror or exc}).") from None

    def _read_zip_member(self, name: str) -> bytes:
        assert self._zip is not None
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            raise MalformedExport(f"{name} is missing from {self.what}.") from None
        too_big = MalformedExport(
            f"{name} in {self.what} unpacks to far more data than an export holds; it was not read."
        )
        if info.file_size > MAX_MEMBER_BYTES:
            raise too_big
        if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
            raise too_big
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as member:
                # The header's size may lie; count what really comes out.
                while chunk := member.read(1024 * 1024):
                    size += len(chunk)
                    if size > MAX_MEMBER_BYTES:
                        raise too_big
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
            raise MalformedExport(f"{name} in {self.what} is damaged ({type(exc).__name__}).") from None
        return b"".join(chunks)


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and its encoding: UTF-16 (by BOM, as older exports wrote), UTF-8, or Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:400]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):  # UTF-16 that lost its BOM
        odd_zeros = sample[1::2].count(0) >= sample[0::2].count(0)
        return data.decode("utf-16-le" if odd_zeros else "utf-16-be", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"
