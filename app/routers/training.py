"""/api/v1/training: programmes and cohorts of training providers, enrolments, completions."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.models.credential import CredentialType
from app.models.identity import Role, Scope
from app.models.training import (
    CohortPut,
    CohortRead,
    CompletionReport,
    EnrolmentCreate,
    EnrolmentRead,
    EnrolmentStatus,
    ProgrammePut,
    ProgrammeRead,
    ProgrammeStatus,
)
from app.services.training import enrolments
from app.services.training import programmes as service

router = APIRouter(prefix="/training", tags=["training"])
SELF_OR_STAFF = (Role.applicant, *STAFF)
PROVIDER = (Scope.training_write,)
ExternalId = Annotated[str, Path(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._:-]+$")]


def _upsert(model: type, **rule: Any) -> dict[str, Any]:
    """Route arguments of a PUT upsert: its access rule, and 201 documented beside 200."""
    kwargs = access(**rule)
    kwargs["responses"] = {201: {"description": "Created", "model": model}} | kwargs["responses"]
    return kwargs


def _status_of(outcome: str, response: Response) -> None:
    response.status_code = status.HTTP_201_CREATED if outcome == "created" else status.HTTP_200_OK


@router.put(
    "/programmes/{external_id}",
    **_upsert(ProgrammeRead, scopes=PROVIDER, problems=(409, 422)),
)
def put_programme(
    external_id: ExternalId,
    payload: ProgrammePut,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
) -> ProgrammeRead:
    """Create or replace one of the provider's programmes, keyed by its own id."""
    programme, outcome = service.put_programme(session, external_id, payload, principal)
    _status_of(outcome, response)
    return service.programme_read(session, programme)


@router.put(
    "/programmes/{external_id}/cohorts/{cohort_external_id}",
    **_upsert(CohortRead, scopes=PROVIDER, problems=(404, 409, 422)),
)
def put_cohort(
    external_id: ExternalId,
    cohort_external_id: ExternalId,
    payload: CohortPut,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
) -> CohortRead:
    """Create or replace a cohort; its seats never go below its enrolments (409)."""
    cohort, outcome = service.put_cohort(
        session, external_id, cohort_external_id, payload, principal
    )
    _status_of(outcome, response)
    return service.cohort_read(cohort)


@router.get("/programmes", **access(roles=tuple(Role), scopes=tuple(Scope), problems=(422,)))
def list_programmes(
    session: SessionDep,
    page: PageDep,
    credential_type: CredentialType | None = None,
    level: Annotated[str | None, Query(max_length=10, description="e.g. N4.")] = None,
    provider_id: int | None = None,
    status: ProgrammeStatus | None = None,
    with_free_seats: Annotated[
        bool, Query(description="Only programmes with an open cohort not started, seats free.")
    ] = False,
) -> Page[ProgrammeRead]:
    items, next_cursor = service.list_programmes(
        session,
        page,
        credential_type=credential_type,
        level=level,
        provider_id=provider_id,
        status=status,
        with_free_seats=with_free_seats,
    )
    return Page(items=items, next_cursor=next_cursor)


@router.get(
    "/cohorts/{cohort_id}", **access(roles=tuple(Role), scopes=tuple(Scope), problems=(404,))
)
def get_cohort(cohort_id: int, session: SessionDep) -> CohortRead:
    return service.cohort_read(service.get_cohort(session, cohort_id))


@router.post(
    "/cohorts/{cohort_id}/enrolments",
    status_code=status.HTTP_201_CREATED,
    **access(roles=SELF_OR_STAFF, problems=(404, 409, 422)),
)
def enrol(
    cohort_id: int, payload: EnrolmentCreate, principal: PrincipalDep, session: SessionDep
) -> EnrolmentRead:
    """Take a seat: a job seeker for themself, an officer for anyone who has consented."""
    return EnrolmentRead.model_validate(enrolments.enrol(session, cohort_id, payload, principal))


@router.get(
    "/cohorts/{cohort_id}/enrolments",
    **access(roles=STAFF, scopes=PROVIDER, problems=(404, 422)),
)
def list_enrolments(
    cohort_id: int,
    principal: PrincipalDep,
    session: SessionDep,
    page: PageDep,
) -> Page[EnrolmentRead]:
    """A cohort's enrolments, for the office and for the provider running it."""
    rows, next_cursor = enrolments.list_enrolments(session, cohort_id, principal, page)
    return Page(items=[EnrolmentRead.model_validate(r) for r in rows], next_cursor=next_cursor)


@router.get("/enrolments", **access(roles=SELF_OR_STAFF, problems=(422,)))
def list_my_enrolments(
    principal: PrincipalDep,
    session: SessionDep,
    page: PageDep,
    applicant_id: Annotated[
        int | None, Query(description="Officers: one person's. A job seeker sees their own.")
    ] = None,
    status: EnrolmentStatus | None = None,
) -> Page[EnrolmentRead]:
    """Enrolments across cohorts: the job seeker's own, or anyone's for officers."""
    rows, next_cursor = enrolments.list_enrolments_of(
        session, principal, page, applicant_id=applicant_id, status=status
    )
    return Page(items=[EnrolmentRead.model_validate(r) for r in rows], next_cursor=next_cursor)


@router.get(
    "/enrolments/{enrolment_id}",
    **access(roles=SELF_OR_STAFF, scopes=PROVIDER, problems=(404,)),
)
def get_enrolment(enrolment_id: int, principal: PrincipalDep, session: SessionDep) -> EnrolmentRead:
    """One enrolment: the person's own, any for officers, or one in the provider's programme."""
    return EnrolmentRead.model_validate(enrolments.get_enrolment(session, enrolment_id, principal))


@router.post(
    "/enrolments/{enrolment_id}/withdrawal",
    **access(roles=SELF_OR_STAFF, problems=(404, 409)),
)
def withdraw(enrolment_id: int, principal: PrincipalDep, session: SessionDep) -> EnrolmentRead:
    """Give the seat back."""
    return EnrolmentRead.model_validate(enrolments.withdraw(session, enrolment_id, principal))


@router.post(
    "/enrolments/{enrolment_id}/completion",
    **access(scopes=PROVIDER, problems=(404, 409, 422)),
)
def report_completion(
    enrolment_id: int, payload: CompletionReport, principal: PrincipalDep, session: SessionDep
) -> EnrolmentRead:
    """Report the result once; a pass adds a verified credential to the applicant."""
    enrolment = enrolments.report_completion(session, enrolment_id, payload, principal)
    return EnrolmentRead.model_validate(enrolment)
