"""Progress against the programme's targets, counted from the records themselves.

Each metric is counted with one or two aggregate queries over every target of the year at
once: a `count(DISTINCT CASE WHEN <the target's scope> THEN applicant_id END)` column per
target, so that a person counts once per target however many applications they have.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, false, func, true
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from app.core.errors import FieldError
from app.models.applicant import Applicant
from app.models.application import Application, ApplicationStage, ApplicationStageChange
from app.models.base import utcnow
from app.models.credential import CredentialType
from app.models.progress import ProgressFilters, TargetProgress, TargetsProgressRead
from app.models.target import ProgrammeTarget, TargetMetric
from app.models.training import Cohort, CohortStatus, Enrolment, EnrolmentStatus
from app.models.training import TrainingProgramme as Programme
from app.models.vacancy import Vacancy
from app.reference import is_country
from app.services.common import raise_if_invalid

S = ApplicationStage
WIB = timezone(timedelta(hours=7))  # the programme's year is Kota Serang's calendar year
# Past selection, holding an opening of the job order, not yet departed.
DEPARTURE_PIPELINE = (S.selected, S.documents)
# The destination a credential prepares for; the others (BNSP, plain completion) have none.
CREDENTIAL_COUNTRY = {
    CredentialType.jlpt: "JP",
    CredentialType.jft_basic: "JP",
    CredentialType.nursing_care_japanese: "JP",
    CredentialType.ssw_skill_test: "JP",
    CredentialType.eps_topik: "KR",
    CredentialType.korean_skills_test: "KR",
}


@dataclass(frozen=True)
class Filters:
    kecamatan: str | None = None
    sector: str | None = None
    country: str | None = None

    def read(self) -> ProgressFilters:
        return ProgressFilters.model_validate(self.__dict__)


def check_filters(filters: Filters) -> None:
    if filters.country is not None and not is_country(filters.country):
        raise_if_invalid([FieldError("country", "country_unknown", {"code": filters.country})])


def year_bounds(year: int) -> tuple[datetime, datetime]:
    """The programme year as an instant range [start, end), in WIB."""
    return datetime(year, 1, 1, tzinfo=WIB), datetime(year + 1, 1, 1, tzinfo=WIB)


def job_scope(vacancy: Any, country: str | None, sector: str | None) -> list[ColumnElement[bool]]:
    """Conditions on a job order's country and sector; None places no condition."""
    conditions: list[ColumnElement[bool]] = []
    if country is not None:
        conditions.append(vacancy.country == country)
    if sector is not None:
        conditions.append(vacancy.sector == sector)
    return conditions


def _credential_scope(programme: Any, country: str | None) -> list[ColumnElement[bool]]:
    if country is None:
        return []
    types = [t.value for t, c in CREDENTIAL_COUNTRY.items() if c == country]
    return [programme.credential_type.in_(types)] if types else [false()]


def _all(conditions: Sequence[ColumnElement[bool]]) -> ColumnElement[bool]:
    return and_(*conditions) if conditions else true()


def _distinct_people(targets: Sequence[ProgrammeTarget], scope: Any, person: Any) -> list[Any]:
    return [
        func.count(func.distinct(case((_all(scope(t)), person)))).label(f"t{t.id}") for t in targets
    ]


def _counts(session: Session, columns: list[Any], source: Callable[[Any], Any]) -> dict[str, int]:
    """One row of per-target counts: `columns` selected from what `source` joins and filters."""
    if not columns:
        return {}
    row = session.execute(source(select(*columns))).one()
    return {key: int(value or 0) for key, value in row._mapping.items()}


def _departures(
    session: Session, targets: Sequence[ProgrammeTarget], year: int, filters: Filters
) -> tuple[dict[str, int], dict[str, int]]:
    start, end = year_bounds(year)

    def departed(history: Any, application: Any, vacancy: Any, statement: Any) -> Any:
        return (
            statement.select_from(history)
            .join(application, application.id == history.application_id)
            .join(vacancy, vacancy.id == application.vacancy_id)
            .where(
                history.to_stage == S.departed,
                history.at >= start,
                history.at < end,
                *job_scope(vacancy, filters.country, filters.sector),
            )
        )

    h, a, v = ApplicationStageChange, Application, Vacancy
    kecamatan = [col(Applicant.kecamatan_code) == filters.kecamatan] if filters.kecamatan else []

    def achieved_query(statement: Any) -> Any:
        return (
            departed(h, a, v, statement)
            .join(Applicant, col(Applicant.id) == col(a.applicant_id))
            .where(*kecamatan)
        )

    achieved = _counts(
        session,
        _distinct_people(targets, lambda t: job_scope(v, t.country, t.sector), a.applicant_id),
        achieved_query,
    )

    h2, a2, v2 = aliased(h), aliased(a), aliased(v)

    def pipeline_scope(t: ProgrammeTarget) -> list[ColumnElement[bool]]:
        counted = departed(h2, a2, v2, select(h2.id)).where(
            a2.applicant_id == a.applicant_id, *job_scope(v2, t.country, t.sector)
        )
        return [*job_scope(v, t.country, t.sector), ~exists(counted)]

    def pipeline_query(statement: Any) -> Any:
        return (
            statement.select_from(a)
            .join(v, col(v.id) == col(a.vacancy_id))
            .join(Applicant, col(Applicant.id) == col(a.applicant_id))
            .where(
                col(a.stage).in_(DEPARTURE_PIPELINE),
                *job_scope(v, filters.country, filters.sector),
                *kecamatan,
            )
        )

    in_pipeline = _counts(
        session, _distinct_people(targets, pipeline_scope, a.applicant_id), pipeline_query
    )
    return achieved, in_pipeline


