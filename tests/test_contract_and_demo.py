"""The committed OpenAPI file, every route's access rule, and the demo data."""

import json
from pathlib import Path

from fastapi import FastAPI
from sqlmodel import Session, select

from app.models import Applicant, Mou, Vacancy
from app.reference import KELURAHAN_TO_KECAMATAN, Sex
from app.services.identity_numbers import check_nik_matches, normalise_phone, parse_nik
from app.services.job_order_rules import is_domestic_work, is_zero_cost, worker_paid_items

ROOT = Path(__file__).resolve().parent.parent


def test_committed_openapi_matches_app(app: FastAPI) -> None:
    committed = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    assert committed == app.openapi(), "run `make openapi` and commit openapi/openapi.json"


def test_every_operation_declares_access(app: FastAPI) -> None:
    undeclared = [
        f"{method.upper()} {path}"
        for path, operations in app.openapi()["paths"].items()
        for method, operation in operations.items()
        if path.startswith("/api/") and "x-access" not in operation
    ]
    assert undeclared == []


def test_demo_data_is_valid(session: Session) -> None:
    from app.demo_data import load_demo_data

    summary = load_demo_data(session)
    assert summary.applicants == 300 and not summary.skipped
    assert load_demo_data(session).skipped
    for person in session.exec(select(Applicant)).all():
        parts, errors = parse_nik(person.nik)
        assert parts is not None and errors == []
        assert check_nik_matches(parts, person.birth_date, Sex(person.sex)) == []
        assert parts.in_kota_serang or person.domicile_proof
        assert KELURAHAN_TO_KECAMATAN[person.kelurahan_code] == person.kecamatan_code
        assert person.phone is not None and normalise_phone(person.phone) == person.phone
    for order in session.exec(select(Vacancy)).all():
        assert not is_domestic_work(order.sector, order.isco_code, order.title, order.occupation)
        if is_zero_cost(order.sector, order.isco_code):
            assert worker_paid_items(order.cost_items) == []
    apjati = session.exec(select(Mou).where(Mou.kind == "association")).one()
    assert str(apjati.signed_on) == "2025-12-08" and apjati.stage == "active"
