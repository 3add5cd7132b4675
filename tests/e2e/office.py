"""The office and its partners' systems: the set-up a deployment starts from, a training
centre's course offer and an agency's job orders, all through the generated client."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from serang_placement_client import AuthenticatedClient
from serang_placement_client.api.administration import create_partner_client, create_staff_user
from serang_placement_client.api.partners import create_partner
from serang_placement_client.api.targets import create_target
from serang_placement_client.api.training import put_cohort, put_programme
from serang_placement_client.api.vacancies import list_vacancies, upsert_vacancies
from serang_placement_client.models import (
    ClientCreate,
    ClientSecret,
    CohortPut,
    CohortRead,
    PageVacancyRead,
    PartnerCreate,
    PartnerRead,
    ProgrammePut,
    ProgrammeRead,
    StaffCreate,
    TargetCreate,
    TargetRead,
    UserRead,
    VacancyBatch,
    VacancyBatchResult,
)

from tests.e2e.actors import expect, person, system
from tests.e2e.server import LiveServer

PASSWORD = "Serang2026kerja"
WIB = timezone(timedelta(hours=7))  # the programme's year is Kota Serang's calendar year
AGENCY_SCOPES = ["vacancies:read", "vacancies:write", "applications:read", "applications:write"]
TRAINING_SCOPES = ["training:write"]


@dataclass
class Office:
    """What the office set up: its officer, the partners' systems, this year's targets."""

    officer: AuthenticatedClient
    agency: AuthenticatedClient
    government: AuthenticatedClient  # BP2MI's system: E-9 orders are government to government
    training_centre: AuthenticatedClient
    year: int
    departures_target_id: int
    trained_target_id: int


def set_up_office(server: LiveServer) -> Office:
    """The admin creates an officer and the partners' clients; the officer sets targets."""
    admin = person(server, server.admin_email, server.admin_password)
    officer_email = "petugas@disnakertrans.example.org"
    staff = {"email": officer_email, "full_name": "Petugas Penempatan", "password": PASSWORD}
    expect(create_staff_user.sync(client=admin, body=StaffCreate.from_dict(staff)), UserRead)

    agency = _partner(admin, "PT Bina Karya Serang", "placement_agency", "SIP3MI 12/2024")
    training = _partner(admin, "LPK Nihongo Serang", "training_provider", None)
    bp2mi = _partner(admin, "BP2MI", "government_body", None)
    agency_client = _client(admin, agency, "Sistem PT Bina Karya", AGENCY_SCOPES)
    government_client = _client(admin, bp2mi, "SISKOP2MI", AGENCY_SCOPES)
    training_client = _client(admin, training, "Sistem LPK Nihongo", TRAINING_SCOPES)

    officer = person(server, officer_email, PASSWORD)
    year = datetime.now(WIB).year
    departures, trained = (
        expect(
            create_target.sync(
                client=officer,
                body=TargetCreate.from_dict(
                    {"year": year, "metric": metric, "country": "JP", "number": number}
                ),
            ),
            TargetRead,
        )
        for metric, number in (("departures", 100), ("trained", 1000))
    )
    return Office(
        officer=officer,
        agency=system(server, agency_client.client_id, agency_client.client_secret, AGENCY_SCOPES),
        government=system(
            server, government_client.client_id, government_client.client_secret, AGENCY_SCOPES
        ),
        training_centre=system(
            server, training_client.client_id, training_client.client_secret, TRAINING_SCOPES
        ),
        year=year,
        departures_target_id=departures.id,
        trained_target_id=trained.id,
    )


def _partner(admin: AuthenticatedClient, name: str, kind: str, licence: str | None) -> int:
    body: dict[str, Any] = {"name": name, "kind": kind, "city": "Serang"}
    if licence:
        body["licence_number"] = licence
    created = expect(
        create_partner.sync(client=admin, body=PartnerCreate.from_dict(body)), PartnerRead
    )
    return int(created.id)


def _client(admin: AuthenticatedClient, partner_id: int, name: str, scopes: list[str]) -> Any:
    body = ClientCreate.from_dict({"name": name, "scopes": scopes})
    return expect(create_partner_client.sync(partner_id, client=admin, body=body), ClientSecret)


def publish_training(training_centre: AuthenticatedClient, today: date) -> int:
    """The training centre pushes a Japanese N4 course and a cohort starting today; its id."""
    programme = ProgrammePut.from_dict(
        {
            "subject": "Bahasa Jepang N4",
            "credential_type": "jlpt",
            "credential_level": "N4",
            "duration_weeks": 12,
            "location": "Serang",
            "cost_amount": 0,
            "cost_payer": "government",
        }
    )
    expect(put_programme.sync("JP-N4", client=training_centre, body=programme), ProgrammeRead)
    cohort = CohortPut.from_dict(
        {
            "starts_on": today.isoformat(),
            "ends_on": (today + timedelta(weeks=12)).isoformat(),
            "seats": 20,
        }
    )
    read = expect(
        put_cohort.sync("JP-N4", "JP-N4-1", client=training_centre, body=cohort), CohortRead
    )
    assert read.free_seats == 20
    return int(read.id)


def job_orders(deadline: date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The agency's SSW food-manufacturing order for Japan, and BP2MI's EPS manufacturing
    order for Korea (E-9 is government to government)."""
    common = {"openings": 2, "contract_months": 36, "deadline": deadline.isoformat()}
    return [
        {
            **common,
            "external_id": "BKS-JP-2026-001",
            "country": "JP",
            "scheme": "jp_ssw",
            "sector": "food_manufacturing",
            "occupation": "Food processing worker",
            "title": "Operator pengolahan makanan, Aichi",
            "salary_min": 200_000,
            "salary_max": 230_000,
            "currency": "JPY",
            "language": "ja",
            "min_language_level": "N4",
            "cost_items": [
                {"item": "bpjs", "amount": 370_000, "payer": "worker"},
                {"item": "visa", "amount": 0, "payer": "employer"},
            ],
        },
    ], [
        {
            **common,
            "external_id": "BKS-KR-2026-001",
            "country": "KR",
            "scheme": "kr_eps_e9",
            "sector": "manufacturing",
            "occupation": "Machine operator",
            "title": "Operator mesin pabrik, Ansan",
            "salary_min": 2_100_000,
            "salary_max": 2_400_000,
            "currency": "KRW",
            "channel": "eps_g2g",
        },
    ]


def sync_job_orders(agency: AuthenticatedClient, orders: list[dict[str, Any]]) -> dict[str, int]:
    """A partner's batch, sent twice under one Idempotency-Key: the retry replays the first
    answer and writes nothing. The ids by the partner's own external id."""
    batch = VacancyBatch.from_dict({"items": orders})
    key = str(uuid.uuid4())
    first = expect(
        upsert_vacancies.sync(client=agency, body=batch, idempotency_key=key), VacancyBatchResult
    )
    assert {item.result for item in first.items} == {"created"}, first.to_dict()
    replay = expect(
        upsert_vacancies.sync(client=agency, body=batch, idempotency_key=key), VacancyBatchResult
    )
    assert replay.to_dict() == first.to_dict()
    listed = expect(list_vacancies.sync(client=agency), PageVacancyRead)
    assert sorted(v.id for v in listed.items) == sorted(item.id for item in first.items)
    assert all(v.version == 1 for v in listed.items)
    return {item.external_id: item.id for item in first.items}
