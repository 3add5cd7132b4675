"""Progress read models: programme targets against real records, and the placement funnel.

A programme year runs from 1 January to 31 December in Kota Serang's time (WIB, UTC+7):
a departure recorded at 2025-12-31T20:00Z falls in 2026.
"""

from datetime import datetime

from pydantic import BaseModel, Field

from app.models.application import ApplicationStage
from app.models.target import TargetMetric
from app.reference import Sector


class ProgressFilters(BaseModel):
    kecamatan: str | None = Field(description="Kecamatan code of the applicants counted.")
    sector: Sector | None = Field(description="Sector of the job orders counted.")
    country: str | None = Field(description="Destination country of the job orders counted.")


class TargetProgress(BaseModel):
    target_id: int
    metric: TargetMetric
    country: str | None = Field(description="Null: every country.")
    sector: Sector | None = Field(description="Null: every sector.")
    number: int
    stretch_number: int | None
    achieved: int = Field(
        description="Distinct people. Departures: whose application entered `departed` during "
        "the year (the date of that history entry; the application may since be working or "
        "returned), to a job order of the target's country and sector. Trained: whose "
        "enrolment was completed (passed) with a completion date in the year."
    )
    in_pipeline: int = Field(
        description="Distinct people not counted in `achieved`, as of now. Departures: with an "
        "application now `selected` or `documents` (past selection, holding an opening, not "
        "yet departed) to a job order of the target's country and sector. Trained: enrolled "
        "now in a cohort that is not cancelled."
    )
    gap: int = Field(description="`number` minus `achieved`, 0 once reached.")
    stretch_gap: int | None = Field(
        description="`stretch_number` minus `achieved`, 0 once reached; null without a range."
    )
    percent: float = Field(description="`achieved` as a percentage of `number`, one decimal.")
    ignored_filters: list[str] = Field(
        description="Query filters that do not apply to this target. Training has no sector: "
        "for trained targets the sector (the target's and the query's) is not applied; a "
        "country is applied through the credential a programme grants (JLPT, JFT-Basic, "
        "nursing-care Japanese and SSW skill tests for JP; EPS-TOPIK and Korean skills tests "
        "for KR), and programmes granting a credential of no country count only when no "
        "country is named."
    )


class TargetsProgressRead(BaseModel):
    year: int
    as_of: datetime
    filters: ProgressFilters
    targets: list[TargetProgress] = Field(description="The year's targets, by metric, id.")


class FunnelStage(BaseModel):
    stage: ApplicationStage
    reached: int = Field(description="Applications whose history shows they entered the stage.")
    current: int = Field(description="Applications in the stage now.")


class ReasonCount(BaseModel):
    reason: str
    applications: int


class ClosedCount(BaseModel):
    stage: ApplicationStage = Field(description="`withdrawn` or `rejected`.")
    applications: int
    from_stages: dict[str, int] = Field(description="The stage each was closed from.")
    top_reasons: list[ReasonCount] = Field(description="The five most given reasons.")


class StageDuration(BaseModel):
    from_stage: ApplicationStage
    to_stage: ApplicationStage
    applications: int = Field(description="Applications that entered both stages.")
    median_days: float | None = Field(
        description="Median of the days between entering the two stages, one decimal; null "
        "when no application entered both."
    )


class PipelineRead(BaseModel):
    as_of: datetime
    year: int | None = Field(description="Only applications created in this year, when given.")
    filters: ProgressFilters
    applications: int = Field(description="Applications counted.")
    funnel: list[FunnelStage] = Field(description="From `matched` to `returned`, in order.")
    closed: list[ClosedCount]
    durations: list[StageDuration] = Field(
        description="Consecutive steps from `matched` to `departed`, then `departed` to "
        "`returned` (time abroad), and `matched` to `departed` overall."
    )
