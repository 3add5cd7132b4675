"""Proposals from a matching run: many applications at `matched` at once, in bulk inserts."""

from collections.abc import Iterable

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, or_, select

from app.core.errors import ProblemError
from app.models.applicant import Applicant, ApplicantStatus
from app.models.application import (
    Application,
    ApplicationSource,
    ApplicationStage,
    ApplicationStageChange,
)
from app.models.audit import AuditEntry
from app.models.base import utcnow
from app.models.vacancy import Vacancy, VacancyStatus
from app.services import audit
from app.services import changes as change_log
from app.services.applications.stages import QUOTA_STAGES, pending_proposal
from app.services.notifications import service as notifications

S = ApplicationStage


def _eligible_pairs(
    session: Session, pairs: dict[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """Drop pairs that exist already, whose person may not be proposed, or whose order is shut."""
    applicant_ids = {a for a, _ in pairs}
    vacancy_ids = {v for _, v in pairs}
    open_vacancies = set(
        session.exec(
            select(Vacancy.id).where(
                col(Vacancy.id).in_(vacancy_ids), Vacancy.status == VacancyStatus.open
            )
        )
    )
    proposable = set(
        session.exec(
            select(Applicant.id).where(
                col(Applicant.id).in_(applicant_ids),
                col(Applicant.consent_given_at).is_not(None),
                Applicant.status != ApplicantStatus.archived,
            )
        )
    )
    taken = set(
        session.exec(
            select(Application.applicant_id).where(
                col(Application.applicant_id).in_(applicant_ids),
                or_(col(Application.stage).in_(sorted(QUOTA_STAGES)), pending_proposal()),
            )
        )
    )
    existing = set(
        session.exec(
            select(Application.applicant_id, Application.vacancy_id).where(
                col(Application.applicant_id).in_(applicant_ids),
                col(Application.vacancy_id).in_(vacancy_ids),
            )
        ).all()
    )
    fresh = {
        (a, v): score
        for (a, v), score in pairs.items()
        if v in open_vacancies and a in proposable and a not in taken and (a, v) not in existing
    }
    # One proposal a person: their best pair (then the lower job order id).
    best: dict[int, tuple[float, int]] = {}
    for (a, v), score in fresh.items():
        if a not in best or (-score, v) < (-best[a][0], best[a][1]):
            best[a] = (score, v)
    return {(a, v): score for a, (score, v) in best.items()}


def _chunks(pairs: list[tuple[int, int]], size: int) -> Iterable[list[tuple[int, int]]]:
    """Runs of about `size` pairs in the given (applicant) order, never splitting a person's
    pairs, so that each person's best pair is chosen among all of them."""
    chunk: list[tuple[int, int]] = []
    for pair in pairs:
        if len(chunk) >= size and pair[0] != chunk[-1][0]:
            yield chunk
            chunk = []
        chunk.append(pair)
    if chunk:
        yield chunk


def propose_many(
    session: Session,
    pairs: list[tuple[int, int, float]],
    actor_label: str,
    *,
    commit: bool = True,
) -> int:
    """Record a matching run's proposals as applications at `matched`; how many were new.

    `pairs` are (applicant_id, vacancy_id, score); a pair given twice keeps its best score,
    and a person given several pairs is proposed once, for their best one. Skipped without
    error: pairs that already have an application (their stage and score are the pipeline's,
    not the run's), applicants without consent, archived, already holding an opening or with
    a proposal still pending (`pending_proposal`), and job orders that are not open. Each new
    application gets its first history entry and an audit entry. With `commit=False` the
    caller commits (e.g. with its run record).
    """
    best: dict[tuple[int, int], float] = {}
    for applicant_id, vacancy_id, score in pairs:
        key = (applicant_id, vacancy_id)
        best[key] = max(score, best.get(key, score))
    created = 0
    now = utcnow()
    # Chunks keep each IN list and multi-row insert well under the backends' parameter limits.
    for chunk in _chunks(sorted(best), 1000):
        fresh = _eligible_pairs(session, {k: best[k] for k in chunk})
        if not fresh:
            continue
        rows = [
            {
                "applicant_id": a,
                "vacancy_id": v,
                "stage": S.matched.value,
                "source": ApplicationSource.matching_run.value,
                "score": score,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for (a, v), score in sorted(fresh.items())
        ]
        statement = insert(Application).returning(col(Application.id), sort_by_parameter_order=True)
        try:
            ids = [row[0] for row in session.execute(statement, rows)]
        except IntegrityError:
            session.rollback()
            raise ProblemError(409, "conflict") from None
        history = [
            {"application_id": i, "to_stage": S.matched.value, "actor": actor_label, "at": now}
            for i in ids
        ]
        session.execute(insert(ApplicationStageChange), history)
        entries = []
        for application_id, row in zip(ids, rows, strict=True):
            after = {k: row[k] for k in ("applicant_id", "vacancy_id", "stage", "source", "score")}
            entries.append(
                {
                    "at": now,
                    "actor": actor_label,
                    "action": "create",
                    "entity": "application",
                    "entity_id": application_id,
                    "changes": audit.diff({}, after),
                }
            )
        session.execute(insert(AuditEntry), entries)
        change_log.log_application_ids(session, ids)
        created_pairs = [(i, a, v) for i, (a, v) in zip(ids, sorted(fresh), strict=True)]
        notifications.applications_created(session, created_pairs, ApplicationSource.matching_run)
        created += len(ids)
    if commit:
        session.commit()
    return created
