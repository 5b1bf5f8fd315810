"""Load, validate and save the profile file (TOML).

Every problem becomes one ``InvalidProfileFile`` naming the file, the key and what is wrong,
because the person reading it may have edited the file by hand.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from advocacy.domain.handles import BadHandle
from advocacy.domain.models import Network
from advocacy.domain.networks import ACCOUNT_FIELDS, COMPANY_FIELDS, ENDPOINT_FIELDS, NETWORKS, AccountKind, normalise
from advocacy.domain.profile import (
    GOAL_NETWORKS,
    LOCAL_LANGUAGETOOL,
    MAX_POSTS_PER_WEEK,
    Accounts,
    AuditOptions,
    Company,
    CompanyAccounts,
    Endpoints,
    Feed,
    FieldProblem,
    Goals,
    Me,
    ProfileConfig,
    Thresholds,
)
from advocacy.domain.x_syntax import is_hashtag, is_x_username
from advocacy.errors import InvalidProfileFile, StorageError
from advocacy.store_files import write_text_atomically

_ME_KEYS = {"name", "title", "former_employers", "accounts"}
_ACCOUNT_KEYS = set(ACCOUNT_FIELDS)
_COMPANY_LIST_KEYS = {
    "aliases",
    "domains",
    "hashtags",
    "customers",
    "competitors",
    "sensitive_terms",
    "glossary",
    "disclosures",
}
_COMPANY_KEYS = {"name", "accounts", "feeds"} | _COMPANY_LIST_KEYS
_COMPANY_ACCOUNT_KEYS = set(COMPANY_FIELDS)
# bluesky_pds: where a Bluesky account's own server is, besides the AppView that reads profiles.
_ENDPOINT_KEYS = set(ENDPOINT_FIELDS)
_THRESHOLD_KEYS = {f for f in Thresholds.__dataclass_fields__}
_TOP_KEYS = {"me", "company", "endpoints", "thresholds", "audit", "goals", "company_file"}
_GOAL_KEYS = {*GOAL_NETWORKS, "reminders"}
_AUDIT_KEYS = {"check_links", "spelling", "language", "languagetool_url"}
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2})?")


class _Reader:
    """Validates one parsed TOML document, naming keys as ``[section] key`` in errors."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notes: list[str] = []

    def fail(self, key: str, problem: str) -> InvalidProfileFile:
        # The problem keeps what joins it to the key ("mastodon: 'sam' is not…", "[audit] x must be…"),
        # so a form can put its own label in the key's place and read the same sentence.
        bare = key.strip().rstrip(":")
        joined = f"{key.strip()[len(bare) :]} {problem}"
        return InvalidProfileFile(f"{self.path}: {key} {problem}", key=bare or None, problem=joined)

    def table(self, data: Mapping[str, Any], key: str, where: str, allowed: set[str]) -> Mapping[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, Mapping):
            raise self.fail(f"{where}", "must be a table (a [section]), not a single value.")
        self.no_unknown(value, where, allowed)
        return value

    def no_unknown(self, data: Mapping[str, Any], where: str, allowed: set[str]) -> None:
        for key in data:
            if key not in allowed:
                import difflib  # only to suggest the setting meant

                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint = f" Did you mean '{close[0]}'?" if close else f" Known keys: {', '.join(sorted(allowed))}."
                raise self.fail(f"{where} {key}".strip(), f"is not a known setting.{hint}")

    def text(self, data: Mapping[str, Any], key: str, where: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{where} {key}", f"must be text in quotes, not {type(value).__name__}.")
        value = value.strip()
        return value or None

    def texts(self, data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            raise self.fail(f"{where} {key}", f'must be a list of text, like ["{value}"].')
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where} {key}", "must be a list of text in quotes.")
        return tuple(v.strip() for v in value if v.strip())

    def url(self, data: Mapping[str, Any], key: str, where: str, *, as_written: bool = False) -> str | None:
        """An http(s) address. Base addresses lose a trailing slash (paths are appended to them);
        ``as_written`` keeps it, because ``https://host/blog/`` and ``https://host/blog`` may differ."""
        value = self.text(data, key, where)
        if value is None:
            return None
        try:
            parts = urlsplit(value)
        except ValueError:  # "http://[" and other malformed hosts
            parts = urlsplit("")
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise self.fail(f"{where} {key}", f"must be an http:// or https:// address, not '{value}'.")
        if parts.username is not None or parts.password is not None:
            # It would go to every server in requests and show in every report and log line.
            raise self.fail(f"{where} {key}", "must not hold a user name or password; give the address alone.")
        try:
            port = parts.port
        except ValueError:
            port = -1
        if port is not None and not 0 < port < 65536:
            raise self.fail(f"{where} {key}", f"has a port that is not a number from 1 to 65535: '{value}'.")
        return value if as_written else value.rstrip("/")

    def positive_int(self, data: Mapping[str, Any], key: str, where: str, default: int) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise self.fail(f"{where} {key}", f"must be a whole number above 0, not {value!r}.")
        return value


MAX_PROFILE_BYTES = 1_000_000  # a profile is a few hundred lines; more is the wrong file


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        if path.exists() and not path.is_file():
            raise InvalidProfileFile(f"{path}: is not a file (a folder or a device); name the profile file itself.")
        if path.exists() and path.stat().st_size > MAX_PROFILE_BYTES:
            raise InvalidProfileFile(f"{path}: is larger than 1 MB, which no profile file is; is it the right file?")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InvalidProfileFile(f"{path}: the file does not exist.") from None
    except OSError as exc:
        raise InvalidProfileFile(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    try:
        # Notepad and other editors start UTF-8 files with a byte-order mark; TOML itself does not allow one.
        return tomllib.loads(raw.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError:
        raise InvalidProfileFile(f"{path}: is not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidProfileFile(f"{path}: {toml_problem(str(exc))}") from None
    except RecursionError:
        # tomllib recurses once per nested array or inline table: thousands of "[" exhaust the
        # stack long before the 1 MB cap, and no profile nests more than a few levels.
        raise InvalidProfileFile(f"{path}: is nested too deeply to be a profile.") from None


# What the TOML reader's messages mean for someone editing a profile by hand, in their words.
_TOML_MEANINGS = (
    ("Illegal character '\\n'", "a text in quotes is not closed before the line ends"),
    ("Unterminated string", "a text in quotes is not closed"),
    ('Expected "\'"', "a text in quotes is not closed"),
    ("Cannot overwrite a value", "a setting is given twice"),
    ("Cannot declare", "a [section] is given twice"),
    ("Expected ']' at the end of a table declaration", "a [section] heading is missing its closing ]"),
    ("Expected '=' after a key", "a setting is missing its = sign"),
    ("Unclosed inline table", "a { … } is not closed"),
    ("Unescaped '\\'", "a backslash in quotes must be doubled (\\\\), or use 'single quotes'"),
    (
        "Expected newline or end of document",
        "something follows a value on the same line (a stray character, or two values)",
    ),
    ("Invalid value", 'a value is not written as TOML writes one (text goes in "quotes", lists in [ ])'),
)
_TOML_WHERE = re.compile(r"\((?:at line (\d+), column \d+|at end of document)\)\s*$")


def toml_problem(message: str) -> str:
    """One sentence for a TOML reader's message: what is wrong, in words, and on which line."""
    where = _TOML_WHERE.search(message)
    line = f"line {where.group(1)}" if where and where.group(1) else "at the end of the file"
    meaning = next((said for start, said in _TOML_MEANINGS if message.startswith(start)), None)
    if meaning is None:
        return f"{line} cannot be read as a profile file; compare it with the example in the README."
    return f"{line}: {meaning}."


def _parse_accounts(reader: _Reader, me: Mapping[str, Any], base_dir: Path) -> Accounts:
    where = "[me.accounts]"
    accounts = reader.table(me, "accounts", where, _ACCOUNT_KEYS)

    def handle(key: str, network: Network) -> str | None:
        value = reader.text(accounts, key, where)
        if value is None:
            return None
        try:
            normalised = normalise(network, value)
        except BadHandle as exc:
            raise reader.fail(f"{where} {key}:", str(exc)) from None
        if normalised.note:
            reader.notes.append(f"{where} {key}: {normalised.note}.")
        return normalised.value

    def local_path(key: str) -> str | None:
        value = reader.text(accounts, key, where)
        if value is None:
            return None
        try:
            path = Path(value).expanduser()
        except RuntimeError:  # "~someone/…" for a user this computer does not know
            raise reader.fail(f"{where} {key}", f"names a home folder that does not exist here: '{value}'.") from None
        return str(path if path.is_absolute() else (base_dir / path))

    def address(key: str, network: Network) -> str | None:
        text = handle(key, network)
        return reader.url({key: text}, key, where, as_written=True) if text else None

    values: dict[Network, str | None] = {}
    for network_facts in NETWORKS:
        key, network = network_facts.account_field, network_facts.network
        if network_facts.account_kind is AccountKind.FILE:
            values[network] = local_path(key)
        elif network_facts.account_kind is AccountKind.ADDRESS:
            values[network] = address(key, network)
        else:
            values[network] = handle(key, network)
    return Accounts(values)


def _parse_company(reader: _Reader, company: Mapping[str, Any], where: str) -> Company:
    reader.no_unknown(company, where, _COMPANY_KEYS)
    accounts_where = f"[{where.strip('[]')}.accounts]"
    accounts = reader.table(company, "accounts", accounts_where, _COMPANY_ACCOUNT_KEYS)
    feeds_value = company.get("feeds", [])
    if not isinstance(feeds_value, list):
        raise reader.fail(f"{where} feeds", "must be a list of [[company.feeds]] tables.")
    feeds = []
    for index, feed in enumerate(feeds_value, start=1):
        feed_where = f"[[company.feeds]] #{index}"
        if not isinstance(feed, Mapping):
            raise reader.fail(feed_where, "must be a table with url and name.")
        reader.no_unknown(feed, feed_where, {"url", "name"})
        url = reader.url(feed, "url", feed_where, as_written=True)
        if url is None:
            raise reader.fail(f"{feed_where} url", "is missing.")
        feeds.append(Feed(url=url, name=reader.text(feed, "name", feed_where) or ""))
    lists = {key: reader.texts(company, key, where) for key in _COMPANY_LIST_KEYS}
    company_accounts = CompanyAccounts(**{key: reader.text(accounts, key, accounts_where) for key in COMPANY_FIELDS})
    reader.notes += _unlinkable(lists["hashtags"], company_accounts, where, accounts_where)
    return Company(
        name=reader.text(company, "name", where) or "",
        accounts=company_accounts,
        feeds=tuple(feeds),
        **lists,
    )


def _unlinkable(hashtags: tuple[str, ...], accounts: CompanyAccounts, where: str, accounts_where: str) -> list[str]:
    """Notes for a company hashtag or X handle the networks would not make a link: the audit still
    looks for it as written, but a post that relies on it links nothing."""
    notes = [
        f"{where} hashtags: #{tag.lstrip('#＃')} is not a hashtag the networks link (digits alone, or a "
        "character a hashtag cannot hold), so posts using it link nothing."
        for tag in hashtags
        if not is_hashtag("#" + tag.lstrip("#＃"))
    ]
    x_handle = accounts.get(Network.X)
    if x_handle and not is_x_username("@" + x_handle.removeprefix("@")):
        notes.append(
            f"{accounts_where} x: {x_handle!r} is not an X username (letters, digits and _ only, at most 20), "
            "so mentions of it are never found."
        )
    return notes


def load_profile(path: Path | str) -> ProfileConfig:
    """Read and validate a profile file; raise ``InvalidProfileFile`` with one clear sentence."""
    path = Path(path).expanduser()
    return _parse_profile(_read_toml(path), path)


def load_company_file(path: Path | str) -> Company:
    """Read and validate a company file (a ``[company]`` table, as communications teams hand out);
    ``InvalidProfileFile`` naming it as the company file."""
    path = Path(path).expanduser()
    try:
        data = _read_toml(path)
        reader = _Reader(path)
        reader.no_unknown(data, "", {"company"})
        if "company" not in data:
            raise InvalidProfileFile(f"{path}: has no [company] section.")
        return _parse_company(reader, reader.table(data, "company", "[company]", _COMPANY_KEYS), "[company]")
    except InvalidProfileFile as exc:
        said = exc.user_message.removeprefix(f"{path}: ").removeprefix(f"{path} ")
        raise InvalidProfileFile(f"The company file {path.name} cannot be used: {said}") from None


def adopt_company_file(source: Path | str, into: Path) -> Company:
    """Validate ``source`` and keep a copy at ``into``: the profile names the copy, so moving or
    deleting the download breaks nothing."""
    company = load_company_file(source)
    write_text_atomically(into, Path(source).expanduser().read_text(encoding="utf-8-sig"))
    return company


def read_form(config: ProfileConfig, where: Path) -> ProfileConfig | FieldProblem:
    """``config`` (a form's values) read exactly as the profile file would read it (handles in the
    app's form, pasted addresses read as handles), with paths relative to ``where`` (the file it
    will be saved as); or what the file would refuse, as the key and the sentence. An export that is
    not there is said now, not at the audit."""
    if not config.me.accounts.configured():
        return FieldProblem(None, "Name at least one account or export, so there is something to audit.")
    try:
        checked = _parse_profile(tomllib.loads(profile_to_toml(config)), where)
    except InvalidProfileFile as exc:
        return FieldProblem(exc.key, exc.problem or exc.user_message)
    return missing_export(checked) or replace(checked, company_file=config.company_file)


def _parse_profile(data: Mapping[str, Any], path: Path) -> ProfileConfig:
    reader = _Reader(path)
    reader.no_unknown(data, "", _TOP_KEYS)

    me_table = reader.table(data, "me", "[me]", _ME_KEYS)
    me = Me(
        name=reader.text(me_table, "name", "[me]") or "",
        title=reader.text(me_table, "title", "[me]") or "",
        former_employers=reader.texts(me_table, "former_employers", "[me]"),
        accounts=_parse_accounts(reader, me_table, path.parent),
    )

    company_file = reader.text(data, "company_file", "")
    company_path = path
    if company_file is not None:
        if "company" in data:
            raise reader.fail("company_file", "and a [company] section cannot both be given; keep one.")
        company_path = Path(company_file).expanduser()
        if not company_path.is_absolute():
            company_path = path.parent / company_path
        company_data = _read_toml(company_path)
        company_reader = _Reader(company_path)
        company_reader.no_unknown(company_data, "", {"company"})
        company_table = company_reader.table(company_data, "company", "[company]", _COMPANY_KEYS)
        company = _parse_company(company_reader, company_table, "[company]")
        reader.notes += [f"The company file {company_path.name}: {note}" for note in company_reader.notes]
    else:
        company_table = reader.table(data, "company", "[company]", _COMPANY_KEYS)
        company = _parse_company(reader, company_table, "[company]")

    endpoints_table = reader.table(data, "endpoints", "[endpoints]", _ENDPOINT_KEYS)
    endpoints = Endpoints(**{key: reader.url(endpoints_table, key, "[endpoints]") for key in _ENDPOINT_KEYS})

    thresholds_table = reader.table(data, "thresholds", "[thresholds]", _THRESHOLD_KEYS)
    defaults = Thresholds()
    thresholds = Thresholds(
        **{
            key: reader.positive_int(thresholds_table, key, "[thresholds]", getattr(defaults, key))
            for key in _THRESHOLD_KEYS
        }
    )
    if thresholds.last_post_error_days < thresholds.last_post_warning_days:
        raise reader.fail(
            "[thresholds] last_post_error_days",
            "must not be smaller than last_post_warning_days.",
        )
    audit_table = reader.table(data, "audit", "[audit]", _AUDIT_KEYS)
    check_links = audit_table.get("check_links", False)
    if not isinstance(check_links, bool):
        raise reader.fail("[audit] check_links", f"must be true or false, not {check_links!r}.")
    spelling = audit_table.get("spelling", True)
    if not isinstance(spelling, bool):
        raise reader.fail("[audit] spelling", f"must be true or false, not {spelling!r}.")
    language = audit_table.get("language", "en")
    if not isinstance(language, str) or not _LANGUAGE_CODE.fullmatch(language):
        raise reader.fail("[audit] language", f'must be a language code such as "en" or "en-GB", not {language!r}.')
    languagetool_url = audit_table.get("languagetool_url")
    if languagetool_url is not None and (
        not isinstance(languagetool_url, str)
        or (languagetool_url != LOCAL_LANGUAGETOOL and not re.match(r"https?://[^\s/]+", languagetool_url))
    ):
        raise reader.fail(
            "[audit] languagetool_url",
            f'must be an http(s) address such as "http://localhost:8081", or "local", not {languagetool_url!r}.',
        )

    goals = _parse_goals(reader, reader.table(data, "goals", "[goals]", _GOAL_KEYS))
    named = {network.value for network in me.accounts.configured()}
    for network, per_week in goals.posts_per_week:
        if network not in named and per_week:
            label = Network(network).label
            reader.notes.append(
                f"[goals] {network}: no {label} account is named under [me.accounts], so it counts for nothing yet."
            )

    # Kept resolved, so a copy of this profile saved elsewhere still finds the company file.
    resolved_company_file = str(company_path) if company_file is not None else None
    return ProfileConfig(
        me=me,
        company=company,
        endpoints=endpoints,
        thresholds=thresholds,
        audit=AuditOptions(
            check_links=check_links, spelling=spelling, language=language, languagetool_url=languagetool_url
        ),
        goals=goals,
        company_file=resolved_company_file,
        notes=tuple(reader.notes),
    )


def _toml(value: object) -> str:
    """A value as it is written in the file: true, not Python's True."""
    return str(value).lower() if isinstance(value, bool) else repr(value)


def _parse_goals(reader: _Reader, table: Mapping[str, Any]) -> Goals:
    per_week = []
    for network in GOAL_NETWORKS:
        if network not in table:
            continue
        value = table[network]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POSTS_PER_WEEK:
            raise reader.fail(
                f"[goals] {network}",
                f"is posts per week: a whole number from 0 (no goal) to {MAX_POSTS_PER_WEEK}, not {_toml(value)}.",
            )
        per_week.append((network, value))
    reminders = table.get("reminders", False)
    if not isinstance(reminders, bool):
        raise reader.fail("[goals] reminders", f"must be true or false, not {_toml(reminders)}.")
    return Goals(posts_per_week=tuple(per_week), reminders=reminders)


def missing_export(config: ProfileConfig) -> FieldProblem | None:
    """The first data export the profile names that is not there, as the profile file's key and a
    sentence; None when every named export exists (an audit would otherwise say so too late)."""
    for network_facts in NETWORKS:
        value = config.me.accounts.get(network_facts.network)
        if network_facts.account_kind is AccountKind.FILE and value and not Path(value).expanduser().exists():
            key = f"[me.accounts] {network_facts.account_field}"
            return FieldProblem(key, f": there is no file or folder at {value}; choose the download again.")
    return None


def _drop_empty(value: Any) -> Any:
    if isinstance(value, dict):
        cleaned = {k: _drop_empty(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v not in (None, "", [], (), {})}
    if isinstance(value, list | tuple):
        return [_drop_empty(v) for v in value]
    return value


def profile_to_toml(config: ProfileConfig) -> str:
    accounts = config.me.accounts
    document: dict[str, Any] = {
        "me": {
            "name": config.me.name,
            "title": config.me.title,
            "former_employers": list(config.me.former_employers),
            "accounts": accounts.fields(),
        },
        "endpoints": config.endpoints.fields(),
        "thresholds": {key: getattr(config.thresholds, key) for key in sorted(_THRESHOLD_KEYS)},
        "audit": {
            "check_links": config.audit.check_links,
            "spelling": config.audit.spelling,
            "language": config.audit.language,
            "languagetool_url": config.audit.languagetool_url,
        },
        # 0 is a goal too ("none here"): kept, unlike the empty values _drop_empty removes.
        "goals": {**dict(config.goals.posts_per_week), "reminders": config.goals.reminders or None},
    }
    if config.company_file:
        document["company_file"] = config.company_file
    else:
        company = config.company
        document["company"] = {
            "name": company.name,
            **{key: list(getattr(company, key)) for key in sorted(_COMPANY_LIST_KEYS)},
            "accounts": company.accounts.fields(),
            "feeds": [{"url": f.url, "name": f.name} for f in company.feeds],
        }
    import tomli_w  # the writer loads with the first profile saved, not with the first read

    return tomli_w.dumps(_drop_empty(document))


def keep_damaged_profile(path: Path) -> Path | None:
    """Move a profile file that cannot be read as one out of the way (beside it, named for when
    it was found), so that saving a new profile never destroys it; where it went, or None when
    there is no file or it reads fine."""
    from advocacy.store_recovery import aside_name

    if not path.is_file():
        return None
    try:
        load_profile(path)
    except InvalidProfileFile:
        aside = aside_name(path)
        try:
            path.rename(aside)
        except OSError as exc:
            raise StorageError(
                f"Your profile file {path} cannot be read, and it could not be kept aside as {aside.name} "
                f"({exc.strerror or exc}), so nothing was saved over it."
            ) from None
        return aside
    return None


def save_profile(config: ProfileConfig, path: Path | str) -> None:
    """Write atomically: a crash mid-write must never leave a half-written profile behind.
    ``StorageError`` (one sentence) when the file or its folder cannot be written; the file on
    disk is then as it was."""
    path = Path(path)
    try:
        write_text_atomically(path, profile_to_toml(config))
    except OSError as exc:
        raise StorageError(
            f"Your profile could not be saved to {path} ({exc.strerror or exc}); the file there is unchanged."
        ) from None
