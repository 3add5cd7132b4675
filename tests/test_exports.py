"""Spreadsheet exports of the lists: the lists' filters, CSV and XLSX, audited personal data,
streamed in batches."""

import csv
import io
from datetime import date
from typing import Any

from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from app.models import Applicant, Application, AuditEntry
from app.models.applicant import ApplicantFilters
from app.services.spreadsheets import exports
from tests.factories import applicant_body, assert_problem, make_nik
from tests.fixtures_vacancies import add_agency, vacancy_body

URL = "/api/v1/exports"


def rows_of(response: Any) -> list[list[str]]:
    assert response.status_code == 200, response.text
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def make_people(officer: TestClient) -> list[dict[str, Any]]:
    people = []
    for serial, sex in ((1, "M"), (2, "F"), (3, "F")):
        body = applicant_body(serial=serial, sex=sex, full_name=f"Orang {serial}")
        response = officer.post("/api/v1/applicants", json=body)
        assert response.status_code == 201, response.text
        people.append(response.json())
    return people


def export_entries(session: Session) -> list[AuditEntry]:
    session.expire_all()
    query = select(AuditEntry).where(AuditEntry.action == "export").order_by(col(AuditEntry.id))
    return list(session.exec(query).all())


def test_applicants_csv_filters_as_the_list_does_and_is_audited(
    officer: TestClient, session: Session
) -> None:
    people = make_people(officer)
    listed = officer.get("/api/v1/applicants?sex=F").json()["items"]
    table = rows_of(officer.get(f"{URL}/applicants?sex=F&format=csv"))
    header, body = table[0], table[1:]
    assert header[:3] == ["nik", "nama_lengkap", "tanggal_lahir"]
    assert [int(r[header.index("id")]) for r in body] == [p["id"] for p in listed]
    assert [r[0] for r in body] == [p["nik"] for p in people[1:]]
    assert body[0][header.index("jenis_kelamin")] == "P"
    assert body[0][header.index("keterampilan")] == "welding"
    assert body[0][header.index("pengalaman_kerja")] == "Welder:2::7212"
    (entry,) = export_entries(session)
    assert (entry.entity, entry.entity_id) == ("applicant", 0)
    assert entry.changes["filters"]["new"] == {"sex": "F"}
    assert entry.changes["rows"]["new"] == 2
    assert entry.changes["format"]["new"] == "csv"


def test_an_exported_file_imports_again_unchanged(officer: TestClient) -> None:
    make_people(officer)
    exported = officer.get(f"{URL}/applicants?format=xlsx")
    assert exported.status_code == 200, exported.text
    report = officer.post(
        "/api/v1/applicants/imports?dry_run=true",
        files={"file": ("export.xlsx", _import_columns_only(exported.content))},
    ).json()
    assert report["counts"] == {"created": 0, "updated": 0, "unchanged": 3, "refused": 0}, report


def _import_columns_only(xlsx: bytes) -> bytes:
    """The export's leading columns, which are the import's: what an officer would keep."""
    from openpyxl import Workbook

    from app.services.spreadsheets.columns import COLUMNS

    source = load_workbook(io.BytesIO(xlsx), read_only=True)
    target = Workbook()
    sheet = target.active
    assert sheet is not None
    for values in source.worksheets[0].iter_rows(values_only=True):
        sheet.append(list(values[: len(COLUMNS)]))
    buffer = io.BytesIO()
    target.save(buffer)
    return buffer.getvalue()


def test_applicants_xlsx(officer: TestClient) -> None:
    people = make_people(officer)
    response = officer.get(f"{URL}/applicants?format=xlsx&q=Orang 1")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "applicants.xlsx" in response.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 2
    assert values[1][0] == people[0]["nik"]  # text, every digit kept


def test_applications_export_filters_by_stage_and_is_audited(
    officer: TestClient, session: Session
) -> None:
    people = make_people(officer)
    vacancy = officer.post("/api/v1/vacancies", json=vacancy_body(add_agency(session)))
    assert vacancy.status_code == 201, vacancy.text
    for person, stage in zip(people, ("matched", "matched", "withdrawn"), strict=True):
        application = Application(
            applicant_id=person["id"],
            vacancy_id=vacancy.json()["id"],
            stage=stage,
            source="officer",
        )
        session.add(application)
    session.commit()
    listed = officer.get("/api/v1/applications?stage=matched").json()["items"]
    table = rows_of(officer.get(f"{URL}/applications?stage=matched"))
    header, body = table[0], table[1:]
    assert [int(r[0]) for r in body] == [a["id"] for a in listed]
    assert body[0][header.index("nik")] == people[0]["nik"]
    assert body[0][header.index("tahap")] == "matched"
    assert rows_of(officer.get(f"{URL}/applications?stage=departed"))[1:] == []
    assert [e.entity for e in export_entries(session)] == ["application", "application"]


def test_targets_export_is_not_audited(officer: TestClient, session: Session) -> None:
    for year, country in ((2026, "JP"), (2026, "KR"), (2027, "JP")):
        body = {"year": year, "metric": "departures", "country": country, "number": 100}
        assert officer.post("/api/v1/targets", json=body).status_code == 201
    table = rows_of(officer.get(f"{URL}/targets?year=2026"))
    assert [r[3] for r in table[1:]] == ["JP", "KR"]
    assert export_entries(session) == []


def test_bad_filters_are_refused_and_leave_no_trace(officer: TestClient, session: Session) -> None:
    assert_problem(officer.get(f"{URL}/applicants?kecamatan_code=12"), 422, "validation_failed")
    assert_problem(officer.get(f"{URL}/applicants?format=pdf"), 422, "validation_failed")
    assert_problem(officer.get(f"{URL}/targets?year=1990"), 422, "validation_failed")
    assert export_entries(session) == []


def test_rows_are_read_and_sent_in_batches(engine: Engine, officer: TestClient) -> None:
    # More rows than a batch: the CSV comes out in several pieces, none holding them all.
    birth = date(1999, 1, 1)
    people = [
        {
            "nik": make_nik(birth, "M", serial=i),
            "full_name": f"P {i}",
            "birth_date": birth,
            "sex": "M",
            "kecamatan_code": "367301",
            "kelurahan_code": "3673011002",
            "education_level": "sma",
            "skills": [],
            "experience": [],
            "preferred_countries": [],
            "preferred_sectors": [],
        }
        for i in range(1, exports.BATCH_ROWS * 2 + 2)
    ]
    with Session(engine) as session:
        session.execute(insert(Applicant), people)
        session.commit()
        total = session.exec(select(func.count()).select_from(Applicant)).one()
    export = exports.applicants_export(ApplicantFilters())
    pieces = list(exports.stream_csv(engine, export))
    assert len(pieces) == 3
    lines = b"".join(pieces).decode("utf-8-sig").splitlines()
    assert len(lines) == total + 1
