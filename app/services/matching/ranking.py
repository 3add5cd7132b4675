"""Ranking both ways: the candidates for a job order, the job orders for a person.

Retrieval never scores everyone against everything. For a job order, the people who may be
matched are kept in memory with indexes (`population`): its block (age range through the
birth-date order, holders of the tests it needs, sex, education; see `blocking`) is found
through them, and only those people are checked rule by rule and scored, in bulk. For a
person, the open job orders are kept in memory too (`open_orders`), as arrays over orders:
each distinct rule is evaluated once for the person, and the eligible orders scored at once.
`rank_matches_per_pair`, the straightforward path it is tested against, queries the orders
whose bounds admit the person and evaluates each pair.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar, overload

import numpy as np
from sqlalchemy import or_
from sqlmodel import Session, col, select

from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.models.applicant import Applicant
from app.models.credential import Credential, Verification
from app.models.matching import RuleStatus as Status
from app.models.vacancy import Vacancy
from app.reference import EDUCATION_RANK, EducationLevel
from app.services.matching.blocking import block_for
from app.services.matching.closures import closure_of
from app.services.matching.evaluate import (
    RuleResult,
    age_on,
    evaluate,
    is_eligible,
    relevant_experience_years,
)
from app.services.matching.facts import (
    ApplicantFacts,
    VacancyFacts,
    applicant_facts_many,
    training_sources_of,
    vacancy_facts,
)
from app.services.matching.open_orders import (
    OpenOrder,
    OpenOrdersCache,
    open_conditions,
    open_order,
)
from app.services.matching.population import cache_for
from app.services.matching.scoring import WEIGHTS, Score, Wishes, score, wishes_of
from app.services.matching.stamped import per_engine

define(
    {
        "consent_required": Message(
            "Consent required",
            "Persetujuan diperlukan",
            "Matching uses personal data only with the person's consent; record it first.",
            "Pencocokan memakai data pribadi hanya dengan persetujuan orangnya; catat dulu.",
        ),
    }
)

NEAR_MISS_MAX_UNMET = 2


@dataclass(frozen=True)
class Ranked:
    applicant: ApplicantFacts
    wishes: Wishes
    vacancy: VacancyFacts
    score: Score


def rank_candidates(
    session: Session,
    vacancy: Vacancy,
    today: date,
    *,
    kecamatan_code: str | None = None,
) -> list[Ranked]:
    """Every eligible person with consent for the job order, best first (ties: lower id);
    nobody while its scheme or channel is closed."""
    facts = vacancy_facts(vacancy, closure_of(session, vacancy))
    columns = cache_for(session.get_bind()).columns(session, today)  # type: ignore[arg-type]
    at = columns.block(block_for(facts, today))
    if kecamatan_code:
        at = at[columns.kecamatan[at] == kecamatan_code]
    who = at[columns.eligible(facts, at)]
    parts = columns.scores(facts, who)
    ranked = [
        Ranked(
            columns.people[index],
            columns.wishes[index],
            facts,
            Score(
                total=int(parts["total"][k]),
                parts={name: int(parts[name][k]) for name in WEIGHTS},
            ),
        )
        for k, index in enumerate(who.tolist())
    ]
    ranked.sort(key=lambda r: (-r.score.total, r.applicant.applicant_id))
    return ranked


def open_vacancies_for(session: Session, applicant: Applicant, today: date) -> list[Vacancy]:
    """Open job orders whose age, sex and education bounds admit the person."""
    age = age_on(applicant.birth_date, today)
    rank = EDUCATION_RANK[EducationLevel(applicant.education_level)]
    allowed = [level.value for level, r in EDUCATION_RANK.items() if r <= rank]
    query = select(Vacancy).where(
        *open_conditions(today),
        or_(col(Vacancy.min_age).is_(None), col(Vacancy.min_age) <= age),
        or_(col(Vacancy.max_age).is_(None), col(Vacancy.max_age) >= age),
        or_(col(Vacancy.required_sex).is_(None), col(Vacancy.required_sex) == applicant.sex),
        or_(col(Vacancy.min_education).is_(None), col(Vacancy.min_education).in_(allowed)),
    )
    return list(session.exec(query.order_by(col(Vacancy.id))).all())


@dataclass(frozen=True)
class Miss:
    vacancy: OpenOrder
    unmet: list[RuleResult]


Matches = tuple[Sequence[tuple[OpenOrder, Score]], Sequence[Miss]]
T = TypeVar("T")


class LazyRanking(Sequence[T]):
    """A ranking whose items are built when first read: a page of matches reads twenty of
    hundreds, and building each item (its order, its score record, its unmet rules) costs
    more than ranking them all. Equal to any sequence of the same items."""

    def __init__(self, count: int, build: Callable[[int], T]) -> None:
        self._count, self._build = count, build
        self._built: dict[int, T] = {}

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        if index not in self._built:
            self._built[index] = self._build(index)
        return self._built[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]


class LazyMatches(LazyRanking[tuple[OpenOrder, Score]]):
    """Matches best first, with each one's rank key (score, job order id) at no cost."""

    def __init__(
        self, build: Callable[[int], tuple[OpenOrder, Score]], totals: list[int], ids: list[int]
    ) -> None:
        super().__init__(len(totals), build)
        self._totals, self._ids = totals, ids

    def key(self, index: int) -> tuple[int, int]:
        return self._totals[index], self._ids[index]


