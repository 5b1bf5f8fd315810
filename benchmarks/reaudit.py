"""Re-audit cost: the same audit twice, the second with the validators saved by the first.

The loopback servers behave like common web servers: every answer gets an ETag and a matching
If-None-Match gets 304, except answers the recorded server marked ``no-store`` (the Mastodon account
lookup), which a client must not keep and so cannot revalidate.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import checks
from advocacy.audit_runner import AuditServices, run_audit
from advocacy.http_cache import SqliteHttpCache
from benchmarks.audit_wall_time import _config, network_servers


@dataclass
class Tally:
    requests: int = 0
    bytes_sent: int = 0
    not_modified: int = 0

    def reset(self) -> None:
        self.requests = self.bytes_sent = self.not_modified = 0


class ValidatingServer(HTTPServer):
    tally: Tally

    def dispatch(self, request: Request) -> Response:
        response = super().dispatch(request)
        self.tally.requests += 1
        if response.status_code == 200 and "no-store" not in response.headers.get("Cache-Control", ""):
            etag = response.headers.get("ETag") or f'"{hashlib.sha256(response.get_data()).hexdigest()[:16]}"'
            response.headers["ETag"] = etag
            if request.headers.get("If-None-Match") == etag:
                self.tally.not_modified += 1
                return Response(status=304, headers={"ETag": etag})
        self.tally.bytes_sent += len(response.get_data())
        return response


def measure() -> tuple[Tally, Tally]:
    tally = Tally()
    ValidatingServer.tally = tally
    with network_servers(ValidatingServer) as servers, tempfile.TemporaryDirectory() as tmp:
        bases = {name: server.url_for("").rstrip("/") for name, server in servers.items()}
        config = _config(bases, Path(tmp))
        services = AuditServices(http_cache=SqliteHttpCache(Path(tmp) / "cache.sqlite3"))
        results = []
        for _ in range(2):
            tally.reset()
            run_audit(config, rules=checks.DEFAULT_RULES, scorer=checks.score_card, services=services)
            results.append(Tally(tally.requests, tally.bytes_sent, tally.not_modified))
    return results[0], results[1]


def report() -> list[tuple[str, str]]:
    first, second = measure()
    saved = 1 - second.bytes_sent / first.bytes_sent if first.bytes_sent else 0.0
    return [
        ("first audit: requests / bytes received", f"{first.requests} / {first.bytes_sent:,}"),
        (
            "re-audit: requests / bytes received / 304s",
            f"{second.requests} / {second.bytes_sent:,} / {second.not_modified}",
        ),
        ("bytes saved by the re-audit (target >= 80%)", f"{saved:.0%}"),
    ]


logging.getLogger("werkzeug").setLevel(logging.ERROR)

if __name__ == "__main__":
    for name, value in report():
        print(f"{name:75} {value:>18}")
