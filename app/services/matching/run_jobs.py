"""A matching run's life: queued by an officer, worked in the background, finished or failed.

One run at a time (the unique `unfinished` column settles a race between API processes).
While it works it is touched every few seconds (`Heartbeat`, and each progress step); one
left untouched for `STALE_AFTER` belongs to a worker that stopped and is failed as
`interrupted` when it is next looked at or another run is asked for. The work itself, with
no transaction held across the solve, is `runs.allocate_and_propose`.
"""

import logging
import threading
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from app.core import clock
from app.core.errors import FieldError, ProblemError
from app.core.i18n import Message, define
from app.core.metrics import JOB_FAILURES, MATCHING_RUN_SECONDS
from app.core.pagination import PageParams, paginate
from app.models.base import utcnow
from app.models.matching_run import MatchingRun, MatchingRunCreate, RunPhase, RunStatus
from app.models.vacancy import Vacancy
from app.services.common import get_or_404
from app.services.matching.runs import Progress, allocate_and_propose

logger = logging.getLogger(__name__)


class Heartbeat:
    """Touches a running run's `heartbeat_at` every `HEARTBEAT_SECONDS` from a thread of its
    own, between the progress steps (which touch it too). The solver holds the interpreter
    while it runs, so a solve longer than `STALE_AFTER` would read as a dead worker: the
    timeout is set well above the longest solve measured (bench/matching.py)."""

    def __init__(self, engine: Engine, run_id: int, seconds: float) -> None:
        self.engine, self.run_id, self.seconds = engine, run_id, seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"run-{run_id}", daemon=True)

    def _beat(self) -> None:
        while not self._stop.wait(self.seconds):
            try:
                with Session(self.engine) as session:
                    session.execute(
                        update(MatchingRun)
                        .where(col(MatchingRun.id) == self.run_id)
                        .values(heartbeat_at=utcnow())
                    )
                    session.commit()
            except Exception:
                logger.exception("heartbeat of matching run %s failed", self.run_id)

    def __enter__(self) -> "Heartbeat":
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def execute_run(
    engine: Engine,
    run_id: int,
    today: date | None = None,
    on_progress: Progress | None = None,
    stale_after: timedelta | None = None,
) -> None:
    """Work a queued run to the end, recording progress as it goes; never raises. It beats
    well inside `stale_after` (RUN_STALE_SECONDS), the quiet that reads as a dead worker."""
    today = today or clock.today()
    beat_seconds = min(HEARTBEAT_SECONDS, (stale_after or STALE_AFTER).total_seconds() / 12)
    last = [-1]

    def progress(phase: RunPhase, percent: int) -> None:
        if percent == last[0]:
            return
        last[0] = percent
        with Session(engine) as tracker:
            tracker.execute(
                update(MatchingRun)
                .where(col(MatchingRun.id) == run_id)
                .values(phase=phase.value, percent=percent, heartbeat_at=utcnow())
            )
            tracker.commit()
        if on_progress is not None:
            on_progress(phase, percent)

    with Session(engine, expire_on_commit=False) as session:
        run = session.get(MatchingRun, run_id)
        if run is None or run.status != RunStatus.queued:
            return
        run.status, run.started_at = RunStatus.running, utcnow()
        run.heartbeat_at = run.started_at
        session.add(run)
        session.commit()
    # The writer begins its transaction only when the proposals are written.
    with Heartbeat(engine, run_id, beat_seconds), Session(engine) as writer:
        try:
            summary = allocate_and_propose(engine, writer, run, today, progress)
            finished = writer.get(MatchingRun, run_id, populate_existing=True)
            assert finished is not None
            finished.phase, finished.percent = RunPhase.done, 100
            finished.summary = summary.model_dump(mode="json")
            _finish(finished, RunStatus.completed)
            writer.add(finished)
            writer.commit()
        except Exception as error:
            logger.exception("matching run %s failed", run_id)
            writer.rollback()
            failed = writer.get(MatchingRun, run_id, populate_existing=True)
            assert failed is not None
            _finish(failed, RunStatus.failed, type(error).__name__)
            writer.add(failed)
            writer.commit()
            return
    if on_progress is not None:
        on_progress(RunPhase.done, 100)


