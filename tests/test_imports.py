"""Spreadsheet imports of job seekers: template, row rules, re-imports, dry runs, bad files,
background jobs; on refusal nothing is written."""

import csv
import io
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from openpyxl import Workbook, load_workbook
from sqlmodel import Session, col, func, select

from app.models import Applicant, ApplicantImport, AuditEntry
from app.models.applicant_import import ImportStatus
from app.models.base import utcnow
from app.services.spreadsheets.columns import COLUMNS
from tests.factories import applicant_body, assert_problem, make_nik

URL = "/api/v1/applicants/imports"
HEADERS = [column.header for column in COLUMNS]


def row(serial: int = 1, **cells: str) -> dict[str, str]:
    """A valid row of a man born 17 May 2000 in Kecamatan Serang, `cells` changed."""
    base = {
        "nik": make_nik(date(2000, 5, 17), "M", serial=serial),
        "nama_lengkap": f"Ahmad Fauzi {serial}",
        "tanggal_lahir": "2000-05-17",
        "jenis_kelamin": "L",
        "no_hp": "0812-3456-7890",
        "email": f"ahmad{serial}@example.com",
        "kode_kelurahan": "3673011002",
        "alamat": "",
        "bukti_domisili": "",
        "pendidikan": "SMK",
        "status_perkawinan": "single",
        "keterampilan": "welding; painting",
        "pengalaman_kerja": "Welder:2:KR; Painter:1,5",
        "negara_tujuan": "kr",
        "sektor_tujuan": "welding",
        "tanggal_persetujuan": "10/01/2026",
        "versi_persetujuan": "2026-01",
    }
    return base | cells


def csv_file(rows: list[dict[str, str]], headers: list[str] | None = None, sep: str = ",") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep)
    headers = headers or HEADERS
    writer.writerow(headers)
    for r in rows:
        writer.writerow([r.get(h, "") for h in headers])
    return buffer.getvalue().encode()


def upload(
    client: TestClient,
    content: bytes,
    *,
    dry_run: bool = False,
    name: str = "pencari-kerja.csv",
    lang: str = "en",
) -> Any:
    return client.post(
        f"{URL}?dry_run={'true' if dry_run else 'false'}",
        files={"file": (name, content)},
        headers={"Accept-Language": lang},
    )


def counts(session: Session) -> tuple[int, int, int]:
    session.expire_all()
    return (
        session.exec(select(func.count()).select_from(Applicant)).one(),
        session.exec(select(func.count()).select_from(AuditEntry)).one(),
        session.exec(select(func.count()).select_from(ApplicantImport)).one(),
    )


def test_csv_template_has_the_columns_and_an_importable_example(officer: TestClient) -> None:
    response = officer.get(f"{URL}/template?format=csv")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert lines[0] == HEADERS
    assert len(lines) == 2
    # The example row is a valid person: a dry run of the template would create it.
    report = upload(officer, response.content, dry_run=True).json()
    assert report["counts"] == {"created": 1, "updated": 0, "unchanged": 0, "refused": 0}


def test_xlsx_template_has_a_guide_sheet_naming_each_column(officer: TestClient) -> None:
    response = officer.get(f"{URL}/template")
    assert response.status_code == 200, response.text
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["data", "petunjuk"]
    data = list(workbook["data"].iter_rows(values_only=True))
    assert list(data[0]) == HEADERS
    guide = list(workbook["petunjuk"].iter_rows(values_only=True))[1:]
    assert [(g[0], g[1]) for g in guide] == [(c.header, c.field) for c in COLUMNS]
    assert all(g[4] and g[5] for g in guide)  # Indonesian and English descriptions
    report = upload(officer, response.content, name="t.xlsx", dry_run=True).json()
    assert report["file_format"] == "xlsx"
    assert report["counts"]["created"] == 1, report


