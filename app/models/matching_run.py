"""Matching runs: one optimal allocation over open job orders, worked in the background."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import JSON
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow

# How many people a run may propose per free opening, at most. Korea's EPS gives the employer
# a short list: the employment centre recommends qualified workers from the roster (Act on
# the Foreign Workers' Employment, Etc., art. 7), in practice three candidates per position,
# or a 3:1 choice on Employment24 (EPS E-9 employer guides; checked 2026-12-05; the ratio is
# practice, to be confirmed against the enforcement rules). One per opening is the default;
# the bound keeps a run from tying up a large share of the roster in one short list.
CANDIDATES_PER_OPENING_DEFAULT = 1
CANDIDATES_PER_OPENING_MAX = 10


class RunStatus(StrEnum):
    queued = "queued"
    running = "running"
    completed = "completed"
    failed = "failed"


class RunPhase(StrEnum):
    queued = "queued"
    loading = "loading"  # open job orders and the people who may be matched
    evaluating = "evaluating"  # eligibility and scores of the pairs
    solving = "solving"  # the min-cost flow
    writing = "writing"  # proposed applications
    done = "done"


class MatchingRun(SQLModel, table=True):
    __tablename__ = "matching_run"

    id: int | None = SQLField(default=None, primary_key=True)
    status: str = SQLField(default=RunStatus.queued, max_length=10, index=True)
    # True while queued or running, NULL once finished: the unique constraint lets the
    # database, not a check-then-insert, keep runs to one at a time across API processes
    # (NULLs never collide in a unique constraint, on PostgreSQL as on SQLite).
    unfinished: bool | None = SQLField(default=None, unique=True)
    phase: str = SQLField(default=RunPhase.queued, max_length=12)
    percent: int = SQLField(default=0)
    vacancy_ids: list[int] | None = SQLField(default=None, sa_type=JSON)
    candidates_per_opening: int = SQLField(
        default=CANDIDATES_PER_OPENING_DEFAULT,
        sa_column_kwargs={"server_default": str(CANDIDATES_PER_OPENING_DEFAULT)},
    )
    requested_by: str = SQLField(max_length=100)
    summary: dict[str, Any] | None = SQLField(default=None, sa_type=JSON)
    error: str | None = SQLField(default=None, max_length=500)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    started_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    # Touched on every progress step: a run whose worker died stops touching it.
    heartbeat_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    finished_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)


class MatchingRunCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vacancy_ids: list[int] | None = Field(
        default=None,
        min_length=1,
        max_length=10_000,
        description="The job orders to fill; all open ones when left out.",
    )
    candidates_per_opening: int = Field(
        default=CANDIDATES_PER_OPENING_DEFAULT,
        ge=1,
        le=CANDIDATES_PER_OPENING_MAX,
        description="People to propose per free opening, each person to one job order only: "
        "1 fills each opening once; more gives the employer a short list to choose from, "
        "as Korea's EPS does (about 3 per position; Act on the Foreign Workers' Employment, "
        "Etc., art. 7, and EPS practice). A job order's room in a run is its free openings "
        "times this, less its proposals still pending from earlier runs or officers.",
    )


class FilledJobOrder(BaseModel):
    vacancy_id: int
    openings_remaining: int = Field(description="Openings free when the run started.")
    pending_proposals: int = Field(
        description="Its proposals still pending (at `matched`) when the run started."
    )
    capacity: int = Field(
        description="How many this run could propose: openings_remaining x "
        "candidates_per_opening - pending_proposals, never below 0."
    )
    proposed: int


class UnplacedPerson(BaseModel):
    applicant_id: int
    reason: str = Field(description="`openings_taken`: eligible, but outscored everywhere.")
    eligible_job_orders: int


class RunSummary(BaseModel):
    job_orders: int
    openings: int = Field(description="Openings free when the run started.")
    pending_proposals: int = Field(
        description="Proposals still pending for these job orders when the run started."
    )
    capacity: int = Field(description="Proposals the run could make, over all job orders.")
    eligible_people: int
    eligible_pairs: int
    proposals: int = Field(description="New applications at `matched`.")
    total_score: int = Field(description="The optimum: the most total score possible.")
    filled: list[FilledJobOrder]
    unplaced_eligible: int
    unplaced_sample: list[UnplacedPerson] = Field(description="Up to 100, by applicant id.")
    seconds: float


class MatchingRunRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    status: RunStatus
    phase: RunPhase
    percent: int
    vacancy_ids: list[int] | None
    candidates_per_opening: int = Field(description="As asked when the run was started.")
    requested_by: str
    summary: RunSummary | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
