"""/api/v1/applicants/imports: the office's job-seeker spreadsheets, and their template."""

from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response, UploadFile, status

from app.core.config import Settings
from app.core.db import SessionDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.http.language import LanguageDep
from app.models.applicant_import import ImportRead
from app.services.spreadsheets import imports as service
from app.services.spreadsheets.exports import MEDIA_TYPES, SheetFormat
from app.services.spreadsheets.files import read_sheet
from app.services.spreadsheets.template import template_csv, template_xlsx

router = APIRouter(prefix="/applicants/imports", tags=["imports"])

TEMPLATE_ACCESS = access(roles=STAFF, problems=(422,))
TEMPLATE_ACCESS["responses"][200] = {
    "description": "The template: the columns and one example row (XLSX: and the guide).",
    "content": {MEDIA_TYPES[f]: {} for f in SheetFormat},
}
IMPORT_ACCESS = access(roles=STAFF, problems=(413, 415, 422))
IMPORT_ACCESS["responses"][202] = {
    "description": "A large file, queued: follow it at `Location`.",
    "model": ImportRead,
}


@router.get("/template", response_class=Response, **TEMPLATE_ACCESS)
def import_template(format: SheetFormat = SheetFormat.xlsx) -> Response:
    """The import's columns (Indonesian headers; the English names and the values each takes
    are on the XLSX template's second sheet, `petunjuk`, and in the README) with one example
    row. Start an import file from it."""
    body = template_xlsx() if format == SheetFormat.xlsx else template_csv()
    name = f"template-impor-pencari-kerja.{format.value}"
    return Response(
        body,
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("", **IMPORT_ACCESS)
def import_applicants(
    file: UploadFile,
    principal: PrincipalDep,
    session: SessionDep,
    request: Request,
    response: Response,
    background: BackgroundTasks,
    lang: LanguageDep,
    dry_run: Annotated[
        bool, Query(description="Judge every row and report, changing no record.")
    ] = False,
) -> Any:
    """Import job seekers from a spreadsheet (multipart `file`: CSV in UTF-8 or XLSX, at most
    `IMPORT_MAX_BYTES` and `IMPORT_MAX_ROWS` rows; columns as in the template). Each row obeys
    the rules of `POST /api/v1/applicants`; a NIK already on record is updated from the
    row's filled cells. Up to `IMPORT_INLINE_ROWS` rows are answered at once (200, the
    report); a larger file is worked in the background (202, follow `Location`)."""
    settings: Settings = request.app.state.settings
    sheet = read_sheet(file.file, settings.import_max_bytes, settings.import_max_rows)
    job = service.start_import(session, sheet, dry_run, principal.label, file.filename)
    job_id = job.id or 0
    response.headers["Location"] = f"/api/v1/applicants/imports/{job_id}"
    if len(sheet.rows) > settings.import_inline_rows:
        background.add_task(service.execute_import, request.app.state.engine, job_id, sheet)
        response.status_code = status.HTTP_202_ACCEPTED
        return service.to_read(job, lang)
    service.execute_import(request.app.state.engine, job_id, sheet)
    session.expire_all()
    return service.to_read(service.get_import(session, job_id), lang)


@router.get("/{import_id}", **access(roles=STAFF, problems=(404, 422)))
def get_import(
    import_id: int,
    session: SessionDep,
    lang: LanguageDep,
    problems_only: Annotated[
        bool, Query(description="Only the refused rows in `rows` (the counts stay whole).")
    ] = False,
) -> ImportRead:
    """Progress while it works (`processed_rows`, `percent`, `counts`); then every row's
    result, problems in the language of the request."""
    return service.to_read(service.get_import(session, import_id), lang, problems_only)
