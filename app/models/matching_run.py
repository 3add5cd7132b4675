"""Matching runs: one optimal allocation over open job orders, worked in the background."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import JSON
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


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
    phase: str = SQLField(default=RunPhase.queued, max_length=12)
    percent: int = SQLField(default=0)
    vacancy_ids: list[int] | None = SQLField(default=None, sa_type=JSON)
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


class FilledJobOrder(BaseModel):
    vacancy_id: int
    openings_remaining: int = Field(description="Openings free when the run started.")
    proposed: int


class UnplacedPerson(BaseModel):
    applicant_id: int
    reason: str = Field(description="`openings_taken`: eligible, but outscored everywhere.")
    eligible_job_orders: int


class RunSummary(BaseModel):
    job_orders: int
    openings: int
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
    requested_by: str
    summary: RunSummary | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
