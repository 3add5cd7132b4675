"""The open job orders a person may be matched with, kept in memory between requests.

Listing a person's matches must not load every open job order and check it rule by rule on
each request. Each worker keeps the open orders as `OpenOrders`: their facts, and order-major
arrays of what the admission bounds, the rules and the score read. A request checks with one
cheap query that no job order changed since (count, ids, versions, latest update, and the
day, as deadlines pass), and otherwise rebuilds.

For one person, a rule is evaluated once per distinct *instance* (the rule and what of the
order its evaluator reads: the sector for the field's skill test, the occupation for
experience, whether there is an MoU), not once per order: an order's unmet rules are its
instances' unmet results, which are exactly what `evaluate` says for the pair, remedies
included. Scores are computed for all eligible orders at once, per kind of language
requirement, by the formula `score` applies to one pair.
"""

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import ColumnElement, case, func, literal, literal_column, or_
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlmodel import Session, col

from app.core.change_signals import generation_of
from app.models.channel import ChannelState
from app.models.matching import RuleStatus as Status
from app.models.vacancy import Vacancy, VacancyStatus
from app.reference import EDUCATION_RANK
from app.services.matching.closures import route_is_open
from app.services.matching.evaluate import (
    EVALUATORS,
    RuleResult,
    age_on,
    relevant_experience_years,
)
from app.services.matching.facts import (
    ApplicantFacts,
    TrainingSources,
    VacancyFacts,
    vacancy_facts,
)
from app.services.matching.rule_model import JOB_FIELD, Check, Rule
from app.services.matching.rules import rules_for
from app.services.matching.scoring import (
    WEIGHTS,
    ScoreInputs,
    Wishes,
    occupation_words,
    score_parts,
    standing,
)
from app.services.matching.stamped import StampedCache

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

# Bounds an order without a stated limit is given, so that one comparison serves all orders.
_NO_MIN, _NO_MAX = -1, 10**6


@dataclass(frozen=True)
class OpenOrder:
    """What a match or a near miss shows of a job order."""

    id: int
    title: str
    country: str
    scheme: str
    sector: str


def open_order(vacancy: Vacancy) -> OpenOrder:
    return OpenOrder(
        vacancy.id or 0, vacancy.title, vacancy.country, vacancy.scheme, vacancy.sector
    )


def open_conditions(today: date) -> list[ColumnElement[bool]]:
    """Job orders that take people on `today`: open, an opening left, deadline not passed,
    their scheme and channel not closed."""
    return [
        col(Vacancy.status) == VacancyStatus.open,
        col(Vacancy.filled) < col(Vacancy.openings),
        or_(col(Vacancy.deadline).is_(None), col(Vacancy.deadline) >= today),
        route_is_open(),
    ]


def _rule_reads(rule: Rule, v: VacancyFacts) -> Hashable:
    """What of the order the rule's evaluator reads for its status and its unmet result.

    Keep in step with `evaluate.EVALUATORS`: two orders whose rule and these agree get the
    same result (the deadline only flags a met credential, which a match does not report).
    """
    if rule.check in (Check.credential, Check.max_age_at_test):
        return v.ssw_field if any(accept.field == JOB_FIELD for accept in rule.accepts) else None
    if rule.check == Check.experience:
        return (v.isco_code, v.occupation)
    if rule.check == Check.mou:
        return v.mou_id is not None
    return None


class _Groups:
    """Items grouped by a key, each key with the first item that had it: what depends on
    the key alone is computed once per key for a person, then spread over the items."""

    def __init__(self, items: Sequence[Any], key: Callable[[Any], Hashable]) -> None:
        first: dict[Hashable, Any] = {}
        index: dict[Hashable, int] = {}
        of_item = []
        for item in items:
            k = key(item)
            if k not in index:
                index[k], first[k] = len(index), item
            of_item.append(index[k])
        self.of_item: Ints = np.array(of_item, dtype=np.int64)
        self.first: list[Any] = list(first.values())

    def spread(self, per_group: Callable[[Any], object], dtype: type) -> Any:
        """`per_group` of each group's first item, as a value per item."""
        values: npt.NDArray[Any] = np.array([per_group(item) for item in self.first], dtype)
        return values[self.of_item] if len(values) else np.zeros(len(self.of_item), dtype)