def test_import_creates_people_by_the_rules_of_post_applicants(
    officer: TestClient, session: Session
) -> None:
    response = upload(officer, csv_file([row(1), row(2, jenis_kelamin="P")]))
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["status"] == "completed"
    assert response.headers["Location"] == f"{URL}/{report['id']}"
    # Row 3's woman carries a man's NIK: accepted and flagged, as POST /applicants does.
    assert report["counts"] == {"created": 2, "updated": 0, "unchanged": 0, "refused": 0}
    assert [(r["row"], r["status"]) for r in report["rows"]] == [(2, "created"), (3, "created")]
    first = officer.get(f"/api/v1/applicants/{report['rows'][0]['applicant_id']}").json()
    assert first["phone"] == "+6281234567890"
    assert first["education_level"] == "smk"
    assert first["preferred_countries"] == ["KR"]
    assert first["experience"] == [
        {"occupation": "Welder", "isco_code": None, "years": 2.0, "country": "KR"},
        {"occupation": "Painter", "isco_code": None, "years": 1.5, "country": None},
    ]
    assert first["consent"]["given_at"].startswith("2026-01-09T17:00:00")  # 00:00 WIB
    second = officer.get(f"/api/v1/applicants/{report['rows'][1]['applicant_id']}").json()
    assert second["identity_check"]["status"] == "needs_check"
    entries = session.exec(
        select(AuditEntry).where(AuditEntry.action == "import_create").order_by(col(AuditEntry.id))
    ).all()
    assert [e.entity_id for e in entries] == [r["applicant_id"] for r in report["rows"]]
    assert entries[0].changes["import_id"] == report["id"]
    assert entries[0].changes["nik"]["new"] != row(1)["nik"]  # masked


def test_reimporting_the_same_file_changes_nothing(officer: TestClient, session: Session) -> None:
    content = csv_file([row(1), row(2)])
    assert upload(officer, content).json()["counts"]["created"] == 2
    versions = session.exec(select(Applicant.version).order_by(col(Applicant.id))).all()
    before = counts(session)
    again = upload(officer, content).json()
    assert again["counts"] == {"created": 0, "updated": 0, "unchanged": 2, "refused": 0}
    assert {r["status"] for r in again["rows"]} == {"unchanged"}
    after = counts(session)
    assert after[:2] == before[:2]  # no record and no audit entry more
    session.expire_all()
    assert session.exec(select(Applicant.version).order_by(col(Applicant.id))).all() == versions


def test_a_row_for_a_nik_on_record_updates_its_filled_cells(
    officer: TestClient, session: Session
) -> None:
    created = officer.post("/api/v1/applicants", json=applicant_body(address="Jl. Lama 1"))
    assert created.status_code == 201, created.text
    person = created.json()
    changed = row(1, nama_lengkap=person["full_name"], no_hp="0813 1111 2222", alamat="")
    report = upload(officer, csv_file([changed])).json()
    assert report["rows"][0]["status"] == "updated", report
    assert report["rows"][0]["applicant_id"] == person["id"]
    after = officer.get(f"/api/v1/applicants/{person['id']}").json()
    assert after["phone"] == "+6281311112222"
    assert after["address"] == "Jl. Lama 1"  # an empty cell leaves the stored value
    assert after["version"] == person["version"] + 1
    entry = session.exec(select(AuditEntry).where(AuditEntry.action == "import_update")).one()
    assert entry.entity_id == person["id"]
    assert set(entry.changes) >= {"phone", "import_id"}
    assert "+6281311112222" not in str(entry.changes)  # masked


def test_dry_run_reports_and_writes_nothing(officer: TestClient, session: Session) -> None:
    upload(officer, csv_file([row(1)]))
    before = counts(session)
    report = upload(
        officer, csv_file([row(1, no_hp="0813 9999 0000"), row(2), row(3, nik="12")]), dry_run=True
    ).json()
    assert report["dry_run"] is True
    assert [r["status"] for r in report["rows"]] == ["updated", "created", "problem"]
    assert report["counts"] == {"created": 1, "updated": 1, "unchanged": 0, "refused": 1}
    applicants, entries, imports = counts(session)
    assert (applicants, entries) == before[:2]
    assert imports == before[2] + 1  # the report is kept
    stored = session.exec(select(Applicant)).one()
    assert stored.phone == "+6281234567890"


