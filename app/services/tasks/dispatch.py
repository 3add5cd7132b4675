"""Handing background work off from a request: to the task queue, in the transaction of the
change that asks for it, or (the inline queue: SQLite, `make run`) to the API process after
the answer is sent.

With procrastinate the job is written on the request's own connection, so it commits with
the change or not at all: no run row without its job, no job for a row rolled back. The
procrastinate app here only writes jobs, on connections it is given; it opens no pool.
"""

from fastapi import BackgroundTasks
from procrastinate import SyncPsycopgConnector
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.core.config import Settings
from app.services.matching.run_jobs import execute_run
from app.services.tasks.queue import MATCHING_RUN, build_app, conninfo


class Tasks:
    """One per API process (`app.state.tasks`)."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.engine, self.settings = engine, settings
        self.queue = (
            build_app(SyncPsycopgConnector(conninfo=conninfo(settings.database_url)))
            if settings.queued_tasks
            else None
        )

    def matching_run(self, session: Session, background: BackgroundTasks, run_id: int) -> None:
        """Have run `run_id` worked once `session`'s transaction commits."""
        if self.queue is None:
            background.add_task(
                execute_run, self.engine, run_id, stale_after=self.settings.run_stale_after
            )
            return
        # The psycopg connection under the session's transaction.
        connection = session.connection().connection.driver_connection
        self.queue.tasks[MATCHING_RUN].configure(connection=connection).defer(run_id=run_id)
