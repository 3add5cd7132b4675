"""The task queue: procrastinate jobs in PostgreSQL, worked by `python -m app.cli worker`.

Why procrastinate (README, "Production"): the jobs live in the database the changes are
made in, so a job is deferred in the transaction of the change that asks for it (a matching
run's row and its job commit together or not at all) with no broker to run and no outbox to
relay; any number of workers on any machine take jobs with `FOR UPDATE SKIP LOCKED`; jobs
survive restarts; workers beat a heartbeat, and the jobs of a worker that stopped beating are
put back by `recover` below. Celery or Dramatiq on RabbitMQ or Redis would need an outbox and
a relay to give the same promise, and one more service to run.

The jobs (each idempotent: a retry or a second worker finds the work done and does nothing):
- `matching.run`: one matching run (`run_jobs.execute_run`), on the `matching` queue so
  that a deployment may give it workers with more memory (`worker --queue matching`);
- `sweeps.expiry`: notices of expiring credentials and documents, every 6 hours;
- `sweeps.purge`: expired idempotency keys, one-time codes and refresh tokens, and finished
  jobs, every hour;
- `sweeps.recover`: every 15 seconds, runs whose worker stopped are failed as `interrupted`
  and jobs of stopped workers are put back in the queue.
Webhook deliveries are outbox rows claimed by the workers' delivery loop (`worker.py`).
"""

import asyncio
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import procrastinate
from procrastinate import JobContext
from sqlalchemy import delete
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, col

from app.core import clock
from app.core.config import Settings
from app.core.db import normalise_url
from app.http.idempotency_keys import KeyStore
from app.models.base import utcnow
from app.models.identity import RefreshToken
from app.models.verification import VerificationCode
from app.services.matching.run_jobs import execute_run, fail_interrupted_runs
from app.services.notifications.sweep import sweep_once

logger = logging.getLogger("app.tasks")

MATCHING_RUN = "matching.run"
MATCHING_QUEUE = "matching"
EXPIRY_SWEEP = "sweeps.expiry"
PURGE = "sweeps.purge"
RECOVER = "sweeps.recover"
# One-time codes and refresh tokens are kept this long past their expiry: the resend limits
# count recent codes, and a late refresh with an expired token is still told it expired.
EXPIRED_KEPT = timedelta(days=1)
# Finished jobs are kept this long for a look at what ran; failed ones are kept until an
# operator has looked (`procrastinate_jobs` with status `failed`).
FINISHED_JOBS_KEPT_HOURS = 72


def conninfo(database_url: str) -> str:
    """The libpq URL psycopg takes, from the app's SQLAlchemy URL."""
    url = make_url(normalise_url(database_url)).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def _engine(context: JobContext) -> Engine:
    engine: Engine = context.additional_context["engine"]
    return engine


def _settings(context: JobContext) -> Settings:
    settings: Settings = context.additional_context["settings"]
    return settings


def build_app(connector: procrastinate.BaseConnector, schedule: bool = True) -> procrastinate.App:
    """The app with every job of this service; the connector decides where it runs.
    `schedule=False` leaves the periodic jobs unscheduled (a worker that only works what it
    is given, as the tests run one)."""
    app = procrastinate.App(connector=connector)

    def every(cron: str, periodic_id: str) -> Callable[[Any], Any]:
        if not schedule:
            return lambda task: task
        return app.periodic(cron=cron, periodic_id=periodic_id)

    @app.task(name=MATCHING_RUN, queue=MATCHING_QUEUE, pass_context=True)
    def matching_run(context: JobContext, run_id: int) -> None:
        execute_run(_engine(context), run_id, stale_after=_settings(context).run_stale_after)

    @every("0 */6 * * *", "expiry")
    @app.task(name=EXPIRY_SWEEP, pass_context=True, queueing_lock=EXPIRY_SWEEP)
    def expiry_sweep(context: JobContext, timestamp: int) -> None:
        written = sweep_once(_engine(context), clock.today())
        logger.info("expiry sweep wrote %s notices", written)

    @every("17 * * * *", "purge")
    @app.task(name=PURGE, pass_context=True, queueing_lock=PURGE)
    async def purge(context: JobContext, timestamp: int) -> None:
        engine, settings = _engine(context), _settings(context)
        removed = await asyncio.to_thread(purge_expired, engine, settings)
        await context.app.job_manager.delete_old_jobs(nb_hours=FINISHED_JOBS_KEPT_HOURS)
        logger.info("purge removed %s", removed)

    @every("* * * * * */15", "recover")
    @app.task(name=RECOVER, pass_context=True, queueing_lock=RECOVER)
    async def recover(context: JobContext, timestamp: int) -> None:
        stale_after = _settings(context).run_stale_after
        await asyncio.to_thread(fail_stale_runs, _engine(context), stale_after)
        manager = context.app.job_manager
        # A matching run holds the interpreter while solving, and its worker's heartbeat
        # with it: only a worker silent for longer than any solve has stopped.
        stalled = await manager.get_stalled_jobs(
            seconds_since_heartbeat=stale_after.total_seconds()
        )
        for job in stalled:
            logger.warning(
                "job %s (%s) of a stopped worker goes back in the queue", job.id, job.task_name
            )
            await manager.retry_job(job)

    return app


def fail_stale_runs(engine: Engine, stale_after: timedelta) -> None:
    with Session(engine) as session:
        fail_interrupted_runs(session, stale_after)


def purge_expired(engine: Engine, settings: Settings) -> dict[str, int]:
    """Rows past their use: how many of each kind were removed."""
    removed = {"idempotency_keys": KeyStore(engine, settings).purge_expired()}
    long_ago = utcnow() - EXPIRED_KEPT
    kinds: dict[str, Any] = {"codes": VerificationCode, "refresh_tokens": RefreshToken}
    with Session(engine) as session:
        for name, model in kinds.items():
            result = session.execute(delete(model).where(col(model.expires_at) < long_ago))
            removed[name] = result.rowcount  # type: ignore[attr-defined]
        session.commit()
    return removed
