"""The match score of an eligible pair: a documented weighted sum whose parts are returned.

Points, not fractions, so that allocation works on exact integers and ties are reproducible:
each part is worth up to its weight, and the total is at most 1,000.

| part        | weight | full marks when                                                   |
| ----------- | ------ | ----------------------------------------------------------------- |
| occupation  | 300    | earlier work in the same occupation (ISCO code or name); 180 when |
|             |        | the person lists a skill named in the occupation or sector        |
| language    | 200    | two levels (or 60 EPS-TOPIK points) above the requirement; a job  |
|             |        | order with no language requirement gives the midpoint             |
| training    | 150    | a completed training programme (100) and a skill certificate (50) |
| experience  | 150    | five years of relevant work                                       |
| preference  | 100    | the country (60) and the sector (40) are among the stated wishes   |
| waiting     | 100    | registered a year or more ago: who waited longer goes first       |
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

import numpy as np

from app.models.credential import CredentialType
from app.services.matching.evaluate import relevant_experience_years
from app.services.matching.facts import ApplicantFacts, VacancyFacts
from app.services.matching.rule_model import JAPANESE_RANK

WEIGHTS = {
    "occupation": 300,
    "language": 200,
    "training": 150,
    "experience": 150,
    "preference": 100,
    "waiting": 100,
}
SKILL_CERTIFICATES = frozenset(
    {
        CredentialType.ssw_skill_test,
        CredentialType.bnsp_competency,
        CredentialType.korean_skills_test,
    }
)


@dataclass(frozen=True)
class Wishes:
    """What ranking needs besides the eligibility facts."""

    applicant_id: int
    skills: frozenset[str]  # lower-case words
    countries: frozenset[str]
    sectors: frozenset[str]
    registered_on: date
    kecamatan_code: str


@dataclass(frozen=True)
class Score:
    total: int
    parts: dict[str, int]


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", text.lower()) if len(w) > 2}


class WishesRow(Protocol):
    """What ranking reads of an applicant: a model instance or a lean query row."""

    @property
    def id(self) -> int | None: ...
    @property
    def skills(self) -> list[str]: ...
    @property
    def preferred_countries(self) -> list[str]: ...
    @property
    def preferred_sectors(self) -> list[str]: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def kecamatan_code(self) -> str: ...


def wishes_of(applicant: WishesRow) -> Wishes:
    created: datetime = applicant.created_at
    return Wishes(
        applicant_id=applicant.id or 0,
        skills=frozenset(w for skill in applicant.skills for w in _words(skill)),
        countries=frozenset(applicant.preferred_countries),
        sectors=frozenset(applicant.preferred_sectors),
        registered_on=created.date(),
        kecamatan_code=applicant.kecamatan_code,
    )


@dataclass(frozen=True)
class ScoreInputs:
    """What the score reads of a person, for one person (numbers) or many (numpy arrays)."""

    years: Any  # relevant experience, years
    skill_hit: Any  # a listed skill names a word of the occupation or sector
    eps_best: Any  # best valid EPS-TOPIK score, -1 if none
    japanese_best: Any  # best valid JLPT / JFT-Basic rank (JAPANESE_RANK), -1 if none
    trained: Any  # a valid training completion
    certified: Any  # a valid skill certificate
    wants_country: Any
    wants_sector: Any
    waiting_days: Any


def _language_margin(x: ScoreInputs, v: VacancyFacts) -> Any:
    """0 at the requirement, 1 two levels (or 60 points) above; 0.5 when none is required."""
    if v.min_language_score is not None or v.language == "ko":
        margin = np.minimum(np.maximum(x.eps_best - (v.min_language_score or 80), 0) / 60, 1.0)
        return np.where(x.eps_best < 0, 0.0 if v.min_language_score else 0.5, margin)
    if v.language == "ja" or v.min_language_level:
        required = JAPANESE_RANK.get(v.min_language_level or "N4", 2)
        best = np.where(x.japanese_best < 0, required, x.japanese_best)
        return np.minimum(np.maximum(best - required, 0) / 2, 1.0)
    return np.full_like(x.eps_best, 0.5, dtype=np.float64)


def score_parts(x: ScoreInputs, v: VacancyFacts) -> dict[str, Any]:
    """Each part in points (integers), for one person or element-wise for many."""
    fractions = {
        "occupation": np.where(x.years > 0, 1.0, np.where(x.skill_hit, 0.6, 0.0)),
        "language": _language_margin(x, v),
        "training": np.where(x.trained, 1.0, 0.0) * 2 / 3 + np.where(x.certified, 1.0, 0.0) / 3,
        "experience": np.minimum(x.years / 5, 1.0),
        "preference": np.where(x.wants_country, 0.6, 0.0) + np.where(x.wants_sector, 0.4, 0.0),
        "waiting": np.minimum(np.maximum(x.waiting_days, 0) / 365, 1.0),
    }
    # numpy's rint rounds half to even, as Python's round does.
    return {name: np.rint(WEIGHTS[name] * f).astype(np.int64) for name, f in fractions.items()}


def occupation_words(v: VacancyFacts) -> frozenset[str]:
    return frozenset(_words(v.occupation) | _words(v.sector))


@dataclass(frozen=True)
class Standing:
    """What the score reads of a person's credentials valid on the day."""

    eps_best: int  # -1 if none
    japanese_best: int  # JAPANESE_RANK, -1 if none
    trained: bool
    certified: bool


def standing(a: ApplicantFacts, today: date) -> Standing:
    held = [c for c in a.credentials if c.expires_on is None or c.expires_on >= today]
    eps = [c.score for c in held if c.type == CredentialType.eps_topik and c.score is not None]
    japanese = [
        JAPANESE_RANK.get(c.level or "", 0)
        for c in held
        if c.type in (CredentialType.jlpt, CredentialType.jft_basic)
    ]
    kinds = {c.type for c in held}
    return Standing(
        eps_best=max(eps, default=-1),
        japanese_best=max(japanese, default=-1),
        trained=CredentialType.training_completion in kinds,
        certified=bool(kinds & SKILL_CERTIFICATES),
    )


def score(a: ApplicantFacts, w: Wishes, v: VacancyFacts, today: date) -> Score:
    """The score of one pair (the same formula `vectorised` applies to many at once)."""
    held = standing(a, today)
    inputs = ScoreInputs(
        years=np.float64(relevant_experience_years(a, v)),
        skill_hit=bool(w.skills & occupation_words(v)),
        eps_best=np.int64(held.eps_best),
        japanese_best=np.int64(held.japanese_best),
        trained=held.trained,
        certified=held.certified,
        wants_country=v.country in w.countries,
        wants_sector=v.sector in w.sectors,
        waiting_days=np.int64((today - w.registered_on).days),
    )
    parts = {name: int(value) for name, value in score_parts(inputs, v).items()}
    return Score(total=sum(parts.values()), parts=parts)
