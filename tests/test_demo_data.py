"""Demo data: true to the programme as reported, valid by the API's own rules, loaded once."""

import json
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.testclient import TestClient
from httpx import Response
from pydantic import BaseModel
from sqlalchemy import delete
from sqlmodel import Session, SQLModel, col, select

from app.cli import main
from app.core.config import get_settings
from app.demo.accounts import JOB_SEEKER, OFFICER
from app.demo.data import DemoSummary, load_demo_data
from app.demo.showcase import SHOWCASE
from app.models import (
    Applicant,
    Application,
    ApplicationStageChange,
    Credential,
    Mou,
    MouParty,
    MouStageChange,
    Partner,
    ProgrammeTarget,
    Vacancy,
)
from app.models.applicant import ApplicantCreate
from app.models.credential import KIND_OF_TYPE, CredentialCreate, CredentialType
from app.models.document import ApplicationDocument
from app.models.financing import FinancingRequest, FinancingStateChange
from app.models.identity import PartnerClient, UserAccount
from app.models.mou import MouCreate, MouKind, MouStage, MouTransition
from app.models.partner import PartnerCreate, PartnerKind
from app.models.target import TargetCreate
from app.models.training import Cohort, TrainingProgramme
from app.models.vacancy import VacancyCreate
from app.reference import KELURAHAN_TO_KECAMATAN, KOTA_SERANG
from app.services.applicants.identity_check import mismatches
from app.services.applicants.identity_numbers import normalise_phone, parse_nik
from app.services.partners.mous import NEXT_STAGES
from app.services.vacancies.rules import domestic_work, is_zero_cost, worker_paid_items
from tests.factories import count_rows

DEMO_DAY = date(2026, 12, 5)  # the demo's dates are judged as of this day
TABLES: tuple[type[SQLModel], ...] = (
    Partner,
    Mou,
    MouParty,
    MouStageChange,
    ProgrammeTarget,
    Vacancy,
    Applicant,
    Credential,
)


@pytest.fixture
def demo(app: FastAPI, session: Session) -> DemoSummary:
    """The demo data loaded into the emptied test database, its document files where the
    API serves them from."""
    return load_demo_data(session, store=app.state.document_store)


def delete_demo_rows(session: Session) -> None:
    """Every demo row, children first."""
    # The placements (documents, loan, histories) hang on demo applicants and job orders.
    placement_tables: tuple[type[SQLModel], ...] = (
        FinancingStateChange,
        FinancingRequest,
        ApplicationDocument,
    )
    for table in placement_tables:
        session.execute(delete(table))
    session.execute(delete(ApplicationStageChange))
    session.execute(delete(Application))
    # The demo logins point at demo rows; they are not part of what is re-entered.
    session.execute(delete(PartnerClient))
    # BBPVP's demo training offer hangs on its partner row: out before the partners go.
    session.execute(delete(Cohort))
    session.execute(delete(TrainingProgramme))
    demo_logins = (OFFICER.login, JOB_SEEKER.login)
    session.execute(delete(UserAccount).where(col(UserAccount.email).in_(demo_logins)))
    for table in reversed(TABLES):
        session.execute(delete(table))
    session.commit()


def counts(session: Session) -> dict[str, int]:
    return {table.__name__: count_rows(session, table) for table in TABLES}


def test_summary_matches_the_rows(session: Session, demo: DemoSummary) -> None:
    assert not demo.skipped
    assert counts(session) == {
        "Partner": demo.partners,
        "Mou": demo.mous,
        "MouParty": 13,
        "MouStageChange": demo.mou_stage_changes,
        "ProgrammeTarget": demo.targets,
        "Vacancy": demo.vacancies,
        "Applicant": demo.applicants,
        "Credential": demo.credentials,
    }
    assert (demo.partners, demo.mous, demo.mou_stage_changes, demo.targets) == (14, 5, 15, 3)
    assert demo.vacancies == 14 and demo.applicants == 300 + len(SHOWCASE)
    assert 250 <= demo.credentials <= 600


