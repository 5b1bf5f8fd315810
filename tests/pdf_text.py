"""Just enough of a PDF reader for tests of the PDFs fpdf2 writes: the pages in order, and on each the
text runs with their font, size and height on the page, decoded through each font's ToUnicode map.
Compressed streams (FlateDecode) are inflated, so the real output is read, not a test-only variant."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_TOKEN = re.compile(rb"/(F\d+)\s+([\d.]+)\s+Tf|([-\d.]+)\s+([-\d.]+)\s+Td|\(((?:\\.|[^\\)])*)\)\s*Tj", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


@dataclass(frozen=True)
class Run:
    font: str  # the font's resource name on its page: F1, F2
    bold: bool
    size: float
    y: float  # from the bottom of the page, in points
    text: str


def _objects(pdf: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    found = {}
    for match in _OBJECT.finditer(pdf):
        body = match.group(2)
        stream = _STREAM.search(body)
        data = None
        if stream is not None:
            length = re.search(rb"/Length\s+(\d+)(?!\s+0\s+R)", body[: stream.start()])
            data = stream.group(1)
            if length is not None:  # exactly as long as it says: compressed data may end in a newline
                data = body[stream.start(1) : stream.start(1) + int(length.group(1))]
            if b"/FlateDecode" in body[: stream.start()]:
                data = zlib.decompress(data)
        found[int(match.group(1))] = (body[: stream.start()] if stream else body, data)
    return found


def _unescape(literal: bytes) -> bytes:
    out, i = bytearray(), 0
    while i < len(literal):
        char = literal[i : i + 1]
        if char != b"\\":
            out += char
            i += 1
            continue
        following = literal[i + 1 : i + 2]
        octal = re.match(rb"[0-7]{1,3}", literal[i + 1 : i + 4])
        if octal:
            out.append(int(octal.group(), 8))
            i += 1 + len(octal.group())
        else:
            out += _ESCAPES.get(following, following)
            i += 2
    return bytes(out)


def _cmap(data: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(source, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(target, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[code] = chr(start + offset)
    return mapping


def _ref(body: bytes, key: bytes) -> int | None:
    match = re.search(rb"/" + key + rb"\s+(\d+) 0 R", body)
    return int(match.group(1)) if match else None


def pages(pdf: bytes) -> list[list[Run]]:
    """Every page's text runs, in the order they are drawn."""
    objects = _objects(pdf)
    root = next(body for body, _ in objects.values() if re.search(rb"/Type\s*/Pages\b", body))
    kids = [int(n) for n in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", root, re.S).group(1))]  # type: ignore[union-attr]
    result = []
    for kid in kids:
        body, _ = objects[kid]
        resources = objects[_ref(body, b"Resources") or kid][0]
        fonts = dict(re.findall(rb"/(F\d+)\s+(\d+) 0 R", resources))
        maps, bold = {}, {}
        for name, number in fonts.items():
            font_body = objects[int(number)][0]
            unicode_ref = _ref(font_body, b"ToUnicode")
            maps[name.decode()] = _cmap(objects[unicode_ref][1] or b"") if unicode_ref else {}
            bold[name.decode()] = b"Bold" in font_body
        content = objects[_ref(body, b"Contents") or kid][1] or b""
        runs, font, size, y = [], "", 0.0, 0.0
        for match in _TOKEN.finditer(content):
            if match.group(1):
                font, size = match.group(1).decode(), float(match.group(2))
            elif match.group(3):
                y = float(match.group(4))
            else:
                raw = _unescape(match.group(5))
                codes = [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw) - 1, 2)]
                text = "".join(maps.get(font, {}).get(code, "\ufffd") for code in codes)
                runs.append(Run(font, bold.get(font, False), size, y, text))
        result.append(runs)
    return result


def text_of(pdf: bytes) -> str:
    return "\n".join(run.text for page in pages(pdf) for run in page)
