"""Timestamps as networks and exports write them, to aware UTC datetimes.

``parse_timestamp`` is strict ISO-8601 (what APIs send). ``parse_loose`` reads whatever a person's
export or a hand-written feed may hold: ISO with a space or a ``T``, ``Z``/offset/``UTC``/``GMT``,
any number of fraction digits, RFC 822 (``Tue, 06 Feb 2018 06:34:12 -0700``), Twitter's
``Wed Feb 10 18:00:00 +0000 2021``, US ``03/14/18, 9:12 AM``, day-first ``14.03.2018 09:12``,
``Mar 14, 2018``, ``14 March 2018``, month names in a few languages, and Unix epochs. A value with
no zone is taken as UTC. Numeric dates whose order is ambiguous (``03/04/18``) are read month-first
unless the caller says otherwise; ``day_first_for`` decides that for a whole column at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january janvier januar enero januari janeiro gennaio jan janv ene gen",
        "february fevrier février februar febrero februari fevereiro febbraio feb fev fév febr",
        "march mars märz maerz marzo maart março mar mär mrt",
        "april avril abril aprile apr avr abr",
        "may mai mayo mei maio maggio mag",
        "june juin juni junio junho giugno jun jui giu",
        "july juillet juli julio julho luglio jul juil lug",
        "august aout août agosto augustus aug aoû ago",
        "september septembre septiembre setembro settembre sep sept set",
        "october octobre oktober octubre outubro ottobre oct okt out ott",
        "november novembre noviembre novembro nov",
        "december decembre décembre dezember diciembre dezembro dicembre dec déc dez dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_WEEKDAYS = {
    *["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    *["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"],
}
_FILLER = {"at", "on", "the", "of", "um", "le", "de", "del", "à", "a", "t", "st", "nd", "rd", "th", "er", "o"}
_ZONES = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "ut": 0,
    "wet": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "met": 60,
    "mest": 120,
    "eet": 120,
    "eest": 180,
    "ist": 330,
    "jst": 540,
    "kst": 540,
    "aest": 600,
    "aedt": 660,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
}

_TIME = re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})[:h](?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d+))?)?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\.?(?![a-z]))?",
    re.IGNORECASE,
)
_OFFSET = re.compile(r"(?:(?<=\s)|(?<=utc)|(?<=gmt))(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})?\b", re.I)
_ISO_T = re.compile(r"(?<=\d)T(?=\d)")
_TOKEN = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)
_AMPM = re.compile(r"\d\s*[ap]\.?m\b", re.IGNORECASE)
_STRICT = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
_EPOCH = re.compile(r"\d{9,13}(?:\.\d+)?")


def _aware(value: datetime) -> datetime | None:
    """In UTC; ``None`` for the first and last hours of the calendar, which UTC cannot hold."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        return None


