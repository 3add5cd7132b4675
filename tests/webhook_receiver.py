"""Partners' webhook endpoints for tests: real HTTP servers on 127.0.0.1, on free ports."""

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


class HeldEndpoint:
    """A partner endpoint that takes each request and answers 204 only when released (or
    after `answer_after` seconds): a slow or hung partner. Counts attempts by webhook-id and
    how many it held at once."""

    def __init__(self, answer_after: float | None = 30.0) -> None:
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.calls: Counter[str] = Counter()
        self.open = 0
        self.most_open = 0
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["content-length"]))
                with endpoint.lock:
                    endpoint.calls[self.headers["webhook-id"]] += 1
                    endpoint.open += 1
                    endpoint.most_open = max(endpoint.most_open, endpoint.open)
                endpoint.release.wait(answer_after)
                with endpoint.lock:
                    endpoint.open -= 1
                try:
                    self.send_response(204)
                    self.send_header("content-length", "0")
                    self.end_headers()
                except OSError:
                    pass  # the worker that asked is gone

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    @property
    def started(self) -> int:
        with self.lock:
            return sum(self.calls.values())

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
