"""The ranked lists as the API shows them: paged, anonymous candidates, explained misses."""

from datetime import date

from sqlmodel import Session

from app.core import clock
from app.core.i18n import Language
from app.core.pagination import RankPageParams, encode_rank_cursor
from app.core.principal import Principal
from app.models.ranking import (
    CandidatePage,
    CandidateRead,
    HeldCredentialRead,
    MatchesRead,
    MatchRead,
    NearMissRead,
    ScoreParts,
)
from app.services.applicants.service import get_applicant
from app.services.matching.eligibility import render_result
from app.services.matching.evaluate import age_on
from app.services.matching.ranking import (
    Ranked,
    experience_years,
    rank_candidates,
    rank_matches,
)
from app.services.vacancies.service import get_vacancy

NEAR_MISSES_SHOWN = 10


def _candidate(r: Ranked, today: date) -> CandidateRead:
    person = r.applicant
    return CandidateRead(
        applicant_id=person.applicant_id,
        score=r.score.total,
        score_parts=ScoreParts(**r.score.parts),
        age=age_on(person.birth_date, today),
        sex=person.sex,
        education_level=person.education_level,
        kecamatan_code=r.wishes.kecamatan_code,
        experience_years=experience_years(r),
        credentials=[
            HeldCredentialRead(
                type=c.type, level=c.level, score=c.score, field=c.field, verified=c.verified
            )
            for c in person.credentials
            if c.expires_on is None or c.expires_on >= today
        ],
    )


def candidates_page(
    session: Session,
    vacancy_id: int,
    viewer: Principal,
    page: RankPageParams,
    *,
    kecamatan_code: str | None = None,
    min_score: int | None = None,
    today: date | None = None,
) -> CandidatePage:
    """Eligible people with consent for a job order the viewer may see, best first."""
    vacancy = get_vacancy(session, vacancy_id, viewer)
    today = today or clock.today()
    ranked = rank_candidates(session, vacancy, today, kecamatan_code=kecamatan_code)
    if min_score is not None:
        ranked = [r for r in ranked if r.score.total >= min_score]
    rest = [r for r in ranked if page.admits(r.score.total, r.applicant.applicant_id)]
    shown = rest[: page.limit]
    next_cursor = None
    if len(rest) > page.limit:
        last = shown[-1]
        next_cursor = encode_rank_cursor(last.score.total, last.applicant.applicant_id)
    return CandidatePage(
        vacancy_id=vacancy_id,
        eligible_total=len(ranked),
        items=[_candidate(r, today) for r in shown],
        next_cursor=next_cursor,
    )


def matches_page(
    session: Session,
    applicant_id: int,
    viewer: Principal,
    page: RankPageParams,
    lang: Language,
    *,
    country: str | None = None,
    sector: str | None = None,
    today: date | None = None,
) -> MatchesRead:
    """Open job orders the person qualifies for, best first, and the nearest misses."""
    applicant = get_applicant(session, applicant_id, viewer)
    today = today or clock.today()
    matches, misses = rank_matches(session, applicant, today, country=country, sector=sector)
    # Only the page's matches are built: the rest are known by their rank keys alone.
    rest = [i for i in range(len(matches)) if page.admits(*matches.key(i))]
    shown = [matches[i] for i in rest[: page.limit]]
    next_cursor = None
    if len(rest) > page.limit:
        last_vacancy, last_score = shown[-1]
        next_cursor = encode_rank_cursor(last_score.total, last_vacancy.id)
    return MatchesRead(
        applicant_id=applicant_id,
        items=[
            MatchRead(
                vacancy_id=v.id,
                title=v.title,
                country=v.country,
                scheme=v.scheme,
                sector=v.sector,
                score=s.total,
                score_parts=ScoreParts(**s.parts),
            )
            for v, s in shown
        ],
        next_cursor=next_cursor,
        near_misses=[
            NearMissRead(
                vacancy_id=m.vacancy.id,
                title=m.vacancy.title,
                country=m.vacancy.country,
                scheme=m.vacancy.scheme,
                sector=m.vacancy.sector,
                unmet=[render_result(r, lang) for r in m.unmet],
            )
            for m in misses[:NEAR_MISSES_SHOWN]
        ],
    )
