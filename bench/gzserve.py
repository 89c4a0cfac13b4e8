"""A tiny static web server that compresses text with gzip, like a real host does."""

from __future__ import annotations

import gzip
import http.server
import threading
from functools import partial
from pathlib import Path

_TEXT = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map"}


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves files from ``directory``; text gzipped when the client accepts it."""

    def send_head(self) -> object:  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the directory URL
            path = path / "index.html"
        gz = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file():
            return self._send(Path(str(self.directory)) / "404.html", 404, gz)
        return self._send(path, 200, gz and path.suffix in _TEXT)

    def _send(self, path: Path, status: int, gz: bool) -> object:
        body = path.read_bytes() if path.is_file() else b"not found"
        if gz:
            body = gzip.compress(body, 6)
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if gz:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(directory: Path, port: int = 0) -> http.server.ThreadingHTTPServer:
    """Serve ``directory`` on 127.0.0.1 (a free port when 0) in a background thread."""
    handler = partial(_Handler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def free_port() -> int:
    """A port that is free on 127.0.0.1 right now."""
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    port = int(server.server_address[1])
    server.server_close()
    return port
