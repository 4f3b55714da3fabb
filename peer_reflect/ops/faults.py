"""Fault injection for tests: a TCP proxy in front of a real server (PostgreSQL, Redis) that can be cut.

`cut()` closes every open connection and stops listening, so new connections are refused exactly as if the
server had gone down; `restore()` listens on the same port again. The real server is never touched, so other
users of it are not disturbed.
"""
from __future__ import annotations

import socket
import threading
import time

from peer_reflect.stack import free_port


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, listen_port: int = 0) -> None:
        self.target = (target_host, int(target_port))
        self.port = listen_port or free_port()
        self._listener: socket.socket | None = None
        self._accepting: threading.Thread | None = None
        self._conns: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._up = threading.Event()

    @property
    def is_up(self) -> bool:
        return self._up.is_set()

    def start(self) -> "TcpProxy":
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        deadline = time.monotonic() + 10
        while True:
            try:
                listener.bind(("127.0.0.1", self.port))
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        listener.listen(128)
        listener.settimeout(0.1)
        self._listener = listener
        self._up.set()
        self._accepting = threading.Thread(target=self._accept_loop, args=(listener,), daemon=True,
                                           name=f"proxy-{self.port}")
        self._accepting.start()
        return self

    restore = start

    def cut(self) -> None:
        """Refuse new connections and break the open ones."""
        self._up.clear()
        listener, self._listener = self._listener, None
        if self._accepting is not None:
            self._accepting.join(timeout=2)
        if listener is not None:
            listener.close()
        with self._lock:
            conns, self._conns = list(self._conns), set()
        for conn in conns:
            _shut(conn)

    close = cut

    def _accept_loop(self, listener: socket.socket) -> None:
        while self._up.is_set():
            try:
                client, _ = listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _shut(client)
                continue
            upstream.settimeout(None)
            client.settimeout(None)
            with self._lock:
                if not self._up.is_set():
                    _shut(client)
                    _shut(upstream)
                    return
                self._conns.update((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for conn in (source, sink):
                _shut(conn)
                with self._lock:
                    self._conns.discard(conn)

    def __enter__(self) -> "TcpProxy":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.cut()


def _shut(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        conn.close()
    except OSError:
        pass