def test_partners_are_the_programmes(session: Session, demo: DemoSummary) -> None:
    rows = session.exec(select(Partner)).all()
    kinds = Counter(p.kind for p in rows)
    assert kinds == {
        PartnerKind.placement_agency: 3,
        PartnerKind.association: 1,
        PartnerKind.training_provider: 2,
        PartnerKind.foreign_government: 3,
        PartnerKind.financier: 2,
        PartnerKind.government_body: 3,  # Disnakertrans, BP2MI, Kemnaker
    }
    names = " | ".join(p.name for p in rows)
    for name in ("APJATI", "Kokusai Jinzai Support", "BBPVP Serang", "PT One Asia", "Hannam"):
        assert name in names
    for name in ("Yongnam", "Changnyeong", "Bank BJB", "Baznas Kota Serang", "Disnakertrans"):
        assert name in names
    for partner in rows:
        if partner.kind == PartnerKind.placement_agency:
            # Invented licence numbers say so.
            assert partner.licence_number and partner.licence_number.startswith("SIP3MI ")
            assert "demo" in partner.licence_number
        if partner.kind == PartnerKind.foreign_government:
            assert partner.country == "KR"


def test_apjati_agreement_signed_on_8_december_2025(session: Session, demo: DemoSummary) -> None:
    apjati = session.exec(select(Mou).where(Mou.kind == MouKind.association)).one()
    assert apjati.signed_on == date(2025, 12, 8) and apjati.stage == MouStage.active
    history = session.exec(
        select(MouStageChange)
        .where(MouStageChange.mou_id == apjati.id)
        .order_by(col(MouStageChange.id))
    ).all()
    assert [(h.to_stage, h.effective_on) for h in history] == [
        ("draft", date(2025, 11, 11)),
        ("negotiating", date(2025, 11, 12)),
        ("signed", date(2025, 12, 8)),
        ("active", date(2025, 12, 8)),
    ]


def test_mous_passed_only_legal_stages(session: Session, demo: DemoSummary) -> None:
    stages: dict[str, str] = {}
    for mou in session.exec(select(Mou)).all():
        history = session.exec(
            select(MouStageChange)
            .where(MouStageChange.mou_id == mou.id)
            .order_by(col(MouStageChange.id))
        ).all()
        assert history[0].from_stage is None and history[0].to_stage == MouStage.draft
        for before, after in pairwise(history):
            assert after.from_stage == before.to_stage
            assert MouStage(after.to_stage) in NEXT_STAGES[MouStage(before.to_stage)]
            assert before.effective_on <= after.effective_on <= date.today()
        assert history[-1].to_stage == mou.stage and mou.version == len(history)
        signed = [h.effective_on for h in history if h.to_stage == MouStage.signed]
        assert mou.signed_on == (signed[0] if signed else None)
        stages[mou.kind + " " + ",".join(mou.countries)] = mou.stage
    assert stages == {
        "association JP,KR": "active",
        "training_provider JP": "active",
        "g2g KR": "negotiating",
        "sister_city KR": "awaiting_ministry_approval",
        "training_provider JP,KR": "negotiating",
    }
    korea = session.exec(select(Mou).where(Mou.kind == MouKind.g2g)).one()
    assert korea.committed_positions == 1000
    sister = session.exec(select(Mou).where(Mou.kind == MouKind.sister_city)).one()
    assert sister.sectors == ["caregiving", "logistics", "cleaning"]
    kjs = session.exec(
        select(Mou).where(Mou.kind == MouKind.training_provider, Mou.stage == "active")
    ).one()
    assert kjs.signed_on is not None and kjs.signed_on.year == 2022


def test_targets_for_2026(session: Session, demo: DemoSummary) -> None:
    rows = session.exec(select(ProgrammeTarget)).all()
    found = {(t.year, t.metric, t.country): (t.number, t.stretch_number) for t in rows}
    assert found == {
        (2026, "departures", "JP"): (100, None),
        (2026, "departures", "KR"): (300, 500),
        (2026, "trained", None): (1000, None),
    }
    assert all(target.note for target in rows)


