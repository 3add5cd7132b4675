"""/api/v1/matching/rules, eligibility of a pair, and the ranked lists both ways"""

from typing import Annotated

from fastapi import APIRouter, Query

from app.core.db import SessionDep
from app.core.pagination import RankPageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.http.language import LanguageDep
from app.models.channel import ChannelRead, ChannelStateWrite
from app.models.identity import Role, Scope
from app.models.matching import EligibilityRead, RuleTableRead
from app.models.ranking import CandidatePage, MatchesRead
from app.reference import Sector
from app.services.matching import closures, views
from app.services.matching import eligibility as service

router = APIRouter(tags=["matching"])
SELF_OR_STAFF = (Role.applicant, *STAFF)


@router.get("/matching/rules", **access(roles=tuple(Role), scopes=tuple(Scope)))
def list_matching_rules(session: SessionDep, lang: LanguageDep) -> RuleTableRead:
    """Each scheme's hard rules with their sources, the requirements a job order may set,
    Japan's SSW fields, and which schemes and channels take people now."""
    return service.rule_table(session, lang)


@router.get("/matching/channels", **access(roles=tuple(Role), scopes=tuple(Scope)))
def list_channels(session: SessionDep, lang: LanguageDep) -> list[ChannelRead]:
    """Every scheme and recruitment channel, and whether it takes people now; a closed one
    with the reason and source the office recorded."""
    return closures.list_channels(session, lang)


@router.put("/matching/channels/{code}", **access(roles=STAFF, problems=(404, 422)))
def set_channel_state(
    code: str,
    payload: ChannelStateWrite,
    principal: PrincipalDep,
    session: SessionDep,
    lang: LanguageDep,
) -> ChannelRead:
    """Close a scheme or channel (with the reason and its source) or open it again.

    While closed, its job orders are not offered, proposed or applied to."""
    return closures.set_channel_state(session, code, payload, principal, lang)


@router.get(
    "/applicants/{applicant_id}/eligibility",
    **access(roles=SELF_OR_STAFF, problems=(404, 422)),
)
def get_eligibility(
    applicant_id: int,
    vacancy_id: Annotated[int, Query(ge=1, description="The job order to check against.")],
    principal: PrincipalDep,
    session: SessionDep,
    lang: LanguageDep,
) -> EligibilityRead:
    """Every rule for the applicant and the job order: met, unmet or unknown, with remedies.

    `eligible` is true when no rule is unmet; unknown rules (health, BPJS, documents) are
    checked at the documents stage. An applicant may ask about themself only.
    """
    return service.check_eligibility(session, applicant_id, vacancy_id, principal, lang)


@router.get(
    "/vacancies/{vacancy_id}/candidates",
    **access(roles=STAFF, scopes=(Scope.applications_read,), problems=(404, 422)),
)
def list_candidates(
    vacancy_id: int,
    principal: PrincipalDep,
    session: SessionDep,
    page: RankPageDep,
    kecamatan_code: Annotated[str | None, Query(pattern=r"^\d{6}$")] = None,
    min_score: Annotated[int | None, Query(ge=0, le=1000)] = None,
) -> CandidatePage:
    """Eligible people with consent, best first, anonymous: no name, NIK or contacts.

    An agency sees this for its own job orders only; names come with selection.
    """
    return views.candidates_page(
        session, vacancy_id, principal, page, kecamatan_code=kecamatan_code, min_score=min_score
    )


@router.get(
    "/applicants/{applicant_id}/matches",
    **access(roles=SELF_OR_STAFF, problems=(404, 409, 422)),
)
def list_matches(
    applicant_id: int,
    principal: PrincipalDep,
    session: SessionDep,
    lang: LanguageDep,
    page: RankPageDep,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
    sector: Sector | None = None,
) -> MatchesRead:
    """Open job orders the person qualifies for, best first, and the nearest misses with
    what is missing. Needs the person's consent (409 otherwise)."""
    return views.matches_page(
        session, applicant_id, principal, page, lang, country=country, sector=sector
    )
