"""Pure domain types shared by the core, the rules and the UI. No I/O, no third-party imports."""
