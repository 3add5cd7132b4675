"""A partner's webhook endpoint for tests: a real HTTP server on 127.0.0.1, a free port."""

import base64
import hashlib
import hmac
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


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
        message_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
        key = base64.b64decode(self.secret.removeprefix("whsec_"))
        signed = f"{message_id}.{timestamp}.".encode() + body
        expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
        return any(
            hmac.compare_digest(part.removeprefix("v1,"), expected)
            for part in headers["webhook-signature"].split(" ")
            if part.startswith("v1,")
        )

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
