"""GitHub and GitHub Enterprise: the profile, public repositories and recent activity."""

from __future__ import annotations

from advocacy.domain.models import Network
from advocacy.networks.adapter import NetworkAdapter
from advocacy.networks.github.connect import GitHubConnector
from advocacy.networks.github.source import fetch

ADAPTER = NetworkAdapter(Network.GITHUB, fetch=fetch, connector=GitHubConnector())
