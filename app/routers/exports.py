"""/api/v1/exports: the lists as CSV or XLSX spreadsheets, streamed."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from app.core.db import SessionDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.models.applicant import ApplicantFilters
from app.models.application import ApplicationFilters
from app.models.target import TargetFilters
from app.services.spreadsheets import exports as service
from app.services.spreadsheets.exports import MEDIA_TYPES, Export, SheetFormat

router = APIRouter(prefix="/exports", tags=["exports"])
FormatQuery = Annotated[SheetFormat, Query(description="`csv` (UTF-8) or `xlsx`.")]


def _access() -> dict[str, Any]:
    rule = access(roles=STAFF, problems=(422,))
    rule["responses"][200] = {
        "description": "The rows, streamed, in id order; the first row holds the headers.",
        "content": {MEDIA_TYPES[f]: {} for f in SheetFormat},
    }
    return rule


def _stream(request: Request, export: Export, file_format: SheetFormat) -> StreamingResponse:
    engine = request.app.state.engine
    body = (
        service.stream_xlsx(engine, export)
        if file_format == SheetFormat.xlsx
        else service.stream_csv(engine, export)
    )
    name = f"{export.name}.{file_format.value}"
    return StreamingResponse(
        body,
        media_type=MEDIA_TYPES[file_format],
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )


@router.get("/applicants", response_class=StreamingResponse, **_access())
def export_applicants(
    filters: Annotated[ApplicantFilters, Query()],
    principal: PrincipalDep,
    session: SessionDep,
    request: Request,
    format: FormatQuery = SheetFormat.csv,
) -> StreamingResponse:
    """The applicants `GET /api/v1/applicants` lists for the same filters, every row: the
    import's columns first (an export can be imported again), then id, areas, status,
    identity check and dates. Personal data: in the audit trail (who, filters, rows)."""
    export = service.applicants_export(filters)
    service.record_export(session, export, principal, format, filters)
    return _stream(request, export, format)


@router.get("/applications", response_class=StreamingResponse, **_access())
def export_applications(
    filters: Annotated[ApplicationFilters, Query()],
    principal: PrincipalDep,
    session: SessionDep,
    request: Request,
    format: FormatQuery = SheetFormat.csv,
) -> StreamingResponse:
    """The applications `GET /api/v1/applications` lists for the same filters, with each
    applicant's NIK and name and the job order's title, country and scheme. Personal data:
    in the audit trail."""
    export = service.applications_export(principal, filters)
    service.record_export(session, export, principal, format, filters)
    return _stream(request, export, format)


@router.get("/targets", response_class=StreamingResponse, **_access())
def export_targets(
    filters: Annotated[TargetFilters, Query()],
    request: Request,
    format: FormatQuery = SheetFormat.csv,
) -> StreamingResponse:
    """The programme targets `GET /api/v1/targets` lists for the same filters."""
    return _stream(request, service.targets_export(filters), format)
