"""The secrets this profile can keep in the keyring, one per account: what the window's "Accounts
and tokens" and ``advocacy tokens`` both list, set and delete. The value is never read back to a
front end; only whether one is kept, and where."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from advocacy.credentials import LANGUAGETOOL, CredentialStore
from advocacy.domain.models import Network
from advocacy.domain.networks import TOKEN_USES
from advocacy.domain.profile import LOCAL_LANGUAGETOOL, ProfileConfig

_LANGUAGETOOL_USE = "LanguageTool's hosted API (premium); not needed for a self-hosted server"


@dataclass(frozen=True)
class TokenAccount:
    service: Network | str  # a network, or another service such as LanguageTool
    account: str
    label: str  # "Mastodon @sam@social.example"
    use: str  # what the secret is for, in the user's words

    @property
    def service_key(self) -> str:
        """How the command line names the service: "mastodon", "languagetool"."""
        return self.service.value if isinstance(self.service, Network) else self.service


class TokenState(Enum):
    STORED = "kept in the keyring"
    SESSION = "kept for this session only"
    NONE = "none"


def token_accounts(config: ProfileConfig) -> list[TokenAccount]:
    """Every secret this profile can use: a token per configured account on a network that takes
    one, and LanguageTool's username and key when the profile names its hosted API."""
    accounts = [
        TokenAccount(network, handle, f"{network.label} {handle}", TOKEN_USES[network])
        for network, handle in config.me.accounts.configured().items()
        if network in TOKEN_USES
    ]
    server = config.audit.languagetool_url
    if server and server != LOCAL_LANGUAGETOOL:
        accounts.append(TokenAccount(LANGUAGETOOL, "username", "LanguageTool username", _LANGUAGETOOL_USE))
        accounts.append(TokenAccount(LANGUAGETOOL, "api_key", "LanguageTool API key", _LANGUAGETOOL_USE))
    return accounts


class NoSuchTokenAccount(ValueError):
    """The service or account named is not one of this profile's; the message says which are."""


def find_account(accounts: list[TokenAccount], service: str, account: str | None) -> TokenAccount:
    """The account ``service`` ("mastodon") and, when there are several, ``account`` name."""
    wanted = service.strip().lower()
    matching = [a for a in accounts if a.service_key == wanted]
    if account is not None:
        matching = [a for a in matching if a.account == account]
    if len(matching) == 1:
        return matching[0]
    if not accounts:
        raise NoSuchTokenAccount("This profile has no account that takes a token.")
    known = ", ".join(f"{a.service_key} {a.account}" for a in accounts)
    if matching:
        raise NoSuchTokenAccount(f"Name the account too; this profile has: {known}.")
    raise NoSuchTokenAccount(f"This profile has no such account; it has: {known}.")


class Tokens:
    """Reads and writes go to the keyring and can wait on its unlock prompt: call off a GUI thread."""

    def __init__(self, credentials: CredentialStore, config: ProfileConfig) -> None:
        self._credentials = credentials
        self.accounts = token_accounts(config)

    @property
    def keyring_name(self) -> str:
        return self._credentials.backend_name()

    def state(self, account: TokenAccount) -> TokenState:
        """Raises ``CredentialsUnavailable`` (one sentence) when the keyring cannot be read."""
        if self._credentials.is_session_only(account.service, account.account):
            return TokenState.SESSION
        stored = self._credentials.get(account.service, account.account)
        return TokenState.STORED if stored else TokenState.NONE

    @property
    def keyring_problem(self) -> str | None:
        """The keyring's last failure, said for every account at once."""
        first = next((account.service for account in self.accounts if isinstance(account.service, Network)), None)
        return self._credentials.problem_for_all(example=first)

    def keep(self, account: TokenAccount, secret: str) -> None:
        self._credentials.set(account.service, account.account, secret.strip())

    def forget(self, account: TokenAccount) -> None:
        self._credentials.delete(account.service, account.account)