def _finish(run: MatchingRun, status: RunStatus, error: str | None = None) -> None:
    """End a run, freeing the one place for an unfinished run (`MatchingRun.unfinished`)."""
    run.status, run.error, run.finished_at, run.unfinished = status, error, utcnow(), None
    if run.started_at is not None:
        seconds = (run.finished_at - run.started_at).total_seconds()
        MATCHING_RUN_SECONDS.labels(status.value).observe(seconds)
    if status == RunStatus.failed:
        JOB_FAILURES.labels("matching_run").inc()


define(
    {
        "run_in_progress": Message(
            "A run is in progress",
            "Sedang ada proses pencocokan",
            "Matching run {run_id} has not finished; start another when it has.",
            "Proses pencocokan {run_id} belum selesai; mulai lagi setelah selesai.",
        ),
        "vacancies_unknown": Message(
            "Unknown job orders",
            "Lowongan tidak dikenal",
            "These job order ids do not exist: {ids}.",
            "Id lowongan berikut tidak ada: {ids}.",
        ),
    }
)
UNFINISHED = (RunStatus.queued, RunStatus.running)
# A running run is touched at least this often; one untouched for STALE_AFTER belongs to a
# worker that died (a restart, a crash) and is failed as `interrupted`, freeing the place for
# a new run. Above the longest solve (the solver does not let the heartbeat thread run).
HEARTBEAT_SECONDS = 10.0
STALE_AFTER = timedelta(minutes=2)


def start_run(
    session: Session,
    payload: MatchingRunCreate,
    requested_by: str,
    enqueue: Callable[[Session, int], None] | None = None,
    stale_after: timedelta = STALE_AFTER,
) -> MatchingRun:
    """Queue a run; one at a time, since two would offer the same openings twice. The
    check below gives the common case its answer; the unique `unfinished` column settles a
    race between API processes; a run quiet for `stale_after` no longer counts.
    `enqueue(session, run_id)` hands the run to whoever works
    it, inside the transaction that writes the run (the task queue commits its job with
    it); without it the caller works the run itself (`python -m app.cli match`)."""
    fail_interrupted_runs(session, stale_after)
    _refuse_if_busy(session)
    ids = sorted(set(payload.vacancy_ids)) if payload.vacancy_ids is not None else None
    if ids is not None:
        found = set(session.exec(select(Vacancy.id).where(col(Vacancy.id).in_(ids))).all())
        missing = [str(i) for i in ids if i not in found]
        if missing:
            params = {"ids": ", ".join(missing)}
            raise ProblemError(
                422,
                "vacancies_unknown",
                params,
                errors=[FieldError("vacancy_ids", "vacancies_unknown", params)],
            )
    run = MatchingRun(
        vacancy_ids=ids,
        candidates_per_opening=payload.candidates_per_opening,
        requested_by=requested_by,
        unfinished=True,
    )
    session.add(run)
    try:
        session.flush()
        if enqueue is not None:
            enqueue(session, run.id or 0)
        session.commit()
    except IntegrityError:
        session.rollback()
        _refuse_if_busy(session)
        raise
    session.refresh(run)
    # Ends the read the refresh began: the request's session would otherwise keep its
    # connection until the run, worked after the answer, has finished.
    session.commit()
    return run


def _refuse_if_busy(session: Session) -> None:
    busy = session.exec(
        select(MatchingRun.id).where(col(MatchingRun.status).in_(UNFINISHED))
    ).first()
    if busy is not None:
        raise ProblemError(409, "run_in_progress", {"run_id": busy})


def get_run(session: Session, run_id: int, stale_after: timedelta = STALE_AFTER) -> MatchingRun:
    fail_interrupted_runs(session, stale_after)
    return get_or_404(session, MatchingRun, run_id, "matching_run")


def list_runs(session: Session, page: PageParams) -> tuple[list[MatchingRun], str | None]:
    return paginate(session, select(MatchingRun), MatchingRun.id, page)


def fail_interrupted_runs(session: Session, stale_after: timedelta = STALE_AFTER) -> None:
    """A run whose worker stopped (a restart, a crash) will never finish: after a quiet
    spell longer than any step takes, it is marked failed so that a new run may start."""
    quiet_since = utcnow() - stale_after
    stale = session.exec(
        select(MatchingRun).where(
            col(MatchingRun.status).in_(UNFINISHED),
            func.coalesce(col(MatchingRun.heartbeat_at), col(MatchingRun.created_at)) < quiet_since,
        )
    ).all()
    for run in stale:
        _finish(run, RunStatus.failed, "interrupted")
        session.add(run)
    if stale:
        session.commit()
