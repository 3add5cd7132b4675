"""Imports of the office's job-seeker spreadsheets: the job, its counts and per-row results."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import JSON
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class ImportStatus(StrEnum):
    queued = "queued"  # a large file waiting for its background worker
    running = "running"
    completed = "completed"
    failed = "failed"  # its worker stopped (`error` says why); rows done so far are kept


class RowStatus(StrEnum):
    created = "created"
    updated = "updated"
    unchanged = "unchanged"
    problem = "problem"  # refused: nothing of the row was written


class ApplicantImport(SQLModel, table=True):
    __tablename__ = "applicant_import"

    id: int | None = SQLField(default=None, primary_key=True)
    status: str = SQLField(default=ImportStatus.queued, max_length=10, index=True)
    dry_run: bool = SQLField(default=False)
    file_name: str | None = SQLField(default=None, max_length=255)
    file_format: str = SQLField(max_length=4)
    total_rows: int = SQLField(default=0)
    processed_rows: int = SQLField(default=0)
    # created, updated, unchanged, refused: updated as the rows are worked through.
    counts: dict[str, int] = SQLField(default_factory=dict, sa_type=JSON)
    # Per row: number, status, applicant_id and problems as codes with their parameters, so
    # that each reader gets the messages in their own language. Written when the job ends.
    rows: list[dict[str, Any]] = SQLField(default_factory=list, sa_type=JSON)
    requested_by: str = SQLField(max_length=100)
    error: str | None = SQLField(default=None, max_length=500)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    started_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    # Touched at every chunk of rows: a job whose worker died stops touching it.
    heartbeat_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    finished_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)


class ImportCounts(BaseModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0


class RowProblem(BaseModel):
    field: str = Field(description="The field's English name (`nik`, `birth_date` ...).")
    column: str = Field(description="The column's header as the template writes it.")
    code: str
    message: str = Field(description="In the language of the request (`Accept-Language`).")


class ImportRow(BaseModel):
    row: int = Field(description="The row's number in the sheet: the header is row 1.")
    status: RowStatus
    applicant_id: int | None = Field(
        description="The record created, updated or found unchanged (none in a dry run of "
        "a new person, or for a row with problems)."
    )
    problems: list[RowProblem]


class ImportRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    status: ImportStatus
    dry_run: bool = Field(description="A dry run changes no record: it shows what would be.")
    file_name: str | None
    file_format: str = Field(description="`csv` or `xlsx`, judged by the file's content.")
    total_rows: int
    processed_rows: int
    percent: int
    counts: ImportCounts
    rows: list[ImportRow] = Field(
        description="Every row once the import has completed (empty while it works)."
    )
    requested_by: str
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
