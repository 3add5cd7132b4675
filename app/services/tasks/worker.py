"""A worker process (`python -m app.cli worker`): the task queue's jobs and webhook deliveries.

Any number of them, on any machine that reaches the database: procrastinate hands each job
to one worker (`FOR UPDATE SKIP LOCKED`), told of new jobs by LISTEN/NOTIFY. Webhook
deliveries are outbox rows written with the change (`app.services.webhooks`), claimed by the
delivery loop each worker runs beside its jobs with per-endpoint caps and renewed leases
(`webhooks/claims.py`), which procrastinate's one-job-per-lock cannot express. SIGTERM or
Ctrl-C: the jobs in hand are finished (a deploy waits for a matching run to end), then the
process stops; SIGKILL: `sweeps.recover` of another worker puts its jobs back in the queue.
"""

import logging
from collections.abc import Sequence

from procrastinate import PsycopgConnector

from app.core.config import Settings
from app.core.db import engine_from
from app.services.tasks.queue import build_app, conninfo
from app.services.webhooks.delivery import DeliveryWorker

logger = logging.getLogger("app.tasks")


def run_worker(
    settings: Settings,
    queues: Sequence[str] | None = None,
    deliver_webhooks: bool = True,
    until_idle: bool = False,
    schedule: bool = True,
) -> None:
    """Work jobs until stopped (or, `until_idle`, until the queues are empty); `schedule`:
    defer the periodic jobs when they are due (`queue.build_app`)."""
    engine = engine_from(settings)
    delivery = DeliveryWorker(engine, settings) if deliver_webhooks else None
    queue = build_app(PsycopgConnector(conninfo=conninfo(settings.database_url)), schedule)
    if delivery is not None:
        delivery.start()
    try:
        queue.run_worker(
            queues=list(queues) if queues else None,
            concurrency=settings.worker_concurrency,
            wait=not until_idle,
            additional_context={"engine": engine, "settings": settings},
            install_signal_handlers=not until_idle,
            # A worker is taken for dead, and its jobs put back, after the same quiet as a
            # matching run (RUN_STALE_SECONDS): a solve holds the beat of both.
            update_heartbeat_interval=min(10.0, settings.run_stale_seconds / 12),
            stalled_worker_timeout=settings.run_stale_seconds,
        )
    finally:
        if delivery is not None:
            delivery.stop()
        engine.dispose()
