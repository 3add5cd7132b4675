"""Optimal allocation: the most total score with no job order over its openings and nobody
given two offers, solved exactly as a min-cost flow (OR-Tools SimpleMinCostFlow).

The network: source -> each person (capacity 1) -> each job order the person is eligible for
(capacity 1, cost -score) -> sink (capacity = remaining openings); plus a source -> sink arc
at cost 0 that carries everyone left unplaced, so nobody is forced into a poor match and the
flow is always feasible. The minimum cost is then minus the best total score.

Arcs are built and read back with the solver's vectorised calls (numpy arrays), and their
order is fixed by the input, so the same input gives the same allocation.
"""

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from ortools.graph.python import min_cost_flow

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Allocation:
    """`slot_of[i]`: the job-order slot given to person i, or -1."""

    slot_of: IntArray
    total_score: int


class AllocationError(RuntimeError):
    """The solver did not reach an optimum (it always should: the network is feasible)."""


def allocate(
    person: IntArray, slot: IntArray, score: IntArray, capacity: IntArray, people: int
) -> Allocation:
    """Best assignment of `people` persons to slots with `capacity` each.

    `person[k]`, `slot[k]`, `score[k]` describe the k-th eligible pair (score > 0 only: a
    pair worth nothing is never worth an offer).
    """
    keep = score > 0
    person, slot, score = person[keep], slot[keep], score[keep]
    slots = len(capacity)
    source, sink = people + slots, people + slots + 1
    supply = int(min(people, int(capacity.sum())))
    if supply == 0 or len(person) == 0:
        return Allocation(np.full(people, -1, dtype=np.int64), 0)

    people_nodes = np.arange(people, dtype=np.int64)
    slot_nodes = people + np.arange(slots, dtype=np.int64)
    tails = np.concatenate([np.full(people, source), person, slot_nodes, [source]])
    heads = np.concatenate([people_nodes, people + slot, np.full(slots, sink), [sink]])
    capacities = np.concatenate([np.ones(people), np.ones(len(person)), capacity, [supply]]).astype(
        np.int64
    )
    costs = np.concatenate([np.zeros(people), -score, np.zeros(slots), [0]]).astype(np.int64)

    flow = min_cost_flow.SimpleMinCostFlow()
    pair_arcs = flow.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32), heads.astype(np.int32), capacities, costs
    )[people : people + len(person)]
    flow.set_nodes_supplies(np.array([source, sink], dtype=np.int32), np.array([supply, -supply]))
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise AllocationError(f"min-cost flow ended with status {status}")

    used = flow.flows(pair_arcs) > 0
    slot_of = np.full(people, -1, dtype=np.int64)
    slot_of[person[used]] = slot[used]
    return Allocation(slot_of=slot_of, total_score=int(score[used].sum()))
