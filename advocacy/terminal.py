"""Text from servers and files, made safe to print on a terminal.

A name, a bio or a post is written by someone else. Printed raw, an ESC or a C1 control byte in it
can retitle the terminal, recolour it, hide lines or (on some terminals) answer back with input.
Every line the command line prints goes through one of these two functions. Newline and tab stay;
every other C0 control, DEL and every C1 control is shown as a visible symbol instead of acting.
"""

from __future__ import annotations

import re

# C0 (except tab and newline), DEL, C1. Carriage return is included: it can overwrite a printed line.
# The bidirectional embeddings, overrides and isolates reorder what a terminal shows (a URL in a fix
# could read backwards), so they are made visible too.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_C1_AND_DEL = re.compile(rf"[\x7f-\x9f{_BIDI}]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode's control pictures: ESC becomes ␛, BEL ␇
    if code == 0x7F:
        return "\u2421"  # ␡
    if code > 0xFF:
        return f"\\u{code:04x}"  # a bidi control, shown as its escape
    return f"\\x{code:02x}"  # C1 has no control pictures; shown as its escape, no markup characters


def for_terminal(text: str) -> str:
    """``text`` with every control character but newline and tab made visible and harmless."""
    return _CONTROL.sub(_visible, text)


def json_for_terminal(text: str) -> str:
    """JSON from ``json.dumps(..., ensure_ascii=False)`` with DEL and C1 controls escaped as ``\\u00XX``.

    ``json.dumps`` escapes C0 itself but passes DEL and C1 through raw; inside a JSON string the
    escaped form means the same character, so the document is unchanged for any JSON reader.
    """
    return _C1_AND_DEL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
