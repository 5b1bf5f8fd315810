"""The Share panel wired to whichever workspace the window has open.

The window replaces its workspace when the profile changes, so every call looks it up afresh
(``workspace()``) rather than binding the workspace of the moment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from advocacy.domain.models import Network
from advocacy.workspace import Workspace
from ui.panels.share_panel import SharePanel


def share_panel_for(
    workspace: Callable[[], Workspace],
    *,
    confirm: Callable[[str, str], bool],
    open_link: Callable[[str], bool],
    limit: Callable[[Network], int | None],
    edit_credentials: Callable[[QWidget], None] | None = None,
) -> SharePanel:
    return SharePanel(
        load_suggestions=lambda: workspace().suggestions(),
        publish=lambda network, text, key: workspace().publish(network, text, key).url,
        confirm=confirm,
        count=lambda network, text: workspace().count(network, text, limit(network)),
        share_link=lambda network, text: workspace().share_link(network, text),
        open_link=open_link,
        check_draft=lambda text: workspace().check_draft(text),
        schedule=lambda network, text, key, at: workspace().schedule(network, text, key, at),
        load_drafts=lambda: workspace().drafts(),
        save_draft=lambda key, network, text: workspace().save_draft(key, network, text),
        connect=lambda parent, network: _connect(parent, workspace(), network),
        edit_credentials=edit_credentials,
    )


def _connect(parent: QWidget, workspace: Workspace, network: Network) -> str | None:
    from ui.dialogs.connect_dialog import connect_account  # the dialog loads when first used

    return connect_account(parent, workspace, network, posting=True)  # asked from Share: to post
