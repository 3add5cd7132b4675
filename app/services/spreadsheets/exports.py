"""Exports of the lists as CSV or XLSX, streamed: rows are read from the database in batches
(a server-side cursor on PostgreSQL) and written out as they come, so 100,000 rows take the
memory of one batch. XLSX is written by openpyxl in write-only mode, which keeps each row on
disk as it is appended; the finished workbook is then sent from its temporary file.

Each export filters exactly as its list does (the lists' own query builders). An export of
personal data (applicants; applications, which name their applicant) leaves an audit entry,
committed before the first byte is sent: who, which list, which filters, how many rows.
"""

import csv
import io
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from openpyxl import Workbook
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from app.core.principal import Principal
from app.models.applicant import Applicant, ApplicantFilters
from app.models.application import Application, ApplicationFilters
from app.models.target import ProgrammeTarget, TargetFilters
from app.models.vacancy import Vacancy
from app.reference import KOTA_SERANG
from app.services import audit
from app.services.applicants.service import applicants_query
from app.services.applications.service import applications_query
from app.services.partners.targets import targets_query
from app.services.spreadsheets.columns import EXPERIENCE_SEPARATOR, LIST_SEPARATOR

# Rows fetched from the database at a time.
BATCH_ROWS = 1_000
# Bytes of a finished XLSX file sent at a time.
SEND_CHUNK = 256 * 1024


class SheetFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


