"""The placement funnel: how many applications reached each stage, how many are in it now,
why they closed, and how long each step takes, from the stage history.

Medians are computed in Python over one row per application (the first time it entered
each stage, pivoted by one aggregate query), so SQLite and PostgreSQL share one code path.
"""

from collections import Counter, defaultdict
from datetime import datetime
from itertools import pairwise
from statistics import median
from typing import Any

from sqlalchemy import case, func, type_coerce
from sqlmodel import Session, col, select

from app.models.applicant import Applicant
from app.models.application import Application, ApplicationStage, ApplicationStageChange
from app.models.base import UTCDateTime, utcnow
from app.models.progress import (
    ClosedCount,
    FunnelStage,
    PipelineRead,
    ReasonCount,
    StageDuration,
)
from app.models.vacancy import Vacancy
from app.services.stats.progress import Filters, check_filters, job_scope, year_bounds

S = ApplicationStage
FUNNEL = (
    S.matched,
    S.shortlisted,
    S.interviewed,
    S.selected,
    S.documents,
    S.departed,
    S.working,
    S.returned,
)
CLOSED = (S.withdrawn, S.rejected)
STEPS = (
    *pairwise(FUNNEL[:6]),  # matched -> ... -> departed
    (S.departed, S.returned),  # time abroad; an early return skips working
    (S.matched, S.departed),  # the whole way
)
TOP_REASONS = 5
SECONDS_A_DAY = 86_400


def _applications(filters: Filters, year: int | None) -> Any:
    """The ids of the applications counted, as a subquery."""
    a = Application
    statement = (
        select(a.id)
        .join(Vacancy, col(Vacancy.id) == col(a.vacancy_id))
        .join(Applicant, col(Applicant.id) == col(a.applicant_id))
        .where(*job_scope(Vacancy, filters.country, filters.sector))
    )
    if filters.kecamatan:
        statement = statement.where(col(Applicant.kecamatan_code) == filters.kecamatan)
    if year is not None:
        start, end = year_bounds(year)
        statement = statement.where(col(a.created_at) >= start, col(a.created_at) < end)
    return statement


def _entered(session: Session, ids: Any) -> list[dict[ApplicationStage, datetime]]:
    """Per application, the first time it entered each funnel stage."""
    h = ApplicationStageChange
    firsts = [
        type_coerce(
            func.min(case((col(h.to_stage) == stage.value, col(h.at)))), UTCDateTime()
        ).label(stage.value)
        for stage in FUNNEL
    ]
    rows = session.execute(
        select(col(h.application_id), *firsts)
        .where(col(h.application_id).in_(ids))
        .group_by(col(h.application_id))
    ).all()
    return [
        {stage: row._mapping[stage.value] for stage in FUNNEL if row._mapping[stage.value]}
        for row in rows
    ]


def _durations(entered: list[dict[ApplicationStage, datetime]]) -> list[StageDuration]:
    result = []
    for first, then in STEPS:
        days = [
            (times[then] - times[first]).total_seconds() / SECONDS_A_DAY
            for times in entered
            if first in times and then in times
        ]
        result.append(
            StageDuration(
                from_stage=first,
                to_stage=then,
                applications=len(days),
                median_days=round(median(days), 1) if days else None,
            )
        )
    return result


def _order(stage: str) -> int:
    return FUNNEL.index(S(stage)) if stage in S.__members__ else len(FUNNEL)


def _closed(session: Session, ids: Any) -> list[ClosedCount]:
    h = ApplicationStageChange
    closing = col(h.to_stage).in_(CLOSED)
    inside = col(h.application_id).in_(ids)
    by_origin = session.exec(
        select(h.to_stage, h.from_stage, func.count())
        .where(closing, inside)
        .group_by(col(h.to_stage), col(h.from_stage))
    ).all()
    by_reason = session.exec(
        select(h.to_stage, h.reason, func.count())
        .where(closing, inside)
        .group_by(col(h.to_stage), col(h.reason))
    ).all()
    origins: dict[str, dict[str, int]] = defaultdict(dict)
    for to_stage, from_stage, count in by_origin:
        origins[to_stage][from_stage or "unknown"] = int(count)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for to_stage, reason, count in by_reason:
        reasons[to_stage][reason or "(none)"] += int(count)
    return [
        ClosedCount(
            stage=stage,
            applications=sum(origins[stage].values()),
            from_stages=dict(sorted(origins[stage].items(), key=lambda kv: _order(kv[0]))),
            top_reasons=[
                ReasonCount(reason=reason, applications=count)
                for reason, count in sorted(reasons[stage].items(), key=lambda kv: (-kv[1], kv[0]))[
                    :TOP_REASONS
                ]
            ],
        )
        for stage in CLOSED
    ]


def pipeline(session: Session, filters: Filters, year: int | None) -> PipelineRead:
    check_filters(filters)
    ids = _applications(filters, year)
    current = dict(
        session.exec(
            select(Application.stage, func.count())
            .where(col(Application.id).in_(ids))
            .group_by(col(Application.stage))
        ).all()
    )
    entered = _entered(session, ids)
    reached = Counter(stage for times in entered for stage in times)
    return PipelineRead(
        as_of=utcnow(),
        year=year,
        filters=filters.read(),
        applications=sum(int(n) for n in current.values()),
        funnel=[
            FunnelStage(stage=stage, reached=reached[stage], current=int(current.get(stage, 0)))
            for stage in FUNNEL
        ],
        closed=_closed(session, ids),
        durations=_durations(entered),
    )
