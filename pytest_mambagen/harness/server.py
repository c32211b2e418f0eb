"""The harness's HTTP server on 127.0.0.1: mount pages, bundles, and a proxy that refuses.

It serves ``/m/<token>`` (the page of one mount), ``/b/<key>.js|css`` (bundles) and an
empty favicon. Fenced contexts also name it as their proxy: asked as a proxy it serves
its own origin and answers 403 for every other one; it never forwards anything.
Standard library only.
"""

from __future__ import annotations

import html
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from ..errors import HarnessError
from .common import _LRU, _bundle_size

if TYPE_CHECKING:  # only for annotations: the server never builds
    from .bundler import Bundle


class Server:
    """A tiny HTTP server on 127.0.0.1 serving mount pages and bundles."""

    def __init__(self) -> None:
        # bounded: pages and bundles of the last mounts only (a reload of an old page 404s)
        self.bundles: _LRU = _LRU(max_items=32, size=_bundle_size)
        self.pages: _LRU = _LRU(max_items=512)
        self._counter = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # silence
                return

            def do_GET(self) -> None:
                target = self.path
                if target.startswith(("http://", "https://")):
                    # Asked as a proxy (fenced contexts name this server as theirs, so that
                    # page.request, which ignores a port in a proxy bypass, is fenced too): serve
                    # our own origin, refuse every other one. Nothing is ever forwarded.
                    scheme, _, rest = target.partition("://")
                    netloc, _, tail = rest.partition("/")
                    if f"{scheme}://{netloc}" != server.origin:
                        self._refuse()
                        return
                    target = "/" + tail
                path = target.split("?", 1)[0]
                body, ctype, status = server.lookup(path)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def do_CONNECT(self) -> None:
                # A tunnel (Playwright's API client tunnels even plain http) to this very server is
                # the same as talking to it: say yes and go on serving on this connection. A tunnel
                # anywhere else is refused.
                if self.path != f"127.0.0.1:{server.port}":
                    self._refuse()
                    return
                self.send_response(200, "Connection established")
                self.end_headers()

            def _refuse(self) -> None:
                body = b"blocked by the mambagen harness's network fence\n"
                self.send_response(403)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                return  # a page closed mid-transfer (broken pipe) is not an error

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="mambagen-http", daemon=True)
        self.thread.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def lookup(self, path: str) -> tuple[bytes, str, int]:
        if path == "/favicon.ico":
            return b"", "image/x-icon", 200
        if path.startswith("/m/"):
            with self._lock:
                page = self.pages.get(path[3:])
            if page is not None:
                return page, "text/html; charset=utf-8", 200
        if path.startswith("/b/"):
            name = path[3:]
            key, _, ext = name.rpartition(".")
            with self._lock:
                bundle = self.bundles.get(key)
            if bundle is not None and ext == "js":
                return bundle.js, "text/javascript; charset=utf-8", 200
            if bundle is not None and ext == "css":
                return bundle.css, "text/css; charset=utf-8", 200
        return b"not found", "text/plain", 404

    def add_page(self, bundle: Bundle, props: Any) -> str:
        with self._lock:
            self._counter += 1
            token = f"{self._counter}-{bundle.key[:16]}"
            self.bundles[bundle.key] = bundle
        try:
            props_json = json.dumps(props if props is not None else {})
        except (TypeError, ValueError) as exc:
            raise HarnessError(f"props for {bundle.screen.name} must be JSON-serialisable: {exc}") from None
        props_json = props_json.replace("<", "\\u003c")
        name = json.dumps(bundle.screen.name)
        css = f'<link rel="stylesheet" href="/b/{bundle.key}.css">' if bundle.css else ""
        page = (
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(bundle.screen.name)}</title>"
            f'<link rel="icon" href="/favicon.ico">{css}</head>\n<body><div id="root"></div>\n'
            f'<script id="mambagen-props" type="application/json">{props_json}</script>\n'
            f'<script type="module">import * as screen from "/b/{bundle.key}.js";\n'
            f"window.__mambagen_mount(screen, {name});</script>\n</body></html>\n"
        )
        with self._lock:
            self.pages[token] = page.encode("utf-8")
        return f"{self.origin}/m/{token}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


_Server = Server  # the name it had when it lived in harness.py
