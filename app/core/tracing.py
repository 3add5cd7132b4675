"""OpenTelemetry tracing, when a collector is configured (`OTEL_EXPORTER_OTLP_ENDPOINT`).

A span per request (the FastAPI instrumentation) with a child span per SQL statement (the
SQLAlchemy instrumentation), exported in batches over OTLP/HTTP. Spans carry what logs carry
and no more: the route template, the status, the request id; never the query string (list
filters may hold a NIK or a name) nor any header. SQL spans hold the statement text with
its parameter markers (`%(nik)s`), never the values bound to them.
"""

from typing import Any

from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from sqlalchemy.engine import Engine

from app.core.config import Settings

# Probes and the metrics scrape, every few seconds each: noise in a trace store.
UNTRACED_PATHS = "healthz,readyz,metrics"
# Span attributes that would carry the query string; replaced by the bare path.
_URL_ATTRIBUTES = ("http.url", "http.target", "url.full", "url.query")


def _without_query(span: Any, scope: dict[str, Any]) -> None:
    if span is None or not span.is_recording():
        return
    for name in _URL_ATTRIBUTES:
        span.set_attribute(name, "" if name == "url.query" else scope.get("path", ""))


def configure_tracing(app: FastAPI, settings: Settings, engine: Engine) -> TracerProvider | None:
    """Trace requests and SQL when a collector is configured; the provider (to shut down
    with the app, which flushes what is buffered), or None."""
    if not settings.otel_exporter_otlp_endpoint:
        return None
    provider = TracerProvider(
        resource=Resource.create({"service.name": settings.otel_service_name})
    )
    endpoint = settings.otel_exporter_otlp_endpoint.rstrip("/") + "/v1/traces"
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    FastAPIInstrumentor.instrument_app(
        app,
        tracer_provider=provider,
        excluded_urls=UNTRACED_PATHS,
        server_request_hook=_without_query,
        # One span per request: not one more per ASGI message sent or received.
        exclude_spans=["receive", "send"],
    )
    # The instrumentation declares SQLAlchemy below 2.1 and would otherwise do nothing: it
    # hooks the engine's cursor events, which 2.1 keeps as they were (the test proves it).
    SQLAlchemyInstrumentor().instrument(
        engine=engine, tracer_provider=provider, skip_dep_check=True
    )
    return provider


def tag_request(request_id: str | None) -> None:
    """Put the request id on the request's span, so that a log line leads to its trace."""
    span = trace.get_current_span()
    if request_id is not None and span.is_recording():
        span.set_attribute("request.id", request_id)
