"""Valid request bodies to start from; each test changes only what it is about."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any


def make_nik(birth: date, sex: str, district: str = "367301", serial: int = 1) -> str:
    day = birth.day + (40 if sex == "F" else 0)
    return f"{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def applicant_body(**overrides: Any) -> dict[str, Any]:
    birth = overrides.pop("birth", date(2000, 5, 17))
    sex = overrides.get("sex", "M")
    serial = overrides.pop("serial", 1)
    body: dict[str, Any] = {
        "nik": make_nik(birth, sex, serial=serial),
        "full_name": "Ahmad Fauzi",
        "birth_date": birth.isoformat(),
        "sex": sex,
        "phone": "0812-3456-7890",
        "email": "ahmad@example.com",
        "kelurahan_code": "3673011002",
        "education_level": "smk",
        "marital_status": "single",
        "skills": ["welding"],
        "experience": [{"occupation": "Welder", "isco_code": "7212", "years": 2}],
        "preferred_countries": ["KR"],
        "preferred_sectors": ["welding"],
        "consent": {"given_at": "2026-01-10T08:00:00+07:00", "version": "2026-01"},
    }
    body.update(overrides)
    return body


def assert_problem(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    assert body["status"] == status
    for key in ("type", "title", "detail"):
        assert body[key]
    return body


def mou_body(party_ids: list[int], /, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Kerja sama penempatan PMI Kota Serang - APJATI",
        "kind": "association",
        "party_ids": party_ids,
        "countries": ["KR", "JP"],
        "sectors": ["manufacturing"],
        "committed_positions": 1000,
    }
    body.update(overrides)
    return body


def target_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "year": 2026,
        "metric": "departures",
        "country": "KR",
        "number": 300,
        "stretch_number": 500,
    }
    body.update(overrides)
    return body


def add_vacancy(session: Any, agency_id: int, external_id: str, **overrides: Any) -> int:
    """A job order written straight to the database (not through the vacancies API); its id."""
    from app.models.vacancy import Vacancy

    vacancy = Vacancy(
        agency_id=agency_id,
        external_id=external_id,
        country="KR",
        scheme="kr_eps_e9",
        sector="manufacturing",
        occupation="Machine operator",
        title="Operator mesin pabrik",
        openings=10,
        **overrides,
    )
    session.add(vacancy)
    session.commit()
    return vacancy.id or 0


def count_rows(session: Any, model: Any) -> int:
    from sqlmodel import func, select

    session.expire_all()
    return int(session.exec(select(func.count()).select_from(model)).one())


def add_applicant(session: Any, serial: int, *, consent: bool = True, **overrides: Any) -> int:
    """A job seeker written straight to the database (no account); their id."""
    from datetime import UTC, datetime

    from app.models.applicant import Applicant

    birth = overrides.pop("birth_date", date(1998, 3, 9))
    sex = overrides.pop("sex", "M")
    values: dict[str, Any] = {
        "nik": make_nik(birth, sex, serial=serial),
        "full_name": f"Calon PMI {serial}",
        "birth_date": birth,
        "sex": sex,
        "phone": f"0812{serial:08d}",
        "email": f"cpmi{serial}@example.com",
        "kecamatan_code": "367301",
        "kelurahan_code": "3673011002",
        "education_level": "smk",
        "experience": [{"occupation": "Welder", "isco_code": "7212", "years": 2}],
        "consent_given_at": datetime(2026, 1, 10, tzinfo=UTC) if consent else None,
        "consent_version": "2026-01" if consent else None,
    }
    values.update(overrides)
    applicant = Applicant(**values)
    session.add(applicant)
    session.commit()
    return applicant.id or 0


def add_application(
    session: Any, applicant_id: int, vacancy_id: int, stage: str = "matched", **overrides: Any
) -> int:
    """An application written straight to the database, without history; its id."""
    from app.models.application import Application

    application = Application(
        applicant_id=applicant_id,
        vacancy_id=vacancy_id,
        stage=stage,
        source=overrides.pop("source", "officer"),
        **overrides,
    )
    session.add(application)
    session.commit()
    return application.id or 0


def add_job_order(session: Any, agency_id: int, external_id: str, **fields: Any) -> int:
    """Like `add_vacancy`, but any column (scheme, country, sector ...) may be overridden."""
    from app.models.vacancy import Vacancy

    values: dict[str, Any] = {
        "country": "KR",
        "scheme": "kr_eps_e9",
        "sector": "manufacturing",
        "occupation": "Machine operator",
        "title": "Operator mesin pabrik",
        "openings": 10,
        **fields,
    }
    vacancy = Vacancy(agency_id=agency_id, external_id=external_id, **values)
    session.add(vacancy)
    session.commit()
    return vacancy.id or 0


def add_programme(
    session: Any,
    provider_id: int,
    external_id: str,
    *,
    starts_on: date | None = None,
    seats: int = 20,
    enrolled: int = 0,
    cohort_status: str = "open",
    **fields: Any,
) -> tuple[int, int]:
    """A training programme with one cohort, written straight to the database; both ids."""
    from datetime import timedelta

    from app.models.training import Cohort, TrainingProgramme

    values: dict[str, Any] = {
        "subject": "Bahasa Jepang N4",
        "credential_type": "jlpt",
        "credential_level": "N4",
        "duration_weeks": 12,
        "location": "Serang",
        "cost_amount": 0,
        "cost_payer": "government",
        **fields,
    }
    programme = TrainingProgramme(provider_id=provider_id, external_id=external_id, **values)
    session.add(programme)
    session.commit()
    start = starts_on or date.today() + timedelta(days=14)
    cohort = Cohort(
        programme_id=programme.id or 0,
        external_id=f"{external_id}-1",
        starts_on=start,
        ends_on=start + timedelta(weeks=12),
        seats=seats,
        enrolled=enrolled,
        status=cohort_status,
    )
    session.add(cohort)
    session.commit()
    return programme.id or 0, cohort.id or 0


@contextmanager
def api_with(app: Any, **settings: Any) -> Iterator[Any]:
    """A client of the API on the test database with some settings changed (a second
    worker process, as it were); its engine is disposed of afterwards."""
    from fastapi.testclient import TestClient

    from app.main import create_app

    variant = create_app(app.state.settings.model_copy(update=settings))
    with TestClient(variant, raise_server_exceptions=False) as variant_client:
        yield variant_client
    variant.state.engine.dispose()


def roster_place(applicant_id: int, listed_on: date) -> Any:
    """A place on the EPS job seeker roster (E-9 orders need one), registered on `listed_on`."""
    from app.models.credential import KIND_OF_TYPE, Credential, CredentialType

    return Credential(
        applicant_id=applicant_id,
        kind=KIND_OF_TYPE[CredentialType.eps_roster],
        type=CredentialType.eps_roster,
        issuer="HRD Korea",
        issued_on=listed_on,
        verification="verified",
    )