def _person(session: Session, applicant: Applicant) -> tuple[ApplicantFacts, Wishes]:
    """The person as evaluation sees them, with their credentials not rejected."""
    if applicant.consent_given_at is None:
        raise ProblemError(409, "consent_required")
    credentials = session.exec(
        select(Credential).where(
            Credential.applicant_id == applicant.id,
            col(Credential.verification) != Verification.rejected,
        )
    ).all()
    return applicant_facts_many([applicant], credentials)[applicant.id or 0], wishes_of(applicant)


def rank_matches(
    session: Session,
    applicant: Applicant,
    today: date,
    *,
    country: str | None = None,
    sector: str | None = None,
) -> tuple[LazyMatches, LazyRanking[Miss]]:
    """The open job orders the person qualifies for, best first; and the nearest misses
    (at most NEAR_MISS_MAX_UNMET rules unmet), fewest unmet first.

    Says what `rank_matches_per_pair` says, from the worker's open job orders in memory:
    each distinct rule is evaluated once for the person, not once per order.
    """
    person, wishes = _person(session, applicant)
    orders = per_engine(session.get_bind(), OpenOrdersCache).get(session, today)  # type: ignore[arg-type]
    # A near miss says where to train for what is missing, as the eligibility check does.
    training = training_sources_of(session, today)
    results = orders.rule_results(person, today, training)
    unmet, counts = orders.unmet_counts(results)
    admitted = orders.admitting(person, today)
    if country:
        admitted &= orders.country == country
    if sector:
        admitted &= orders.sector == sector
    # Orders are in id order, so a stable sort leaves ties by id: no key tuples to build.
    eligible = np.flatnonzero(admitted & (counts == 0))
    parts = orders.scores(person, wishes, today, eligible)
    best_first = np.argsort(-parts["total"], kind="stable")
    ranked_orders = eligible[best_first].tolist()
    columns = {name: parts[name][best_first].tolist() for name in WEIGHTS}
    totals = parts["total"][best_first].tolist()

    def match(i: int) -> tuple[OpenOrder, Score]:
        parts_of = {name: columns[name][i] for name in WEIGHTS}
        return orders.order(ranked_orders[i]), Score(totals[i], parts_of)

    ids = [orders.order_id(k) for k in ranked_orders]
    matches = LazyMatches(match, totals, ids)
    near = np.flatnonzero(admitted & (counts > 0) & (counts <= NEAR_MISS_MAX_UNMET))
    near_orders = near[np.argsort(counts[near], kind="stable")].tolist()
    misses = LazyRanking(
        len(near_orders),
        lambda i: Miss(
            orders.order(near_orders[i]), orders.unmet_of(near_orders[i], unmet, results)
        ),
    )
    return matches, misses


def rank_matches_per_pair(
    session: Session,
    applicant: Applicant,
    today: date,
    *,
    country: str | None = None,
    sector: str | None = None,
) -> Matches:
    """What `rank_matches` says, the straightforward way: the admitting open orders loaded
    from the database and each evaluated and scored with the person, pair by pair. The
    reference the fast path is tested and measured against."""
    person, wishes = _person(session, applicant)
    training = training_sources_of(session, today)
    matches: list[tuple[OpenOrder, Score]] = []
    misses: list[Miss] = []
    for vacancy in open_vacancies_for(session, applicant, today):
        if (country and vacancy.country != country) or (sector and vacancy.sector != sector):
            continue
        facts = vacancy_facts(vacancy)
        results = evaluate(person, facts, today, training)
        if is_eligible(results):
            matches.append((open_order(vacancy), score(person, wishes, facts, today)))
            continue
        unmet = [r for r in results if r.status == Status.unmet]
        if len(unmet) <= NEAR_MISS_MAX_UNMET:
            misses.append(Miss(open_order(vacancy), unmet))
    matches.sort(key=lambda m: (-m[1].total, m[0].id))
    misses.sort(key=lambda m: (len(m.unmet), m.vacancy.id))
    return matches, misses


def experience_years(r: Ranked) -> float:
    return round(relevant_experience_years(r.applicant, r.vacancy), 1)