class OpenOrders:
    """The open job orders as of one day, in id order, as order-major arrays.

    Kept for as long as no job order changes, so it holds arrays, strings and numbers rather
    than an object per order: the garbage collector walks every live container on each full
    collection, and each request allocates enough to trigger some.
    """

    def __init__(self, rows: Sequence[Vacancy]) -> None:
        facts = [vacancy_facts(row) for row in rows]
        self._shown = [
            (f.vacancy_id, row.title, f.country, f.scheme, f.sector)
            for row, f in zip(rows, facts, strict=True)
        ]
        self.country = np.array([f.country for f in facts], dtype=object)
        self.sector = np.array([f.sector for f in facts], dtype=object)
        self.min_age = np.array([_NO_MIN if f.min_age is None else f.min_age for f in facts])
        self.max_age = np.array([_NO_MAX if f.max_age is None else f.max_age for f in facts])
        self.required_sex = np.array([f.required_sex or "" for f in facts], dtype=object)
        self.min_education = np.array(
            [_NO_MIN if f.min_education is None else EDUCATION_RANK[f.min_education] for f in facts]
        )
        # Every (order, rule) pair, order by order in rule order, grouped into instances.
        rules = [rules_for(f) for f in facts]
        pairs = [(rule, f) for f, of_order in zip(facts, rules, strict=True) for rule in of_order]
        self._instances = _Groups(pairs, lambda p: (p[0], _rule_reads(*p)))
        sizes = [len(of_order) for of_order in rules]
        self._pair_order: Ints = np.repeat(np.arange(len(facts)), sizes).astype(np.int64)
        bounds = np.cumsum([0, *sizes]).tolist()
        instance_of = self._instances.of_item.tolist()
        self._instances_of_order = [
            tuple(instance_of[start:stop]) for start, stop in pairwise(bounds)
        ]
        # What the score reads of an order, grouped the same way.
        self._experience = _Groups(facts, lambda f: (f.isco_code, f.occupation))
        self._words = _Groups(facts, occupation_words)
        self._language = _Groups(
            facts, lambda f: (f.language, f.min_language_score, f.min_language_level)
        )

    def order(self, index: int) -> OpenOrder:
        return OpenOrder(*self._shown[index])

    def order_id(self, index: int) -> int:
        vacancy_id: int = self._shown[index][0]
        return vacancy_id

    def __len__(self) -> int:
        return len(self._shown)

    def admitting(self, person: ApplicantFacts, today: date) -> Bools:
        """Orders whose age, sex and education bounds admit the person, as the query in
        `ranking.open_vacancies_for` selects them (an order outside them is no near miss)."""
        age = age_on(person.birth_date, today)
        admitted: Bools = (
            (self.min_age <= age)
            & (self.max_age >= age)
            & ((self.required_sex == "") | (self.required_sex == person.sex.value))
            & (self.min_education <= EDUCATION_RANK[person.education_level])
        )
        return admitted

    def rule_results(
        self, person: ApplicantFacts, today: date, training: TrainingSources
    ) -> list[RuleResult | None]:
        """Each rule instance's result for the person; None where it is not for their sex."""
        return [
            EVALUATORS[rule.check](rule, person, v, today, training)
            if rule.applies(v, person.sex)
            else None
            for rule, v in self._instances.first
        ]

    def unmet_counts(self, results: Sequence[RuleResult | None]) -> tuple[Bools, Ints]:
        """Which instances are unmet, and how many unmet rules each order has."""
        unmet = np.array([r is not None and r.status == Status.unmet for r in results], bool)
        per_pair = unmet[self._instances.of_item] if len(unmet) else np.zeros(0, bool)
        counts = np.bincount(self._pair_order, weights=per_pair, minlength=len(self))
        return unmet, counts.astype(np.int64)

    def unmet_of(
        self, index: int, unmet: Bools, results: Sequence[RuleResult | None]
    ) -> list[RuleResult]:
        """The order's unmet rule results, in rule order (as `evaluate` lists them)."""
        return [r for i in self._instances_of_order[index] if unmet[i] and (r := results[i])]

    def scores(
        self, person: ApplicantFacts, wishes: Wishes, today: date, at: Ints
    ) -> dict[str, Ints]:
        """Score parts (and `total`) of the person for the orders at positions `at`: what
        `score` says, pair by pair."""
        held = standing(person, today)
        years = self._experience.spread(lambda v: relevant_experience_years(person, v), np.float64)
        skill_hit = self._words.spread(lambda v: bool(wishes.skills & occupation_words(v)), bool)
        waiting = (today - wishes.registered_on).days
        parts = {name: np.zeros(len(at), dtype=np.int64) for name in [*WEIGHTS, "total"]}
        for group, v in enumerate(self._language.first):
            # The language part depends on the kind of requirement: one formula per kind.
            inside = np.flatnonzero(self._language.of_item[at] == group)
            if not len(inside):
                continue
            who, size = at[inside], len(inside)
            inputs = ScoreInputs(
                years=years[who],
                skill_hit=skill_hit[who],
                eps_best=np.full(size, held.eps_best, dtype=np.int64),
                japanese_best=np.full(size, held.japanese_best, dtype=np.int64),
                trained=np.full(size, held.trained),
                certified=np.full(size, held.certified),
                wants_country=np.array([c in wishes.countries for c in self.country[who]], bool),
                wants_sector=np.array([s in wishes.sectors for s in self.sector[who]], bool),
                waiting_days=np.full(size, waiting, dtype=np.int64),
            )
            for name, points in score_parts(inputs, v).items():
                parts[name][inside] = points
                parts["total"][inside] += points
        return parts


