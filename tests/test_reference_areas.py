"""Kota Serang's areas come from the Kepmendagri's list, carried as a data file with its source."""

import fnmatch
import json
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from app.models import Applicant, UserAccount
from app.reference import AREAS, AREAS_FILE, KELURAHAN_TO_KECAMATAN, KOTA_SERANG, load_areas
from tests.auth_helpers import STRONG_PASSWORD, register_applicant
from tests.factories import applicant_body, assert_problem, make_nik

ROOT = Path(__file__).resolve().parent.parent
CIBENDUNG = "3673061013"
# Kepmendagri 300.2.2-2138/2025, annex, Kota Serang (36.73): kelurahan per kecamatan.
KELURAHAN_PER_KECAMATAN = {
    "367301": ("Serang", 12),
    "367302": ("Kasemen", 10),
    "367303": ("Walantaka", 14),
    "367304": ("Curug", 10),
    "367305": ("Cipocok Jaya", 8),
    "367306": ("Taktakan", 13),
}


def test_six_kecamatan_and_67_kelurahan_as_in_the_decree() -> None:
    assert len(KOTA_SERANG) == 6
    assert len(KELURAHAN_TO_KECAMATAN) == 67
    found = {code: (name, len(kelurahan)) for code, (name, kelurahan) in KOTA_SERANG.items()}
    assert found == KELURAHAN_PER_KECAMATAN
    assert KELURAHAN_TO_KECAMATAN[CIBENDUNG] == "367306"
    assert KOTA_SERANG["367306"][1][CIBENDUNG] == "Cibendung"


def test_the_file_names_its_source_and_when_it_was_checked() -> None:
    source = AREAS.source
    assert source.number == "300.2.2-2138" and source.year == 2025
    assert "Keputusan Menteri Dalam Negeri" in source.title
    assert source.checked_on == date(2026, 12, 5)
    assert (AREAS.province.code, AREAS.regency.code) == ("36", "3673")


def test_the_installed_package_carries_the_file() -> None:
    """setuptools ships only the data files named in pyproject: moving the file out of those
    patterns would leave an installed service (the Docker image) unable to start."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["app"]
    assert any(fnmatch.fnmatch(AREAS_FILE, pattern) for pattern in patterns)
    assert (ROOT / "app" / AREAS_FILE).is_file()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["kecamatan"][0]["kelurahan"][0].update(code="3673021001"), "not in 367301"),
        (lambda d: d["kecamatan"][1].update(code="367201"), "not in 3673"),
        (
            lambda d: d["kecamatan"][0]["kelurahan"].append({"code": "3673011001", "name": "X"}),
            "listed twice",
        ),
    ],
)
def test_a_file_whose_codes_do_not_nest_is_refused(
    edit: Callable[[dict[str, Any]], object], message: str
) -> None:
    raw = json.loads((ROOT / "app" / AREAS_FILE).read_text())
    edit(raw)
    with pytest.raises(ValueError, match=message):
        load_areas(json.dumps(raw).encode())


def test_areas_route_shows_the_list_and_its_source(client: TestClient) -> None:
    response = client.get("/api/v1/reference/areas")
    assert response.status_code == 200
    body = response.json()
    assert body["source"]["number"] == "300.2.2-2138"
    assert body["source"]["year"] == 2025
    assert body["source"]["checked_on"] == "2026-12-05"
    assert body["regency"] == {"code": "3673", "name": "Kota Serang"}
    counts = {k["code"]: (k["name"], len(k["kelurahan"])) for k in body["kecamatan"]}
    assert counts == KELURAHAN_PER_KECAMATAN
    taktakan = next(k for k in body["kecamatan"] if k["code"] == "367306")
    assert {"code": CIBENDUNG, "name": "Cibendung"} in taktakan["kelurahan"]


def test_a_resident_of_cibendung_registers(client: TestClient, officer: TestClient) -> None:
    birth = date(1998, 8, 21)
    nik = make_nik(birth, "M", district="367306", serial=31)
    account = register_applicant(client, 31, birth=birth, nik=nik, kelurahan_code=CIBENDUNG)
    record = officer.get(f"/api/v1/applicants/{account['applicant_id']}").json()
    assert (record["kecamatan_code"], record["kecamatan"]) == ("367306", "Taktakan")
    assert (record["kelurahan_code"], record["kelurahan"]) == (CIBENDUNG, "Cibendung")
    by_officer = officer.post(
        "/api/v1/applicants",
        json=applicant_body(
            serial=32, birth=birth, nik=make_nik(birth, "M", "367306", 32), kelurahan_code=CIBENDUNG
        ),
    )
    assert by_officer.status_code == 201, by_officer.text
    assert by_officer.json()["kelurahan"] == "Cibendung"


@pytest.mark.parametrize("kelurahan_code", ["3673061014", "3673071001", "3671011001"])
def test_an_unknown_kelurahan_is_refused_and_nothing_is_written(
    client: TestClient, session: Session, kelurahan_code: str
) -> None:
    body = {
        "email": "seeker40@example.com",
        "password": STRONG_PASSWORD,
        "applicant": applicant_body(serial=40, kelurahan_code=kelurahan_code),
    }
    response = client.post("/api/v1/auth/register", json=body)
    problem = assert_problem(response, 422, "kelurahan_unknown")
    assert problem["errors"] == [
        {
            "field": "kelurahan_code",
            "code": "kelurahan_unknown",
            "message": f"{kelurahan_code} is not a kelurahan of Kota Serang.",
        }
    ]
    assert session.exec(select(func.count()).select_from(Applicant)).one() == 0
    assert session.exec(select(func.count()).select_from(UserAccount)).one() == 0
