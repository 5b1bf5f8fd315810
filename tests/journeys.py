"""Days of use as a state machine: audit, share, schedule, cancel here and on the server, remind, mark
as posted, drop, undo, dismiss and restore, keep drafts, restart, change the profile, in any order.

Everything is real: a loopback Mastodon (recorded answers for the audit; a server that stores what it
is sent, held posts included, and may ignore the Idempotency-Key or answer 502 after storing), a
LinkedIn export folder built from recorded files, a SQLite file under a fresh home folder, the real
rules. After every step the invariants below are checked; at the end the window opens offscreen on
the state the journey left and every tab draws.

Used by ``tests/test_journeys.py`` (a fixed budget in CI) and ``benchmarks/journeys.py`` (longer).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import checks
from advocacy.credentials import CredentialStore
from advocacy.domain.models import Finding, Network, SourceStatus
from advocacy.domain.plan import Reminder
from advocacy.domain.profile import Accounts, AuditOptions, Endpoints, ProfileConfig
from advocacy.domain.records import ShareState
from advocacy.errors import AdvocacyError
from advocacy.workspace import Workspace, text_item_key
from tests import mastodon_server
from tests.cassettes import FIXTURES
from tests.keyring_memory import MemoryKeyring

# Examples and steps run in this process, for the benchmark's figures.
TALLY = {"examples": 0, "steps": 0}
TEXTS = tuple(f"Journey post {n}: WidgetOS 5 is out (I work at Acme)" for n in range(4))
POSTER_ID = "999"


@dataclass
class JourneyMastodon:
    """What a Mastodon-compatible server stores: published statuses and held (scheduled) ones."""

    published: list[dict[str, Any]] = field(default_factory=list)
    held: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_key: dict[str, str] = field(default_factory=dict)
    careless: bool = False  # ignores the Idempotency-Key
    fail_after_storing: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_id: int = 1

    def post(self, request: Request) -> Response:
        body = request.get_json()
        key = request.headers.get("Idempotency-Key", "")
        with self.lock:
            if key in self.by_key and not self.careless:
                known = self.by_key[key]
                found = self.held.get(known) or next((s for s in self.published if s["id"] == known), None)
                if found is not None:
                    return Response(json.dumps(found), content_type="application/json")
            number, self.next_id = str(self.next_id), self.next_id + 1
            self.by_key[key] = number
            if body.get("scheduled_at"):
                answer: dict[str, Any] = {
                    "id": number,
                    "scheduled_at": body["scheduled_at"],
                    "params": {"text": body["status"], "visibility": "public"},
                    "media_attachments": [],
                }
                self.held[number] = answer
            else:
                answer = {
                    "id": number,
                    "url": f"https://social.example/@poster/{number}",
                    "content": f"<p>{body['status']}</p>",
                    "created_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                    "visibility": "public",
                    "account": {"id": POSTER_ID, "acct": "poster"},
                }
                self.published.append(answer)
            if self.fail_after_storing:
                self.fail_after_storing -= 1
                return Response("Bad gateway", status=502)
        return Response(json.dumps(answer), content_type="application/json")

    def statuses(self, _request: Request) -> Response:
        with self.lock:
            return Response(json.dumps(self.published[::-1]), content_type="application/json")

    def held_list(self, _request: Request) -> Response:
        with self.lock:
            return Response(json.dumps(list(self.held.values())), content_type="application/json")

    def held_one(self, request: Request) -> Response:
        number = request.path.rsplit("/", 1)[-1]
        with self.lock:
            found = self.held.pop(number, None) if request.method == "DELETE" else self.held.get(number)
        if found is None:
            return Response('{"error": "Record not found"}', status=404, content_type="application/json")
        return Response(json.dumps(found), content_type="application/json")

    def copies(self, text: str) -> int:
        """How many times the server has this text, out or held."""
        with self.lock:
            out = sum(1 for s in self.published if text in s["content"])
            return out + sum(1 for s in self.held.values() if s["params"]["text"] == text)


def linkedin_export(folder: Path) -> Path:
    """A LinkedIn export folder from recorded files (a real person's shape; test input only)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("Profile.csv", "Positions.csv", "Shares.csv", "Skills.csv", "Education.csv"):
        shutil.copy(FIXTURES / "linkedin" / f"apk0703__{name}", folder / name)
    return folder


class Journey(RuleBasedStateMachine):
    """One person's days with the app, each example in a fresh home folder."""

    def __init__(self) -> None:
        super().__init__()
        self.home = Path(tempfile.mkdtemp(prefix="journey-"))
        os.environ["ADVOCACY_HOME"] = str(self.home / "app")
        self.server = HTTPServer(threaded=True)
        self.server.start()
        self.mastodon = JourneyMastodon()
        self.loopback = mastodon_server.install(self.server)  # the audit reads the recorded account
        # The account the app posts as: what it reads to look for an earlier attempt's post.
        self.server.expect_request(f"/api/v1/accounts/{POSTER_ID}/statuses").respond_with_handler(
            self.mastodon.statuses
        )
        self.server.expect_request("/api/v1/statuses", method="POST").respond_with_handler(self.mastodon.post)
        self.server.expect_request("/api/v1/accounts/verify_credentials").respond_with_json({"id": POSTER_ID})
        self.server.expect_request("/api/v1/scheduled_statuses", method="GET").respond_with_handler(
            self.mastodon.held_list
        )
        self.server.expect_request(re.compile(r"/api/v1/scheduled_statuses/\w+")).respond_with_handler(
            self.mastodon.held_one
        )
        self.credentials = CredentialStore(backend=MemoryKeyring())
        self.credentials.set(Network.MASTODON, self.loopback.handle, "tok")
        self.drafts: dict[tuple[str, Network], str] = {}
        self.closed: list[Reminder] = []
        self.dismissed: set[str] = set()
        self.steps = 0

    # Set-up and the workspace --------------------------------------------------------------

    @initialize(careless=st.booleans())
    def start(self, careless: bool) -> None:
        self.mastodon.careless = careless
        export = linkedin_export(self.home / "linkedin-export")
        self.config = replace(
            ProfileConfig(),
            endpoints=Endpoints(mastodon=self.loopback.base_url),
            audit=AuditOptions(spelling=False),
        )
        accounts = Accounts(mastodon=self.loopback.handle, linkedin_export=str(export))
        self.config = replace(self.config, me=replace(self.config.me, name="Sam Rivera", accounts=accounts))
        self.open()

    def open(self) -> None:
        self.workspace = Workspace.open(
            self.config,
            is_sample=False,
            credentials=self.credentials,
            rules=checks.DEFAULT_RULES,
            scorer=checks.score_card,
        )

    def teardown(self) -> None:
        TALLY["examples"] += 1
        TALLY["steps"] += self.steps
        try:
            if hasattr(self, "config"):
                problems = open_window_on(self.config, self.credentials)
                assert problems == [], problems
        finally:
            self.server.clear()
            self.server.stop()
            shutil.rmtree(self.home, ignore_errors=True)

    # What a person does -------------------------------------------------------------------------

    @rule()
    def audit(self) -> None:
        self.steps += 1
        self.workspace.run_audit()

    @rule()
    def audit_offline(self) -> None:
        """The Mastodon server cannot be reached this time: the audit says so (its last good snapshot
        stands in), and reads the rest."""
        self.steps += 1
        offline = replace(self.config, endpoints=Endpoints(mastodon="http://127.0.0.1:9"))
        report = self.workspace.with_profile(offline).run_audit()
        states = {o.network: o.status for o in report.sources}
        assert states[Network.MASTODON] is SourceStatus.ERROR and states[Network.LINKEDIN] is SourceStatus.OK

    @rule(text=st.sampled_from(TEXTS), misbehave=st.booleans())
    def share(self, text: str, misbehave: bool) -> None:
        self.steps += 1
        self.mastodon.fail_after_storing = 1 if misbehave else 0
        try:
            self.workspace.publish(Network.MASTODON, text, text_item_key(Network.MASTODON, text))
        except AdvocacyError:
            pass  # said to the user in one sentence; what matters is what the server holds
        finally:
            self.mastodon.fail_after_storing = 0

    @rule(text=st.sampled_from(TEXTS), network=st.sampled_from([Network.MASTODON, Network.LINKEDIN]))
    def schedule(self, text: str, network: Network) -> None:
        self.steps += 1
        at = datetime.now(UTC) + timedelta(days=1, minutes=10)
        with contextlib.suppress(AdvocacyError):
            self.workspace.schedule(network, text, text_item_key(network, text), at)

    def _held(self) -> list[str]:
        return [s.remote_id for s in self.workspace.shares() if s.state is ShareState.SCHEDULED and s.remote_id]

    @precondition(lambda self: bool(self._held()))
    @rule()
    def cancel_here(self) -> None:
        self.steps += 1
        with contextlib.suppress(AdvocacyError):
            self.workspace.cancel_scheduled(Network.MASTODON, self._held()[0])

    @precondition(lambda self: bool(self.mastodon.held))
    @rule()
    def cancel_on_the_server(self) -> None:
        """The person cancels a held post on the server's web page, not in the app."""
        self.steps += 1
        with self.mastodon.lock:
            self.mastodon.held.pop(next(iter(self.mastodon.held)))

    def _open_reminders(self) -> list[Reminder]:
        return [r for r in self.workspace.plan().reminders if r.open]

    @precondition(lambda self: bool(self._open_reminders()))
    @rule(done=st.booleans())
    def close_reminder(self, done: bool) -> None:
        self.steps += 1
        reminder = self._open_reminders()[0]
        if self.workspace.close_reminder(reminder, done=done):
            self.closed.append(reminder)

    @precondition(lambda self: bool(self.closed))
    @rule()
    def undo_close(self) -> None:
        self.steps += 1
        self.workspace.reopen_reminder(self.closed.pop())

    def _findings(self) -> list[Finding]:
        report = self.workspace.latest_audit()
        return list(report.findings) if report else []

    @precondition(lambda self: bool(self._findings()))
    @rule(restore=st.booleans())
    def dismiss_or_restore(self, restore: bool) -> None:
        self.steps += 1
        finding = self._findings()[0]
        if restore:
            self.workspace.undismiss(finding)
            self.dismissed.discard(finding.check)
        else:
            self.workspace.dismiss(finding)
            self.dismissed.add(finding.check)

    @rule(text=st.sampled_from(TEXTS), words=st.text(min_size=1, max_size=40))
    def edit_draft(self, text: str, words: str) -> None:
        self.steps += 1
        key = text_item_key(Network.MASTODON, text)
        self.workspace.save_draft(key, Network.MASTODON, words)
        self.drafts[(key, Network.MASTODON)] = words

    @rule()
    def restart(self) -> None:
        self.steps += 1
        self.open()

    @rule(name=st.sampled_from(["Sam Rivera", "Sam R.", "Samantha Rivera"]))
    def change_profile(self, name: str) -> None:
        self.steps += 1
        self.config = replace(self.config, me=replace(self.config.me, name=name))
        self.workspace = self.workspace.with_profile(self.config)

    # What must always hold -------------------------------------------------------------------------

    @invariant()
    def no_text_reaches_the_server_twice(self) -> None:
        for text in TEXTS:
            assert self.mastodon.copies(text) <= 1, (text, self.mastodon.published, self.mastodon.held)

    @invariant()
    def the_plan_agrees_with_the_history(self) -> None:
        if not hasattr(self, "workspace"):
            return
        plan = self.workspace.plan()
        shares = self.workspace.shares()
        start = plan.week_of
        for row in plan.rows:
            posted = sum(
                1
                for s in shares
                if s.network is row.network
                and s.state is ShareState.POSTED
                and s.created_at.astimezone(start.tzinfo) >= start
            )
            assert row.posted == posted, (row, [s for s in shares if s.network is row.network])

    @invariant()
    def nothing_the_user_wrote_is_lost(self) -> None:
        if not hasattr(self, "workspace"):
            return
        kept = self.workspace.drafts()
        for key, words in self.drafts.items():
            assert kept.get(key) == words

    @invariant()
    def every_list_reads(self) -> None:
        if not hasattr(self, "workspace"):
            return
        self.workspace.history()
        self.workspace.shares()
        self.workspace.plan()


def open_window_on(config: ProfileConfig, credentials: CredentialStore) -> list[str]:
    """Open the real window on the journey's state, visit every tab; the problems any tab showed."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    QApplication.instance() or QApplication([])
    workspace = Workspace.open(
        config, is_sample=False, credentials=credentials, rules=checks.DEFAULT_RULES, scorer=checks.score_card
    )
    window = MainWindow(workspace)
    problems = []
    try:
        window.show()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            page = window.tabs.widget(index)
            if page is not None and window.tab_problems.sentence(page):
                problems.append(window.tab_problems.sentence(page))
    finally:
        from PySide6.QtCore import QEvent

        window.close()
        window.deleteLater()
        # processEvents alone never runs a deferred delete: each example's window would stay in memory.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    return problems
