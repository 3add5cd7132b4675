"""One way to move a record through its states: applications, MoUs, support cases, financing.

A `StateMachine` holds a record kind's legal moves, who may make each, which moves need a
reason, and its history table. Its checks raise the same problems for every kind, named by
the kind: `{entity}_transition_not_allowed` (409, listing the allowed moves), then
`{entity}_actor_not_allowed` (403), then `{entity}_reason_required` / `_reason_not_used`
(422); nothing is written before they pass. The service then writes the move, guarded by the
state it read, and `history_row` the entry that records it.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlmodel import SQLModel

from app.core.errors import FieldError, ProblemError
from app.services.common import raise_if_invalid

S = TypeVar("S", bound=StrEnum)


@dataclass(frozen=True)
class StateMachine(Generic[S]):
    entity: str  # names the problem codes: "application", "mou", "support", "financing"
    word: str  # what the states are called: "stage", "status" or "state"
    moves: Mapping[S, tuple[S, ...]]  # the legal next states of each state
    history: type[SQLModel]  # the table a move is recorded in
    owner_field: str  # that table's column naming the record
    # Who may move a record INTO each state; a state not named may be entered by whoever
    # the route admits.
    movers: Mapping[S, frozenset[str]] = field(default_factory=dict)
    # Moves into these states need a reason; moves elsewhere must not carry one.
    reason_required: frozenset[S] | None = None

    def allowed(self, current: S) -> tuple[S, ...]:
        return self.moves[current]

    def refuse_move(self, current: S, target: S, allowed: Sequence[S] | None = None) -> None:
        """409 unless `target` is a legal next state (of `allowed`, when the kind narrows
        them for this record), naming the allowed ones."""
        legal = self.allowed(current) if allowed is None else tuple(allowed)
        if target in legal:
            return
        names = [s.value for s in legal]
        params = {
            f"from_{self.word}": current.value,
            f"to_{self.word}": target.value,
            "allowed": ", ".join(names) or "-",
        }
        raise ProblemError(
            409,
            f"{self.entity}_transition_not_allowed",
            params,
            extra={f"allowed_next_{self.word}s": names},
        )

    def refuse_actor(self, target: S, actor: str | None) -> None:
        """403 unless `actor` may move a record into `target`."""
        movers = self.movers.get(target)
        if movers is not None and actor not in movers:
            params = {f"to_{self.word}": target.value, "actors": ", ".join(sorted(movers))}
            raise ProblemError(403, f"{self.entity}_actor_not_allowed", params)

    def refuse_reason(self, target: S, reason: str | None) -> None:
        """422 when a move that needs a reason has none, or one that takes none has one."""
        if self.reason_required is None:
            return
        needed = target in self.reason_required
        if needed and not reason:
            raise_if_invalid([FieldError("reason", f"{self.entity}_reason_required")])
        if not needed and reason:
            raise_if_invalid([FieldError("reason", f"{self.entity}_reason_not_used")])

    def check(
        self,
        current: S,
        target: S,
        actor: str | None = None,
        reason: str | None = None,
        allowed: Sequence[S] | None = None,
    ) -> None:
        """Legal move (409), then the right actor (403), then the reason (422)."""
        self.refuse_move(current, target, allowed)
        self.refuse_actor(target, actor)
        self.refuse_reason(target, reason)

    def history_row(self, owner_id: int, current: S | None, target: S | None, **values: Any) -> Any:
        """The history entry of a move from `current` (None: no move, e.g. a note) to
        `target` (None where the kind records entries without a move)."""
        return self.history(
            **{
                self.owner_field: owner_id,
                f"from_{self.word}": current.value if current is not None else None,
                f"to_{self.word}": target.value if target is not None else None,
                **values,
            }
        )