def parse_timestamp(value: object) -> datetime | None:
    """ISO-8601 date or date-time (``Z`` or offset); anything else gives ``None``."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    return _aware(parsed)


def _year(value: int, digits: int) -> int:
    if digits <= 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


_YMD = tuple[int, int, int]


def _date_with_month(numbers: list[tuple[int, int]], month: int) -> _YMD | None:
    if len(numbers) == 2:
        (a, da), (b, db) = numbers
        if da >= 3 or a > 31:  # "2018 Mar 14"
            return _year(a, da), month, b
        return _year(b, db), month, a  # "Mar 14, 2018" and "14 Mar 2018"
    if len(numbers) == 1 and numbers[0][1] == 4:
        return numbers[0][0], month, 1  # "Mar 2018"
    return None


def _date_numeric(numbers: list[tuple[int, int]], day_first: bool) -> _YMD | None:
    values = [value for value, _ in numbers]
    digits = [count for _, count in numbers]
    if len(numbers) == 3:
        a, b, c = values
        if digits[0] >= 3:
            return a, b, c  # 2018-03-14, 2018/03/14
        # Month-first (LinkedIn's, X's and the US habit) unless only day-first makes sense.
        first_is_day = a > 12 >= b or (day_first and not b > 12 >= a)
        return (_year(c, digits[2]), b, a) if first_is_day else (_year(c, digits[2]), a, b)
    if len(numbers) == 2 and 4 in digits:
        year_at = digits.index(4)
        return values[year_at], values[1 - year_at], 1  # 2018-03 or 03/2018
    if digits == [8]:
        return values[0] // 10000, values[0] // 100 % 100, values[0] % 100  # 20180314
    return None


def _clock(rest: str) -> tuple[str, tuple[int, int, int, int], int | None] | None:
    """The time of day and zone offset (minutes) found in ``rest``, and what is left of it."""
    time_match = _TIME.search(rest)
    if not time_match:
        return rest, (0, 0, 0, 0), None
    hour, minute = int(time_match["h"]), int(time_match["m"])
    second = int(time_match["s"] or 0)
    micro = int((time_match["f"] or "0")[:6].ljust(6, "0"))
    if time_match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if time_match["ampm"].lower() == "p" else 0)
    rest = rest[: time_match.start()] + " " + rest[time_match.end() :]
    offset: int | None = None
    offset_match = _OFFSET.search(rest)
    if offset_match:
        minutes = int(offset_match["oh"]) * 60 + int(offset_match["om"] or 0)
        offset = -minutes if offset_match["sign"] == "-" else minutes
        rest = rest[: offset_match.start()] + " " + rest[offset_match.end() :]
    return rest, (hour, minute, second, micro), offset


def parse_loose(value: object, *, day_first: bool = False) -> datetime | None:
    """A date or date-time in any of the formats people's exports and feeds use, or ``None``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _epoch(float(value))
    text = value.strip().strip("\"'").strip() if isinstance(value, str) else ""
    if not text or len(text) > 80:
        return None
    if _EPOCH.fullmatch(text):
        return _epoch(float(text))
    if _STRICT.match(text) and (strict := parse_timestamp(text)) is not None:
        return strict
    if ("," in text[:5] or re.match(r"[A-Za-z]{3},?\s+\d", text)) and not _AMPM.search(text):
        try:
            return _aware(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return _tokens(text, day_first=day_first)


def _epoch(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    if not 1e8 < seconds < 4.2e9:  # 1973 to 2103: anything else is not a timestamp
        return None
    return datetime.fromtimestamp(seconds, tz=UTC)


def _tokens(text: str, *, day_first: bool) -> datetime | None:
    clock = _clock(_ISO_T.sub(" ", text))
    if clock is None:
        return None
    rest, (hour, minute, second, micro), offset = clock
    numbers: list[tuple[int, int]] = []
    month: int | None = None
    for token in _TOKEN.findall(rest):
        word = token.lower().rstrip(".")
        if token.isdecimal():
            numbers.append((int(token), len(token)))
        elif word in _ZONES:
            offset = _ZONES[word] if offset is None else offset
        elif word in _MONTHS and month is None:
            month = _MONTHS[word]
        elif word not in _WEEKDAYS and word not in _FILLER:
            return None  # a word we do not know: better no date than a wrong one
    ymd = _date_with_month(numbers, month) if month is not None else _date_numeric(numbers, day_first)
    try:
        parsed = datetime(*ymd, hour, minute, second, micro) if ymd else None
    except (ValueError, OverflowError):
        return None
    if parsed is not None and offset is not None:
        if not -24 * 60 < offset < 24 * 60:
            return None  # no place on earth is a day or more from UTC: a misread number, not a zone
        parsed = parsed.replace(tzinfo=timezone(timedelta(minutes=offset)))
    return _aware(parsed) if parsed else None


_NUMERIC_DATE = re.compile(r"^\s*\"?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})\b")


def day_first_for(values: Iterable[str]) -> bool:
    """Whether a column of numeric dates is written day-first: yes when any value can only be read
    that way (``25/10/2017``) and none can only be read month-first (``10/25/2017``)."""
    day_first = month_first = False
    for value in values:
        match = _NUMERIC_DATE.match(value)
        if not match:
            continue
        a, b = int(match[1]), int(match[2])
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    return day_first and not month_first
