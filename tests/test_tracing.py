"""OpenTelemetry traces sent to a real OTLP/HTTP receiver when a collector is configured:
a span per request named by its route, with the request id, its SQL as child spans, and
nothing of the query string."""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from app.main import create_app
from tests.conftest import app_settings

SECRET_QUERY = "nik=3673010101900001"


class Collector:
    """An OTLP/HTTP endpoint on 127.0.0.1 keeping every span it is sent."""

    def __init__(self) -> None:
        self.spans: list[Any] = []
        collector = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                request = ExportTraceServiceRequest()
                request.ParseFromString(body)
                for resource in request.resource_spans:
                    for scope in resource.scope_spans:
                        collector.spans.extend(scope.spans)
                self.send_response(200)
                self.send_header("content-type", "application/x-protobuf")
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def collector() -> Iterator[Collector]:
    receiving = Collector()
    yield receiving
    receiving.close()


def _attributes(span: Any) -> dict[str, str]:
    return {a.key: str(getattr(a.value, a.value.WhichOneof("value"))) for a in span.attributes}


def test_requests_are_traced_to_the_configured_collector(
    database_url: str, tmp_path: Path, collector: Collector
) -> None:
    settings = app_settings(database_url, tmp_path, otel_exporter_otlp_endpoint=collector.endpoint)
    app = create_app(settings)
    with TestClient(app) as client:
        form = {"grant_type": "password", "username": "nobody@example.org", "password": "x" * 12}
        answer = client.post(f"/api/v1/auth/token?{SECRET_QUERY}", data=form)
        assert answer.status_code in (400, 401), answer.text
        request_id = answer.headers["X-Request-ID"]
        assert client.get("/healthz").status_code == 200
    # Leaving the client shut the app down, which flushed the buffered spans.

    server = [s for s in collector.spans if s.name == "POST /api/v1/auth/token"]
    assert len(server) == 1
    attributes = _attributes(server[0])
    assert attributes["request.id"] == request_id
    assert not any("3673010101900001" in value for value in attributes.values())
    assert not any(s.name.endswith("/healthz") for s in collector.spans)  # probes untraced
    sql = [s for s in collector.spans if s.trace_id == server[0].trace_id and s is not server[0]]
    assert any("SELECT" in s.name or "db.statement" in _attributes(s) for s in sql)


def test_without_a_collector_nothing_is_traced(database_url: str, tmp_path: Path) -> None:
    app = create_app(app_settings(database_url, tmp_path))
    assert app.state.tracing is None
