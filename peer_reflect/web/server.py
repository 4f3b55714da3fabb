"""A tiny static-file server for the web chat page in `webchat/`.

- Serves only the page's own files (html, css, js, svg, icons) from `webchat/`, never `node_modules/`,
  `package.json` or anything outside the folder, plus `/support.json` (the support contacts).
- Tells the page where the Rasa socket.io endpoint is through a `<meta name="peer-reflect-socket">` tag:
  ":5005" (same host, that port), a full URL, or "" (same origin, e.g. behind a reverse proxy).
- Writes no access log: no addresses, no paths, nothing about who opened the page.
- Sends a strict Content-Security-Policy: scripts, styles and connections only to the page's own origin
  and the chat socket, so nothing can load from a CDN or send data anywhere else.
"""
from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
import socket
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from peer_reflect.settings import PROJECT_ROOT

WEBCHAT_DIR = PROJECT_ROOT / "webchat"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".webmanifest": "application/manifest+json",
}
EXCLUDED_PARTS = {"node_modules", "scripts"}
COMPRESSIBLE = {".html", ".css", ".js", ".svg", ".webmanifest", ".json"}
_HOST = re.compile(r"^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$")
_SOCKET_META = re.compile(r'(<meta name="peer-reflect-socket" content=")[^"]*(")')

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}


@dataclass(frozen=True)
class Asset:
    body: bytes
    gzipped: bytes | None
    etag: str
    content_type: str


def _asset(body: bytes, content_type: str, suffix: str) -> Asset:
    gzipped = gzip.compress(body, 9, mtime=0) if suffix in COMPRESSIBLE and len(body) > 512 else None
    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    return Asset(body, gzipped, etag, content_type)


def socket_hint(socket_url: str | None, socket_port: int | None) -> str:
    """What the page's meta tag says about the chat socket (see module docstring)."""
    if socket_url:
        return socket_url.rstrip("/")
    if socket_port:
        return f":{int(socket_port)}"
    return ""


class WebChatHandler(BaseHTTPRequestHandler):
    server: "_HTTPServer"
    protocol_version = "HTTP/1.1"
    server_version = "PeerReflect"
    sys_version = ""

    # No access log and no error log with addresses: nothing identifying is written anywhere.
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        return

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _not_allowed(self) -> None:
        self._send_plain(HTTPStatus.METHOD_NOT_ALLOWED, "Method not allowed", {"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed  # type: ignore[assignment]

    def _serve(self, head: bool) -> None:
        host = self.headers.get("Host", "")
        if not _HOST.match(host):
            self._send_plain(HTTPStatus.BAD_REQUEST, "Bad Host header")
            return
        path = urlsplit(self.path).path
        app: WebChatApp = self.server.app
        if path in ("/", "/index.html"):
            asset = app.index()
        elif path == "/support.json":
            asset = app.support()
        elif path == "/healthz":
            asset = _asset(b"ok\n", "text/plain; charset=utf-8", ".txt")
        else:
            asset = app.static(path)
        if asset is None:
            self._send_plain(HTTPStatus.NOT_FOUND, "Not found")
            return
        headers = {
            "Content-Type": asset.content_type,
            "ETag": asset.etag,
            "Cache-Control": "no-store" if path == "/support.json" else "no-cache",
            "Vary": "Accept-Encoding",
        }
        if asset.content_type.startswith("text/html"):
            headers["Content-Security-Policy"] = app.csp(host.rsplit(":", 1)[0] if not host.endswith("]") else host)
        if self.headers.get("If-None-Match") == asset.etag:
            self._send(HTTPStatus.NOT_MODIFIED, b"", headers, head=True)
            return
        body = asset.body
        if asset.gzipped is not None and "gzip" in self.headers.get("Accept-Encoding", ""):
            body, headers["Content-Encoding"] = asset.gzipped, "gzip"
        self._send(HTTPStatus.OK, body, headers, head=head)

    def _send_plain(self, status: HTTPStatus, text: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, (text + "\n").encode(), {"Content-Type": "text/plain; charset=utf-8", **(extra or {})})

    def _send(self, status: HTTPStatus, body: bytes, headers: dict[str, str], head: bool = False) -> None:
        self.send_response(status)
        for name, value in {**SECURITY_HEADERS, **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and body:
            self.wfile.write(body)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    app: "WebChatApp"

    def handle_error(self, request, client_address) -> None:  # no traceback with the client's address
        return


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


class WebChatApp:
    """The files and documents the server answers with; files are re-read when they change on disk."""

    def __init__(self, root: Path = WEBCHAT_DIR, chat_socket: str = "", region: str | None = None):
        self.root = Path(root).resolve()
        self.socket = chat_socket
        self.region = region
        self._cache: dict[Path, tuple[float, Asset]] = {}
        self._support: Asset | None = None
        self._lock = threading.Lock()

    def _file(self, path: Path, transform=None) -> Asset | None:
        try:
            mtime = path.stat().st_mtime
        except OSError:
            return None
        with self._lock:
            cached = self._cache.get(path)
            if cached and cached[0] == mtime:
                return cached[1]
        body = path.read_bytes()
        if transform:
            body = transform(body)
        asset = _asset(body, CONTENT_TYPES[path.suffix], path.suffix)
        with self._lock:
            self._cache[path] = (mtime, asset)
        return asset

    def index(self) -> Asset | None:
        hint = html.escape(self.socket, quote=True)
        return self._file(
            self.root / "index.html",
            lambda body: _SOCKET_META.sub(lambda m: m.group(1) + hint + m.group(2), body.decode()).encode(),
        )

    def static(self, url_path: str) -> Asset | None:
        parts = [p for p in url_path.split("/") if p]
        if not parts or any(p.startswith(".") or p in EXCLUDED_PARTS for p in parts):
            return None
        path = (self.root / Path(*parts)).resolve()
        if self.root not in path.parents or path.suffix not in CONTENT_TYPES or not path.is_file():
            return None
        return self._file(path)

    def support(self) -> Asset:
        if self._support is None:
            from peer_reflect.web.support import support_contacts

            body = json.dumps(support_contacts(self.region), ensure_ascii=False).encode()
            self._support = _asset(body, "application/json; charset=utf-8", ".json")
        return self._support

    def csp(self, hostname: str) -> str:
        sockets = []
        if self.socket.startswith(":"):
            for scheme in ("ws", "wss", "http", "https"):
                sockets.append(f"{scheme}://{hostname}{self.socket}")
        elif self.socket:
            origin = urlsplit(self.socket)
            secure = origin.scheme in ("https", "wss")
            sockets += [f"{'wss' if secure else 'ws'}://{origin.netloc}", f"{'https' if secure else 'http'}://{origin.netloc}"]
        return "; ".join([
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src " + " ".join(["'self'", *sockets]),
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ])


class WebChatServer:
    """`with WebChatServer(port=0, chat_socket=":5005") as web:` serves the page at `web.url` in a thread."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, chat_socket: str = "", root: Path = WEBCHAT_DIR,
                 region: str | None = None):
        self.host, self.port = host, port
        self.app = WebChatApp(root, chat_socket, region)
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else ("[::1]" if self.host == "::" else self.host)
        return f"http://{host}:{self.port}/"

    def start(self) -> "WebChatServer":
        server_class = _HTTPServer6 if ":" in self.host else _HTTPServer
        self._httpd = server_class((self.host, self.port), WebChatHandler)
        self._httpd.app = self.app
        self.port = self._httpd.server_address[1]
        self.app.support()  # work out the contacts once, before the first visitor
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="webchat", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "WebChatServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()
