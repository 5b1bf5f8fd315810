"""One module per network. Each exposes ``fetch(client, account, options, on_progress)``.

Parsing (bytes/JSON -> domain models) is kept in pure functions next to the transport so it can be
tested and fuzzed on recorded data without a server.
"""