MEDIA_TYPES = {
    SheetFormat.csv: "text/csv; charset=utf-8",
    SheetFormat.xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
Row = Sequence[Any]


@dataclass(frozen=True)
class Export:
    name: str  # the list, and the file's name
    headers: tuple[str, ...]
    statement: Any  # rows of the export, in id order
    cells: Callable[[Any], list[Any]]
    personal: bool  # names people: audited


def _joined(values: list[str]) -> str:
    return f"{LIST_SEPARATOR} ".join(values)


def _experience(entries: list[dict[str, Any]]) -> str:
    parts = []
    for entry in entries:
        years = float(entry["years"])
        fields = [str(entry["occupation"]), f"{years:g}"]
        if entry.get("country") or entry.get("isco_code"):
            fields.append(str(entry.get("country") or ""))
        if entry.get("isco_code"):
            fields.append(str(entry["isco_code"]))
        parts.append(EXPERIENCE_SEPARATOR.join(fields))
    return _joined(parts)


# The import's columns first, in its order, so that an export can be imported again.
APPLICANT_HEADERS = (
    "nik",
    "nama_lengkap",
    "tanggal_lahir",
    "jenis_kelamin",
    "no_hp",
    "email",
    "kode_kelurahan",
    "alamat",
    "bukti_domisili",
    "pendidikan",
    "status_perkawinan",
    "keterampilan",
    "pengalaman_kerja",
    "negara_tujuan",
    "sektor_tujuan",
    "tanggal_persetujuan",
    "versi_persetujuan",
    "id",
    "kecamatan",
    "kelurahan",
    "status",
    "pemeriksaan_identitas",
    "jalur_cepat_sejak",
    "dibuat",
    "diubah",
)


def _applicant_cells(a: Applicant) -> list[Any]:
    kecamatan, kelurahan = KOTA_SERANG.get(a.kecamatan_code, ("", {}))
    return [
        a.nik,
        a.full_name,
        a.birth_date,
        "L" if a.sex == "M" else "P",
        a.phone,
        a.email,
        a.kelurahan_code,
        a.address,
        a.domicile_proof,
        a.education_level,
        a.marital_status,
        _joined(a.skills),
        _experience(a.experience),
        _joined(a.preferred_countries),
        _joined(a.preferred_sectors),
        a.consent_given_at,
        a.consent_version,
        a.id,
        kecamatan,
        kelurahan.get(a.kelurahan_code, ""),
        a.status,
        a.identity_check,
        a.fast_track_since,
        a.created_at,
        a.updated_at,
    ]


def applicants_export(filters: ApplicantFilters) -> Export:
    statement = applicants_query(filters).order_by(col(Applicant.id))
    return Export("applicants", APPLICANT_HEADERS, statement, _applicant_cells, True)


def applications_export(viewer: Principal, filters: ApplicationFilters) -> Export:
    statement = (
        applications_query(viewer, filters)
        .join(Applicant, col(Applicant.id) == col(Application.applicant_id))
        .join(Vacancy, col(Vacancy.id) == col(Application.vacancy_id))
        .add_columns(col(Applicant.nik), col(Applicant.full_name))
        .add_columns(col(Vacancy.title), col(Vacancy.country), col(Vacancy.scheme))
        .order_by(col(Application.id))
    )
    headers = (
        "id",
        "applicant_id",
        "nik",
        "nama_lengkap",
        "vacancy_id",
        "lowongan",
        "negara",
        "skema",
        "tahap",
        "alasan",
        "sumber",
        "skor",
        "mulai_kontrak",
        "dibuat",
        "diubah",
    )

    def cells(row: Row) -> list[Any]:
        a, nik, name, title, country, scheme = row
        return [
            a.id,
            a.applicant_id,
            nik,
            name,
            a.vacancy_id,
            title,
            country,
            scheme,
            a.stage,
            a.reason,
            a.source,
            a.score,
            a.contract_starts_on,
            a.created_at,
            a.updated_at,
        ]

    return Export("applications", headers, statement, cells, True)


def targets_export(filters: TargetFilters) -> Export:
    statement = targets_query(filters).order_by(col(ProgrammeTarget.id))
    headers = (
        "id",
        "tahun",
        "ukuran",
        "negara",
        "sektor",
        "jumlah",
        "jumlah_tertinggi",
        "catatan",
        "dibuat",
        "diubah",
    )

    def cells(t: ProgrammeTarget) -> list[Any]:
        return [
            t.id,
            t.year,
            t.metric,
            t.country,
            t.sector,
            t.number,
            t.stretch_number,
            t.note,
            t.created_at,
            t.updated_at,
        ]

    return Export("targets", headers, statement, cells, False)


def record_export(
    session: Session, export: Export, actor: Principal, file_format: SheetFormat, filters: Any
) -> None:
    """The audit entry of a personal-data export, committed before anything is sent."""
    if not export.personal:
        return
    count = select(func.count()).select_from(export.statement.order_by(None).subquery())
    rows = session.exec(count).one()
    chosen = filters.model_dump(mode="json", exclude_none=True)
    audit.record(
        session,
        actor.label,
        "export",
        export.name.removesuffix("s"),
        0,
        None,
        {"format": file_format.value, "filters": chosen, "rows": rows},
    )
    session.commit()


def _rows(engine: Engine, export: Export) -> Iterator[list[Any]]:
    with Session(engine) as session:
        # Rows, not scalars: the applications' export adds its applicant's and job order's
        # columns to each application.
        result = session.execute(export.statement.execution_options(yield_per=BATCH_ROWS))
        for row in result:
            yield export.cells(row[0] if len(row) == 1 else row)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def stream_csv(engine: Engine, export: Export) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    # A byte-order mark, so that Excel opens the file as UTF-8 (names with accents).
    buffer.write("\ufeff")
    writer.writerow(export.headers)
    for number, cells in enumerate(_rows(engine, export), start=1):
        writer.writerow([_text(cell) for cell in cells])
        if number % BATCH_ROWS == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, datetime):
        # Excel keeps no time zone: a moment is written as ISO 8601 text with its offset,
        # as the API gives it, so that it reads back as the same moment.
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


def stream_xlsx(engine: Engine, export: Export) -> Iterator[bytes]:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(export.name)
    sheet.append(list(export.headers))
    for cells in _rows(engine, export):
        sheet.append([_xlsx_value(cell) for cell in cells])
    with tempfile.TemporaryFile() as target:
        workbook.save(target)
        target.seek(0)
        while chunk := target.read(SEND_CHUNK):
            yield chunk
