"""Read files from an export the user downloaded: a ZIP or its unpacked folder.

Exports come from the internet and may be damaged or hostile. Nothing is extracted to disk. Small
files (a profile, an index) are read whole, up to ``MAX_MEMBER_BYTES``; the big ones (a prolific
account's tweets, shares, posts) are read as a stream of chunks with no size cap of their own, so a
genuine export of any size is read in flat memory. A ZIP bomb is refused by its compression ratio
(from the ZIP's directory before anything is inflated, and again by what really comes out, since
a directory can lie) and by the total unpacked from one export. Member names that are absolute or
climb out with ``..`` are ignored.
"""

from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

from advocacy.errors import FetchError

MAX_MEMBER_BYTES = 64 * 1024 * 1024  # for the files read whole: far more than any profile or index
MAX_COMPRESSION_RATIO = 200  # JSON and CSV compress 5-20x; far beyond that is a bomb, not an export
MAX_TOTAL_BYTES = 16 * 1024**3  # unpacked from one export's text files: more than any account writes
CHUNK_BYTES = 1024 * 1024
_RATIO_FLOOR = 1024 * 1024  # a tiny member may compress far better than its ratio: never refused below this


def size_phrase(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB"
    if size >= 1024**2:
        return f"{size / 1024**2:.0f} MB"
    return f"{max(1, round(size / 1024))} KB"


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
        self._unpacked = 0  # bytes read from members so far, for the total cap
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
            if (size := file.stat().st_size) > MAX_MEMBER_BYTES:
                raise MalformedExport(
                    f"{name} in {self.what} is {size_phrase(size)}, far larger than this file ever is in a "
                    "real export; it was not read."
                )
            return file.read_bytes()
        except OSError as exc:
            raise FetchError(f"{name} in {self.what} cannot be read ({exc.strerror or exc}).") from None

    def _read_zip_member(self, name: str) -> bytes:
        info = self._info(name)
        if info.file_size > max(info.compress_size * MAX_COMPRESSION_RATIO, _RATIO_FLOOR):
            raise self._bomb(name, info.file_size, info.compress_size)
        if info.file_size > MAX_MEMBER_BYTES:
            raise MalformedExport(
                f"{name} in {self.what} is {size_phrase(info.file_size)}, far larger than this file ever is "
                "in a real export; it was not read."
            )
        return b"".join(self.chunks(name))

    def _info(self, name: str) -> zipfile.ZipInfo:
        assert self._zip is not None
        try:
            return self._zip.getinfo(name)
        except KeyError:
            raise MalformedExport(f"{name} is missing from {self.what}.") from None

    def _bomb(self, name: str, unpacked: int, packed: int) -> MalformedExport:
        return MalformedExport(
            f"{name} in {self.what} unpacks to far more data than an export holds ({size_phrase(unpacked)} "
            f"from {size_phrase(packed)}, over {MAX_COMPRESSION_RATIO} times its packed size); it was not read."
        )

    def chunks(self, name: str) -> Iterator[bytes]:
        """A member's bytes, a chunk at a time: any size, in flat memory, within the bomb guards."""
        if self._zip is None:
            yield from self._file_chunks(name)
            return
        info = self._info(name)
        allowed = max(info.compress_size * MAX_COMPRESSION_RATIO, _RATIO_FLOOR)
        if info.file_size > allowed:  # the directory says so: refused before anything is inflated
            raise self._bomb(name, info.file_size, info.compress_size)
        size = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(CHUNK_BYTES):
                    size += len(chunk)
                    # The directory may lie: count what really comes out.
                    if size > allowed:
                        raise self._bomb(name, size, info.compress_size)
                    self._count(len(chunk))
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
            raise MalformedExport(f"{name} in {self.what} is damaged ({type(exc).__name__}).") from None

    def _file_chunks(self, name: str) -> Iterator[bytes]:
        try:
            with (self.path / name).open("rb") as file:
                while chunk := file.read(CHUNK_BYTES):
                    self._count(len(chunk))
                    yield chunk
        except OSError as exc:
            raise FetchError(f"{name} in {self.what} cannot be read ({exc.strerror or exc}).") from None

    def _count(self, size: int) -> None:
        self._unpacked += size
        if self._unpacked > MAX_TOTAL_BYTES:
            raise MalformedExport(
                f"{self.what} unpacks to more than {size_phrase(MAX_TOTAL_BYTES)} of text, far more than an "
                "account's export holds; the rest was not read."
            )


def text_encoding(sample: bytes) -> str:
    """The encoding of an export's text file from its first bytes: UTF-16 (by BOM, or by its zero
    bytes when the BOM was lost, as older exports wrote), UTF-8, or Windows-1252."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = sample[:400]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        return "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 3:  # not merely a character cut at the sample's end
            return "cp1252"
    return "utf-8-sig"


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and its encoding ("utf-16", "utf-8" or "cp1252"), as ``text_encoding`` tells."""
    encoding = text_encoding(data)
    if encoding == "utf-8-sig":
        try:
            return data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    family = "utf-16" if encoding.startswith("utf-16") else encoding
    return data.decode(encoding, errors="replace"), family


def decoded(chunks: Iterable[bytes], encoding: str | None = None) -> Iterator[str]:
    """Text from a stream of bytes, its encoding told by the first chunk (see ``text_encoding``) unless
    given. Bytes that are not text become U+FFFD rather than an error."""
    decoder: codecs.IncrementalDecoder | None = None
    for chunk in chunks:
        if decoder is None:
            decoder = codecs.getincrementaldecoder(encoding or text_encoding(chunk))(errors="replace")
        if text := decoder.decode(chunk):
            yield text
    if decoder is not None and (rest := decoder.decode(b"", final=True)):
        yield rest