_LEAN_COLUMNS = (
    col(Vacancy.id),
    col(Vacancy.title),
    col(Vacancy.scheme),
    col(Vacancy.sector),
    col(Vacancy.country),
    col(Vacancy.occupation),
    col(Vacancy.isco_code),
    col(Vacancy.min_age),
    col(Vacancy.max_age),
    col(Vacancy.required_sex),
    col(Vacancy.min_education),
    col(Vacancy.language),
    col(Vacancy.min_language_level),
    col(Vacancy.min_language_score),
    col(Vacancy.required_certificates),
    col(Vacancy.min_experience_years),
    col(Vacancy.deadline),
    col(Vacancy.mou_id),
    col(Vacancy.ssw_field),
    col(Vacancy.channel),
)


def open_order_rows(session: Session, today: date) -> list[Any]:
    """One lean query: plain rows of what matching reads, not model instances."""
    query = sa_select(*_LEAN_COLUMNS).where(*open_conditions(today)).order_by(col(Vacancy.id))
    return list(session.execute(query).all())


def _lean(today: date) -> Any:
    return sa_select(*_LEAN_COLUMNS).where(*open_conditions(today)).cte("lean")


def _digest_of(lean: Any) -> Any:
    """The MD5 of the lean rows as text, in id order: '' when there are none."""
    text_of_rows = func.string_agg(
        literal_column("lean::text"), aggregate_order_by(literal("|"), lean.c.id)
    )
    return sa_select(func.coalesce(func.md5(text_of_rows), "")).select_from(lean)


def open_orders_digest(session: Session, today: date) -> str:
    """PostgreSQL: what `open_order_rows` would return, digested by the server."""
    return str(session.execute(_digest_of(_lean(today))).scalar_one())


def open_order_rows_and_digest(session: Session, today: date) -> tuple[list[Any], str]:
    """PostgreSQL: the rows and their digest from one statement, so of one snapshot (each
    row carries the digest too, which matching does not read)."""
    lean = _lean(today)
    digest = _digest_of(lean).scalar_subquery().label("digest")
    rows = list(session.execute(sa_select(lean, digest).order_by(lean.c.id)).all())
    return rows, str(rows[0].digest) if rows else ""


def _stamp(session: Session, today: date) -> tuple[object, ...]:
    """Changes whenever a job order is created, deleted or changed through the services,
    which bump its version and update time; the sums of `filled` and of open orders also
    catch a status or a count written without them. While the change signals are live,
    the table's generation says the same without a query."""
    generation = generation_of(session.get_bind(), "vacancy", "channel_state")  # type: ignore[arg-type]
    if generation is not None:
        return (today, generation)
    open_now = case((col(Vacancy.status) == VacancyStatus.open, 1), else_=0)
    row = session.execute(
        sa_select(
            func.count(),
            func.sum(col(Vacancy.id)),
            func.sum(col(Vacancy.version)),
            func.sum(col(Vacancy.filled)),
            func.sum(open_now),
            func.max(col(Vacancy.updated_at)),
        )
    ).one()
    *sums, latest = row
    routes = session.execute(sa_select(func.count(), func.max(col(ChannelState.changed_at)))).one()
    return (today, *(int(value or 0) for value in sums), latest, *routes)


class OpenOrdersCache(StampedCache[OpenOrders]):
    """One per engine (process): the open job orders, read again when any job order changed
    and rebuilt when what matching reads of them did.

    Most writes to job orders (an agency re-sending its orders with other openings, a
    selection taking an opening) leave the open orders' matching columns as they were: the
    rows read again are then equal, and the arrays built from them still hold.

    On PostgreSQL the server digests those columns first: when the digest is the one the
    arrays were built from, nothing is read back (a worker spends far more on 600 rows than
    the server on their digest). Rows and digest are then read in one statement, so that the
    digest kept is exactly that of the rows kept, even if the orders change in between.
    """

    def __init__(self) -> None:
        super().__init__(_stamp, self._reload)
        self._rows: list[Any] | None = None
        self._built: OpenOrders | None = None
        self._digest: str | None = None
        self._digest_day: date | None = None

    def _reload(self, session: Session, today: date) -> OpenOrders:
        if session.get_bind().dialect.name != "postgresql":
            return self._rebuild(open_order_rows(session, today))
        if (
            self._built is not None
            and self._digest_day == today
            and open_orders_digest(session, today) == self._digest
        ):
            return self._built
        rows, digest = open_order_rows_and_digest(session, today)
        self._digest, self._digest_day = digest, today
        return self._rebuild(rows)

    def _rebuild(self, rows: list[Any]) -> OpenOrders:
        if self._built is None or rows != self._rows:
            self._rows, self._built = rows, OpenOrders(rows)
        return self._built