def test_applicants_pass_the_registration_rules(session: Session, demo: DemoSummary) -> None:
    people = session.exec(select(Applicant)).all()
    assert len({p.nik for p in people}) == len(people) == 300 + len(SHOWCASE)
    for person in people:
        parts, errors = parse_nik(person.nik)
        assert parts is not None and errors == [], person.nik
        assert parts.serial != "0000"
        if parts.in_kota_serang:
            assert parts.district == person.kecamatan_code
        else:
            assert person.domicile_proof, person.nik
        assert KELURAHAN_TO_KECAMATAN[person.kelurahan_code] == person.kecamatan_code
        assert person.phone is not None and normalise_phone(person.phone) == person.phone
        assert person.email is None or person.email.endswith(("@example.com", "@example.org"))
        assert person.status in {"registered", "verified"}
        assert "domestic_work" not in person.preferred_sectors
    assert {p.kecamatan_code for p in people} == set(KOTA_SERANG)
    # One birth date corrected after the NIK was issued: flagged for an officer, not refused.
    flagged = [p for p in people if mismatches(p)]
    assert [(p.identity_check, p.status) for p in flagged] == [("needs_check", "registered")]
    assert all(p.identity_check == "consistent" for p in people if p not in flagged)
    elsewhere = [p for p in people if not p.nik.startswith("3673")]
    assert 1 <= len(elsewhere) <= 15
    assert {p.sex for p in people} == {"M", "F"}
    consented = sum(p.consent_version == "2026-01" for p in people)
    assert 0.8 <= consented / len(people) <= 0.97
    ages = [(date(2026, 1, 15) - p.birth_date).days // 365 for p in people]
    assert min(ages) >= 18 and sum(18 <= a <= 40 for a in ages) / len(ages) > 0.9
    education = Counter(p.education_level for p in people)
    assert education.most_common(2)[0][0] in {"sma", "smk"}


def test_credentials_pass_their_rules(session: Session, demo: DemoSummary) -> None:
    rows = session.exec(select(Credential)).all()
    for credential in rows:
        assert credential.kind == KIND_OF_TYPE[CredentialType(credential.type)]
        assert (credential.verified_at is not None) == (credential.verification == "verified")
    types = Counter(c.type for c in rows)
    assert set(types) == set(CredentialType)
    levels = {c.level for c in rows if c.type == CredentialType.jlpt}
    assert levels == {"N5", "N4", "N3"}
    eps = [c for c in rows if c.type == CredentialType.eps_topik]
    assert all(60 <= (c.score or 0) <= 180 for c in eps)
    assert all(c.expires_on == c.issued_on + timedelta(days=730) for c in eps)
    expired = [c for c in eps if c.expires_on and c.expires_on < DEMO_DAY]
    assert 0 < len(expired) < len(eps)
    rosters = [c for c in rows if c.type == CredentialType.eps_roster]
    assert all(c.expires_on == c.issued_on + timedelta(days=365) for c in rosters)
    assert all(c.issued_on <= DEMO_DAY for c in rows)
    assert Counter(c.verification for c in rows)["verified"] > 0


def test_vacancies_pass_the_job_order_rules(session: Session, demo: DemoSummary) -> None:
    rows = session.exec(select(Vacancy)).all()
    agencies = {p.id: p for p in session.exec(select(Partner)).all()}
    apjati = session.exec(select(Mou).where(Mou.kind == MouKind.association)).one()
    assert len({(v.agency_id, v.external_id) for v in rows}) == len(rows)
    for order in rows:
        owner = agencies[order.agency_id].kind
        government = order.scheme in {"kr_eps_e9", "jp_titp"}  # G to G, and Kemnaker's intake
        assert owner == (
            PartnerKind.government_body if government else PartnerKind.placement_agency
        )
        assert order.sector != "domestic_work"
        assert domestic_work(order.sector, order.isco_code) is None
        if order.sector in {"caregiving", "agriculture"} or is_zero_cost(
            order.sector, order.isco_code
        ):
            assert worker_paid_items(order.cost_items) == [], order.external_id
        bpjs = [c for c in order.cost_items if c["item"] == "bpjs"]
        assert [(c["amount"], c["currency"]) for c in bpjs] == [(370_000, "IDR")]
        assert order.contract_months == (36 if order.scheme == "jp_titp" else 24)
        assert order.status == "open"
        assert order.deadline is not None and order.deadline.year == 2027
        if order.country == "JP":
            assert (order.currency, order.language) == ("JPY", "ja")
            assert order.min_language_level in {"N4", None}  # None: only what the scheme asks
        else:
            assert (order.currency, order.language) == ("KRW", "ko")
            assert order.min_language_score is not None
        if order.scheme == "kr_eps_e9":
            # The scheme's 18-39 is judged at the EPS-TOPIK, not by an own bound on the order.
            assert (order.min_age, order.max_age, order.min_education) == (18, None, "smp")
            assert order.channel == "eps_g2g"
    sectors = {(v.country, v.sector) for v in rows}
    assert {("JP", "caregiving"), ("JP", "agriculture"), ("JP", "automotive")} <= sectors
    assert {("JP", "aviation_ground_handling"), ("KR", "manufacturing")} <= sectors
    assert {("KR", "welding"), ("KR", "electrical"), ("KR", "construction")} <= sectors
    assert ("7132", "shipbuilding") in {(v.isco_code, v.sector) for v in rows}
    # Formal by its codes although its title says "ART" (as Indonesian ads do, to say "not a
    # household helper"): words never make an order domestic work.
    hotel = [v for v in rows if v.sector == "hospitality"]
    assert [(v.country, v.isco_code) for v in hotel] == [("JP", "9112")]
    assert "bukan ART" in hotel[0].title
    # Amounts in whole units (app.models.money): monthly salaries read as yen and won, not as
    # hundredths of them.
    for order in rows:
        low, high = (150_000, 400_000) if order.currency == "JPY" else (2_000_000, 5_000_000)
        assert low <= (order.salary_min or 0) <= (order.salary_max or 0) <= high
    # The SSW tests are the scheme's rules (matching/rules.py), not repeated on each order.
    assert all(v.required_certificates == [] for v in rows if v.scheme == "jp_ssw")
    assert 2 <= sum(v.mou_id == apjati.id for v in rows) < len(rows)


def body(row: dict[str, Any], schema: type[BaseModel], **extra: Any) -> dict[str, Any]:
    """The stored values a create request of `schema` carries, as JSON."""
    fields = {k: v for k, v in row.items() if k in schema.model_fields and v is not None}
    encoded: dict[str, Any] = jsonable_encoder({**fields, **extra})
    return encoded


def created(response: Response, what: object) -> int:
    assert response.status_code in (200, 201), f"{what}: {response.text}"
    identifier: int = response.json()["id"]
    return identifier


def test_every_record_is_accepted_by_the_api(
    officer: TestClient, session: Session, demo: DemoSummary
) -> None:
    """Take the demo records out and enter them again through the API, as an officer."""
    rows = {
        table.__name__: [r.model_dump() for r in session.exec(select(table)).all()]
        for table in TABLES
    }
    delete_demo_rows(session)
    api = "/api/v1"

    partner_ids = {
        p["id"]: created(officer.post(f"{api}/partners", json=body(p, PartnerCreate)), p["name"])
        for p in rows["Partner"]
    }
    mou_ids = {}
    for mou in rows["Mou"]:
        parties = [
            partner_ids[r["partner_id"]] for r in rows["MouParty"] if r["mou_id"] == mou["id"]
        ]
        new_id = created(
            officer.post(f"{api}/mous", json=body(mou, MouCreate, party_ids=parties)), mou["title"]
        )
        history = sorted(
            (h for h in rows["MouStageChange"] if h["mou_id"] == mou["id"]), key=lambda h: h["id"]
        )
        for change in history[1:]:
            move = {"to_stage": change["to_stage"], "effective_on": change["effective_on"]}
            response = officer.post(
                f"{api}/mous/{new_id}/transitions",
                json=body({**move, "note": change["note"]}, MouTransition),
            )
            created(response, (mou["title"], change["to_stage"]))
        assert response.json()["stage"] == mou["stage"]
        assert response.json()["signed_on"] == jsonable_encoder(mou["signed_on"])
        mou_ids[mou["id"]] = new_id
    for target in rows["ProgrammeTarget"]:
        created(officer.post(f"{api}/targets", json=body(target, TargetCreate)), target)
    for order in rows["Vacancy"]:
        mapped = {"agency_id": partner_ids[order["agency_id"]]}
        if order["mou_id"] is not None:
            mapped["mou_id"] = mou_ids[order["mou_id"]]
        response = officer.post(f"{api}/vacancies", json=body(order, VacancyCreate, **mapped))
        created(response, order["external_id"])
        assert response.json()["zero_cost_to_worker"] == (
            not worker_paid_items(order["cost_items"])
        )
    applicant_ids = {}
    for person in rows["Applicant"]:
        consent = None
        if person["consent_given_at"]:
            consent = {"given_at": person["consent_given_at"], "version": person["consent_version"]}
        response = officer.post(
            f"{api}/applicants", json=body(person, ApplicantCreate, consent=consent)
        )
        applicant_ids[person["id"]] = created(response, person["nik"])
        assert response.json()["kecamatan_code"] == person["kecamatan_code"]
        assert response.json()["phone"] == person["phone"]
        assert response.json()["identity_check"]["status"] == person["identity_check"]
    for credential in rows["Credential"]:
        url = f"{api}/applicants/{applicant_ids[credential['applicant_id']]}/credentials"
        response = officer.post(url, json=body(credential, CredentialCreate))
        created(response, credential)
        assert response.json()["kind"] == credential["kind"]
    assert counts(session) == {name: len(found) for name, found in rows.items()}


def test_officers_find_the_person_whose_nik_disagrees(
    officer: TestClient, demo: DemoSummary
) -> None:
    page = officer.get("/api/v1/applicants", params={"identity_check": "needs_check"}).json()
    (person,) = page["items"]
    assert person["identity_check"]["reasons"] == ["birth_date_differs_from_nik"]


def test_a_second_load_inserts_nothing(session: Session, demo: DemoSummary) -> None:
    before = counts(session)
    again = load_demo_data(session)
    assert again == DemoSummary(skipped=True)
    assert counts(session) == before


def test_the_same_rows_every_time(session: Session) -> None:
    def snapshot() -> list[dict[str, Any]]:
        session.expire_all()
        rows = session.exec(select(Applicant).order_by(col(Applicant.nik))).all()
        return [p.model_dump(exclude={"id"}) for p in rows]

    load_demo_data(session)
    first = snapshot()
    delete_demo_rows(session)
    load_demo_data(session)
    assert snapshot() == first


@pytest.fixture
def settings_from(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Point app.core.config.get_settings at a database for the CLI; cleared afterwards."""

    def use(url: str) -> None:
        monkeypatch.setenv("DATABASE_URL", url)
        get_settings.cache_clear()

    yield use
    get_settings.cache_clear()


def test_cli_seed_loads_an_empty_database_once(
    session: Session,
    database_url: str,
    settings_from: Callable[[str], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings_from(database_url)
    assert counts(session)["Partner"] == 0  # the client fixture emptied the tables

    assert main(["seed"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("demo data: inserted 14 partners, 5 MoUs")
    assert f"{300 + len(SHOWCASE)} applicants" in printed and printed.count("\n") == 1
    assert counts(session)["Applicant"] == 300 + len(SHOWCASE)

    assert main(["seed"]) == 0
    assert capsys.readouterr().out == "demo data: the database already has data, skipped\n"
    assert counts(session)["Applicant"] == 300 + len(SHOWCASE)


def test_cli_openapi_prints_the_apps_document(
    app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["openapi"]) == 0
    printed = capsys.readouterr().out
    assert printed.endswith("}\n")
    assert json.loads(printed) == app.openapi()
