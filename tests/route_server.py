"""A tiny real HTTP server on 127.0.0.1 (an ephemeral port) answering from a table of
routes, for tests that need exact bytes, statuses and headers (robots.txt, charsets).

    with RouteServer({"/robots.txt": (503, {}, b"")}) as srv:
        srv.url("/robots.txt"); srv.log  # [(path, status), ...]
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = tuple[int, dict[str, str], bytes]


class RouteServer:
    def __init__(self, routes: dict[str, Route]):
        self.routes = dict(routes)
        self.log: list[tuple[str, int]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                status, headers, body = server.routes.get(
                    self.path, (404, {"Content-Type": "text/plain"}, b"not found")
                )
                server.log.append((self.path, status))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value.replace("{base}", server.base))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [p for p, _ in self.log]

    def __enter__(self) -> RouteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
