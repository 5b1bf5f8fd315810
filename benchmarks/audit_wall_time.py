"""A full audit of all six sources against a loopback server that delays every answer by 200 ms.

Prints the wall time of the full audit, the number of HTTP requests, each source's own chain of
requests run alone, and the time all those chains take one after another. Target: the full audit
takes at most 1.5 times the slowest single chain.
"""

from __future__ import annotations

import logging
import statistics
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import checks
from advocacy.audit_runner import AuditServices, run_audit
from advocacy.domain.models import SourceStatus
from advocacy.domain.profile import Accounts, Company, CompanyAccounts, Endpoints, Me, ProfileConfig
from tests import bluesky_server, github_server, mastodon_server
from tests.advocacy.test_linkedin_export import _export_folder
from tests.advocacy.test_website import _serve_site
from tests.advocacy.test_x_archive import _archive_folder

DELAY_SECONDS = 0.2
RUNS = 3


class SlowServer(HTTPServer):
    """Every answer waits DELAY_SECONDS, like a distant server; requests are handled in parallel."""

    def dispatch(self, request: Request) -> Response:
        time.sleep(DELAY_SECONDS)
        return super().dispatch(request)


@dataclass(frozen=True)
class Figures:
    full_wall: float
    full_requests: int
    solo: dict[str, tuple[float, int]]

    @property
    def slowest_chain(self) -> float:
        return max(seconds for seconds, _ in self.solo.values())

    @property
    def one_after_another(self) -> float:
        return sum(seconds for seconds, _ in self.solo.values())


def _config(bases: dict[str, str], tmp: Path) -> ProfileConfig:
    accounts = Accounts(
        mastodon=f"@{mastodon_server.USERNAME}@localhost",
        bluesky=bluesky_server.HANDLE,
        github=github_server.LOGIN,
        website=f"{bases['website']}/",
        linkedin_export=str(_export_folder(tmp / "li")),
        x_archive=str(_archive_folder(tmp / "x")),
    )
    return ProfileConfig(
        me=Me(name="Bench", accounts=accounts),
        company=Company(name="Acme", accounts=CompanyAccounts(github="acme")),
        endpoints=Endpoints(mastodon=bases["mastodon"], bluesky=bases["bluesky"], github=bases["github"]),
    )


def _timed(servers: Sequence[HTTPServer], config: ProfileConfig) -> tuple[float, int]:
    for server in servers:
        server.log.clear()
    started = time.perf_counter()
    report = run_audit(config, rules=checks.DEFAULT_RULES, scorer=checks.score_card, services=AuditServices())
    elapsed = time.perf_counter() - started
    failed = [s.error for s in report.sources if s.status is not SourceStatus.OK]
    if failed:
        raise RuntimeError(f"benchmark audit failed: {failed}")
    return elapsed, sum(len(server.log) for server in servers)


@contextmanager
def network_servers(server_class: type[HTTPServer] = SlowServer) -> Iterator[dict[str, HTTPServer]]:
    """One loopback server per network, as in real life: the per-host politeness limit applies per server."""
    servers = {name: server_class(threaded=True) for name in ("mastodon", "bluesky", "github", "website")}
    for server in servers.values():
        server.start()
    try:
        mastodon_server.install(servers["mastodon"])
        bluesky_server.install(servers["bluesky"])
        github_server.install(servers["github"])
        _serve_site(servers["website"])
        yield servers
    finally:
        for server in servers.values():
            server.clear()
            server.stop()


def measure() -> Figures:
    with network_servers() as servers:
        bases = {name: server.url_for("").rstrip("/") for name, server in servers.items()}
        every = list(servers.values())
        with tempfile.TemporaryDirectory() as tmp:
            config = _config(bases, Path(tmp))
            runs = [_timed(every, config) for _ in range(RUNS)]
            solo: dict[str, tuple[float, int]] = {}
            for network, handle in config.me.accounts.configured().items():
                only = replace(config, me=replace(config.me, accounts=Accounts(**{_field(network.value): handle})))
                times = [_timed(every, only) for _ in range(RUNS)]
                solo[network.label] = (statistics.median(t for t, _ in times), times[0][1])
    return Figures(statistics.median(t for t, _ in runs), runs[0][1], solo)


def _field(network: str) -> str:
    return {"linkedin": "linkedin_export", "x": "x_archive"}.get(network, network)


def report() -> list[tuple[str, str]]:
    figures = measure()
    ratio = figures.full_wall / figures.slowest_chain
    rows = [
        (f"  {name} alone ({requests} requests)", f"{seconds:.3f} s")
        for name, (seconds, requests) in figures.solo.items()
    ]
    rows += [
        (
            f"six sources in one audit ({figures.full_requests} requests, {DELAY_SECONDS * 1000:.0f} ms each)",
            f"{figures.full_wall:.3f} s",
        ),
        ("the same chains one after another", f"{figures.one_after_another:.3f} s"),
        ("full audit / slowest single chain (target <= 1.5)", f"{ratio:.2f}"),
    ]
    return rows


logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request would drown the figures

if __name__ == "__main__":
    for name, value in report():
        print(f"{name:75} {value:>10}")
