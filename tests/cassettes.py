"""Load recorded vcrpy cassettes and serve them from a loopback HTTP server."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Response

FIXTURES = Path(__file__).parent / "fixtures"
RECORDED_ORIGIN = "http://localhost:3000"


@dataclass(frozen=True)
class Interaction:
    method: str
    path: str
    query: dict[str, str]
    status: int
    headers: dict[str, str]
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


def load_cassette(name: str) -> list[Interaction]:
    data = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    interactions = []
    for item in data["interactions"]:
        request, response = item["request"], item["response"]
        parts = urlsplit(request["uri"])
        headers = {k.lower(): v[0] if isinstance(v, list) else v for k, v in response["headers"].items()}
        interactions.append(
            Interaction(
                method=request["method"],
                path=parts.path,
                query=dict(parse_qsl(parts.query)),
                status=response["status"]["code"],
                headers=headers,
                body=response["body"]["string"],
            )
        )
    return interactions


def find(interactions: list[Interaction], method: str, path_suffix: str) -> list[Interaction]:
    return [i for i in interactions if i.method == method and i.path.endswith(path_suffix)]


# Headers that describe the recorded transfer, not the content; the test server sets its own.
_HOP_HEADERS = {"content-length", "transfer-encoding", "connection", "content-encoding"}


def serve(
    server: HTTPServer,
    interaction: Interaction,
    *,
    path: str | None = None,
    query: dict[str, str] | None = None,
    body: str | None = None,
) -> None:
    """Answer the recorded request with the recorded response, pointed at the loopback server."""
    origin = server.url_for("").rstrip("/")
    text = (body if body is not None else interaction.body).replace(RECORDED_ORIGIN, origin)
    headers = {k: v.replace(RECORDED_ORIGIN, origin) for k, v in interaction.headers.items() if k not in _HOP_HEADERS}
    server.expect_request(
        path or interaction.path,
        method=interaction.method,
        query_string=query if query is not None else (interaction.query or None),
    ).respond_with_response(Response(text, status=interaction.status, headers=headers))
