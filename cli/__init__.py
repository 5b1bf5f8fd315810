"""The command line, a front end beside the window (``ui``): one module per command, reaching the
core only through ``advocacy.workspace``, the domain models and the wording (import contracts in
``pyproject.toml``). Kept empty so importing ``cli.args`` at start-up loads nothing more."""
