"""Helpers for the vacancy tests: partners and MoUs written straight to the database, a valid
job order body to start from, and checks that a refused request wrote nothing."""

from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from app.models.audit import AuditEntry
from app.models.mou import Mou
from app.models.partner import Partner
from app.models.vacancy import Vacancy

URL = "/api/v1/vacancies"


def add_agency(
    session: Session,
    name: str = "PT One Asia",
    *,
    kind: str = "placement_agency",
    status: str = "active",
) -> int:
    """A partner row (the partners API is not needed for these tests); its id."""
    licence = f"SIP3MI {name}/2024" if kind == "placement_agency" else None
    partner = Partner(name=name, kind=kind, licence_number=licence, status=status)
    session.add(partner)
    session.commit()
    return partner.id or 0


def add_mou(session: Session, title: str = "Kerja sama penempatan Kota Serang - APJATI") -> int:
    mou = Mou(title=title, kind="association", countries=["KR"], sectors=["welding"])
    session.add(mou)
    session.commit()
    return mou.id or 0


def future(days: int = 60) -> str:
    return (date.today() + timedelta(days=days)).isoformat()


def vacancy_body(agency_id: int, **overrides: Any) -> dict[str, Any]:
    """A valid E-7 welding order for Korea; each test changes only what it is about."""
    data: dict[str, Any] = {
        "agency_id": agency_id,
        "external_id": "JO-2026-001",
        "country": "KR",
        "scheme": "kr_e7",
        "sector": "welding",
        "occupation": "Welder",
        "isco_code": "7212",
        "title": "Shipyard welder, Geoje",
        "openings": 10,
        "salary_min": 2_500_000,
        "salary_max": 3_000_000,
        "currency": "KRW",
        "min_age": 20,
        "max_age": 39,
        "language": "ko",
        "min_language_score": 100,
        "required_certificates": [{"type": "korean_skills_test", "field": "welding"}],
        "cost_items": [
            {"item": "bpjs", "amount": 370_000, "payer": "worker"},
            {"item": "visa", "amount": 1_500_000, "payer": "employer"},
        ],
        "deadline": future(),
    }
    data.update(overrides)
    return data


def private_body(agency_id: int, **overrides: Any) -> dict[str, Any]:
    """A private-scheme order to Taiwan with no language requirement."""
    data = vacancy_body(
        agency_id,
        scheme="private",
        country="TW",
        sector="manufacturing",
        occupation="Machine operator",
        isco_code="8189",
        title="Factory operator, Taichung",
        currency="TWD",
        salary_min=27_470,
        salary_max=30_000,
        language=None,
        min_language_score=None,
        required_certificates=[],
    )
    data.update(overrides)
    return data


def stored(session: Session, vacancy_id: int) -> dict[str, Any] | None:
    """The row as it is in the database now."""
    session.expire_all()
    row = session.get(Vacancy, vacancy_id)
    return None if row is None else row.model_dump()


def vacancy_audit_count(session: Session) -> int:
    session.expire_all()
    statement = select(func.count()).where(col(AuditEntry.entity) == "vacancy")
    return int(session.exec(statement).one())


def assert_nothing_written(session: Session) -> None:
    session.expire_all()
    assert session.exec(select(func.count()).select_from(Vacancy)).one() == 0
    assert vacancy_audit_count(session) == 0
