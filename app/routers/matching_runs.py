"""/api/v1/matching/runs: optimal allocation runs, worked in the background."""

from fastapi import APIRouter, BackgroundTasks, Request, Response, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.models.matching_run import MatchingRun, MatchingRunCreate, MatchingRunRead
from app.services.matching import run_jobs as service
from app.services.tasks.dispatch import Tasks

router = APIRouter(prefix="/matching/runs", tags=["matching"])


def _read(run: MatchingRun) -> MatchingRunRead:
    return MatchingRunRead.model_validate(run)


@router.post("", status_code=status.HTTP_202_ACCEPTED, **access(roles=STAFF, problems=(409, 422)))
def start_run(
    payload: MatchingRunCreate,
    principal: PrincipalDep,
    session: SessionDep,
    request: Request,
    response: Response,
    background: BackgroundTasks,
) -> MatchingRunRead:
    """Fill all open job orders (or the ones named) as well as they can be filled.

    The result is written as proposed applications (stage `matched`); follow the run at its
    `Location` for progress, then its summary. One run at a time (409 otherwise).
    """
    tasks: Tasks = request.app.state.tasks
    run = service.start_run(
        session,
        payload,
        principal.label,
        enqueue=lambda writer, run_id: tasks.matching_run(writer, background, run_id),
        stale_after=request.app.state.settings.run_stale_after,
    )
    response.headers["Location"] = f"/api/v1/matching/runs/{run.id}"
    return _read(run)


@router.get("", **access(roles=STAFF, problems=(422,)))
def list_runs(session: SessionDep, page: PageDep) -> Page[MatchingRunRead]:
    rows, next_cursor = service.list_runs(session, page)
    return Page(items=[_read(r) for r in rows], next_cursor=next_cursor)


@router.get("/{run_id}", **access(roles=STAFF, problems=(404,)))
def get_run(run_id: int, session: SessionDep, request: Request) -> MatchingRunRead:
    """Progress (phase, percent) while it works; then the summary, or the error."""
    stale_after = request.app.state.settings.run_stale_after
    return _read(service.get_run(session, run_id, stale_after))
