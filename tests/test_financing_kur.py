"""KUR PMI rules: interest at most 6%, an NPWP above Rp50 million (15 or 16 digits, stored as
digits), the SISKOP2MI registration before approval and disbursement; each on both sides of
its threshold, and bad input writes nothing. Also the rule table with its sources."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.models.audit import AuditEntry
from app.models.financing import FinancingRequest
from app.models.vacancy import Vacancy
from app.services.financing.limits import (
    FINANCING_RULES,
    KUR_PMI_MAX_RATE_BP,
    KUR_PMI_NPWP_ABOVE,
    npwp_digits,
)
from tests.factories import assert_problem
from tests.fixtures_financing import (
    FINANCING,
    NPWP,
    SISKOP2MI_REF,
    Setup,
    counts,
    create,
    kur,
    make_setup,
    move,
    refused,
)

NIK_NPWP = "3673014709980002"  # a resident's NPWP is the NIK (PMK 112/PMK.03/2022)


@pytest.fixture
def s(client: TestClient, session: Session) -> Setup:
    return make_setup(client, session)


def stored(session: Session, request_id: int) -> FinancingRequest:
    session.expire_all()
    request = session.get(FinancingRequest, request_id)
    assert request is not None
    return request


# -- interest --------------------------------------------------------------------------------


@pytest.mark.parametrize("rate", [0, 500, 600])
def test_kur_rate_at_or_below_6_percent_is_accepted(
    client: TestClient, s: Setup, rate: int
) -> None:
    created = create(client, s, kur(s, annual_rate_bp=rate))
    assert created.status_code == 201, created.text
    assert created.json()["annual_rate_bp"] == rate


def test_kur_rate_above_6_percent_is_refused(
    client: TestClient, session: Session, s: Setup
) -> None:
    problem = refused(
        client,
        session,
        s,
        kur(s, annual_rate_bp=601),  # 6.01%
        "financing_kur_rate_above_limit",
        "annual_rate_bp",
    )
    assert "600" in problem["detail"] and "601" in problem["detail"]
    assert KUR_PMI_MAX_RATE_BP == 600


def test_kur_rate_left_out_is_the_cap_and_other_kinds_set_their_own(
    client: TestClient, s: Setup
) -> None:
    assert create(client, s, kur(s)).json()["annual_rate_bp"] == 600
    agency = {"kind": "agency", "amount": 1_000_000, "term_months": 12, "annual_rate_bp": 900}
    assert create(client, s, agency).status_code == 201


# -- NPWP above Rp50 million -------------------------------------------------------------------


def test_no_npwp_needed_at_50_million(client: TestClient, s: Setup) -> None:
    created = create(client, s, kur(s, amount=KUR_PMI_NPWP_ABOVE))
    assert created.status_code == 201, created.text
    assert created.json()["npwp"] is None


def test_above_50_million_without_npwp_is_refused(
    client: TestClient, session: Session, s: Setup
) -> None:
    body = kur(s, amount=KUR_PMI_NPWP_ABOVE + 1)
    problem = refused(client, session, s, body, "financing_kur_npwp_required", "npwp")
    assert "50,000,000" in problem["detail"] and "50,000,001" in problem["detail"]
    indonesian = create(client, s, body, headers=s.applicant | {"Accept-Language": "id"})
    assert "Rp50.000.000" in indonesian.json()["detail"]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("01.234.567.8-901.000", "012345678901000"),  # 15 digits, as printed on the card
        ("012345678901000", "012345678901000"),
        (NIK_NPWP, NIK_NPWP),  # 16 digits: the NIK-based NPWP in use since 2024
        ("0012 3456 7890 1000", "0012345678901000"),  # 16 digits of a non-resident/entity
    ],
)
def test_above_50_million_with_npwp_is_accepted_and_stored_as_digits(
    client: TestClient, session: Session, s: Setup, given: str, kept: str
) -> None:
    created = create(client, s, kur(s, amount=KUR_PMI_NPWP_ABOVE + 1, npwp=given))
    assert created.status_code == 201, created.text
    assert created.json()["npwp"] == kept
    assert stored(session, created.json()["id"]).npwp == kept


@pytest.mark.parametrize(
    "given",
    ["01.234.567.8-901.00", "12345678901234567", "01.234.567.8-901.00O", "٠١٢٣٤٥٦٧٨٩٠١٢٣٤", "-"],
)
def test_a_malformed_npwp_is_refused_at_any_amount(
    client: TestClient, session: Session, s: Setup, given: str
) -> None:
    for amount in (1_000_000, KUR_PMI_NPWP_ABOVE + 1):
        problem = refused(
            client, session, s, kur(s, amount=amount, npwp=given), "financing_npwp_invalid", "npwp"
        )
        assert [e["code"] for e in problem["errors"]] == ["financing_npwp_invalid"]


def test_npwp_rule_is_for_kur_only(client: TestClient, s: Setup) -> None:
    agency = {"kind": "agency", "amount": KUR_PMI_NPWP_ABOVE + 1}
    assert create(client, s, agency).status_code == 201


def test_npwp_digits_unit() -> None:
    assert npwp_digits(" 01.234.567.8-901.000 ".strip()) == "012345678901000"
    assert npwp_digits("01234567890100") is None  # 14 digits
    assert npwp_digits("") is None


# -- SISKOP2MI before approval and disbursement ---------------------------------------------


def test_approval_needs_the_siskop2mi_reference(
    client: TestClient, session: Session, s: Setup
) -> None:
    request_id = create(client, s, kur(s, siskop2mi_ref=None)).json()["id"]
    assert move(client, s.applicant, request_id, "submitted").status_code == 200
    before = counts(session)
    response = move(client, s.officer, request_id, "approved")
    problem = assert_problem(response, 409, "financing_siskop2mi_required")
    assert problem["missing"] == ["siskop2mi_ref"] and "siskop2mi_ref" in problem["detail"]
    assert counts(session) == before
    assert stored(session, request_id).state == "submitted"
    recorded = client.patch(
        f"{FINANCING}/{request_id}", json={"siskop2mi_ref": SISKOP2MI_REF}, headers=s.applicant
    )
    assert recorded.status_code == 200, recorded.text
    assert recorded.json()["siskop2mi_ref"] == SISKOP2MI_REF
    assert move(client, s.officer, request_id, "approved").status_code == 200
    assert move(client, s.officer, request_id, "disbursed").status_code == 200


def test_disbursement_needs_it_too(client: TestClient, session: Session, s: Setup) -> None:
    """A loan approved before the rule, without the reference, is not paid out until it is
    recorded."""
    request_id = create(client, s, kur(s)).json()["id"]
    for step in ("submitted", "approved"):
        assert move(client, s.officer, request_id, step).status_code == 200
    request = stored(session, request_id)
    request.siskop2mi_ref = None
    session.add(request)
    session.commit()
    before = counts(session)
    problem = assert_problem(
        move(client, s.officer, request_id, "disbursed"), 409, "financing_siskop2mi_required"
    )
    assert problem["missing"] == ["siskop2mi_ref"]
    assert counts(session) == before and stored(session, request_id).state == "approved"
    url = f"{FINANCING}/{request_id}"
    assert client.patch(url, json={"siskop2mi_ref": SISKOP2MI_REF}, headers=s.officer).is_success
    assert move(client, s.officer, request_id, "disbursed").status_code == 200


def test_support_that_is_not_kur_needs_no_siskop2mi(client: TestClient, s: Setup) -> None:
    body = {"kind": "baznas_upz", "lender_id": s.bank_id, "amount": 370_000}
    request_id = create(client, s, body).json()["id"]
    for step in ("submitted", "approved", "disbursed"):
        assert move(client, s.officer, request_id, step).status_code == 200


# -- recording the registrations ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"npwp": "12-34"}, 422, "financing_npwp_invalid"),
        ({"npwp": None}, 422, "financing_kur_npwp_required"),  # the loan is above Rp50 million
        ({"siskop2mi_ref": "a b"}, 422, "validation_failed"),
        ({"siskop2mi_ref": "x" * 51}, 422, "validation_failed"),
        ({"amount": 1}, 422, "validation_failed"),  # only the registrations change here
    ],
)
def test_bad_registrations_change_nothing(
    client: TestClient,
    session: Session,
    s: Setup,
    body: dict[str, Any],
    status: int,
    code: str,
) -> None:
    created = create(client, s, kur(s, amount=60_000_000, npwp=NPWP)).json()
    before = counts(session)
    response = client.patch(f"{FINANCING}/{created['id']}", json=body, headers=s.applicant)
    assert_problem(response, status, code)
    assert counts(session) == before
    request = stored(session, created["id"])
    assert (request.npwp, request.siskop2mi_ref, request.version) == (
        "012345678901000",
        SISKOP2MI_REF,
        1,
    )


def test_recording_a_registration_judges_the_registrations_only(
    client: TestClient, session: Session, s: Setup
) -> None:
    """An approved loan whose job order has changed since still gets its reference."""
    request_id = create(client, s, kur(s, term_months=36, siskop2mi_ref=None)).json()["id"]
    assert move(client, s.officer, request_id, "submitted").status_code == 200
    vacancy = session.get(Vacancy, s.vacancy_id)
    assert vacancy is not None
    vacancy.contract_months = 24  # the 36-month term would no longer be filed
    session.add(vacancy)
    session.commit()
    url = f"{FINANCING}/{request_id}"
    recorded = client.patch(url, json={"siskop2mi_ref": SISKOP2MI_REF}, headers=s.applicant)
    assert recorded.status_code == 200, recorded.text
    assert (recorded.json()["version"], recorded.headers["ETag"]) == (3, f'"{request_id}-3"')
    again = client.patch(url, json={"siskop2mi_ref": SISKOP2MI_REF}, headers=s.applicant)
    assert again.json()["version"] == 3  # nothing changed, nothing written


def test_registrations_close_at_disbursement_and_stay_the_borrowers(
    client: TestClient, session: Session, s: Setup
) -> None:
    request_id = create(client, s, kur(s)).json()["id"]
    url = f"{FINANCING}/{request_id}"
    assert_problem(client.patch(url, json={"npwp": NPWP}, headers=s.other), 404, "not_found")
    read = client.get(url, headers=s.applicant)
    stale = {**s.applicant, "If-Match": read.headers["ETag"]}
    assert client.patch(url, json={"npwp": NPWP}, headers=stale).status_code == 200
    assert_problem(client.patch(url, json={"npwp": NIK_NPWP}, headers=stale), 412,
                   "precondition_failed")  # fmt: skip
    for step in ("submitted", "approved", "disbursed"):
        assert move(client, s.officer, request_id, step).status_code == 200
    before = counts(session)
    response = client.patch(url, json={"npwp": NIK_NPWP}, headers=s.officer)
    assert_problem(response, 409, "financing_details_closed")
    assert counts(session) == before and stored(session, request_id).npwp == "012345678901000"


def test_the_audit_trail_masks_the_npwp(client: TestClient, session: Session, s: Setup) -> None:
    request_id = create(client, s, kur(s, npwp=NIK_NPWP)).json()["id"]
    url = f"{FINANCING}/{request_id}"
    assert client.patch(url, json={"npwp": NPWP}, headers=s.applicant).status_code == 200
    session.expire_all()
    entries = session.exec(
        select(AuditEntry)
        .where(col(AuditEntry.entity) == "financing_request")
        .order_by(col(AuditEntry.id))
    ).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[0].changes["npwp"]["new"] == "3673**********02"
    assert entries[1].changes["npwp"] == {"old": "3673**********02", "new": "0123*********00"}
    assert NIK_NPWP not in str([e.changes for e in entries])


# -- the rule table ------------------------------------------------------------------------------


def test_the_rules_are_listed_with_their_numbers_and_sources(client: TestClient, s: Setup) -> None:
    response = client.get(f"{FINANCING}/rules", headers=s.applicant)
    assert response.status_code == 200, response.text
    rules = {rule["id"]: rule for rule in response.json()}
    assert rules["kur_pmi.max_rate"]["params"] == {"max_rate_bp": 600}
    assert rules["kur_pmi.max_rate"]["code"] == "financing_kur_rate_above_limit"
    assert rules["kur_pmi.max_amount"]["params"] == {"max_amount": 100_000_000}
    assert rules["kur_pmi.npwp"]["params"] == {"npwp_above": 50_000_000}
    assert rules["kur_pmi.siskop2mi"]["checked_at"] == "approved, disbursed"
    for rule_id in ("kur_pmi.max_rate", "kur_pmi.max_amount", "kur_pmi.npwp"):
        assert "Permenko Perekonomian No. 1 Tahun 2022" in rules[rule_id]["source"]
        assert rules[rule_id]["kinds"] == ["kur_pmi"]
    assert "No. 18 Tahun 2025" in rules["kur_pmi.siskop2mi"]["source"]
    assert all("checked 2026-12-05" in r.source for r in FINANCING_RULES if r.kinds)
    indonesian = client.get(f"{FINANCING}/rules", headers=s.applicant | {"Accept-Language": "id"})
    npwp = next(r for r in indonesian.json() if r["id"] == "kur_pmi.npwp")
    assert "Rp50.000.000" in npwp["requirement"] and npwp["title"] == "NPWP di atas Rp50 juta"
