"""Fictional exports in Meta's own JSON format, written for tests (the real recorded ones are in
tests/fixtures/meta): a person whose Facebook, Instagram and Threads each show something to fix."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any


def meta_json(value: Any) -> str:
    """JSON as Meta writes it: every UTF-8 byte of a non-ASCII character escaped on its own."""

    def mangle(item: Any) -> Any:
        if isinstance(item, str):
            return item.encode("utf-8").decode("latin-1")
        if isinstance(item, list):
            return [mangle(x) for x in item]
        if isinstance(item, dict):
            return {key: mangle(x) for key, x in item.items()}
        return item

    return json.dumps(mangle(value), indent=2, ensure_ascii=True)


def _write(root: Path, inside: str, value: Any) -> None:
    path = root / inside
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(meta_json(value), encoding="ascii")


def _string_map(fields: dict[str, str]) -> dict[str, Any]:
    return {name: {"href": "", "value": value, "timestamp": 0} for name, value in fields.items()}


def write_meta_exports(root: Path, now: datetime | None = None) -> Path:
    """A Facebook export and an Instagram export (Threads inside it) under ``root``, and the profile
    file naming them; returns the profile file."""
    now = now or datetime.now(UTC)

    def ago(days: int) -> int:
        return int((now - timedelta(days=days)).timestamp())

    facebook = root / "facebook-export"
    _write(
        facebook,
        "personal_information/profile_information/profile_information.json",
        {
            "profile_v2": {
                "name": {"full_name": "Zoë Example"},
                "work_experiences": [{"employer": "Globex", "title": "Engineer", "start_timestamp": ago(2000)}],
                "username": "zoe.example",
            }
        },
    )
    _write(
        facebook,
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        [
            {
                "timestamp": ago(3),
                "attachments": [{"data": [{"external_context": {"url": "https://acme.example/widgetos"}}]}],
                "data": [{"post": "The new WidgetOS from Acme Widgets is out, go and try it — it is brilliant! 🚀"}],
            },
            {
                "timestamp": ago(5),
                "data": [{"post": "Two great days on site with Initech this week. Café ☕ included."}],
            },
            {
                "timestamp": ago(6),
                "attachments": [{"data": [{"external_context": {"url": ""}}]}],
                "data": [{"update_timestamp": ago(6)}, {}],
                "title": "Zoë Example shared a post.",
            },
        ],
    )
    instagram = root / "instagram-export"
    _write(
        instagram,
        "personal_information/personal_information/personal_information.json",
        {
            "profile_user": [
                {
                    "string_map_data": _string_map(
                        {"Username": "zoe.example", "Name": "Zoë Example", "Bio": "Engineer at ACME Corp"}
                    )
                }
            ]
        },
    )
    _write(
        instagram,
        "your_instagram_activity/content/posts_1.json",
        [
            {
                "media": [{"uri": "media/posts/1.jpg", "creation_timestamp": ago(4), "title": ""}],
                "title": "A first look at Project Falcon in the lab #employeeadvocacy",
                "creation_timestamp": ago(4),
            }
        ],
    )
    threads = "your_instagram_activity/threads"
    _write(
        instagram,
        f"{threads}/personal_information.json",
        {
            "text_post_app_text_post_app_profile": [
                {"string_map_data": _string_map({"Bio": "Photographs and bread", "Private Account": "True"})}
            ]
        },
    )
    _write(
        instagram,
        f"{threads}/threads_and_replies.json",
        {
            "text_post_app_text_posts": [
                {
                    "media": [
                        {
                            "uri": "",
                            "creation_timestamp": ago(2),
                            "title": "I recieve so many questions about sourdough starters.",
                            "text_app_post": {"is_reply": False},
                        }
                    ]
                }
            ]
        },
    )
    profile = root / "profile.toml"
    profile.write_text(
        """[me]
name = "Zoë Example"
title = "Engineer"
former_employers = ["Globex"]

[me.accounts]
facebook_export = "facebook-export"
instagram_export = "instagram-export"
threads_export = "instagram-export"

[company]
name = "Acme Widgets"
aliases = ["Acme"]
domains = ["acme.example"]
customers = ["Initech"]
sensitive_terms = ["Project Falcon"]
disclosures = ["I work at Acme"]
""",
        encoding="utf-8",
    )
    return profile