def _trained(
    session: Session, targets: Sequence[ProgrammeTarget], year: int, filters: Filters
) -> tuple[dict[str, int], dict[str, int]]:
    first, last = date(year, 1, 1), date(year, 12, 31)

    def completed(enrolment: Any, cohort: Any, programme: Any, statement: Any) -> Any:
        return (
            statement.select_from(enrolment)
            .join(cohort, cohort.id == enrolment.cohort_id)
            .join(programme, programme.id == cohort.programme_id)
            .where(
                enrolment.status == EnrolmentStatus.completed,
                enrolment.completed_on >= first,
                enrolment.completed_on <= last,
                *_credential_scope(programme, filters.country),
            )
        )

    e, c, p = Enrolment, Cohort, Programme
    kecamatan = [col(Applicant.kecamatan_code) == filters.kecamatan] if filters.kecamatan else []

    def achieved_query(statement: Any) -> Any:
        return (
            completed(e, c, p, statement)
            .join(Applicant, col(Applicant.id) == col(e.applicant_id))
            .where(*kecamatan)
        )

    achieved = _counts(
        session,
        _distinct_people(targets, lambda t: _credential_scope(p, t.country), e.applicant_id),
        achieved_query,
    )

    e2, c2, p2 = aliased(e), aliased(c), aliased(p)

    def pipeline_scope(t: ProgrammeTarget) -> list[ColumnElement[bool]]:
        counted = completed(e2, c2, p2, select(e2.id)).where(
            e2.applicant_id == e.applicant_id, *_credential_scope(p2, t.country)
        )
        return [*_credential_scope(p, t.country), ~exists(counted)]

    def pipeline_query(statement: Any) -> Any:
        return (
            statement.select_from(e)
            .join(c, col(c.id) == col(e.cohort_id))
            .join(p, col(p.id) == col(c.programme_id))
            .join(Applicant, col(Applicant.id) == col(e.applicant_id))
            .where(
                col(e.status) == EnrolmentStatus.enrolled,
                col(c.status) != CohortStatus.cancelled,
                *_credential_scope(p, filters.country),
                *kecamatan,
            )
        )

    in_pipeline = _counts(
        session, _distinct_people(targets, pipeline_scope, e.applicant_id), pipeline_query
    )
    return achieved, in_pipeline


def _gap(goal: int, achieved: int) -> int:
    return max(0, goal - achieved)


def targets_progress(session: Session, year: int, filters: Filters) -> TargetsProgressRead:
    check_filters(filters)
    targets = session.exec(
        select(ProgrammeTarget)
        .where(ProgrammeTarget.year == year)
        .order_by(col(ProgrammeTarget.metric), col(ProgrammeTarget.id))
    ).all()
    departures = [t for t in targets if t.metric == TargetMetric.departures]
    trained = [t for t in targets if t.metric == TargetMetric.trained]
    achieved, in_pipeline = _departures(session, departures, year, filters)
    trained_achieved, trained_pipeline = _trained(session, trained, year, filters)
    achieved |= trained_achieved
    in_pipeline |= trained_pipeline
    rows = []
    for target in targets:
        done = achieved[f"t{target.id}"]
        ignored = ["sector"] if target.metric == TargetMetric.trained and filters.sector else []
        rows.append(
            TargetProgress(
                target_id=target.id or 0,
                metric=TargetMetric(target.metric),
                country=target.country,
                sector=target.sector,
                number=target.number,
                stretch_number=target.stretch_number,
                achieved=done,
                in_pipeline=in_pipeline[f"t{target.id}"],
                gap=_gap(target.number, done),
                stretch_gap=None
                if target.stretch_number is None
                else _gap(target.stretch_number, done),
                percent=round(100 * done / target.number, 1),
                ignored_filters=ignored,
            )
        )
    return TargetsProgressRead(year=year, as_of=utcnow(), filters=filters.read(), targets=rows)
