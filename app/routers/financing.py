"""/api/v1/applications/{id}/costs and /financing, /api/v1/financing (placement financing)"""

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.http.language import LanguageDep
from app.http.preconditions import IfMatch, set_etag
from app.models.financing import (
    ApplicationCosts,
    FinancingCreate,
    FinancingKind,
    FinancingRead,
    FinancingRuleRead,
    FinancingState,
    FinancingTransition,
    FinancingUpdate,
)
from app.models.identity import Role, Scope
from app.services.financing import costs, reads, service
from app.services.financing import limits as financing_limits

router = APIRouter(tags=["financing"])
PEOPLE = (Role.applicant, *STAFF)
READ_SCOPES = (Scope.applications_read, Scope.applications_write)


@router.get(
    "/applications/{application_id}/costs",
    **access(roles=PEOPLE, scopes=READ_SCOPES, problems=(404,)),
)
def application_costs(
    application_id: int, principal: PrincipalDep, session: SessionDep
) -> ApplicationCosts:
    """The job order's cost items and who pays each, totals per payer and currency, what the
    worker pays in rupiah, and whether the occupation is free of placement cost to the worker
    by regulation (BP2MI regulation 9/2020). Whoever may see the application may see this."""
    return costs.application_costs(session, application_id, principal)


@router.post(
    "/applications/{application_id}/financing",
    status_code=status.HTTP_201_CREATED,
    **access(roles=PEOPLE, problems=(404, 409, 422)),
)
def create_financing(
    application_id: int, payload: FinancingCreate, principal: PrincipalDep, session: SessionDep
) -> FinancingRead:
    """File a financing request for the application (the job seeker, for themself, or an
    officer); it starts as a draft. A KUR PMI loan is at most Rp100,000,000 at up to 6% a year,
    for at most 36 months and within the contract, through a financier partner, with the
    borrower's NPWP above Rp50,000,000; no request is for more than the worker-paid costs it
    covers. The rules and their sources: `GET /api/v1/financing/rules`."""
    request = service.create_financing(session, application_id, payload, principal)
    return reads.to_read(session, request)


@router.get("/applications/{application_id}/financing", **access(roles=PEOPLE, problems=(404,)))
def list_application_financing(
    application_id: int, principal: PrincipalDep, session: SessionDep
) -> list[FinancingRead]:
    """Every financing request of the application, oldest first."""
    rows = service.list_for_application(session, application_id, principal)
    return reads.to_reads(session, rows)


@router.get("/financing/rules", **access(roles=tuple(Role), scopes=tuple(Scope)))
def list_financing_rules(lang: LanguageDep) -> list[FinancingRuleRead]:
    """Each financing rule with its numbers, the problem code it gives and its source: the
    KUR PMI ceiling, interest cap, term, NPWP threshold and SISKOP2MI registration."""
    return financing_limits.rule_rows(lang)


@router.get("/financing", **access(roles=STAFF, problems=(422,)))
def list_financing(
    session: SessionDep,
    page: PageDep,
    state: FinancingState | None = None,
    kind: FinancingKind | None = None,
    lender_id: Annotated[int | None, Query(ge=1)] = None,
) -> Page[FinancingRead]:
    """Every financing request, filtered: the office's (and the lenders') work list."""
    rows, next_cursor = service.list_financing(
        session, page, state=state, kind=kind, lender_id=lender_id
    )
    return Page(items=reads.to_reads(session, rows), next_cursor=next_cursor)


@router.get("/financing/{financing_id}", **access(roles=PEOPLE, problems=(404,)))
def get_financing(
    financing_id: int, principal: PrincipalDep, session: SessionDep, response: Response
) -> FinancingRead:
    """The request with its instalment, next legal states, the lender's documents, history."""
    request = service.get_financing(session, financing_id, principal)
    set_etag(response, request.id, request.version)
    return reads.to_read(session, request)


@router.patch("/financing/{financing_id}", **access(roles=PEOPLE, problems=(404, 409, 412, 422)))
def update_financing(
    financing_id: int,
    payload: FinancingUpdate,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: IfMatch,
) -> FinancingRead:
    """Record or correct the borrower's NPWP and SISKOP2MI registration reference (the job
    seeker for themself, or an officer) until the loan is disbursed; a field left out is
    kept, null clears it. A KUR PMI loan above Rp50,000,000 keeps an NPWP."""
    current = service.get_financing(session, financing_id, principal)
    precondition.check(current.id, current.version)
    request = service.update_financing(session, financing_id, payload, principal)
    set_etag(response, request.id, request.version)
    return reads.to_read(session, request)


@router.post(
    "/financing/{financing_id}/transitions",
    **access(roles=PEOPLE, problems=(404, 409, 422)),
)
def transition_financing(
    financing_id: int, payload: FinancingTransition, principal: PrincipalDep, session: SessionDep
) -> FinancingRead:
    """Move the request one legal step.

    The job seeker (or an officer for them) submits, and may cancel before approval; an
    officer, standing in for the lender, approves, rejects, records the disbursement and the
    repayment of a loan. An illegal move is a 409 naming `allowed_next_states`; a move that is
    not the caller's is a 403. Submitting checks the request again against the job order; a
    KUR PMI loan is approved and disbursed only with its SISKOP2MI reference recorded (409
    `financing_siskop2mi_required`, naming what is `missing`).
    """
    request = service.transition_financing(session, financing_id, payload, principal)
    return reads.to_read(session, request)
