"""A partner's webhook endpoint for tests: a real HTTP server on 127.0.0.1, a free port."""

import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks import Webhook, WebhookVerificationError


class Receiver:
    """A partner's HTTP endpoint on 127.0.0.1 that checks signatures as an integrator would."""

    def __init__(self, fail_first: int = 0) -> None:
        self.secret = ""
        self.fail_first = fail_first
        self.calls: Counter[str] = Counter()  # attempts seen, by webhook-id
        self.accepted: list[tuple[str, dict[str, Any]]] = []
        self.bad_signatures = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                status = receiver.handle(dict(self.headers.items()), body)
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def verify(self, headers: dict[str, str], body: bytes) -> bool:
        try:
            Webhook(self.secret).verify(body, headers)
        except WebhookVerificationError:
            return False
        return True

    def handle(self, headers: dict[str, str], body: bytes) -> int:
        headers = {k.lower(): v for k, v in headers.items()}
        with self.lock:
            if not self.verify(headers, body):
                self.bad_signatures += 1
                return 401
            message_id = headers["webhook-id"]
            self.calls[message_id] += 1
            if self.calls[message_id] <= self.fail_first:
                return 500
            if message_id not in {m for m, _ in self.accepted}:
                self.accepted.append((message_id, json.loads(body)))
            return 204

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
