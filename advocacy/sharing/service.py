"""Sharing for one loaded profile: company content ranked and drafted, counting and share links,
posting never twice, and what was shared. The workspace is its front door; this is where it is done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from advocacy.domain.models import Network
from advocacy.domain.records import ShareState
from advocacy.domain.shares import ItemDraft, ShareRecord
from advocacy.errors import AdvocacyError, AlreadyShared, MissingCredential, ShareInProgress
from advocacy.share_claims import ClaimRefused

if TYPE_CHECKING:
    from advocacy.networks.adapter import Poster, PostingAccount
    from advocacy.sharing.counting import Count
    from advocacy.sharing.publish import Published
    from advocacy.sharing.suggest import Suggestion, Suggestions
    from advocacy.workspace import Workspace

log = logging.getLogger(__name__)


class Sharing:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def suggestions(self, *, library: str | None = None, limit: int = 5, now: datetime | None = None) -> Suggestions:
        """Company content ranked for this person, with drafts; sources that failed are named."""
        from advocacy.sharing.content import gather
        from advocacy.sharing.suggest import Suggestions, suggest

        config = self._workspace.config
        with self._workspace.http_client(cached=True) as client:
            gathered = gather(config.company, client=client, library=library, endpoints=config.endpoints)
        found = suggest(
            config,
            list(gathered.items),
            latest=self._workspace.latest_audit(),
            shared=self._workspace.store.shared_item_keys(),
            now=now or datetime.now(UTC),
            limit=limit,
        )
        return Suggestions(tuple(found), gathered.problems, gathered.sources)

    def draft_for_item(self, item_id: str, network: Network, *, library: str | None = None) -> ItemDraft:
        """The draft ``suggestions`` gives for one company item (by id or address), shared before or
        not; ``LookupError`` (one sentence) when no source has it now or it cannot be drafted."""
        from advocacy.sharing.content import gather
        from advocacy.sharing.suggest import suggest

        with self._workspace.http_client(cached=True) as client:
            gathered = gather(
                self._workspace.config.company,
                client=client,
                library=library,
                endpoints=self._workspace.config.endpoints,
            )
        items = [item for item in gathered.items if item_id in (item.id, item.url)]
        if not items:
            where = " or the library" if library else ""
            raise LookupError(
                f"No item {item_id} is in your company's feeds{where} now; `advocacy suggest` lists them."
            )
        found = suggest(
            self._workspace.config,
            items[:1],
            latest=self._workspace.latest_audit(),
            shared=set(),
            now=datetime.now(UTC),
            limit=1,
        )
        draft = found[0].drafts.get(network) if found else None
        if draft is None:
            raise LookupError(
                f"Item {item_id} cannot be drafted for {network.label} (expired, or not for this network)."
            )
        return ItemDraft(draft.text, items[0].share_key)

    def draft_networks(self) -> list[Network]:
        """The networks suggestions are drafted for: the profile's own, or every one when it names none."""
        from advocacy.sharing.suggest import networks_for

        return networks_for(self._workspace.config)

    def suggestions_json(self, found: Sequence[Suggestion]) -> list[dict[str, Any]]:
        """``found`` as JSON, each with its drafts for ``draft_networks`` only."""
        from advocacy.sharing.suggest import suggestion_json

        mine = self.draft_networks()
        return [suggestion_json(suggestion, mine) for suggestion in found]

    def shares(self) -> list[ShareRecord]:
        """Every share, newest first, with how each post did as the latest audit read it: each
        re-audit reads the recent posts again, so the figures follow the post."""
        shares = self._workspace.store.shares()
        latest = self._workspace.latest_audit() if shares else None
        by_url = {p.url: p.engagement for p in (latest.posts if latest else ()) if p.url and p.engagement}
        return [replace(s, engagement=by_url.get(s.post_url or "")) for s in shares]

    def posted_share(self, item_key: str, network: Network) -> ShareRecord | None:
        """The share of this item on this network that already went out or is scheduled to, if any."""
        return next((s for s in self._workspace.store.shares_of(item_key, network) if s.state.went_out), None)

    def cancel_scheduled(self, network: Network, remote_id: str) -> None:
        """Cancel a post the network holds to publish later (Mastodon's scheduled statuses)."""
        if not network.facts.schedules_on_server:
            raise AdvocacyError(f"{network.label} cannot hold a post for later, so there is nothing to cancel there.")
        with self._posting_account(network) as (poster, account):
            poster.cancel_scheduled(account, remote_id)

    def scheduled_share_pending(self, record: ShareRecord) -> bool:
        """Whether the server still holds this scheduled post. One gone before it was due was
        cancelled elsewhere: it is marked cancelled here, so the item can be scheduled again."""
        from advocacy.sharing.publish import mark_cancelled_elsewhere

        network = record.network
        if network is None or not network.facts.schedules_on_server or not record.remote_id:
            return True  # nothing to ask: trust the record
        try:
            with self._posting_account(network) as (poster, account):
                exists = poster.scheduled_exists(account, record.remote_id)
        except MissingCredential:
            return True  # no token to ask with: trust the record
        if not exists:
            mark_cancelled_elsewhere(self._workspace.store, network, record.remote_id)
        return exists

    def limit_for(self, network: Network) -> int | None:
        """The post length the network allows this account, as the last audit read it (a server's
        own setting); None: the network's usual limit."""
        latest = self._workspace.latest_audit()
        profiles = latest.profiles if latest else ()
        return next((p.post_length_limit for p in profiles if p.network is network and p.post_length_limit), None)

    def count(self, network: Network, text: str, limit: int | None = None) -> Count:
        """``text`` counted as ``network`` counts it, against ``limit`` (see ``limit_for``; None: the
        network's usual one). Pure and quick: the composer calls it on every key press."""
        from advocacy.networks import counter_for

        return counter_for(network, limit)(text)

    def fits(self, network: Network, text: str) -> str | None:
        """Why ``text`` cannot be posted on ``network`` as it is (empty, too long), or None when it fits."""
        from advocacy.sharing.counting import is_blank

        if is_blank(text):
            return "The text is empty: it has nothing but spaces, line breaks or invisible characters."
        counted = self.count(network, text, self.limit_for(network))
        return None if counted.fits else f"Not posted: {counted.sentence()}."

    def share_link(self, network: Network, text: str, server: str | None = None) -> str:
        """The address that opens the network's composer with ``text``; for a network where each
        server has its own, ``server`` or else the profile's account names it. ``InvalidInstance``
        (one sentence) when neither does."""
        from advocacy.sharing.intents import share_url

        return share_url(network, text, server=server or self._workspace.config.me.accounts.get(network))

    def can_share_link(self, network: Network) -> bool:
        from advocacy.networks import adapter_for

        return adapter_for(network).share_link is not None

    def earlier_share(
        self, network: Network, item_key: str, *, say: Callable[[str], None] | None = None
    ) -> ShareRecord | None:
        """The share of this item that went out, or that the server still holds for later (one it
        no longer holds was cancelled elsewhere, and does not count). Asks the server: a worker's job.
        ``say`` hears what the server answered when it changes or could not confirm the record."""
        earlier = self.posted_share(item_key, network)
        if earlier is None or earlier.state is not ShareState.SCHEDULED:
            return earlier
        if earlier.scheduled_at is not None and earlier.scheduled_at <= datetime.now(UTC):
            return earlier  # due: it has most likely gone out
        try:
            pending = self.scheduled_share_pending(earlier)
        except AdvocacyError as exc:
            if say is not None:
                say(f"Could not check the scheduled post with the server ({exc.user_message}); going by the record.")
            return earlier
        if not pending and say is not None:
            say(f"The scheduled post {earlier.remote_id} is no longer on the server (cancelled elsewhere).")
        return earlier if pending else None

    def publish(
        self,
        network: Network,
        text: str,
        item_key: str,
        *,
        scheduled_at: datetime | None = None,
        again: bool = False,
        checked: bool = False,
    ) -> Published:
        """Post ``text`` as this profile's account, never twice for the same ``item_key`` (unless
        ``again``: the user asked for once more); with ``scheduled_at`` (Mastodon only) the server
        posts it then, even while the app is closed. ``checked``: the caller has just asked
        ``earlier_share`` (the claim still refuses a share that went out meanwhile). Runs off the GUI
        thread; the caller has shown the final text and the user confirmed it."""
        from advocacy.wording import already_shared

        if not again and not checked and not self._workspace.is_sample:
            earlier = self.earlier_share(network, item_key)
            if earlier is not None:
                raise AlreadyShared(already_shared(earlier, network))

        if self._workspace.is_sample:
            raise AdvocacyError("The sample cannot post; set up your own profile first.")
        problem = self.fits(network, text)
        if problem is not None:  # whatever front end asked: nothing too long or empty leaves the app
            raise AdvocacyError(problem)
        if scheduled_at is not None and not network.facts.schedules_on_server:
            raise AdvocacyError(f"{network.label} cannot hold a post to publish later. Post it when the time comes.")
        try:
            with self._posting_account(network) as (poster, account):
                return poster.publish(account, text, item_key, scheduled_at=scheduled_at, again=again)
        except ClaimRefused as refused:
            if refused.in_progress:
                raise ShareInProgress(
                    f"This is already being posted to {network.label} (by another window or command); nothing "
                    "more was sent. Look at History in a moment."
                ) from None
            raise AlreadyShared(already_shared(refused.share, network)) from None

    @contextmanager
    def _posting_account(self, network: Network) -> Iterator[tuple[Poster, PostingAccount]]:
        """The network's poster and the account to post as, with a client closed afterwards."""
        from advocacy.networks import adapter_for
        from advocacy.networks.adapter import PostingAccount

        poster = adapter_for(network).poster
        if poster is None:
            raise AdvocacyError(f"Posting to {network.label} from the app is not available; use the share link.")
        handle = self._workspace.config.me.accounts.get(network)
        if not handle:
            raise AdvocacyError(f"Your profile names no {network.label} account to post as.")
        with self._workspace.http_client() as client:
            yield (
                poster,
                PostingAccount(
                    handle, self._workspace.config.endpoints, client, self._workspace.store, self._workspace.credentials
                ),
            )
