"""Matching runs: fill open job orders optimally and record the result as proposals.

A run loads the people who may be matched (consent given, active, not already holding an
opening) once, as columns; groups job orders that ask for exactly the same (their
`VacancyFacts` but for id and deadline: same rules, same score for everyone) into slots;
finds and scores each slot's eligible people in bulk (`vectorised.Columns`); solves the
allocation exactly (`allocation.allocate`) and hands each slot's people to its job orders in
id order. Grouping loses nothing: job orders in a slot are interchangeable for everyone.

Proposals still pending from earlier (`application_stages.pending_proposal`) count: their
people are not proposed again, and each takes one place of its job order's room
(`proposal_room`), so two runs never offer the same opening twice.
"""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import NamedTuple

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from app.core.db import for_update
from app.models.application import Application
from app.models.matching_run import (
    FilledJobOrder,
    MatchingRun,
    RunPhase,
    RunSummary,
    UnplacedPerson,
)
from app.models.vacancy import Vacancy
from app.services.applications.service import propose_many
from app.services.applications.stages import pending_proposal
from app.services.matching.allocation import allocate
from app.services.matching.blocking import block_for
from app.services.matching.facts import (
    VacancyFacts,
    vacancy_facts,
)
from app.services.matching.open_orders import open_conditions
from app.services.matching.population import load_population
from app.services.matching.vectorised import Columns, Ints

Progress = Callable[[RunPhase, int], None]
UNPLACED_SAMPLE = 100


def proposal_room(free: int, pending: int, per_opening: int) -> int:
    """How many people a run may propose for a job order: `per_opening` for each free
    opening, less the proposals of the order still pending; never below 0."""
    return max(free * per_opening - pending, 0)


class OrderRoom(NamedTuple):
    vacancy_id: int
    free: int  # openings - filled
    pending: int  # its pending proposals


@dataclass
class Slot:
    facts: VacancyFacts
    vacancies: list[OrderRoom] = field(default_factory=list)  # in id order
    excluded: set[int] = field(default_factory=set)  # people who applied to one of them

    @property
    def free(self) -> int:
        return sum(order.free for order in self.vacancies)

    def capacity(self, per_opening: int) -> int:
        return sum(proposal_room(o.free, o.pending, per_opening) for o in self.vacancies)


def _slot_key(v: VacancyFacts) -> VacancyFacts:
    # The deadline only dates warnings and the MoU rule asks only whether there is one.
    return replace(v, vacancy_id=0, deadline=None, mou_id=1 if v.mou_id is not None else None)


def load_slots(session: Session, today: date, vacancy_ids: Sequence[int] | None) -> list[Slot]:
    query = select(Vacancy).where(*open_conditions(today))
    if vacancy_ids is not None:
        query = query.where(col(Vacancy.id).in_(vacancy_ids))
    vacancies = session.exec(query.order_by(col(Vacancy.id))).all()
    pending = _pending_per_order(session, [v.id or 0 for v in vacancies])
    slots: dict[VacancyFacts, Slot] = {}
    for vacancy in vacancies:
        facts = vacancy_facts(vacancy)
        slot = slots.setdefault(_slot_key(facts), Slot(_slot_key(facts)))
        vacancy_id = vacancy.id or 0
        free = vacancy.openings - vacancy.filled
        slot.vacancies.append(OrderRoom(vacancy_id, free, pending.get(vacancy_id, 0)))
    by_vacancy = {o.vacancy_id: slot for slot in slots.values() for o in slot.vacancies}
    applied = select(Application.applicant_id, Application.vacancy_id).where(
        col(Application.vacancy_id).in_(list(by_vacancy))
    )
    for applicant_id, vacancy_id in session.exec(applied):
        by_vacancy[vacancy_id].excluded.add(applicant_id)
    return list(slots.values())


def _pending_per_order(session: Session, vacancy_ids: list[int]) -> dict[int, int]:
    rows = session.exec(
        select(Application.vacancy_id, func.count())
        .where(col(Application.vacancy_id).in_(vacancy_ids), pending_proposal())
        .group_by(col(Application.vacancy_id))
    ).all()
    return {int(vacancy_id): int(count) for vacancy_id, count in rows}


