"""One package per network, found through the network table: ``adapter_for(network)``.

The row in ``advocacy.domain.networks`` names the package; it is imported on first use, so a window
that never audits X never loads the X archive reader.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from advocacy.domain.models import Network
from advocacy.networks.adapter import NetworkAdapter

if TYPE_CHECKING:
    from advocacy.sharing.counting import Count


@cache
def adapter_for(network: Network) -> NetworkAdapter:
    module = importlib.import_module(network.facts.adapter)
    adapter = getattr(module, "ADAPTER", None)
    if not isinstance(adapter, NetworkAdapter) or adapter.network is not network:
        raise TypeError(f"{network.facts.adapter} does not define ADAPTER for {network.label}")
    return adapter


def counter_for(network: Network, limit: int | None = None) -> Callable[[str], Count]:
    """Count a draft as ``network`` counts it, against ``limit`` (None: the network's usual one)."""
    count = adapter_for(network).count
    if count is None:
        raise ValueError(f"{network.label} posts are not drafted in the app")
    return lambda text: count(text, limit)