def test_the_same_nik_twice_is_a_problem_on_the_second_row(officer: TestClient) -> None:
    report = upload(officer, csv_file([row(1), row(2), row(1, nama_lengkap="Lain")])).json()
    assert [r["status"] for r in report["rows"]] == ["created", "created", "problem"]
    problem = report["rows"][2]["problems"]
    assert problem == [
        {
            "field": "nik",
            "column": "nik",
            "code": "import_nik_repeated",
            "message": "This NIK is already in row 2 of the file.",
        }
    ]


@pytest.mark.parametrize(
    ("cells", "field", "code"),
    [
        ({"nik": "9973011705000001"}, "nik", "nik_province_unknown"),
        ({"nik": "36730117050001"}, "nik", "string_pattern_mismatch"),
        ({"kode_kelurahan": "3673019999"}, "kelurahan_code", "kelurahan_unknown"),
        ({"jenis_kelamin": "X"}, "sex", "enum"),
        ({"tanggal_lahir": "17 Mei 2000"}, "birth_date", "import_date_invalid"),
        ({"tanggal_lahir": "2099-01-01"}, "birth_date", "birth_date_in_future"),
        ({"no_hp": "12345"}, "phone", "phone_invalid"),
        ({"pendidikan": "sekolah"}, "education_level", "enum"),
        ({"nama_lengkap": ""}, "full_name", "missing"),
        ({"pengalaman_kerja": "Welder"}, "experience", "import_experience_invalid"),
        ({"versi_persetujuan": ""}, "consent_version", "import_consent_incomplete"),
        ({"negara_tujuan": "Korea"}, "preferred_countries", "string_pattern_mismatch"),
        (
            {"nik": make_nik(date(2000, 5, 17), "M", "320101")},
            "domicile_proof",
            "domicile_proof_required",
        ),
    ],
)
def test_a_row_breaking_a_rule_is_refused_and_the_others_go_in(
    officer: TestClient, session: Session, cells: dict[str, str], field: str, code: str
) -> None:
    report = upload(officer, csv_file([row(1, **cells), row(2)])).json()
    assert report["counts"] == {"created": 1, "updated": 0, "unchanged": 0, "refused": 1}
    bad = report["rows"][0]
    assert bad["status"] == "problem"
    assert bad["applicant_id"] is None
    assert (field, code) in [(p["field"], p["code"]) for p in bad["problems"]], bad
    assert session.exec(select(func.count()).select_from(Applicant)).one() == 1


def test_problems_are_in_the_language_of_the_reader(officer: TestClient) -> None:
    posted = upload(officer, csv_file([row(1, kode_kelurahan="3673019999")]), lang="id").json()
    problem = posted["rows"][0]["problems"][0]
    assert problem["message"] == "3673019999 bukan kelurahan di Kota Serang."
    assert problem["column"] == "kode_kelurahan"
    read = officer.get(f"{URL}/{posted['id']}", headers={"Accept-Language": "en"}).json()
    assert (
        read["rows"][0]["problems"][0]["message"] == "3673019999 is not a kelurahan of Kota Serang."
    )


def test_xlsx_with_date_cells_and_a_numeric_nik(officer: TestClient) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["NIK", "Full_Name", "birth_date", "sex", "kode_kelurahan", "pendidikan"])
    sheet.append(
        [make_nik(date(2000, 5, 17), "F"), "Siti", date(2000, 5, 17), "P", "3673011002", "sma"]
    )
    sheet.append([3673011705000002, "Budi", date(2000, 5, 17), "L", "3673011002", "sma"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = upload(officer, buffer.getvalue(), name="data.xlsx").json()
    assert [r["status"] for r in report["rows"]] == ["created", "problem"], report
    assert report["rows"][1]["problems"][0]["code"] == "import_nik_not_text"


def test_semicolon_separated_csv_with_a_byte_order_mark(officer: TestClient) -> None:
    content = "\ufeff".encode() + csv_file([row(1)], sep=";")
    report = upload(officer, content).json()
    assert report["counts"]["created"] == 1, report


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", 415, "import_file_type"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old", 415, "import_file_type"),
        (b"PK\x03\x04not really a workbook", 415, "import_file_type"),
        ("nik,nama_lengkap\nJosé".encode("latin-1"), 415, "import_file_type"),
        (b"", 422, "import_file_empty"),
    ],
)
def test_a_file_that_is_not_csv_or_xlsx_is_refused(
    officer: TestClient, session: Session, content: bytes, status: int, code: str
) -> None:
    before = counts(session)
    assert_problem(upload(officer, content), status, code)
    assert counts(session) == before


