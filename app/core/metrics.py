"""Prometheus metrics: what operators watch before users complain.

One registry per process, or, when PROMETHEUS_MULTIPROC_DIR is set (several uvicorn or
worker processes on one machine), prometheus-client's multiprocess mode: each process writes
its samples to files in that directory and `/metrics` adds them up. Queue depths are read from
the database when scraped, so that every process reports the same, true figure.
"""

import os
from collections.abc import Iterator

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

from app.models.matching_run import MatchingRun, RunStatus
from app.models.webhook import DeliveryStatus, WebhookDelivery

REQUEST_SECONDS = Histogram(
    "http_request_duration_seconds",
    "Time to answer a request, by route template, method and status class.",
    ["route", "method", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
WEBHOOK_FAILURES = Counter(
    "webhook_attempt_failures_total",
    "Webhook attempts that did not get a 2xx answer, by endpoint.",
    ["endpoint_id"],
)
JOB_FAILURES = Counter(
    "job_failures_total", "Background jobs that ended in failure, by kind.", ["job"]
)
MATCHING_RUN_SECONDS = Histogram(
    "matching_run_duration_seconds",
    "Time from a matching run's start to its end, completed or failed.",
    ["status"],
    buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
)


class QueueDepth(Collector):
    """Work waiting in the database's queues, counted when scraped."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self) -> Iterator[GaugeMetricFamily]:
        deliveries = WebhookDelivery.__table__  # type: ignore[attr-defined]
        runs = MatchingRun.__table__  # type: ignore[attr-defined]
        with self.engine.connect() as connection:
            pending = connection.execute(
                select(func.count()).where(deliveries.c.status == DeliveryStatus.pending)
            ).scalar_one()
            queued = connection.execute(
                select(func.count()).where(runs.c.status == RunStatus.queued)
            ).scalar_one()
            # The task queue's jobs waiting, by queue (PostgreSQL: app/services/tasks).
            tasks = (
                connection.execute(
                    text(
                        "SELECT queue_name, count(*) FROM procrastinate_jobs "
                        "WHERE status = 'todo' GROUP BY queue_name ORDER BY queue_name"
                    )
                ).all()
                if connection.dialect.name == "postgresql"
                else []
            )
        depth = GaugeMetricFamily("queue_depth", "Jobs waiting, by queue.", labels=["queue"])
        depth.add_metric(["webhook_deliveries"], int(pending))
        depth.add_metric(["matching_runs"], int(queued))
        for queue, waiting in tasks:
            depth.add_metric([f"tasks:{queue}"], int(waiting))
        yield depth


def exposition(engine: Engine) -> bytes:
    """The text format of every metric of this process (or of all, in multiprocess mode)."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        for collector in (REQUEST_SECONDS, WEBHOOK_FAILURES, JOB_FAILURES, MATCHING_RUN_SECONDS):
            registry.register(collector)
    registry.register(QueueDepth(engine))
    return generate_latest(registry)
