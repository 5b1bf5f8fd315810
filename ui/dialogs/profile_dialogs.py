"""The dialogs that change who the app audits: the setup form and the accounts-and-tokens editor.

Each gets the current workspace and, where the profile changes, returns the workspace for the new one
(saved to the app's own copy, never over a file the user edits by hand).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from advocacy.domain.models import Network
from advocacy.errors import AdvocacyError
from advocacy.workspace import Workspace

SetUpProfile = Callable[[QWidget, Workspace], "Workspace | None"]


def set_up_profile(parent: QWidget, workspace: Workspace) -> Workspace | None:
    """The setup form (for a real profile, the same form prefilled, as Settings). A profile that
    cannot be saved (a folder that cannot be written, a full disk) is said in one sentence and the
    form opens again with everything typed in it: nothing the person wrote is lost."""
    from ui.dialogs.setup_dialog import SetupDialog
    from ui.widgets.error_reporting import show_error

    initial = None if workspace.is_sample else workspace.config
    while True:
        dialog = SetupDialog(initial=initial, find_accounts=workspace.find_linked_accounts, parent=parent)
        if not dialog.exec() or dialog.config is None:
            return None
        try:
            return workspace.saved_as_own(dialog.config)
        except AdvocacyError as exc:
            show_error(parent, exc, title="Your profile could not be saved")
            initial = dialog.config


def edit_credentials(parent: QWidget, workspace: Workspace) -> None:
    from ui.dialogs.connect_dialog import connect_account
    from ui.dialogs.credentials_dialog import CredentialsDialog

    CredentialsDialog(
        workspace.config,
        workspace.credentials,
        connect=lambda owner, network: connect_account(owner, workspace, network),
        sample=workspace.is_sample,
        parent=parent,
    ).exec()


def connect_network(parent: QWidget, workspace: Workspace, network: Network) -> str:
    """Connect… from where a missing token was said (a network's card); the sentence for the status bar."""
    from ui.dialogs.connect_dialog import connect_account

    said = connect_account(parent, workspace, network)
    return f"{said} Audit again (F5) to read with it." if said else ""