def test_wrong_headers_are_named(officer: TestClient, session: Session) -> None:
    headers = [h for h in HEADERS if h != "tanggal_lahir"] + ["umur", "nik"]
    before = counts(session)
    body = assert_problem(
        upload(officer, csv_file([row(1)], headers)), 422, "import_columns_invalid"
    )
    found = {(e["field"], e["code"]) for e in body["errors"]}
    assert found == {
        ("umur", "import_column_unknown"),
        ("nik", "import_column_repeated"),
        ("tanggal_lahir", "import_column_missing"),
    }
    assert "umur" in body["detail"]
    assert counts(session) == before


@pytest.fixture
def small_limits(app: FastAPI) -> Iterator[None]:
    settings = app.state.settings
    saved = (settings.import_max_bytes, settings.import_max_rows, settings.import_inline_rows)
    settings.import_max_bytes, settings.import_max_rows, settings.import_inline_rows = 2_000, 5, 2
    yield
    settings.import_max_bytes, settings.import_max_rows, settings.import_inline_rows = saved


def test_too_many_rows_or_bytes_are_refused(
    officer: TestClient, session: Session, small_limits: None
) -> None:
    before = counts(session)
    body = assert_problem(
        upload(officer, csv_file([row(i) for i in range(1, 7)])), 413, "import_too_many_rows"
    )
    assert "5" in body["detail"]
    padded = csv_file([row(i, alamat="x" * 400) for i in range(1, 5)])
    assert len(padded) > 2_000
    assert_problem(upload(officer, padded), 413, "import_file_too_large")
    assert counts(session) == before


def test_a_large_file_runs_in_the_background(
    officer: TestClient, session: Session, small_limits: None
) -> None:
    response = upload(officer, csv_file([row(i) for i in range(1, 6)]))
    assert response.status_code == 202, response.text
    queued = response.json()
    assert queued["status"] == "queued"
    assert queued["total_rows"] == 5
    assert queued["rows"] == []
    # The test client runs background tasks before it returns: the job is done.
    done = officer.get(response.headers["Location"]).json()
    assert done["status"] == "completed"
    assert (done["processed_rows"], done["percent"]) == (5, 100)
    assert done["counts"]["created"] == 5
    assert len(done["rows"]) == 5
    problems = officer.get(f"{response.headers['Location']}?problems_only=true").json()
    assert problems["rows"] == []
    assert session.exec(select(func.count()).select_from(Applicant)).one() == 5


def test_an_import_whose_worker_stopped_is_marked_failed(
    officer: TestClient, session: Session
) -> None:
    quiet = utcnow() - timedelta(minutes=11)
    job = ApplicantImport(
        status=ImportStatus.running,
        file_format="csv",
        total_rows=10,
        counts={"created": 0, "updated": 0, "unchanged": 0, "refused": 0},
        requested_by="user:1",
        created_at=quiet,
        heartbeat_at=quiet,
    )
    session.add(job)
    session.commit()
    read = officer.get(f"{URL}/{job.id}").json()
    assert (read["status"], read["error"]) == ("failed", "interrupted")


def test_an_unknown_import_is_404(officer: TestClient) -> None:
    assert_problem(officer.get(f"{URL}/999999"), 404, "not_found")


def test_an_xlsx_with_too_many_rows_is_refused_while_reading(
    app: FastAPI, officer: TestClient, session: Session, small_limits: None
) -> None:
    app.state.settings.import_max_bytes = 100_000  # a workbook is larger than its CSV
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    for serial in range(1, 8):
        sheet.append([row(serial)[h] for h in HEADERS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    before = counts(session)
    assert_problem(upload(officer, buffer.getvalue(), name="x.xlsx"), 413, "import_too_many_rows")
    assert counts(session) == before
