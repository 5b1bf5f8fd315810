"""A raw-socket server for faults an HTTP framework cannot produce: resets, drips, truncation."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


def _serve_one(conn: socket.socket, mode: str) -> None:
    try:
        conn.settimeout(5)
        conn.recv(65536)  # the request; its content does not matter here
        if mode == "reset":
            # SO_LINGER 0 makes close() send RST: "connection reset by peer" on the client.
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        elif mode == "truncated":
            conn.sendall(
                b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id": "1", "userna'
            )
        elif mode == "drip":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
            for _ in range(400):  # a byte every 50 ms: each read is quick, the whole never ends
                conn.sendall(b" ")
                time.sleep(0.05)
        elif mode == "silent":
            time.sleep(5)  # accepts, reads, never answers
    except OSError:
        pass
    finally:
        conn.close()


@contextmanager
def raw_fault_server(mode: str) -> Iterator[str]:
    """Yields the base URL of a server that answers every request with the given fault."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=_serve_one, args=(conn, mode), daemon=True).start()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()
