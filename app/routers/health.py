"""Liveness and readiness probes, and the Prometheus metrics."""

import hmac

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.core.errors import ProblemError
from app.core.metrics import exposition
from app.http.problems import problem_responses

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str


@router.get("/healthz")
def healthz() -> Health:
    """The process is alive."""
    return Health(status="ok")


@router.get("/readyz", responses=problem_responses(503))
def readyz(request: Request) -> Health:
    """The database answers."""
    try:
        with request.app.state.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        raise ProblemError(503, "database_unavailable") from None
    return Health(status="ready")


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    """Prometheus text format. With METRICS_TOKEN set, only a scraper that sends it as a
    bearer token is answered: the figures describe the service, not any person, but need not
    be public."""
    token = request.app.state.settings.metrics_token
    if token is not None:
        sent = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(sent.encode(), token.encode()):
            raise ProblemError(401, "not_authenticated", headers={"WWW-Authenticate": "Bearer"})
    return Response(exposition(request.app.state.engine), media_type=CONTENT_TYPE_LATEST)
