"""Application factory: routers under /api/v1, problem handlers, engine lifespan."""

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from anyio import to_thread
from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from sqlmodel import Session

from app.core.change_signals import ChangeSignals
from app.core.config import Settings, get_settings
from app.core.db import engine_from
from app.core.errors import install_problem_handlers
from app.core.logs import configure_logging
from app.core.messaging import senders_from_settings
from app.core.production import check_start
from app.core.security import configure_password_hashing
from app.core.tracing import configure_tracing
from app.http.auth import AccessRows
from app.http.body_limit import BodyLimit, RequestTooLarge, too_large_handler
from app.http.idempotency import IdempotencyMiddleware
from app.http.idempotency_keys import claims_engine
from app.http.load_shedding import LoadShedder
from app.http.observability import REQUEST_ID_HEADER, RequestLog, request_id_is_sane
from app.http.openapi import document
from app.http.pages import STATIC_DIR
from app.http.problems import document_problems
from app.routers import (
    access_log,
    admin,
    applicants,
    applications,
    audit,
    auth,
    board,
    credentials,
    dashboard,
    documents,
    exports,
    financing,
    health,
    imports,
    matching,
    matching_runs,
    mous,
    notifications,
    partners,
    problems,
    public,
    reference,
    stats,
    support,
    targets,
    training,
    vacancies,
    webhooks,
)
from app.services.applications.documents.storage import store_for
from app.services.board.limits import PublicLimits
from app.services.identity import accounts
from app.services.identity.login_limits import TokenLimits
from app.services.identity.rate_limit import storage_for
from app.services.notifications.sweep import ExpirySweeper
from app.services.tasks.dispatch import Tasks
from app.services.vacancies.pages import VacancyPages
from app.services.webhooks.delivery import DeliveryWorker

API_PREFIX = "/api/v1"


def _operation_id(route: APIRoute) -> str:
    # Stable ids for generated clients: the endpoint function's name, unique in the app.
    return route.name


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    # Malformed key lists stop the start; in production so do SQLite, the public demo keys
    # and documents on local disk, all named at once (app/core/production.py).
    check_start(settings)
    configure_logging(settings.log_level, settings.log_format)
    configure_password_hashing(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        with Session(app.state.engine) as session:
            accounts.bootstrap_admin(session, settings)
        # With the task queue, the worker processes deliver and sweep (app.cli worker).
        in_process = not settings.queued_tasks
        worker = (
            DeliveryWorker(app.state.engine, settings)
            if settings.webhook_worker and in_process
            else None
        )
        if worker is not None:
            worker.start()
        sweeper = (
            ExpirySweeper(app.state.engine, settings.expiry_sweep_hours)
            if settings.expiry_sweep and in_process
            else None
        )
        if sweeper is not None:
            sweeper.start()
        to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        app.state.change_signals.start()
        if settings.gc_freeze_at_startup:
            gc.freeze()
        try:
            yield
        finally:
            app.state.change_signals.stop()
            if worker is not None:
                worker.stop()
            if sweeper is not None:
                sweeper.stop()
            app.state.engine.dispose()
            if app.state.idempotency_claims is not None:
                app.state.idempotency_claims.dispose()
            if app.state.tracing is not None:
                app.state.tracing.shutdown()  # sends the spans still buffered

    app = FastAPI(
        title="Kota Serang overseas placement API",
        version="1.0.0",
        description=(
            "Job seekers, foreign job orders, MoUs, training and placements of Kota Serang's "
            "overseas job placement programme. Errors are RFC 9457 problem details; send "
            "`Accept-Language: id` for Indonesian. Every POST that creates or changes "
            "something takes an `Idempotency-Key` header: a retry with the same key and body "
            "replays the first answer. Partners are told of changes by signed webhooks "
            "(Standard Webhooks 1.0). Amounts are integers in whole units of the ISO 4217 "
            "currency stated next to them (370000 IDR is Rp370.000), never minor units."
        ),
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    # The engine exists as soon as the app does, so tests and the CLI share one path.
    app.state.engine = engine_from(settings)
    app.state.settings = settings
    # Document files: a bucket or a local directory, one client for the process.
    app.state.document_store = store_for(settings)
    # Matching runs go to the task queue, or to this process on the inline queue.
    app.state.tasks = Tasks(settings, app.state.engine)
    app.state.idempotency_claims = claims_engine(settings, app.state.engine)
    app.state.change_signals = signals = ChangeSignals(app.state.engine)
    app.state.access_rows = AccessRows(signals)
    app.state.vacancy_pages = VacancyPages(signals)
    limit_storage = storage_for(settings, app.state.engine)
    app.state.token_limits = TokenLimits(settings, limit_storage)
    app.state.public_limits = PublicLimits(settings, limit_storage)
    # Where one-time codes go: SMS gateway and SMTP when configured, else the log.
    app.state.senders = senders_from_settings(settings)
    install_problem_handlers(app)
    document_problems(app)
    app.add_middleware(IdempotencyMiddleware)
    # Outside the idempotency middleware, which reads the body.
    app.add_middleware(BodyLimit, settings=settings)
    app.add_exception_handler(RequestTooLarge, too_large_handler)
    # Added last, so outermost: a refused request claims no key and reads no token.
    app.add_middleware(LoadShedder, limit=settings.max_requests_in_flight)
    # Outermost of all: every answer, a refusal under load included, is timed, logged and
    # carries its X-Request-ID.
    app.add_middleware(RequestLog)
    app.add_middleware(
        CorrelationIdMiddleware, header_name=REQUEST_ID_HEADER, validator=request_id_is_sane
    )
    # Around all of it when a collector is configured: a span per request, with its SQL.
    app.state.tracing = configure_tracing(app, settings, app.state.engine)

    app.include_router(health.router)
    app.include_router(problems.router)
    # The pages: the public job board and the officers' dashboard, with their stylesheet.
    app.include_router(board.router)
    app.include_router(dashboard.router)
    app.mount("/assets", StaticFiles(directory=STATIC_DIR), name="assets")
    # Each module's router straight under the app, those that serve the most requests
    # first: FastAPI finds a request's route by walking the included routers in order, and
    # every level of nesting walks them twice.
    # The imports' paths first: `/applicants/{applicant_id}` would take `/applicants/imports`.
    hot = (vacancies, imports, applicants, matching, applications)
    rest = (auth, admin, reference, credentials, partners, mous, targets, documents, audit, exports)
    later = (
        financing,
        matching_runs,
        stats,
        training,
        webhooks,
        support,
        notifications,
        access_log,
        public,
    )
    for module in (*hot, *rest, *later):
        app.include_router(module.router, prefix=API_PREFIX)
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        return app.openapi_schema or document(generate())

    app.openapi = openapi  # type: ignore[method-assign]
    return app