def allocate_and_propose(
    engine: Engine, writer: Session, run: MatchingRun, today: date, progress: Progress
) -> RunSummary:
    """Read in one short transaction, evaluate and solve holding none, then propose in
    `writer` (the caller commits it with the run's record): a solve of minutes keeps no
    snapshot open and no row locked. What changed meanwhile is settled at the write: an
    order's room is read again under its row lock (`_within_room_now`), and `propose_many`
    skips people and orders no longer proposable."""
    started = time.perf_counter()
    progress(RunPhase.loading, 1)
    per_opening = run.candidates_per_opening
    with Session(engine) as reader:
        slots = load_slots(reader, today, run.vacancy_ids)
        people, wishes = load_population(reader, proposable_only=True)
    capacity = np.array([slot.capacity(per_opening) for slot in slots], dtype=np.int64)
    columns = Columns(people, wishes, today)
    progress(RunPhase.evaluating, 10)

    pair_person: list[Ints] = []
    pair_slot: list[Ints] = []
    pair_score: list[Ints] = []
    for index, slot in enumerate(slots):
        if capacity[index] == 0:
            continue  # every place already proposed: nobody to evaluate for it
        at = columns.block(block_for(slot.facts, today))
        if slot.excluded:
            at = at[~np.isin(columns.ids[at], np.fromiter(slot.excluded, dtype=np.int64))]
        who = at[columns.eligible(slot.facts, at)]
        pair_person.append(who)
        pair_slot.append(np.full(len(who), index, dtype=np.int64))
        pair_score.append(columns.scores(slot.facts, who)["total"])
        progress(RunPhase.evaluating, 10 + 60 * (index + 1) // max(len(slots), 1))
    persons, slot_indexes, scores = (
        np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        for parts in (pair_person, pair_slot, pair_score)
    )

    progress(RunPhase.solving, 70)
    result = allocate(persons, slot_indexes, scores, capacity, len(people))

    progress(RunPhase.writing, 90)
    chosen = result.slot_of[persons] == slot_indexes
    proposals, filled = _hand_out(
        slots, per_opening, persons[chosen], slot_indexes[chosen], scores[chosen], columns.ids
    )
    proposals = _within_room_now(writer, proposals, per_opening)
    created = propose_many(writer, proposals, f"run:{run.id}", commit=False)
    eligible_in = np.bincount(persons, minlength=len(people))
    unplaced = [i for i in np.flatnonzero(eligible_in) if result.slot_of[i] < 0]
    job_orders_of = _job_orders_per_person(persons, slot_indexes, slots, len(people))
    return RunSummary(
        job_orders=sum(len(slot.vacancies) for slot in slots),
        openings=sum(slot.free for slot in slots),
        pending_proposals=sum(order.pending for slot in slots for order in slot.vacancies),
        capacity=int(capacity.sum()),
        eligible_people=int(np.count_nonzero(eligible_in)),
        eligible_pairs=len(persons),
        proposals=created,
        total_score=result.total_score,
        filled=filled,
        unplaced_eligible=len(unplaced),
        unplaced_sample=[
            UnplacedPerson(
                applicant_id=people[i].applicant_id,
                reason="openings_taken",
                eligible_job_orders=int(job_orders_of[i]),
            )
            for i in unplaced[:UNPLACED_SAMPLE]
        ],
        seconds=round(time.perf_counter() - started, 3),
    )


def _hand_out(
    slots: list[Slot],
    per_opening: int,
    persons: Ints,
    slot_indexes: Ints,
    scores: Ints,
    applicant_ids: Ints,
) -> tuple[list[tuple[int, int, float]], list[FilledJobOrder]]:
    """Each slot's people, best score first (then lower id), to its job orders in id order,
    each up to its room."""
    members: dict[int, list[tuple[int, int]]] = {}
    for person, slot_index, points in zip(
        persons.tolist(), slot_indexes.tolist(), scores.tolist(), strict=True
    ):
        members.setdefault(slot_index, []).append((-points, int(applicant_ids[person])))
    proposals: list[tuple[int, int, float]] = []
    filled: list[FilledJobOrder] = []
    for index, slot in enumerate(slots):
        queue = sorted(members.get(index, []))
        for order in slot.vacancies:
            room = proposal_room(order.free, order.pending, per_opening)
            taken, queue = queue[:room], queue[room:]
            proposals += [
                (applicant_id, order.vacancy_id, float(-neg)) for neg, applicant_id in taken
            ]
            filled.append(
                FilledJobOrder(
                    vacancy_id=order.vacancy_id,
                    openings_remaining=order.free,
                    pending_proposals=order.pending,
                    capacity=room,
                    proposed=len(taken),
                )
            )
    filled.sort(key=lambda f: f.vacancy_id)
    return proposals, filled


def _within_room_now(
    writer: Session, proposals: list[tuple[int, int, float]], per_opening: int
) -> list[tuple[int, int, float]]:
    """The proposals that still fit their job orders' room as it is now, with the orders'
    rows locked until the proposals are committed: openings filled or proposals made while
    the run solved take their places first. Each order keeps its best-scored proposals
    (`_hand_out` lists them best first)."""
    ids = sorted({vacancy_id for _, vacancy_id, _ in proposals})
    if not ids:
        return proposals
    orders = writer.exec(for_update(select(Vacancy).where(col(Vacancy.id).in_(ids)))).all()
    pending = _pending_per_order(writer, ids)
    room = {
        order.id: proposal_room(
            order.openings - order.filled, pending.get(order.id or 0, 0), per_opening
        )
        for order in orders
    }
    kept: list[tuple[int, int, float]] = []
    for applicant_id, vacancy_id, score in proposals:
        if room.get(vacancy_id, 0) > 0:
            room[vacancy_id] -= 1
            kept.append((applicant_id, vacancy_id, score))
    return kept


def _job_orders_per_person(
    persons: Ints, slot_indexes: Ints, slots: list[Slot], people: int
) -> Ints:
    sizes = np.array([len(slot.vacancies) for slot in slots], dtype=np.int64)
    counts = np.zeros(people, dtype=np.int64)
    if len(persons):
        np.add.at(counts, persons, sizes[slot_indexes])
    return counts
